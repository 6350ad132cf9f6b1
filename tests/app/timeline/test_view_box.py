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


def test_a_click_where_the_pointer_rests_goes_to_the_view_box_without_a_search_of_the_scene(qtbot, window, monkeypatch):
    """pyqtgraph's scene looked for the items near a click on each release, a few tenths of a ms of the click to
    Details (#22): the view box, which takes every left click, says so when hovered, and the click goes to it."""
    from PySide6.QtCore import Qt

    from tests.app.conftest import event_point

    viewport = window.timeline.plot.viewport()
    scene = window.timeline.plot.scene()
    searches = []
    original = scene.itemsNearEvent
    monkeypatch.setattr(scene, "itemsNearEvent", lambda *args, **kwargs: searches.append(1) or original(*args, **kwargs))
    point = event_point(window, "xiaomi-china-india")
    qtbot.mouseMove(viewport, point)
    _settle()
    searches.clear()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert window.selection.current == "xiaomi-china-india"
    assert len(searches) <= 1  # the release's hover only; the click's own search is gone
    empty = point + type(point)(0, 0)
    empty.setY(viewport.height() - 3)  # below every lane
    qtbot.mouseMove(viewport, empty)
    _settle()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=empty)
    assert window.selection.current is None
