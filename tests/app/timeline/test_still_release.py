"""A click that did not move sends no hover after its release; a drag's release still does."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tests.app.conftest import event_point
from tests.app.timeline.test_selection_overlay import settle


def _count_searches(window, monkeypatch) -> list:
    scene = window.timeline.plot.scene()
    searches = []
    original = scene.itemsNearEvent
    monkeypatch.setattr(scene, "itemsNearEvent", lambda *args, **kwargs: searches.append(1) or original(*args, **kwargs))
    return searches


def test_a_still_click_makes_the_scene_search_no_items_and_the_hover_stays(qtbot, window, monkeypatch):
    """pyqtgraph's scene looked for the items near the pointer again after each release, to send them a hover
    they had had at that very point (#22)."""
    viewport = window.timeline.plot.viewport()
    searches = _count_searches(window, monkeypatch)
    point = event_point(window, "xiaomi-china-india")
    qtbot.mouseMove(viewport, point)
    settle(qtbot)
    hovered = window.timeline.selection_overlay.hovered
    assert hovered >= 0
    searches.clear()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    settle(qtbot)
    assert window.selection.current == "xiaomi-china-india"
    assert searches == []
    assert window.timeline.selection_overlay.hovered == hovered
    other = event_point(window, "huawei-best-buy")
    qtbot.mouseMove(viewport, other)  # hovering goes on as before
    settle(qtbot)
    assert window.timeline.selection_overlay.hovered not in (-1, hovered)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=other)
    assert window.selection.current == "huawei-best-buy"


def test_the_release_after_a_drag_still_sends_a_hover(qtbot, window, monkeypatch):
    viewport = window.timeline.plot.viewport()
    start = QPoint(viewport.width() // 2, viewport.height() - 5)  # below every lane: a drag pans the view
    qtbot.mouseMove(viewport, start)
    settle(qtbot)
    searches = _count_searches(window, monkeypatch)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, start + QPoint(20 * step, 0))
    searches.clear()
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(100, 0))
    assert searches  # the release's hover: the items near the pointer, found again
