"""The view box: a change of view is painted once."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication


class _PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def test_a_pan_or_a_selection_elsewhere_paints_the_canvas_once(qtbot, window):
    timeline = window.timeline
    counter = _PaintCounter()
    timeline.plot.viewport().installEventFilter(counter)
    _settle()
    for first, last in ((17000.0, 17400.0), (17100.0, 17500.0)):
        counter.paints = 0
        timeline.show_days(first, last)
        _settle()
        assert counter.paints == 1
    counter.paints = 0
    window.selection.select("xiaomi-att-verizon-talks")  # far from the view: the timeline pans to it
    _settle()
    assert counter.paints == 1
    timeline.plot.viewport().removeEventFilter(counter)
