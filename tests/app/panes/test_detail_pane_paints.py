"""A click on another event repaints the Details' changed lines, not the window down through the dock (#22).

Counted with a real click on the timeline: which widgets receive a paint event until the Details' source
text has been repainted with the new event's quote.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QApplication, QWidget

from tests.app.conftest import event_point


def _document() -> dict:
    return {
        "format": "inroads-timeline",
        "version": 1,
        "title": "Paints",
        "lanes": [{"id": "xiaomi", "name": "Xiaomi"}],
        "sources": [
            {
                "id": "wire",
                "title": "Xiaomi and Verizon",
                "publisher": "Wire",
                "url": "https://example.org/a",
                "text": "Intro. Xiaomi signed with Verizon. The end.",
            },
            {"id": "paper", "title": "A US store", "publisher": "Paper", "text": "Xiaomi opened a US store. More text."},
        ],
        "events": [
            {
                "id": "deal",
                "lane": "xiaomi",
                "title": "Verizon deal",
                "start": "2017-03",
                "kind": "carrier-deal",
                "evidence": [{"source": "wire", "quote": "Xiaomi signed with Verizon."}],
            },
            {
                "id": "store",
                "lane": "xiaomi",
                "title": "Store",
                "start": "2019-02",
                "kind": "launch",
                "evidence": [{"source": "paper", "quote": "opened a US store"}],
            },
        ],
    }


class _PaintLog(QObject):
    """Every widget that receives a paint event, with the region it is asked to paint (its own coordinates)."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: list[tuple[QWidget, QRegion]] = []

    def eventFilter(self, watched, event):  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self.painted.append((watched, QRegion(event.region())))
        return False

    def widgets(self) -> list[QWidget]:
        return [widget for widget, _ in self.painted]


def _click_and_log(qtbot, window, event_id: str) -> _PaintLog:
    source_view = window.detail_pane.source_text.viewport()
    log = _PaintLog()
    QApplication.instance().installEventFilter(log)
    try:
        qtbot.mouseClick(window.timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=event_point(window, event_id))
        qtbot.waitUntil(lambda: window.selection.current == event_id and source_view in log.widgets())
    finally:
        QApplication.instance().removeEventFilter(log)
    return log


def test_a_click_repaints_the_details_lines_not_the_dock_and_window_behind_them(window, qtbot, tmp_path):
    path = tmp_path / "paints.json"
    path.write_text(json.dumps(_document()), encoding="utf-8")
    assert window.open_path(path), window.files.last_load_error
    pane = window.detail_pane
    pane.show()
    _click_and_log(qtbot, window, "store")  # the event page as first laid out
    qtbot.waitUntil(lambda: pane.highlighted_passage() == "opened a US store")

    log = _click_and_log(qtbot, window, "deal")

    assert pane.highlighted_passage() == "Xiaomi signed with Verizon."
    assert pane.source_title_label in log.widgets()  # what changed was repainted
    # Neither the dock, its pages nor the splitter between the form and the evidence, nor the window where the
    # dock is: each half of the event page paints its own background.
    page = pane.stack.currentWidget()
    behind = {"dock": pane, "pages": pane.stack, "splitter": page}
    assert [name for name, widget in behind.items() if widget in log.widgets()] == []
    dock_area = QRegion(pane.geometry())
    assert [region for widget, region in log.painted if widget is window and region.intersects(dock_area)] == []
