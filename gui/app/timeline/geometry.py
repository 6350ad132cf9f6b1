"""Pixel geometry shared by the canvas layers: row height, bar and marker sizes.

Layers draw in device pixels (after ``QPainter.resetTransform()``), so sizes
stay crisp at every zoom level. This module maps the layout's data arrays to
pixel arrays with numpy, never per event in Python.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gui.core.view import layout as _layout
from gui.core.view.layout import TimelineLayout

#: Height of one sub-row in pixels; lanes keep a readable height at any window size.
ROW_PX = 26
BAR_PX = 16
BAND_PX = 10
#: A point's marker (the core places markers knowing their size: ``TimelineLayout.marker_days``).
MARKER_PX = _layout.MARKER_PX
#: How far (px) a click may miss a marker or a thin bar and still hit it.
HIT_SLOP_PX = 7
#: The ongoing tail fades over this many pixels past today.
ONGOING_TAIL_PX = 36


@dataclass(frozen=True)
class ViewTransform:
    """Data (days, rows) to device pixels: x' = sx*x + dx, y' = sy*y + dy."""

    sx: float
    dx: float
    sy: float
    dy: float

    @classmethod
    def from_painter_transform(cls, transform) -> ViewTransform:
        return cls(transform.m11(), transform.dx(), transform.m22(), transform.dy())

    def x(self, days):
        return days * self.sx + self.dx

    def y(self, rows):
        return rows * self.sy + self.dy


def row_top_px(layout: TimelineLayout, indices: np.ndarray, view: ViewTransform) -> np.ndarray:
    """Device y of the top of each event's row."""
    return view.y(layout.item_top(indices))


def imprecise_start(layout: TimelineLayout, indices: np.ndarray) -> np.ndarray:
    """True where the start date covers more than a day or is qualified: its period is drawn soft."""
    return (layout.start_precision[indices] < 2) | (layout.start_qualifier[indices] != 0)


def range_core_px(layout: TimelineLayout, indices: np.ndarray, view: ViewTransform) -> tuple[np.ndarray, np.ndarray]:
    """Left and right pixel edges of each range's firm part (between its soft date periods)."""
    soft_start = imprecise_start(layout, indices)
    start_days = layout.start_first[indices]
    end_first = layout.end_first[indices]
    end_end = layout.end_end[indices]
    left_days = np.where(soft_start, layout.start_end[indices], start_days)
    soft_end = (end_end - end_first > 1) | (layout.end_qualifier[indices] != 0)
    soft_end &= ~layout.is_ongoing[indices]
    right_days = np.where(soft_end, end_first, end_end)
    right_days = np.maximum(right_days, left_days)
    return view.x(left_days), view.x(right_days)


def world_rect(total_rows: float):
    """A bounding rectangle covering every representable date (years 0000-9999) and all rows.

    Layers that draw in pixels beyond their events (labels, tails, highlights)
    use it so Qt never culls what they paint.
    """
    from PySide6.QtCore import QRectF  # geometry stays importable without a Qt app

    return QRectF(-720_000.0, 0.0, 3_660_000.0, max(1.0, total_rows))
