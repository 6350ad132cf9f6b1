"""Labels that don't fit their room move to a free row of their lane, where their whole title fits.

``place_labels`` gives each label the room in its own row up to the next event. A title wider
than that room would be elided; if another of the lane's rows on screen is empty over the whole
title's width (no event's bar, band or marker there, and no other label), the label goes there
instead, whole. Otherwise it stays and is elided at a word, as before.
"""

from __future__ import annotations

import numpy as np

from gui.app.timeline.geometry import MARKER_PX, ONGOING_TAIL_PX, ViewTransform
from gui.core.view.layout import TimelineLayout

__all__ = ["FREE_GAP_PX", "MAX_ROWS_AWAY", "drawn_extents", "move_to_free_rows"]

#: Room kept between a moved label and anything else in its new row.
FREE_GAP_PX = 4.0
#: How many rows away from its own a label may move.
MAX_ROWS_AWAY = 3


def drawn_extents(layout: TimelineLayout, items: np.ndarray, view: ViewTransform) -> tuple[np.ndarray, np.ndarray]:
    """Left and right device x of what each item draws: its bar or band, its marker, an ongoing tail."""
    first = view.x(layout.start_first[items])
    last = np.maximum(view.x(layout.end_end[items]), first)
    marker = view.x(layout.marker_days(items, view.sx))
    is_point = layout.is_point[items]
    left = np.where(is_point, np.minimum(first, marker - MARKER_PX / 2 - 1), first)
    right = np.where(is_point, np.maximum(last, marker + MARKER_PX / 2 + 1), last)
    right = np.where(layout.is_ongoing[items], right + ONGOING_TAIL_PX + 8, right)
    return left, right


def move_to_free_rows(
    layout: TimelineLayout,
    placed: np.ndarray,
    left: np.ndarray,
    available: np.ndarray,
    wanted: np.ndarray,
    short: np.ndarray,
    drawn: np.ndarray,
    view: ViewTransform,
    rows_on_screen: tuple[float, float],
    right_px: float,
) -> tuple[np.ndarray, np.ndarray]:
    """(available width, row) per placed label: wider, in another row of its lane, where its title fits there whole.

    ``wanted`` is the width each title needs whole, ``short`` where the label's room is less than
    that (its title would be elided), ``drawn`` every item drawn on screen (their bars and
    markers stay clear), ``rows_on_screen`` the rows [y0, y1] the view shows and ``right_px`` the
    right edge labels keep within. ``row`` is the lane's sub-row the label sits in.
    """
    rows = layout.rows_of(placed).astype(np.int64).copy()
    available = available.astype(np.float64).copy()
    short = np.flatnonzero(short)
    if len(short) == 0:
        return available, rows
    # What each row already holds: every drawn item, and every label where place_labels put it.
    occupied: dict[tuple[int, int], list[tuple[float, float]]] = {}
    item_left, item_right = drawn_extents(layout, drawn, view)
    for lane, row, a, b in zip(
        layout.lane[drawn].tolist(), layout.rows_of(drawn).tolist(), item_left.tolist(), item_right.tolist()
    ):
        occupied.setdefault((lane, row), []).append((a, b))
    used = np.minimum(wanted, available)
    for lane, row, a, w in zip(layout.lane[placed].tolist(), rows.tolist(), left.tolist(), used.tolist()):
        occupied.setdefault((lane, row), []).append((a, a + w))
    y0, y1 = rows_on_screen
    for k in short.tolist():
        lane = int(layout.lane[placed[k]])
        if layout.is_collapsed(lane):
            continue  # a summary row has no rows to spare
        a = float(left[k])
        width = min(float(wanted[k]), right_px - 4 - a)
        if width <= available[k] + 0.5:
            continue  # the view's edge leaves no more room anywhere
        b = a + width
        own = int(rows[k])
        top = float(layout.lane_top[lane])
        # The nearest rows only, above then below: a title far from its marker reads as another event's,
        # and trying every row of a lane of 150 cost some 25 ms a frame at 100k events.
        candidates = [own + d * sign for d in range(1, MAX_ROWS_AWAY + 1) for sign in (-1, 1)]
        for row in candidates:
            if row < 0 or row >= layout.lane_rows[lane] or top + row < y0 or top + row + 1 > y1:
                continue
            spans = occupied.get((lane, row), ())
            if all(s_b + FREE_GAP_PX <= a or s_a >= b + FREE_GAP_PX for s_a, s_b in spans):
                occupied.setdefault((lane, row), []).append((a, b))
                rows[k], available[k] = row, width
                break
    return available, rows
