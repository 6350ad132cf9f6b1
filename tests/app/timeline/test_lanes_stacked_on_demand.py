"""Rows stacked on demand in the window (#22): opening in compressed lanes stacks no lane; expanding one
stacks it as a full stacking would, and a real click then selects an event in it."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from gui.core.storage.fileformat_write import encode_document
from gui.core.view.row_packing import _stack_tuples
from tests.app.conftest import event_point

REPO_ROOT = Path(__file__).resolve().parents[3]
EVENTS = 20_000


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """20,000 events in 30 lanes, as benchmarks/make_timeline.py writes them."""
    sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
    try:
        from make_timeline import make_document
    finally:
        sys.path.remove(str(REPO_ROOT / "benchmarks"))
    path = tmp_path_factory.mktemp("lazy") / "20k.json"
    path.write_bytes(encode_document(make_document(EVENTS, 30, 1)))
    return path


def _open(qtbot, window, path):
    window.resize(1440, 900)
    assert window.open_path(path)
    qtbot.waitUntil(lambda: window.model.layout.count == EVENTS, timeout=20_000)
    window.grab()  # the first frame: canvas, lane header, overview strip, all painted now
    return window.model.layout


def _full_stacking_of(layout, lane: int) -> np.ndarray:
    members = np.lexsort((layout.start_end, layout.start_first, layout.lane))
    members = members[layout.lane[members] == lane]
    rows, _ = _stack_tuples(layout.start_first[members], layout.end_end[members])
    expected = np.zeros(layout.count, np.int32)
    expected[members] = rows
    return expected


def test_opening_20k_events_in_compressed_lanes_stacks_no_lane(qtbot, window, generated):
    layout = _open(qtbot, window, generated)
    assert layout.collapsed.all()
    crowded = layout.lane_depth > 1
    assert crowded.sum() >= 20
    assert np.array_equal(layout.unstacked, crowded)  # painted, hit areas and all: no lane stacked


def test_a_click_on_an_event_of_a_lane_expanded_after_opening_selects_it(qtbot, window, generated):
    layout = _open(qtbot, window, generated)
    timeline = window.timeline
    lane = 3
    assert layout.unstacked[lane] and layout.collapsed[lane]
    # A click on the lane's name expands it.
    top = timeline.plot.mapFromScene(timeline.view_box.mapViewToScene(QPointF(0, layout.lane_top[lane])))
    bottom = timeline.plot.mapFromScene(
        timeline.view_box.mapViewToScene(QPointF(0, layout.lane_top[lane] + layout.lane_rows[lane]))
    )
    name = timeline.plot.mapFromScene(timeline.lane_axis.mapToScene(QPointF(30, 0)))
    qtbot.mouseClick(
        timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(name.x(), round((top.y() + bottom.y()) / 2))
    )
    layout = window.model.layout
    assert not layout.collapsed[lane] and not layout.unstacked[lane]
    assert layout.unstacked.sum() == (layout.lane_depth > 1).sum() - 1  # only the lane expanded
    members = layout.lane_order(lane)
    assert np.array_equal(layout.raw_row[members], _full_stacking_of(layout, lane)[members])
    # Zoom to a few events of the lane, on its second row, and click one.
    second_row = members[layout.raw_row[members] == 1]
    item = int(second_row[len(second_row) // 2])
    middle = float(layout.start_first[item])
    timeline.show_days(middle - 20, middle + 20)
    timeline.view_box.setYRange(layout.lane_top[lane], layout.lane_top[lane] + 6, padding=0)
    event_id = window.model.document.events[item].id
    window.grab()  # bars and labels of the expanded lane, the summary rows of the others
    qtbot.mouseClick(timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=event_point(window, event_id))
    assert window.selection.current == event_id
    assert layout.unstacked.sum() == (layout.lane_depth > 1).sum() - 1  # still only the lane expanded


def test_moving_an_event_between_lanes_not_stacked_yet_and_undoing_it_leaves_a_full_builds_rows(
    qtbot, window, generated
):
    """An edit re-stacks the lanes it touched, stacked or not yet; the others stay unstacked; undo does the
    same; and every row asked for afterwards is what a fresh build stacks."""
    from gui.core.document.edits import edit_event
    from gui.core.view.layout_builder import build_layout

    layout = _open(qtbot, window, generated)
    crowded = layout.lane_depth > 1
    model = window.model
    item = int(layout.lane_order(5)[10])
    event = model.document.events[item]
    target = layout.lane_ids[9]
    model.push(edit_event(model.document, event.id, "Move", lane=target, start="2019-05", end="2021-02"))
    layout = model.layout
    assert model.document.events[item].lane == target
    assert not layout.unstacked[5] and not layout.unstacked[9]  # the lanes it left and joined
    assert layout.unstacked.sum() == crowded.sum() - 2
    fresh = build_layout(model.document, today=layout.today)
    assert np.array_equal(layout.lane_depth, fresh.lane_depth) and np.array_equal(layout.order, fresh.order)
    model.undo_stack.undo()
    layout = model.layout
    assert model.document.events[item].lane == layout.lane_ids[5]
    fresh = build_layout(model.document, today=layout.today)
    assert np.array_equal(layout.lane_depth, fresh.lane_depth) and np.array_equal(layout.order, fresh.order)
    assert layout.unstacked.sum() == crowded.sum() - 2
    assert np.array_equal(layout.row, fresh.row)
