"""The canvas's view, telling its layers which parts of the viewport the paint in progress repaints.

Qt hands each item one exposed rectangle: the bounding box of everything repainted. When a click moves
the selection outline from one event to another far away, that box spans both and the layers would
work out every event and label between them. The paint event's region keeps the parts apart (#22).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRect, QRectF

from gui.app.timeline.geometry import ViewTransform
from gui.app.timeline.still_release import skip_hover_on_still_release

__all__ = ["CanvasView", "repainted_rects", "to_data"]


class CanvasView(pg.PlotWidget):
    """A PlotWidget whose ``painting_rects`` are the viewport rectangles of the paint in progress (none between
    paints)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.painting_rects: tuple[QRect, ...] = ()
        skip_hover_on_still_release(self.scene())

    def paintEvent(self, event) -> None:
        self.painting_rects = tuple(event.region())
        try:
            super().paintEvent(event)
        finally:
            self.painting_rects = ()


def repainted_rects(widget) -> tuple[QRect, ...]:
    """The viewport rectangles being repainted, when a layer paints for ``widget`` (the viewport) in a paint event
    of a CanvasView; () otherwise (a picture being rendered, another view)."""
    view = widget.parentWidget() if widget is not None else None
    return getattr(view, "painting_rects", ())


def to_data(rect: QRect, view: ViewTransform) -> QRectF:
    """A viewport rectangle (device pixels) in days and rows."""
    left, right = (rect.left() - view.dx) / view.sx, (rect.left() + rect.width() - view.dx) / view.sx
    top, bottom = (rect.top() - view.dy) / view.sy, (rect.top() + rect.height() - view.dy) / view.sy
    return QRectF(min(left, right), min(top, bottom), abs(right - left), abs(bottom - top))
