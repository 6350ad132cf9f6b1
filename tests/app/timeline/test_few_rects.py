"""A click's patches: their few rectangles drawn from Python lists as the numpy path draws them, and the events
meeting them found from extents kept per view."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from tests.app.conftest import event_point
from tests.app.timeline.test_canvas_drawing import _render
from tests.app.timeline.test_selection_overlay import settle


def test_the_few_rectangles_path_draws_the_views_pixel_for_pixel_as_the_numpy_path(qtbot, window, monkeypatch):
    from gui.app.timeline import event_layer

    layout = window.model.layout
    assert len(set(layout.kind.tolist())) > 2 and len(set(layout.status.tolist())) > 1  # several brushes
    images = {}
    for name, few in (("numpy", 0), ("lists", 10**9)):
        monkeypatch.setattr(event_layer, "FEW_RECTS", few)
        for view in range(3):  # fit all, and two closer views with soft ends and ongoing bars
            window.timeline.fit_all()
            if view:
                first, last = window.timeline.visible_days()
                window.timeline.show_days(first + (last - first) * view / 4, last - (last - first) * view / 5)
            window.timeline.event_layer._forget_frame()
            images[name, view] = _render(window)
    for view in range(3):
        assert np.array_equal(images["numpy", view], images["lists", view]), view


def test_a_clicks_patches_draw_their_few_rectangles_from_lists(qtbot, window, monkeypatch):
    """Sorting a patch's few rectangles by brush in numpy cost ~0.3 ms of the click's frame (#22)."""
    from gui.app.timeline import event_layer

    viewport = window.timeline.plot.viewport()
    first, second = event_point(window, "huawei-best-buy"), event_point(window, "xiaomi-china-india")
    qtbot.mouseMove(viewport, first)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseMove(viewport, second)
    settle(qtbot)
    drawn = []
    original = event_layer.draw_few_rect_batches
    monkeypatch.setattr(
        event_layer, "draw_few_rect_batches", lambda *args: drawn.append(sum(len(b[1]) for b in args[2])) or original(*args)
    )
    monkeypatch.setattr(event_layer, "FEW_RECTS", event_layer.FEW_RECTS)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=second)
    settle(qtbot)
    assert window.selection.current == "xiaomi-china-india"
    assert drawn and max(drawn) <= event_layer.FEW_RECTS


def test_the_patches_of_one_view_work_out_the_events_extents_once(qtbot, window, monkeypatch):
    """Each patch looked up the rows and days of every event on screen again to find those meeting it (#22):
    the view's frame keeps them for its next patches."""
    viewport = window.timeline.plot.viewport()
    layout = window.model.layout
    points = [event_point(window, event_id) for event_id in ("huawei-best-buy", "xiaomi-china-india", "huawei-best-buy")]
    qtbot.mouseMove(viewport, points[0])
    settle(qtbot)
    looked_up = []
    original = layout.item_top
    monkeypatch.setattr(layout, "item_top", lambda items: looked_up.append(items) or original(items))
    for point in points:
        qtbot.mouseMove(viewport, point)
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
        settle(qtbot)
    frame = window.timeline.event_layer._frame
    assert window.selection.current == "huawei-best-buy" and frame is not None
    assert sum(items is frame.detailed for items in looked_up) <= 1
