"""How many of each lane's events are shown, in words for the lane's header ("8 events", "2 of 8 shown")."""

from __future__ import annotations

import numpy as np

__all__ = ["shown_per_lane", "count_words"]


def shown_per_lane(lane_bounds: np.ndarray, shown_items: np.ndarray | None) -> np.ndarray:
    """Per lane, how many of its items are shown; every one when ``shown_items`` is None (nothing hidden).

    Items are sorted by lane: lane i's items are ``lane_bounds[i]:lane_bounds[i + 1]``.
    """
    bounds = np.asarray(lane_bounds, np.int64)
    if len(bounds) < 2:
        return np.zeros(0, np.int64)
    if shown_items is None:
        return bounds[1:] - bounds[:-1]
    running = np.concatenate(([0], np.cumsum(np.asarray(shown_items, bool), dtype=np.int64)))
    return running[bounds[1:]] - running[bounds[:-1]]


def count_words(total: int, shown: int) -> str:
    """'8 events' when all are shown, '2 of 8 shown' when filters hide some; '2,004 events' (not a year)."""
    if shown >= total:
        return f"{total:,} event{'s' * (total != 1)}"
    return f"{shown:,} of {total:,} shown"
