"""Lane names as an axis's tick labels: all that fit, the expanded ones, evenly spread thin ones, never overlapping."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.view.lane_names import pick_lane_names


def test_thin_rows_get_a_name_every_few_lanes_evenly_spread():
    tops = np.arange(200) * 4.0
    lanes, top, bottom = pick_lane_names(tops, tops + 4.0, 13.0)
    assert len(lanes) >= 50  # 800 px of rows hold 61 lines of 13 px
    assert set(np.diff(lanes).tolist()) == {4}  # every 4th lane: ceil(13 / 4)
    assert (top[1:] >= bottom[:-1]).all()


def test_rows_that_hold_a_line_are_all_named():
    tops = np.arange(50) * 17.0
    lanes, _, _ = pick_lane_names(tops, tops + 17.0, 13.0)
    assert lanes.tolist() == list(range(50))


def test_an_expanded_lane_is_named_and_its_neighbours_make_room():
    heights = np.full(100, 4.0)
    heights[37] = 300.0
    tops = np.concatenate(([0.0], np.cumsum(heights)[:-1]))
    always = np.zeros(100, bool)
    always[37] = True
    lanes, top, bottom = pick_lane_names(tops, tops + heights, 13.0, always)
    assert 37 in lanes.tolist()
    assert (top[1:] >= bottom[:-1]).all()
    assert len(lanes) > 10


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(0.5, 60.0), min_size=1, max_size=300), st.floats(6.0, 30.0), st.integers(0, 2**32 - 1))
def test_names_never_overlap(heights, line, seed):
    heights = np.asarray(heights)
    tops = np.concatenate(([0.0], np.cumsum(heights)[:-1]))
    always = np.random.default_rng(seed).random(len(heights)) < 0.05
    lanes, top, bottom = pick_lane_names(tops, tops + heights, line, always)
    assert (np.diff(lanes) > 0).all()
    assert (top[1:] >= bottom[:-1] - 1e-9).all()
    assert set(np.flatnonzero((tops + heights) - tops >= line).tolist()) <= set(lanes.tolist())
