"""Rows stacked on demand (#22): a layout opens with no lane stacked, and a lane stacked when asked for
has the rows, order and height a full stacking gives it."""

from __future__ import annotations

import sys
from pathlib import Path

import msgspec
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.document.model import FORMAT_NAME, Document, Event, Lane
from gui.core.storage.fileformat import read_document
from gui.core.storage.fileformat_write import encode_document
from gui.core.view.lane_compression import apply_rows, fit_lanes
from gui.core.view.layout_builder import build_layout
from gui.core.view.layout_update import update_layout
from gui.core.view.row_packing import _stack_tuples

REPO_ROOT = Path(__file__).resolve().parents[3]


def full_stacking(layout) -> tuple[np.ndarray, np.ndarray]:
    """(every item's row, every lane's rows) as the whole-layout stacking made them before #22: each lane's
    items in (start, end of the start date, item) order, packed by the plain greedy packing."""
    order = np.lexsort((layout.start_end, layout.start_first, layout.lane))
    row = np.zeros(layout.count, np.int32)
    depth = np.ones(len(layout.lane_ids))
    for lane in range(len(layout.lane_ids)):
        members = order[layout.lane[order] == lane]
        if len(members):
            rows, count = _stack_tuples(layout.start_first[members], layout.end_end[members])
            row[members], depth[lane] = rows, max(1, count)
    return row, depth


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """20,000 events in 30 lanes, as benchmarks/make_timeline.py writes them."""
    sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
    try:
        from make_timeline import make_document
    finally:
        sys.path.remove(str(REPO_ROOT / "benchmarks"))
    path = tmp_path_factory.mktemp("lazy") / "20k.json"
    path.write_bytes(encode_document(make_document(20_000, 30, 1)))
    return path


def test_opening_in_compressed_lanes_stacks_no_lane_and_expanding_one_stacks_it_as_a_full_stacking(generated):
    layout = build_layout(read_document(generated).document)
    expected_row, expected_depth = full_stacking(layout)
    crowded = expected_depth > 1
    assert crowded.sum() >= 20
    assert np.array_equal(layout.unstacked, crowded)  # nothing stacked: lanes of one row need none
    assert np.array_equal(layout.lane_depth, expected_depth)
    assert np.array_equal(layout.lane_rows, expected_depth)

    collapsed, summary, gap = fit_lanes(layout, 30.0, np.zeros(len(layout.lane_ids), bool))
    assert collapsed.all()
    apply_rows(layout, collapsed, summary, gap)
    assert np.array_equal(layout.unstacked, crowded)  # summary rows need no rows
    layout.item_top(np.arange(layout.count))
    assert np.array_equal(layout.unstacked, crowded)

    lane = int(np.argmax(expected_depth))
    collapsed[lane] = False
    apply_rows(layout, collapsed, summary, gap)
    assert not layout.unstacked[lane]
    assert layout.unstacked.sum() == crowded.sum() - 1  # only the lane shown expanded
    members = layout.lane_order(lane)
    assert np.array_equal(layout.raw_row[members], expected_row[members])
    assert layout.lane_rows[lane] == expected_depth[lane]

    assert np.array_equal(layout.row, expected_row)  # asking for every row stacks the rest
    assert not layout.unstacked.any()
    assert np.array_equal(layout.order, np.lexsort((layout.row, layout.start_first, layout.lane)))


def test_a_click_on_an_unstacked_lane_stacks_it_and_finds_the_event(generated):
    layout = build_layout(read_document(generated).document)
    expected_row, _ = full_stacking(layout)
    lane = int(np.flatnonzero(layout.unstacked)[0])
    item = int(layout.lane_order(lane)[-1])
    assert expected_row[item] > 0 or layout.lane_depth[lane] > 1
    y = layout.lane_top[lane] + expected_row[item] + 0.5
    x = float(layout.start_first[item] + layout.end_end[item]) / 2
    found = layout.hit(x, y, 0.0)
    assert not layout.unstacked[lane]
    assert found >= 0 and expected_row[found] == expected_row[item] and layout.lane[found] == lane
    assert layout.start_first[found] <= x <= layout.end_end[found]


def test_the_sample_stacks_on_demand_as_a_full_stacking(sample_path):
    document = read_document(sample_path).document
    for lanes_by in ("manufacturer", "partner", "kind"):
        layout = build_layout(document, lanes_by=lanes_by)
        expected_row, expected_depth = full_stacking(layout)
        for lane in range(len(layout.lane_ids)):
            members = layout.lane_order(lane)
            assert np.array_equal(layout.rows_of(members), expected_row[members]), (lanes_by, lane)
        assert np.array_equal(layout.lane_depth, expected_depth)


_YEARS = st.integers(1990, 2030)
spec = st.tuples(
    st.sampled_from(["l0", "l1", "l2"]),
    _YEARS,
    st.sampled_from(["", "-03", "-03-14", "-11-30"]),
    st.one_of(st.none(), st.integers(0, 6)),
    st.sampled_from([[], ["AT&T"], ["AT&T", "Verizon"]]),
)


def _document(specs) -> Document:
    events = [
        Event(f"e{i}", lane, "t", f"{year}{tail}", None if length is None else f"{year + length}", partners=partners)
        for i, (lane, year, tail, length, partners) in enumerate(specs)
    ]
    return Document(FORMAT_NAME, 1, lanes=[Lane("l0"), Lane("l1"), Lane("l2")], events=events)


@settings(max_examples=150, deadline=None)
@given(st.lists(spec, min_size=1, max_size=60), st.sampled_from(["manufacturer", "partner", "kind"]), st.data())
def test_rows_stacked_on_demand_in_any_order_are_a_full_stacking(specs, lanes_by, data):
    """Whichever lanes are asked for first, in whatever order, each gets the rows a full stacking gives it;
    ``order`` is (lane, start, row) order throughout, and the lanes' heights were right before any stacking."""
    layout = build_layout(_document(specs), today=18_000, lanes_by=lanes_by)
    expected_row, expected_depth = full_stacking(layout)
    assert np.array_equal(layout.lane_depth, expected_depth)
    lanes = data.draw(st.permutations(range(len(layout.lane_ids))))
    for lane in lanes:
        layout.stack_lanes_now([lane])
        members = layout.lane_order(lane)
        assert np.array_equal(layout.raw_row[members], expected_row[members])
    assert not layout.unstacked.any()
    assert np.array_equal(layout.order, np.lexsort((layout.raw_row, layout.start_first, layout.lane)))


@settings(max_examples=100, deadline=None)
@given(st.lists(spec, min_size=2, max_size=40), st.integers(0, 1000), spec, st.booleans())
def test_an_edit_before_a_lane_is_stacked_leaves_the_rows_of_a_full_build(specs, position, new, stack_first):
    """An edit on a layout whose lanes are not stacked yet (or some are) re-stacks what it touched: asking
    for the rows afterwards gives exactly a fresh build's."""
    document = _document(specs)
    layout = build_layout(document, today=18_000)
    if stack_first:
        layout.stack_lanes_now([0])
    index = position % len(specs)
    lane, year, tail, length, _ = new
    document.events[index] = msgspec.structs.replace(
        document.events[index], lane=lane, start=f"{year}{tail}", end=None if length is None else f"{year + length}"
    )
    if not update_layout(layout, document, [document.events[index].id]):
        return
    fresh = build_layout(document, today=18_000)
    assert np.array_equal(layout.lane_depth, fresh.lane_depth)
    assert np.array_equal(layout.lane_rows, fresh.lane_rows)
    assert np.array_equal(layout.order, fresh.order)
    assert np.array_equal(layout.row, fresh.row)
