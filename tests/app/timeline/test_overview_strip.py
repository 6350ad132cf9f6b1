"""The overview strip (#17): 200 lanes stay navigable; it shows where the view is and jumps on a click."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, Qt

from gui.app.timeline.overview_strip import lane_column_counts
from gui.core.document.model import FORMAT_NAME, Document, Event, Lane
from gui.core.view.layout_builder import build_layout
from tests.app.timeline.test_every_lane_at_once import _lanes_file


def _lanes_in_view(timeline) -> list[int]:
    """Lanes whose band meets the view's rows."""
    layout = timeline._model.layout
    y0, y1 = timeline.view_box.viewRange()[1]
    top, rows = layout.lane_top, layout.lane_rows
    return [lane for lane in range(len(top)) if top[lane] < y1 and top[lane] + rows[lane] > y0]


def _open_200_lanes(qtbot, window, tmp_path):
    window.resize(1440, 900)
    assert window.open_path(_lanes_file(tmp_path, lanes=200, per_lane=6))
    timeline = window.timeline
    timeline.fit_all()
    qtbot.waitUntil(timeline.overview.isVisible, timeout=2000)
    return timeline


def test_a_click_near_the_bottom_of_the_strip_shows_the_last_lanes(qtbot, window, tmp_path):
    timeline = _open_200_lanes(qtbot, window, tmp_path)
    assert 0 in _lanes_in_view(timeline) and 199 not in _lanes_in_view(timeline)  # 200 lanes don't fit 900 px
    strip = timeline.overview
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(strip.width() // 2, strip.height() - 3))
    lanes = _lanes_in_view(timeline)
    assert 199 in lanes and 0 not in lanes
    # The view's rectangle is at the bottom of the strip now.
    assert strip.view_rect().bottom() >= strip.height() - 4


def test_dragging_on_the_strip_moves_the_view_with_the_pointer(qtbot, window, tmp_path):
    timeline = _open_200_lanes(qtbot, window, tmp_path)
    strip = timeline.overview
    middle = QPoint(strip.width() // 2, strip.height() // 2)
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=QPoint(middle.x(), 3))
    qtbot.mouseMove(strip, middle)
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=middle)
    lanes = _lanes_in_view(timeline)
    assert 100 in lanes and 0 not in lanes and 199 not in lanes


def test_the_view_rectangle_follows_a_scroll_and_a_zoom(qtbot, window, tmp_path):
    timeline = _open_200_lanes(qtbot, window, tmp_path)
    strip = timeline.overview
    before = strip.view_rect()
    timeline.scroll_rows(3)
    after = strip.view_rect()
    assert after.top() > before.top() + 1 and abs(after.height() - before.height()) < 0.05 * before.height()
    timeline.zoom(0.25)
    zoomed = strip.view_rect()
    assert zoomed.width() < after.width() / 2
    # And it is painted where it says: the view's outline colour shows at the rectangle's top edge.
    image = strip.grab().toImage()
    outline = image.pixelColor(round(zoomed.center().x()), round(zoomed.top() + 0.5))
    assert outline.blue() > 150 and outline.red() < 100


def test_the_keyboard_moves_the_view_from_the_strip(qtbot, window, tmp_path):
    timeline = _open_200_lanes(qtbot, window, tmp_path)
    strip = timeline.overview
    strip.setFocus()
    qtbot.keyClick(strip, Qt.Key.Key_End)
    assert 199 in _lanes_in_view(timeline)
    qtbot.keyClick(strip, Qt.Key.Key_Home)
    assert 0 in _lanes_in_view(timeline)
    top = timeline.view.top_row
    qtbot.keyClick(strip, Qt.Key.Key_PageDown)
    assert timeline.view.top_row > top


def test_the_strip_stays_hidden_while_every_lane_fits(qtbot, window, tmp_path):
    window.resize(1440, 900)
    assert window.open_path(_lanes_file(tmp_path, lanes=50, per_lane=6))
    window.timeline.fit_all()
    assert not window.timeline.overview.isVisible()


def test_lane_column_counts_count_each_lanes_events_per_slice_of_time():
    events = [
        Event("a", "x", "t", "2018-01-01"),
        Event("b", "x", "t", "2018-01-01", "2018-12-31"),
        Event("c", "y", "t", "2018-12-31"),
    ]
    layout = build_layout(Document(FORMAT_NAME, 1, lanes=[Lane("x"), Lane("y")], events=events), today=0)
    first = float(layout.start_first.min())
    counts = lane_column_counts(layout, first, first + 365, 4)
    assert counts.tolist() == [[2, 1, 1, 1], [0, 0, 0, 1]]
    assert np.array_equal(
        lane_column_counts(layout, first, first + 365, 4, np.array([True, False, True])), [[1, 0, 0, 0], [0, 0, 0, 1]]
    )
