"""Stacking: greedy row packing of a lane's events, and re-stacking the lanes of a layout that an edit touched."""

from __future__ import annotations

import numpy as np

from gui.core.view.layout import LANE_GAP, TimelineLayout
from gui.core.view.row_packing import _stack_tuples, stack_rows  # noqa: F401  (stack_rows: part of this module's API)

__all__ = ["lane_tops", "restack", "stack_lanes", "stack_rows"]


def lane_tops(lane_rows: np.ndarray, gap: float = LANE_GAP) -> np.ndarray:
    """The y of each lane's first row: the lanes one under the other, ``gap`` apart."""
    lane_top = np.zeros(len(lane_rows), np.float64)
    if len(lane_rows):
        lane_top[1:] = np.cumsum(lane_rows[:-1] + gap)
    return lane_top


def restack(layout: TimelineLayout, items: np.ndarray, old_lane: np.ndarray, new_lane: np.ndarray) -> None:
    """Re-stack the lanes these items left or joined, and splice them back into the lane-sorted arrays."""
    segments: dict[int, np.ndarray] = {}
    for lane in sorted(set(old_lane.tolist()) | set(new_lane.tolist())):
        lo, hi = layout.segment(lane)
        members = layout.order[lo:hi]
        leaving = items[(old_lane == lane) & (new_lane != lane)]
        joining = items[(new_lane == lane) & (old_lane != lane)]
        if len(leaving):
            members = members[~np.isin(members, leaving)]
        # Ties in a full build fall back to item order: start from the members in that order.
        segments[lane] = np.sort(np.concatenate((members, joining)) if len(joining) else members)
    stack_lanes(layout, segments)


def stack_lanes(layout: TimelineLayout, segments: dict[int, np.ndarray]) -> None:
    """Stack each lane of ``segments`` (lane -> its items, ascending) afresh, and put it in the lane-sorted arrays."""
    start_first, start_end, end_end, row = layout.start_first, layout.start_end, layout.end_end, layout.raw_row
    rows_changed = False
    for lane, members in segments.items():
        if lane >= 0 and len(members):
            by_start = members[np.lexsort((start_end[members], start_first[members]))]
            rows, count = stack_rows(start_first[by_start], end_end[by_start])
            row[by_start] = rows
            count = max(1, count)
        else:
            row[members] = 0
            count = 1
        if lane >= 0:
            layout.unstacked[lane] = False
            layout.lane_depth[lane] = count
            if len(layout.collapsed) > lane and layout.collapsed[lane]:
                count = layout.summary_rows  # a collapsed lane keeps its summary row
            if layout.lane_rows[lane] != count:
                layout.lane_rows[lane] = count
                rows_changed = True
        segments[lane] = members[np.lexsort((row[members], start_first[members]))]
    sizes_changed = False
    for lane, members in segments.items():
        lo, hi = layout.segment(lane)
        sizes_changed |= len(members) != hi - lo
    if not sizes_changed:
        for lane, members in segments.items():
            lo, hi = layout.segment(lane)
            layout.order[lo:hi] = members
            layout.sorted_start[lo:hi] = start_first[members]
            layout.sorted_reach[lo:hi] = np.maximum.accumulate(end_end[members]) if len(members) else members
    else:
        n_lanes = len(layout.lane_ids)
        pieces, starts, reaches, sizes = [], [], [], []
        for lane in range(-1, n_lanes):
            lo, hi = layout.segment(lane)
            if lane in segments:
                members = segments[lane]
                pieces.append(members)
                starts.append(start_first[members])
                reaches.append(np.maximum.accumulate(end_end[members]) if len(members) else end_end[members])
            else:
                pieces.append(layout.order[lo:hi])
                starts.append(layout.sorted_start[lo:hi])
                reaches.append(layout.sorted_reach[lo:hi])
            sizes.append(len(pieces[-1]))
        layout.order = np.concatenate(pieces)
        layout.sorted_start = np.concatenate(starts)
        layout.sorted_reach = np.concatenate(reaches)
        layout.lane_bounds = np.cumsum(sizes).astype(np.int64)
    if rows_changed:
        layout.lane_top = lane_tops(layout.lane_rows, layout.lane_gap)
