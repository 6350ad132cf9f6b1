"""Going back to an event of a recent source swaps that source's document in, laid out, instead of setting
its text again (#22: ``setPlainText`` of the source was the largest part of a click's Python in Details)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from tests.app.conftest import event_point

TEXTS = {
    "first": "Intro. Xiaomi signed with Verizon. The end.",
    "second": "Xiaomi opened a US store. More text.",
    "third": "Xiaomi dropped the Verizon deal.",
}


def _document() -> dict:
    return {
        "format": "inroads-timeline",
        "version": 1,
        "lanes": [{"id": "xiaomi", "name": "Xiaomi"}],
        "sources": [{"id": key, "title": key.title(), "text": text} for key, text in TEXTS.items()],
        "events": [
            {
                "id": "deal",
                "lane": "xiaomi",
                "title": "Deal",
                "start": "2017-03",
                "evidence": [{"source": "first", "quote": "Xiaomi signed with Verizon."}],
            },
            {
                "id": "store",
                "lane": "xiaomi",
                "title": "Store",
                "start": "2019-02",
                "evidence": [{"source": "second", "quote": "opened a US store"}],
            },
            {"id": "none", "lane": "xiaomi", "title": "No evidence", "start": "2020-06"},
            {
                "id": "off",
                "lane": "xiaomi",
                "title": "Off",
                "start": "2021-09",
                "evidence": [{"source": "third", "quote": "dropped the Verizon deal"}],
            },
        ],
    }


def _click(qtbot, window, event_id: str) -> None:
    qtbot.mouseClick(window.timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=event_point(window, event_id))
    qtbot.waitUntil(lambda: window.selection.current == event_id)


def test_an_event_of_a_recent_source_shows_its_kept_document_unchanged(window, qtbot, tmp_path):
    path = tmp_path / "sources.json"
    path.write_text(json.dumps(_document()), encoding="utf-8")
    assert window.open_path(path), window.files.last_load_error
    pane = window.detail_pane
    pane.show()
    _click(qtbot, window, "deal")
    first = pane.source_text.document()
    assert first.toPlainText() == TEXTS["first"]
    changes = []
    first.contentsChanged.connect(lambda: changes.append(1))
    for event_id, source in (("store", "second"), ("none", None), ("off", "third"), ("deal", "first")):
        _click(qtbot, window, event_id)
        event = window.model.find_event(event_id)
        if source is None:
            assert not pane.source_text.isVisibleTo(pane) and pane.source_text.document().isEmpty()
            continue
        assert pane.source_text.document().toPlainText() == TEXTS[source]
        assert pane.highlighted_passage() == event.evidence[0].quote
    assert pane.source_text.document() is first
    assert changes == []  # laid out once: neither emptied nor set again
    # The text's look is the pane's: its font and its word wrapping.
    assert first.defaultFont() == pane.source_text.font()
    assert first.defaultTextOption().wrapMode() == pane.source_text.wordWrapMode()
