"""The pointer over the canvas: tooltips wait for the pointer to rest, drags never grab a filtered-out event."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolTip

from gui.app.timeline.pointer import TOOLTIP_DELAY_MS
from tests.app.conftest import event_point, viewport_point
from tests.app.mouse import drag


def test_a_tooltip_shows_once_the_pointer_rests_on_an_event(qtbot, window):
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)
    viewport = window.timeline.plot.viewport()
    layout = window.model.layout
    empty = viewport_point(window.timeline, layout.extent()[0] - 20, layout.total_rows - 0.2)
    qtbot.mouseMove(viewport, empty)  # (an earlier test may have left the pointer on the event)
    qtbot.waitUntil(lambda: window.timeline.selection_overlay.hovered < 0, timeout=2000)
    qtbot.mouseMove(viewport, event_point(window, "huawei-outsells-apple-china"))
    qtbot.waitUntil(lambda: window.timeline.selection_overlay.hovered >= 0, timeout=2000)
    # Hovered (and highlighted) at once, but no tooltip window is built while the pointer passes by.
    assert not QToolTip.isVisible()
    qtbot.waitUntil(QToolTip.isVisible, timeout=TOOLTIP_DELAY_MS + 2000)
    assert "Outsells Apple in China" in QToolTip.text()
    # Leaving the events hides it.
    qtbot.mouseMove(viewport, empty)
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)


def test_a_drag_never_moves_an_event_the_filters_hide(qtbot, window):
    viewport = window.timeline.plot.viewport()
    start = event_point(window, "huawei-best-buy")
    window.view_filter.update(kinds={"context"})  # retail events are hidden now
    before = window.model.find_event("huawei-best-buy")
    drag(viewport, start, QPoint(start.x() + 120, start.y()))
    assert window.model.find_event("huawei-best-buy") == before
    assert window.model.undo_stack.count() == 0
    assert window.timeline.drag_controller.proposed is None or not window.timeline.drag_controller.active


def test_clicking_still_selects_through_the_layers(qtbot, window):
    qtbot.mouseClick(
        window.timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=event_point(window, "huawei-best-buy")
    )
    assert window.selection.current == "huawei-best-buy"
