"""Every lane at once (#17): Fit All fits the lanes, collapsed to summary rows, and a click or Enter expands one."""

from __future__ import annotations

import json

import numpy as np
from PySide6.QtCore import QPoint, QPointF, Qt

from gui.app.timeline.event_layer import DENSITY_MAX_PX, density_polygon
from gui.app.timeline.geometry import ViewTransform


def _lanes_file(tmp_path, lanes=50, per_lane=40):
    """``lanes`` lanes of ``per_lane`` overlapping events each: stacked, far more rows than 900 px hold."""
    events = [
        {"id": f"e{lane}-{i}", "lane": f"m{lane}", "title": f"Event {i}", "start": f"2018-{1 + i % 12:02d}", "end": "2019-06"}
        for lane in range(lanes)
        for i in range(per_lane)
    ]
    document = {
        "format": "inroads-timeline",
        "version": 1,
        "lanes": [{"id": f"m{i}", "name": f"Maker {i}"} for i in range(lanes)],
        "events": events,
    }
    path = tmp_path / "lanes.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _lane_px(timeline, lane: int) -> tuple[float, float]:
    """The top and bottom of a lane's band in the plot's viewport pixels."""
    layout = timeline._model.layout
    top = timeline.plot.mapFromScene(timeline.view_box.mapViewToScene(QPointF(0, layout.lane_top[lane])))
    bottom = timeline.plot.mapFromScene(
        timeline.view_box.mapViewToScene(QPointF(0, layout.lane_top[lane] + layout.lane_rows[lane]))
    )
    return top.y(), bottom.y()


def _view_px(timeline) -> tuple[float, float]:
    rect = timeline.view_box.sceneBoundingRect()
    top = timeline.plot.mapFromScene(rect.topLeft()).y()
    return top, top + rect.height()


def test_fit_all_at_900_px_puts_all_50_lanes_inside_the_viewport(qtbot, window, tmp_path):
    window.resize(1440, 900)
    qtbot.waitUntil(lambda: window.height() == 900 or window.isMaximized(), timeout=2000)
    assert window.open_path(_lanes_file(tmp_path))
    timeline = window.timeline
    timeline.show_days(17600, 17700)  # somewhere else first
    timeline.scroll_rows(5)
    timeline.fit_all()
    layout = window.model.layout
    assert layout.collapsed.all()
    view_top, view_bottom = _view_px(timeline)
    for lane in range(50):
        top, bottom = _lane_px(timeline, lane)
        assert view_top - 0.5 <= top < bottom <= view_bottom + 0.5, lane
    assert not timeline.scroll_bar.isVisible()
    # Every summary row the same bounded height: no lane fills the view.
    assert len(set(layout.lane_rows.tolist())) == 1 and layout.lane_rows[0] <= 1.0


def test_a_click_on_a_lane_name_expands_it_and_another_collapses_it(qtbot, window, tmp_path):
    assert window.open_path(_lanes_file(tmp_path, lanes=20))
    timeline = window.timeline
    layout = window.model.layout
    assert layout.collapsed[3]
    axis = timeline.lane_axis
    top, bottom = _lane_px(timeline, 3)
    point = timeline.plot.mapFromScene(axis.mapToScene(QPointF(30, 0)))
    qtbot.mouseClick(timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), round((top + bottom) / 2)))
    layout = window.model.layout
    assert not layout.collapsed[3] and layout.collapsed.sum() == 19
    assert layout.lane_rows[3] == 40  # its events stacked, as stacking left them
    top, bottom = _lane_px(timeline, 3)
    qtbot.mouseClick(timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), round(top + 10)))
    assert window.model.layout.collapsed[3]


def test_enter_expands_the_selected_events_lane(qtbot, window, tmp_path):
    assert window.open_path(_lanes_file(tmp_path, lanes=20))
    timeline = window.timeline
    timeline.plot.setFocus()
    window.selection.select("e5-7")
    assert window.model.layout.collapsed[5]
    qtbot.keyClick(timeline.plot, Qt.Key.Key_Return)
    assert not window.model.layout.collapsed[5]
    qtbot.keyClick(timeline.plot, Qt.Key.Key_Return)
    assert window.model.layout.collapsed[5]


def test_the_same_density_looks_the_same_in_every_lane_and_stays_within_a_row(window, tmp_path):
    assert window.open_path(_lanes_file(tmp_path, lanes=2, per_lane=40))
    layout = window.model.layout
    view = ViewTransform(1.0, -float(layout.start_first.min()), 26.0, 0.0)
    tall = density_polygon(layout, 0, layout.lane_order(0), view, 0.0, 1000.0)  # as if the lane were 1000 rows
    other = density_polygon(layout, 1, layout.lane_order(1), view, -1000.0, 1000.0)
    a = np.asarray([(p.x(), p.y()) for p in tall])
    b = np.asarray([(p.x(), p.y()) for p in other])
    assert np.ptp(a[:, 1]) <= DENSITY_MAX_PX + 1e-9 and np.ptp(b[:, 1]) <= DENSITY_MAX_PX + 1e-9
    assert np.allclose(np.diff(a[:, 1]), np.diff(b[:, 1])) and np.allclose(a[:, 0], b[:, 0])


def test_the_hover_outline_in_a_summary_row_is_as_high_as_the_drawn_strip(qtbot, window, tmp_path):
    """#17: the outline of an event hovered in a collapsed lane was a row high; the strip it outlines is lower."""
    from gui.app.timeline.selection_overlay import event_rect_px
    from tests.app.conftest import event_point

    window.resize(1440, 900)
    assert window.open_path(_lanes_file(tmp_path))
    timeline = window.timeline
    timeline.fit_all()
    layout = window.model.layout
    assert layout.collapsed[7]
    qtbot.mouseMove(timeline.plot.viewport(), event_point(window, "e7-3"))
    qtbot.waitUntil(lambda: timeline.selection_overlay.hovered >= 0, timeout=2000)
    hovered = timeline.selection_overlay.hovered
    lane = int(layout.lane[hovered])
    assert layout.collapsed[lane]
    origin = timeline.view_box.mapViewToDevice(QPointF(0.0, 0.0))
    one = timeline.view_box.mapViewToDevice(QPointF(1.0, 1.0))
    view = ViewTransform(one.x() - origin.x(), origin.x(), one.y() - origin.y(), origin.y())
    rect = event_rect_px(window.model, hovered, view)
    strip_px = min(layout.lane_rows[lane] * abs(view.sy), DENSITY_MAX_PX)
    assert rect.height() <= strip_px + 1e-6
    centre = view.y(layout.lane_top[lane] + layout.lane_rows[lane] / 2)
    assert abs(rect.center().y() - centre) < 1e-6
