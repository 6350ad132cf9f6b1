"""The timeline canvas driven like a user would: real clicks, keys and wheel events."""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from gui.core.document.dates import days_from_civil
from tests.app.conftest import event_point, viewport_point


def test_lanes_and_labels_on_the_sample(window):
    timeline = window.timeline
    assert window.model.layout.lane_names == ["Huawei", "Xiaomi"]
    # The lane header paints its names: grab it and check the band has ink in the name area.
    assert timeline.lane_axis.width() >= 90
    legend = window.legend.entries()
    assert "Carrier talks" in legend and "Carrier deal" in legend and "Context" in legend
    assert window.status_counts.text() == "12 events · 2 lanes · 1 source"


def test_click_on_event_selects_it_and_shows_the_highlighted_quote(qtbot, window):
    event_id = "huawei-best-buy"
    point = event_point(window, event_id)
    qtbot.mouseClick(window.timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.selection.current == event_id
    pane = window.detail_pane
    assert pane.stack.currentIndex() == 1
    assert pane.form.title_edit.text() == "Popular Huawei phones reach Best Buy"
    assert pane.form.when_label.text() == "2017 (uncertain)"
    assert pane.form.partners_edit.text() == "Best Buy"
    quote = "A few of its most popular devices have reached brick-and-mortar stores like Best Buy recently"
    assert pane.highlighted_passage() == quote
    assert pane.source_text.toPlainText().index(quote) == pane.source_text.textCursor().position()
    assert not pane.quote_warning.isVisible()


def test_click_on_empty_space_clears_the_selection(qtbot, window):
    window.selection.select("huawei-best-buy")
    layout = window.model.layout
    empty = viewport_point(window.timeline, layout.extent()[0] - 20, layout.total_rows - 0.2)
    qtbot.mouseClick(window.timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=empty)
    assert window.selection.current is None
    assert window.detail_pane.stack.currentIndex() == 0


def test_keyboard_navigation(qtbot, window):
    plot = window.timeline.plot
    plot.setFocus()
    window.selection.select("huawei-best-buy")
    order = [window.model.document.events[i].id for i in window.model.layout.lane_order(0)]
    position = order.index("huawei-best-buy")
    qtbot.keyClick(plot, Qt.Key.Key_Right)
    assert window.selection.current == order[position + 1]
    qtbot.keyClick(plot, Qt.Key.Key_Left)
    qtbot.keyClick(plot, Qt.Key.Key_Left)
    assert window.selection.current == order[position - 1]
    qtbot.keyClick(plot, Qt.Key.Key_Down)
    current = window.model.find_event(window.selection.current)
    assert current.lane == "xiaomi"
    qtbot.keyClick(plot, Qt.Key.Key_Down)  # no lane below: stays
    assert window.model.find_event(window.selection.current).lane == "xiaomi"
    qtbot.keyClick(plot, Qt.Key.Key_Up)
    assert window.model.find_event(window.selection.current).lane == "huawei"
    qtbot.keyClick(plot, Qt.Key.Key_Escape)
    assert window.selection.current is None


def test_navigation_pans_to_keep_the_selection_visible(qtbot, window):
    timeline = window.timeline
    timeline.show_days(10000, 10030)  # far away, in 1997
    window.selection.select("huawei-carrier-phones-2018")
    x0, x1 = timeline.visible_days()
    index = window.model.event_index("huawei-carrier-phones-2018")
    assert x0 <= window.model.layout.start_first[index] <= x1
    assert x1 - x0 == pytest.approx(30, rel=1e-6)  # panned, not zoomed


def test_clicking_the_visible_end_of_a_long_range_does_not_move_the_view(qtbot, window):
    """Only the end of "2015~ to 2017?" is on screen; clicking it there selects it and keeps the view."""
    timeline = window.timeline
    layout = window.model.layout
    index = window.model.event_index("huawei-pursues-carrier-deal")
    item = layout.item_of_event(index)
    end = float(layout.end_end[item])
    timeline.show_days(end - 200, end + 400)  # the range began more than a year before the view
    assert layout.start_first[item] < end - 600
    before = timeline.visible_days()
    point = viewport_point(timeline, end - 100, layout.y(index) + 0.5)
    qtbot.mouseClick(timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.selection.current == "huawei-pursues-carrier-deal"
    assert timeline.visible_days() == pytest.approx(before)


def test_clicking_a_sliver_of_an_event_at_the_edge_does_not_move_the_view(qtbot, window):
    timeline = window.timeline
    layout = window.model.layout
    index = window.model.event_index("huawei-pursues-carrier-deal")
    item = layout.item_of_event(index)
    end = float(layout.end_end[item])
    timeline.show_days(end - 6, end + 594)  # 1 % of the view: a few pixels of the bar at the left edge
    before = timeline.visible_days()
    point = viewport_point(timeline, end - 3, layout.y(index) + 0.5)
    qtbot.mouseClick(timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.selection.current == "huawei-pursues-carrier-deal"
    assert timeline.visible_days() == pytest.approx(before)


def _wheel(widget, point: QPoint, steps: int, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    global_point = widget.mapToGlobal(point)
    event = QWheelEvent(
        QPointF(point),
        QPointF(global_point),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_wheel_zooms_time_around_the_cursor_and_not_lanes(qtbot, window):
    timeline = window.timeline
    viewport = timeline.plot.viewport()
    before_x = timeline.visible_days()
    before_y = timeline.view_box.viewRange()[1]
    point = viewport_point(timeline, (before_x[0] + before_x[1]) / 2, 1.0)
    anchor = timeline.view_box.mapSceneToView(timeline.plot.mapToScene(point)).x()
    _wheel(viewport, point, 3)
    after_x = timeline.visible_days()
    assert after_x[1] - after_x[0] < (before_x[1] - before_x[0]) * 0.95
    assert timeline.view_box.viewRange()[1] == pytest.approx(before_y)
    anchor_after = timeline.view_box.mapSceneToView(timeline.plot.mapToScene(point)).x()
    assert anchor_after == pytest.approx(anchor, abs=(after_x[1] - after_x[0]) * 0.01)


def test_zoom_limits_one_day_to_extent_plus_margin(qtbot, window):
    timeline = window.timeline
    viewport = timeline.plot.viewport()
    point = viewport_point(timeline, sum(timeline.visible_days()) / 2, 1.0)
    for _ in range(40):
        _wheel(viewport, point, 10)
    x0, x1 = timeline.visible_days()
    assert x1 - x0 == pytest.approx(1.0, rel=0.05)
    for _ in range(60):
        _wheel(viewport, point, -10)
    x0, x1 = timeline.visible_days()
    first, last = window.model.layout.extent()
    assert x0 < first and x1 > last
    # On the right, the margin is the wider of 30 % and the room for the last events' titles (#17).
    assert (x1 - x0) <= max((last - first) * 1.6, timeline.view._label_room_end(x0, last) - x0 + 1e-6)


def test_empty_timeline_opens_on_the_years_around_today_and_zooms_out_to_200_years(qtbot, window, tmp_path):
    # Issue #16: an empty timeline used to open on all 200 years (1930-2120); it opens on the current year now.
    path = tmp_path / "empty.json"
    path.write_text('{"format": "inroads-timeline", "version": 1}', encoding="utf-8")
    assert window.open_path(path)
    x0, x1 = window.timeline.visible_days()
    year = datetime.date.today().year
    assert x0 <= days_from_civil(year, 1, 1) and days_from_civil(year, 12, 31) < x1
    assert x1 - x0 == pytest.approx(11 * 365.2425, rel=0.01)
    for _ in range(10):
        window.actions.zoom_out.trigger()
    x0, x1 = window.timeline.visible_days()
    assert x1 - x0 == pytest.approx(200 * 365.2425, rel=0.01)


def test_fit_all_shows_every_event(qtbot, window):
    window.timeline.show_days(17000, 17010)
    window.actions.fit_all.trigger()
    x0, x1 = window.timeline.visible_days()
    first, last = window.model.layout.extent()
    assert x0 <= first and x1 >= last


def test_hover_tooltip_escapes_file_text(window):
    event = window.model.document.events[0]
    event.title = "<b>bold?</b>"
    html = window.timeline.tooltip_html(0)
    assert "&lt;b&gt;bold?&lt;/b&gt;" in html
    assert "2017 (uncertain)" in html and "Carrier talks" in html


def test_canvas_paints_event_pixels(qtbot, window):
    window.selection.select("huawei-best-buy")
    image: QImage = window.timeline.plot.grab().toImage()
    point = event_point(window, "huawei-best-buy")
    ratio = image.devicePixelRatio()
    color = QColor(image.pixel(int(point.x() * ratio), int(point.y() * ratio)))
    # The retail marker is orange: red clearly above blue.
    assert color.red() > color.blue() + 40, color.name()


def _many_lanes_file(tmp_path, lanes=40):
    import json

    document = {
        "format": "inroads-timeline",
        "version": 1,
        "lanes": [{"id": f"m{i}", "name": f"Maker {i}"} for i in range(lanes)],
        "events": [
            {"id": f"e{i}", "lane": f"m{i}", "title": f"Event {i}", "start": "2018-03", "end": ".." if i % 2 else None}
            for i in range(lanes)
        ],
    }
    path = tmp_path / "many.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_many_lanes_scroll_vertically_and_keep_their_height(qtbot, window, tmp_path):
    # 400 lanes (#17: 40 now fit at once, compressed): their summary rows still don't fit, so the view scrolls.
    assert window.open_path(_many_lanes_file(tmp_path, lanes=400))
    timeline = window.timeline
    assert timeline.scroll_bar.isVisible()
    y0, y1 = timeline.view_box.viewRange()[1]
    rows_shown = y1 - y0
    assert rows_shown == pytest.approx(timeline.view_box.height() / 26, rel=0.01)  # rows keep 26 px
    viewport = timeline.plot.viewport()
    _wheel(viewport, QPoint(300, 200), -2, Qt.KeyboardModifier.ShiftModifier)
    assert timeline.view_box.viewRange()[1][0] == pytest.approx(y0 + 6)
    assert timeline.scroll_bar.value() == 6 * 26
    # Selecting an event far down scrolls it into view.
    window.selection.select("e399")
    top, bottom = timeline.view_box.viewRange()[1]
    layout = window.model.layout
    lane = layout.lane[window.model.event_index("e399")]  # collapsed: its summary row is in view
    assert top <= layout.lane_top[lane] and layout.lane_top[lane] + layout.lane_rows[lane] <= bottom


def test_hovering_an_event_highlights_it(qtbot, window):
    point = event_point(window, "huawei-outsells-apple-china")
    qtbot.mouseMove(window.timeline.plot.viewport(), point)
    qtbot.waitUntil(lambda: window.timeline.selection_overlay.hovered >= 0, timeout=2000)
    index = window.timeline.selection_overlay.hovered
    assert window.model.document.events[index].id == "huawei-outsells-apple-china"


def test_today_marker_sits_on_today(window):
    from gui.core.view.layout_builder import today_day

    assert window.timeline.today_line.value() == pytest.approx(today_day() + 0.5)


def test_right_click_on_a_lane_name_asks_for_that_lanes_menu(qtbot, window):
    axis = window.timeline.lane_axis
    window.timeline.lane_axis.sig_context_menu.disconnect()
    requested = []
    axis.sig_context_menu.connect(lambda lane_id, _pos: requested.append(lane_id))
    layout = window.model.layout
    for lane_index, expected in ((0, "huawei"), (1, "xiaomi")):
        scene = window.timeline.view_box.mapViewToScene(QPointF(0, layout.lane_top[lane_index] + 0.5))
        point = window.timeline.plot.mapFromScene(QPointF(axis.sceneBoundingRect().center().x(), scene.y()))
        qtbot.mouseClick(window.timeline.plot.viewport(), Qt.MouseButton.RightButton, pos=point)
        assert requested[-1] == expected


def test_a_tall_lane_zoomed_in_draws_events_not_a_density_block(qtbot, window, tmp_path):
    """Regression: density was decided by all of a lane's sub-rows, most of them off screen."""
    import json

    from gui.app.timeline.event_layer import visible_events

    events = [{"id": f"y{i}", "lane": "l", "title": f"Year event {i}", "start": "2018"} for i in range(300)]
    events.append({"id": "day", "lane": "l", "title": "A day", "start": "2018-06-01"})
    path = tmp_path / "tall.json"
    path.write_text(json.dumps({"format": "inroads-timeline", "version": 1, "lanes": [{"id": "l"}], "events": events}))
    assert window.open_path(path)
    timeline = window.timeline
    timeline.toggle_lane("l")  # #17: Fit All collapses a lane that fills the view; expanded, it stacks its rows
    timeline.show_days(17680, 17700)  # three weeks in June 2018: 301 events span it, ~30 rows fit
    rect = timeline.view_box.viewRect()
    detailed, dense = visible_events(window.model.layout, rect, timeline.view_box.viewPixelSize()[0])
    assert dense == [] and 0 < len(detailed) <= 40
