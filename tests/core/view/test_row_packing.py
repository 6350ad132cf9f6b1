"""Row counts without packing (#22): as many rows as greedy packing takes, lane by lane, in numpy."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.view.row_packing import _stack_tuples, row_counts, stack_rows

lanes = st.lists(
    st.lists(st.tuples(st.integers(-50, 60), st.integers(1, 40)), max_size=80),
    min_size=1,
    max_size=6,
)


@settings(max_examples=300, deadline=None)
@given(lanes)
def test_row_counts_are_the_rows_greedy_packing_takes(spans_per_lane):
    """Crowded lanes, empty ones, equal starts, spans that end where the next starts: every lane's count is
    the number of rows ``stack_rows`` (and plain greedy packing) packs it into."""
    starts, ends, bounds = [], [], [0]
    expected = []
    for spans in spans_per_lane:
        spans = sorted(spans, key=lambda span: span[0])  # by start; equal starts in any order
        s = np.asarray([float(a) for a, _ in spans])
        e = np.asarray([float(a + length) for a, length in spans])
        starts.append(s)
        ends.append(e)
        bounds.append(bounds[-1] + len(spans))
        expected.append(0 if not len(spans) else max(stack_rows(s, e)[1], 1))
        if len(spans):
            assert expected[-1] == max(1, _stack_tuples(s, e)[1])
    counts = row_counts(np.concatenate(starts), np.concatenate(ends), np.asarray(bounds))
    assert counts.tolist() == expected


def test_no_lanes_and_single_events():
    assert row_counts(np.zeros(0), np.zeros(0), np.asarray([0])).tolist() == []
    assert row_counts(np.asarray([5.0]), np.asarray([6.0]), np.asarray([0, 0, 1])).tolist() == [0, 1]
