"""Drawing a few rectangles in the event layer's batch order without numpy's per-call cost.

A click repaints two outlines' patches, where the event layer draws a handful of events: sorting a few
rectangles by brush in numpy (``EventLayer._draw_rect_batches``) cost ~0.3 ms of the click's frame in
numpy's per-call overhead (#22). Here the same rectangles are drawn with the same brushes in the same order
(by batch, then kind and status; within a brush, in the batch's order), from Python lists.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

__all__ = ["FEW_RECTS", "draw_few_rect_batches"]

#: Up to this many rectangles, a paint draws them from Python lists.
FEW_RECTS = 48


def draw_few_rect_batches(painter: QPainter, layout, batches: list[tuple]) -> None:
    """Draw ``batches`` (brushes by kind and status, items, left, top, width, height in device pixels; each of
    the last four an array or one number) as ``EventLayer._draw_rect_batches`` does."""
    groups: dict[tuple[int, int, int], list[QRectF]] = {}
    for number, (_, items, left, top, width, height) in enumerate(batches):
        count = len(items)
        if not count:
            continue
        columns = [_column(values, count) for values in (left, top, width, height)]
        kinds, statuses = layout.kind[items].tolist(), layout.status[items].tolist()
        for kind, status, x, y, w, h in zip(kinds, statuses, *columns):
            groups.setdefault((number, kind, status), []).append(QRectF(x, y, w, h))
    for number, kind, status in sorted(groups):
        painter.setBrush(batches[number][0][kind][status])
        painter.drawRects(groups[number, kind, status])


def _column(values, count: int) -> list[float]:
    """An array's values, or one number ``count`` times (``np.broadcast_to`` costs ~15 us a call)."""
    if isinstance(values, np.ndarray) and values.ndim:
        return values.tolist() if len(values) == count else np.broadcast_to(values, (count,)).tolist()
    return [float(values)] * count
