"""Stacking: rows that never overlap in time, and packed heap keys that agree with plain greedy packing."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.document.model import FORMAT_NAME, Document, Event, Lane
from gui.core.storage.fileformat import read_document
from gui.core.view.layout_builder import build_layout
from gui.core.view.stacking import _stack_tuples, stack_rows


def test_stacked_rows_never_overlap_in_time(sample_path):
    layout = build_layout(read_document(sample_path).document)
    for item in range(layout.count):
        for other in range(item + 1, layout.count):
            if layout.lane[item] == layout.lane[other] and layout.row[item] == layout.row[other]:
                assert (
                    layout.end_end[item] <= layout.start_first[other]
                    or layout.end_end[other] <= layout.start_first[item]
                )


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(2000, 2010), st.integers(0, 3)), min_size=1, max_size=40))
def test_stacking_property(specs):
    events = [
        Event(f"e{i}", f"l{lane}", "t", f"{year}", f"{year + length}" if length else None)
        for i, (lane, year, length) in enumerate(specs)
    ]
    layout = build_layout(Document(FORMAT_NAME, 1, lanes=[Lane(f"l{i}") for i in range(3)], events=events), today=0)
    for lane in range(3):
        items = layout.lane_order(lane)
        for row in np.unique(layout.row[items]):
            in_row = items[layout.row[items] == row]
            spans = sorted(zip(layout.start_first[in_row], layout.end_end[in_row]))
            assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))
        assert layout.lane_rows[lane] == (layout.row[items].max() + 1 if len(items) else 1)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(-800_000, 3_000_000), st.integers(0, 400)), min_size=2, max_size=60))
def test_packed_stacking_matches_plain_greedy_packing(spans):
    spans.sort()
    starts = np.asarray([float(s) for s, _ in spans])
    ends = np.asarray([float(s + max(1, length)) for s, length in spans])
    rows, count = stack_rows(starts, ends)
    expected_rows, expected_count = _stack_tuples(starts, ends)
    assert rows.tolist() == expected_rows.tolist() and count == max(1, expected_count)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 40)), min_size=2, max_size=200))
def test_packed_stacking_of_a_crowded_lane_matches_plain_greedy_packing(spans):
    """Dense overlaps, where rows come free one or several at a time and are taken again at once or later:
    the same rows as the plain greedy packing (the spans above rarely overlap)."""
    spans.sort()
    starts = np.asarray([float(s) for s, _ in spans])
    ends = np.asarray([float(s + length) for s, length in spans])
    rows, count = stack_rows(starts, ends)
    expected_rows, expected_count = _stack_tuples(starts, ends)
    assert rows.tolist() == expected_rows.tolist() and count == max(1, expected_count)
