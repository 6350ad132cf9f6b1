"""Stacking: greedy row packing of a lane's events, and re-stacking the lanes of a layout that an edit touched."""

from __future__ import annotations

import heapq

import numpy as np

from gui.core.view.layout import LANE_GAP, TimelineLayout

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
    start_first, start_end, end_end, row = layout.start_first, layout.start_end, layout.end_end, layout.row
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
        if lane >= 0 and len(layout.collapsed) > lane and layout.collapsed[lane]:
            count = layout.summary_rows  # a collapsed lane keeps its summary row
        if lane >= 0 and layout.lane_rows[lane] != count:
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


#: Rows per day in the packed (end, row) keys of ``stack_rows``: keys stay exact float64 integers below 2**53.
_ROW_SPACE = float(1 << 20)


def stack_rows(starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, int]:
    """Greedy interval packing of intervals sorted by start: each takes the lowest free row.

    Starts and ends are whole days. The rows in use are a heap of ``end * _ROW_SPACE + row``
    floats (one number per entry compares faster than an (end, row) tuple): a row is free
    again for an interval starting on ``start`` when its key is below ``(start + 1) * _ROW_SPACE``.
    """
    # Fast path: nothing overlaps anything earlier in the lane.
    if len(starts) < 2 or np.all(starts[1:] >= np.maximum.accumulate(ends)[:-1]):
        return np.zeros(len(starts), np.int32), 1
    if len(starts) >= _ROW_SPACE or max(abs(float(starts.min())), abs(float(ends.max()))) >= 2.0**52 / _ROW_SPACE:
        return _stack_tuples(starts, ends)
    space = _ROW_SPACE
    busy: list[float] = []  # end * space + row, for rows in use
    free: list[float] = []  # rows released, lowest first
    assigned: list[float] = []
    count = 0.0
    push, pop, append = heapq.heappush, heapq.heappop, assigned.append
    for limit, base in zip(((starts + 1.0) * space).tolist(), (ends * space).tolist()):
        while busy and busy[0] < limit:
            push(free, pop(busy) % space)
        if free:
            row = pop(free)
        else:
            row = count
            count += 1.0
        append(row)
        push(busy, base + row)
    return np.asarray(assigned, np.int32), int(count)


def _stack_tuples(starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, int]:
    """``stack_rows`` for lanes beyond the packed keys' range (a million rows, or dates far out)."""
    busy: list[tuple[float, int]] = []  # (end, row) of rows in use
    free: list[int] = []  # rows released, lowest first
    assigned: list[int] = []
    count = 0
    push, pop, append = heapq.heappush, heapq.heappop, assigned.append
    for start, end in zip(starts.tolist(), ends.tolist()):
        while busy and busy[0][0] <= start:
            push(free, pop(busy)[1])
        if free:
            row = pop(free)
        else:
            row = count
            count += 1
        append(row)
        push(busy, (end, row))
    return np.asarray(assigned, np.int32), count
