"""Selecting and hovering repaint only the patches of the canvas where an outline comes or goes."""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QImage

from tests.app.conftest import event_point


class PaintedRegions(QObject):
    """The bounding rectangles of the paint events a widget gets."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.rects = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.region().boundingRect())
        return False

    def wait_until_quiet(self, qtbot, quiet_ms: int = 150, timeout_ms: int = 5000) -> None:
        """Wait until no paint came for ``quiet_ms``: on a loaded machine a view's first paints can
        arrive late, and one landing after ``rects.clear()`` looked like a full repaint for the hover."""
        waited = 0
        while waited < timeout_ms:
            seen = len(self.rects)
            qtbot.wait(quiet_ms)
            waited += quiet_ms
            if len(self.rects) == seen:
                return
        raise AssertionError(f"the canvas kept repainting for {timeout_ms} ms")


def on_screen(window) -> QImage:
    """The canvas as the window last painted it (its backing store), not a fresh rendering."""
    plot = window.timeline.plot
    corner = plot.mapTo(window, QPoint(0, 0))
    return window.screen().grabWindow(window.winId(), corner.x(), corner.y(), plot.width(), plot.height()).toImage()


def settle(qtbot) -> None:
    qtbot.wait(20)


def test_clicks_and_hovers_repaint_patches_that_match_a_full_repaint(qtbot, window):
    viewport = window.timeline.plot.viewport()
    painted = PaintedRegions(viewport)
    first, second = event_point(window, "huawei-best-buy"), event_point(window, "xiaomi-china-india")
    qtbot.mouseMove(viewport, first)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=first)
    settle(qtbot)
    painted.rects.clear()

    qtbot.mouseMove(viewport, second)  # hover: an outline appears around the second event
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=second)  # the first one's goes
    settle(qtbot)
    assert window.selection.current == "xiaomi-china-india"
    whole = viewport.width() * viewport.height()
    assert painted.rects, "nothing was repainted"
    assert all(rect.width() * rect.height() < whole / 10 for rect in painted.rects), painted.rects
    patched = on_screen(window)

    viewport.update()  # everything, from scratch
    settle(qtbot)
    assert on_screen(window) == patched


def test_hovering_beside_a_large_selection_repaints_only_the_hovered_patch(qtbot, window, tmp_path):
    lanes = [{"id": f"m{lane}"} for lane in range(40)]  # more rows than the view shows
    events = [
        {"id": f"e{i}", "lane": f"m{i % 40}", "title": f"Event {i}", "start": f"{1900 + i // 40}-06-01"}
        for i in range(300)
    ]
    path = tmp_path / "many.json"
    path.write_text(
        json.dumps({"format": "inroads-timeline", "version": 1, "lanes": lanes, "events": events}), encoding="utf-8"
    )
    assert window.open_path(path)
    window.selection.set_ids(f"e{i}" for i in range(200))  # far more outlines than patches worth tracking
    window.timeline.show_days(window.model.layout.start_first[0] - 400, window.model.layout.start_first[299] + 400)
    viewport = window.timeline.plot.viewport()
    painted = PaintedRegions(viewport)
    painted.wait_until_quiet(qtbot)  # the new view, painted
    painted.rects.clear()
    qtbot.mouseMove(viewport, event_point(window, "e238"))  # not selected, in a lane on screen
    qtbot.waitUntil(lambda: window.timeline.selection_overlay.hovered >= 0, timeout=2000)
    settle(qtbot)
    whole = viewport.width() * viewport.height()
    assert painted.rects and all(rect.width() * rect.height() < whole / 10 for rect in painted.rects)


def test_a_clicks_patches_draw_the_labels_where_the_last_full_paint_placed_them(qtbot, window, monkeypatch):
    """Placing every label of the view again for each patch cost a few ms of a click's frame (#22): a patch
    of the same view draws the labels that meet it from the last full paint, and looks the same."""
    from gui.app.timeline import label_layer

    viewport = window.timeline.plot.viewport()
    first, second = event_point(window, "huawei-best-buy"), event_point(window, "xiaomi-china-india")
    qtbot.mouseMove(viewport, first)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=first)
    viewport.update()
    settle(qtbot)
    placed = []
    original = label_layer.place_labels
    monkeypatch.setattr(label_layer, "place_labels", lambda *args, **kwargs: placed.append(1) or original(*args, **kwargs))
    painted = PaintedRegions(viewport)
    qtbot.mouseMove(viewport, second)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=second)
    settle(qtbot)
    assert window.selection.current == "xiaomi-china-india" and painted.rects
    assert placed == []
    patched = on_screen(window)
    viewport.update()  # everything, from scratch: the labels are placed again
    settle(qtbot)
    assert placed and on_screen(window) == patched


class PaintedParts(QObject):
    """Each paint event's region, rectangle by rectangle."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.regions = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.regions.append(list(event.region()))
        return False


