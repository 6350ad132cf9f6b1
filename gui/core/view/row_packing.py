"""Row packing: greedy interval packing of one lane's events (rows), and how many rows it takes, without packing."""

from __future__ import annotations

import heapq

import numpy as np

__all__ = ["row_counts", "stack_rows"]


def row_counts(starts: np.ndarray, ends: np.ndarray, bounds: np.ndarray) -> np.ndarray:
    """How many rows ``stack_rows`` packs each segment ``starts[bounds[i]:bounds[i + 1]]`` into (0 when empty),
    without packing: in numpy, not an interval at a time.

    Greedy packing in start order takes a new row only when every row is busy, so a segment takes as many
    rows as the most intervals busy at one start: an interval ``j`` before ``i`` still holds its row when
    ``ends[j] > starts[i]``. With ``ends > starts`` (whole days, as ``stack_rows`` assumes), an interval
    that ends by ``starts[i]`` comes before ``i``, so ``i`` finds ``i - #(ends <= starts[i])`` rows busy.
    """
    counts = np.zeros(max(len(bounds) - 1, 0), np.int64)
    for lane, (lo, hi) in enumerate(zip(bounds[:-1].tolist(), bounds[1:].tolist())):
        if hi - lo < 2:
            counts[lane] = hi - lo
            continue
        s, e = starts[lo:hi], ends[lo:hi]
        ended = np.searchsorted(np.sort(e), s, side="right")
        counts[lane] = int((np.arange(1, hi - lo + 1) - ended).max())
    return counts


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
