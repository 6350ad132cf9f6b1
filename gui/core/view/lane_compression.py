"""Compressed lanes: a collapsed lane is one summary row of bounded height, and Fit All fits every lane.

When the lanes' stacked rows don't fit the view, every lane the user has not expanded collapses to
a summary row (its density, drawn by the canvas) and the gaps between lanes shrink, so all the
lanes share the height. Stacking (``row``) is left as it is: expanding a lane shows the same rows, stacked then if they were
not yet (a lane that opens collapsed is never stacked until it is shown expanded or asked for its rows).
"""

from __future__ import annotations

import numpy as np

from gui.core.view.layout import LANE_GAP, TimelineLayout
from gui.core.view.stacking import lane_tops

__all__ = ["MIN_GAP_ROWS", "MIN_SUMMARY_ROWS", "apply_rows", "fit_lanes", "full_rows", "stacked_rows"]

#: A summary row is never lower than this (in rows: 3 px at 26 px a row) nor higher than one row.
MIN_SUMMARY_ROWS = 3 / 26
#: The gap between compressed lanes, at least (in rows).
MIN_GAP_ROWS = 1 / 26
#: Of each compressed lane's share of the height, the summary row takes this much, the gap the rest.
SUMMARY_SHARE = 0.75


def stacked_rows(layout: TimelineLayout) -> np.ndarray:
    """Per lane, how many rows its events stack into (at least 1): its height when expanded."""
    return layout.lane_depth.astype(np.float64)  # known without stacking the rows (see layout.py)


def full_rows(layout: TimelineLayout) -> float:
    """The height of every lane expanded, with the usual gaps, in rows."""
    rows = stacked_rows(layout)
    return float(rows.sum() + LANE_GAP * max(len(rows) - 1, 0))


def apply_rows(layout: TimelineLayout, collapsed: np.ndarray, summary_rows: float = 1.0, gap: float = LANE_GAP) -> None:
    """Give each lane its height: ``summary_rows`` when collapsed, its stacked rows otherwise; lanes ``gap`` apart."""
    collapsed = np.asarray(collapsed, bool)
    layout.collapsed = collapsed.copy()
    layout.summary_rows = float(summary_rows)
    layout.lane_gap = float(gap)
    layout.lane_rows = np.where(collapsed, float(summary_rows), stacked_rows(layout))
    layout.stack_lanes_now(np.flatnonzero(~collapsed))  # an expanded lane shows its rows
    layout.lane_top = lane_tops(layout.lane_rows, gap)


def fit_lanes(layout: TimelineLayout, height_rows: float, expanded: np.ndarray) -> tuple[np.ndarray, float, float]:
    """(collapsed per lane, summary row height, gap) so that every lane fits ``height_rows`` if it can.

    Lanes whose stacked rows all fit stay expanded, with the usual gaps. Otherwise every lane
    not in ``expanded`` collapses and shares what the expanded lanes leave, within bounds: a
    summary row is at most one row and at least ``MIN_SUMMARY_ROWS`` (then the view scrolls).
    """
    n_lanes = len(layout.lane_ids)
    rows = stacked_rows(layout)
    nothing = np.zeros(n_lanes, bool)
    if n_lanes == 0 or rows.sum() + LANE_GAP * (n_lanes - 1) <= height_rows:
        return nothing, 1.0, LANE_GAP
    expanded = np.asarray(expanded, bool)
    collapsed = ~expanded
    n_collapsed = int(collapsed.sum())
    if n_collapsed == 0:
        return nothing, 1.0, LANE_GAP
    left = height_rows - float(rows[expanded].sum())
    share = max(left, 0.0) / n_lanes
    summary = min(1.0, max(MIN_SUMMARY_ROWS, share * SUMMARY_SHARE))
    gap = min(LANE_GAP, max(MIN_GAP_ROWS, share * (1 - SUMMARY_SHARE)))
    return collapsed, summary, gap
