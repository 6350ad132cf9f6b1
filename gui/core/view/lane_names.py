"""Which lane names the lane header shows when the rows are thinner than a line of text: as an axis picks its ticks.

Every lane whose row holds its name keeps it (an expanded lane, a summary row tall enough). The
thin rows get a name every ``stride`` lanes, the stride the smallest that leaves a line of text
between two names, so the names are spread evenly; a name that would still touch one already
placed (a tall lane's, or a neighbour's after an uneven row) is left out. Names never overlap.
"""

from __future__ import annotations

import bisect
import math

import numpy as np

__all__ = ["pick_lane_names"]


def pick_lane_names(
    tops: np.ndarray, bottoms: np.ndarray, line_px: float, always: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Lanes to name, and the top and bottom (px) of the room each name takes; in order down the header.

    ``tops`` and ``bottoms`` are the lanes' bands (px, top down); ``line_px`` is the height of a name's
    line. A lane whose band holds the line takes its band; a thinner one takes a line centred on it.
    ``always`` marks lanes named whatever their height (expanded lanes), before any thin one.
    """
    tops, bottoms = np.asarray(tops, np.float64), np.asarray(bottoms, np.float64)
    n = len(tops)
    if n == 0:
        empty = np.zeros(0)
        return np.zeros(0, np.int64), empty, empty
    heights = bottoms - tops
    fits = heights >= line_px
    first = fits if always is None else fits | np.asarray(always, bool)
    centre = (tops + bottoms) / 2
    room_top = np.where(fits, tops, centre - line_px / 2)
    room_bottom = np.where(fits, bottoms, centre + line_px / 2)
    thin = np.flatnonzero(~first)
    chosen: list[int] = []
    if len(thin):
        row = float(np.median(heights[thin]))
        stride = max(1, math.ceil(line_px / max(row, 1e-9)))
        # Every stride-th thin lane, the run centred in the thin lanes (evenly spread, none crowded at one end).
        offset = (len(thin) - 1) % stride // 2
        chosen = thin[offset::stride].tolist()
    placed_tops: list[float] = []
    placed_bottoms: list[float] = []
    names: list[int] = []
    # Those whose rows hold them first (their bands never overlap), then the expanded ones, then the thin ones.
    for lane in np.flatnonzero(fits).tolist() + np.flatnonzero(first & ~fits).tolist() + chosen:
        low, high = float(room_top[lane]), float(room_bottom[lane])
        at = bisect.bisect_left(placed_tops, low)
        if at > 0 and placed_bottoms[at - 1] > low:
            continue
        if at < len(placed_tops) and placed_tops[at] < high:
            continue
        placed_tops.insert(at, low)
        placed_bottoms.insert(at, high)
        names.insert(at, lane)
    lanes = np.asarray(names, np.int64)
    return lanes, room_top[lanes], room_bottom[lanes]