def test_a_click_repaints_the_old_and_the_new_outline_apart_and_only_what_meets_them(qtbot, window, monkeypatch):
    """The old outline's patch and the new one's were merged into one box around both, and the layers drew every
    event between them (#22): now each outline's rectangle is repainted, the event layer draws only the events
    meeting them, and the canvas looks as a full repaint draws it."""
    from gui.app.timeline.event_layer import EventLayer

    viewport = window.timeline.plot.viewport()
    first, second = event_point(window, "huawei-best-buy"), event_point(window, "xiaomi-china-india")
    assert abs(first.y() - second.y()) > 100  # rows far apart
    qtbot.mouseMove(viewport, first)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseMove(viewport, second)  # its hover outline: the click's frame changes only the two outlines
    settle(qtbot)
    drawn = []
    original = EventLayer._paint_detailed
    def paint_detailed(self, painter, layout, items, view):
        drawn.extend(items.tolist())
        return original(self, painter, layout, items, view)

    monkeypatch.setattr(EventLayer, "_paint_detailed", paint_detailed)
    parts = PaintedParts(viewport)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=second)
    settle(qtbot)
    assert window.selection.current == "xiaomi-china-india" and parts.regions
    rects = [rect for region in parts.regions for rect in region]
    assert len(rects) >= 2 and all(rect.height() < 60 for rect in rects), rects
    layout = window.model.layout
    ids = {window.model.document.events[layout.event_of_item(item)].id for item in drawn}
    assert "huawei-best-buy" in ids and "xiaomi-china-india" in ids
    patched, in_patches = on_screen(window), set(drawn)
    drawn.clear()
    viewport.update()  # everything, from scratch
    settle(qtbot)
    assert len(in_patches) < len(set(drawn))  # the patches drew some of the events on screen, not all
    assert on_screen(window) == patched


def test_selecting_a_bar_wider_than_the_view_repaints_nothing_outside_the_view_box(qtbot, window, tmp_path, monkeypatch):
    """An outline is drawn only inside the view box (it clips its children), but a bar running past the view's
    edges gave a patch wider than the view box, and the lane header beside it was repainted whole on such a
    click (#22): the patches are cut to the view box, and the header draws nothing for a patch that only touches
    its edge."""
    lanes = [{"id": "a"}, {"id": "b"}]
    events = [
        {"id": "long", "lane": "a", "title": "Long", "start": "2010-01-01", "end": "2020-12-31"},
        {"id": "dot", "lane": "b", "title": "Dot", "start": "2015-06-01"},
    ]
    path = tmp_path / "long.json"
    path.write_text(
        json.dumps({"format": "inroads-timeline", "version": 1, "lanes": lanes, "events": events}), encoding="utf-8"
    )
    assert window.open_path(path)
    layout = window.model.layout
    middle = float(layout.start_first[window.model.event_index("dot")])
    window.timeline.show_days(middle - 200, middle + 200)  # "long" runs past both edges
    viewport = window.timeline.plot.viewport()
    painted = PaintedParts(viewport)
    PaintedRegions(viewport).wait_until_quiet(qtbot)
    axis = window.timeline.lane_axis
    axis_paints = []
    original = axis.count_labels  # what its paint asks for once it draws
    monkeypatch.setattr(axis, "count_labels", lambda: axis_paints.append(1) or original())
    point = event_point(window, "long")
    point.setX(viewport.width() // 2)
    qtbot.mouseMove(viewport, point)
    settle(qtbot)
    painted.regions.clear()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    settle(qtbot)
    assert window.selection.current == "long" and painted.regions
    box = window.timeline.plot.mapFromScene(window.timeline.view_box.sceneBoundingRect()).boundingRect()
    rects = [rect for region in painted.regions for rect in region]
    assert all(box.adjusted(-1, -1, 1, 1).contains(rect) for rect in rects), (box, rects)
    assert axis_paints == []
    patched = on_screen(window)
    viewport.update()  # everything, from scratch
    settle(qtbot)
    assert on_screen(window) == patched
