"""The Details pane keeps its lines' places from event to event: a click repaints what changed, and the
source text never moves (#22: the whole dock re-laid out and repainted on every click)."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.app.conftest import event_point

LONG_TITLE = "A very long headline about a carrier deal " * 6


def _document() -> dict:
    return {
        "format": "inroads-timeline",
        "version": 1,
        "title": "Steady",
        "lanes": [{"id": "xiaomi", "name": "Xiaomi"}],
        "sources": [
            {
                "id": "long",
                "title": LONG_TITLE,
                "publisher": "Wire",
                "published": "2017-12",
                "url": "https://example.org/a",
                "text": "Intro. Xiaomi signed with Verizon. The end.",
            },
            {"id": "bare", "title": "Short", "text": "Xiaomi opened a US store. More text."},
            {"id": "other", "title": "Other", "publisher": "Paper", "text": "Xiaomi dropped the Verizon deal."},
        ],
        "events": [
            {
                "id": "deal",
                "lane": "xiaomi",
                "title": "Verizon deal",
                "start": "2017-03",
                "kind": "carrier-deal",
                "status": "confirmed",
                "partners": ["Verizon"],
                "evidence": [{"source": "long", "quote": "Xiaomi signed with Verizon."}],
            },
            {
                "id": "deal-off",
                "lane": "xiaomi",
                "title": "Verizon deal off",
                "start": "2017-09",
                "kind": "carrier-deal",
                "status": "cancelled",
                "partners": ["Verizon"],
                "evidence": [{"source": "other", "quote": "dropped the Verizon deal"}],
            },
            {
                "id": "store",
                "lane": "xiaomi",
                "title": "Store",
                "start": "2019-02",
                "end": "2019-11",
                "kind": "launch",
                "evidence": [{"source": "bare", "quote": "opened a US store"}],
            },
        ],
    }


def _click(qtbot, window, event_id: str) -> None:
    qtbot.mouseClick(window.timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=event_point(window, event_id))
    qtbot.waitUntil(lambda: window.selection.current == event_id)


def test_clicking_between_events_keeps_the_source_text_in_place(window, qtbot, tmp_path):
    path = tmp_path / "steady.json"
    path.write_text(json.dumps(_document()), encoding="utf-8")
    assert window.open_path(path), window.files.last_load_error
    pane = window.detail_pane
    pane.show()

    def source_text_place():
        qtbot.waitUntil(lambda: not pane.source_text.document().isEmpty())
        for _ in range(3):  # the layouts the click asked for are done (no timer involved)
            QApplication.sendPostedEvents()
            QApplication.processEvents()
        text = pane.source_text
        return (text.mapTo(pane, QPoint(0, 0)), text.size())

    _click(qtbot, window, "store")
    source_text_place()  # the pane as first laid out for an event
    places = {}
    for event_id in ("deal", "store", "deal-off", "deal", "store"):
        _click(qtbot, window, event_id)
        place = source_text_place()
        places.setdefault(event_id, place)
        assert place == places["deal"], event_id
        # What is shown is still right.
        event = window.model.find_event(event_id)
        source = window.model.source(event.evidence[0].source)
        assert pane.source_title_label.text() == source.title
        assert pane.highlighted_passage() == event.evidence[0].quote
        assert pane.evidence.disagreement_label.isVisibleTo(pane) == (event_id != "store")
    # A title too long for its two lines is cut with "…", and whole in its tooltip.
    _click(qtbot, window, "deal")
    assert pane.source_title_label.text() == LONG_TITLE
    assert "very long headline" in pane.source_title_label.toolTip()
    assert super(type(pane.source_title_label), pane.source_title_label).text().endswith("\u2026")
