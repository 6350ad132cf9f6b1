"""Compressed lanes: every lane fits the height, a collapsed lane is one bounded summary row, stacking stays."""

from __future__ import annotations

import numpy as np

from gui.core.document.model import FORMAT_NAME, Document, Event, Lane
from gui.core.view.lane_compression import MIN_SUMMARY_ROWS, apply_rows, fit_lanes, full_rows, stacked_rows
from gui.core.view.layout import LANE_GAP
from gui.core.view.layout_builder import build_layout
from gui.core.view.stacking import restack


def _layout(lanes=50, per_lane=6):
    """``lanes`` lanes, each with ``per_lane`` overlapping ranges (so ``per_lane`` stacked rows)."""
    events = [
        Event(f"e{lane}-{i}", f"l{lane}", "t", f"2018-0{1 + i % 3}", "2019-06")
        for lane in range(lanes)
        for i in range(per_lane)
    ]
    return build_layout(Document(FORMAT_NAME, 1, lanes=[Lane(f"l{i}") for i in range(lanes)], events=events), today=0)


def test_lanes_that_fit_stay_expanded_with_the_usual_gaps():
    layout = _layout(lanes=3, per_lane=2)
    collapsed, summary, gap = fit_lanes(layout, height_rows=30.0, expanded=np.zeros(3, bool))
    assert not collapsed.any() and gap == LANE_GAP


def test_fifty_lanes_collapse_to_summary_rows_that_all_fit_and_keep_their_stacking():
    layout = _layout()
    rows_before = layout.row.copy()
    height = 700 / 26  # a 700 px canvas at 26 px a row
    assert full_rows(layout) > height
    collapsed, summary, gap = fit_lanes(layout, height, expanded=np.zeros(50, bool))
    apply_rows(layout, collapsed, summary, gap)
    assert layout.collapsed.all()
    assert layout.total_rows <= height
    assert MIN_SUMMARY_ROWS <= summary <= 1.0
    assert np.all(layout.lane_rows == summary)  # every lane the same bounded height: no lane fills the view
    assert np.array_equal(layout.row, rows_before)
    # The summary row still picks its lane's nearest event; its row is centred on the summary row.
    item = int(layout.lane_order(0)[-1])
    assert layout.hit(float(layout.start_first[item]) + 1, float(layout.lane_top[0]) + summary / 2, 1.0) >= 0
    assert layout.y(item) + 0.5 == float(layout.lane_top[0]) + summary / 2


def test_an_expanded_lane_shows_its_stacked_rows_and_the_others_share_the_rest():
    layout = _layout()
    expanded = np.zeros(50, bool)
    expanded[3] = True
    collapsed, summary, gap = fit_lanes(layout, 700 / 26, expanded)
    apply_rows(layout, collapsed, summary, gap)
    assert not layout.collapsed[3] and layout.collapsed.sum() == 49
    assert layout.lane_rows[3] == stacked_rows(layout)[3] == 6
    assert layout.total_rows <= 700 / 26
    item = int(layout.lane_order(3)[-1])
    assert layout.hit(float(layout.start_first[item]) + 1, layout.y(item) + 0.5, 1.0) >= 0


def test_an_edit_in_a_collapsed_lane_keeps_its_summary_row():
    layout = _layout(lanes=4, per_lane=6)
    collapsed, summary, gap = fit_lanes(layout, 4.0, np.zeros(4, bool))
    apply_rows(layout, collapsed, summary, gap)
    tops = layout.lane_top.copy()
    item = np.asarray([int(layout.lane_order(0)[0])])
    old = layout.lane[item].copy()
    layout.lane[item] = 1
    restack(layout, item, old, layout.lane[item].copy())
    assert np.all(layout.lane_rows == summary) and np.allclose(layout.lane_top, tops)
