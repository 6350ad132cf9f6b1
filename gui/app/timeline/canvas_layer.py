"""The base of the canvas layers: each draws over the whole view but never takes the mouse."""

from __future__ import annotations

import functools
import sys

import pyqtgraph as pg
from PySide6.QtCore import QRectF, QTimer
from PySide6.QtGui import QPainterPath

from gui.app.document.document_model import DocumentModel
from gui.app.timeline.geometry import world_rect

__all__ = ["CanvasLayer", "guarded_paint"]


def guarded_paint(paint):
    """``paint`` that never lets an exception out into Qt.

    PySide6 6.11 crashes the whole process (SIGSEGV in shiboken's error path) when a Python
    ``paint()`` override raises, losing every unsaved edit. The exception is reported instead, once
    the paint is over, through ``sys.excepthook`` (the app's error handler, or pytest-qt in tests).
    """

    @functools.wraps(paint)
    def paint_without_escaping(self, painter, *args, **kwargs):
        try:
            return paint(self, painter, *args, **kwargs)
        except Exception:  # noqa: BLE001 - reported below, never swallowed
            info = sys.exc_info()
            QTimer.singleShot(0, lambda: sys.excepthook(*info))
            return None

    return paint_without_escaping


class CanvasLayer(pg.GraphicsObject):
    """A layer the view box sits under: clicks, drags and hovers go to the view box, never to a layer.

    pyqtgraph's scene looks for the items under the pointer several times per
    click (press, click, hover), asking each item for its bounding rectangle
    and shape. A layer answers with a rectangle kept from the last data change
    and contains no point, so it drops out of those searches at once.
    """

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        if "paint" in cls.__dict__:
            cls.paint = guarded_paint(cls.__dict__["paint"])

    def __init__(self, model: DocumentModel) -> None:
        super().__init__()
        self._model = model
        self._world_rows: float | None = None
        self._world = QRectF()
        self._no_shape = QPainterPath()

    def boundingRect(self) -> QRectF:
        """Every representable date and every row (see ``world_rect``)."""
        rows = self._model.layout.total_rows
        if rows != self._world_rows:
            self._world_rows, self._world = rows, world_rect(rows)
        return QRectF(self._world)

    def shape(self) -> QPainterPath:
        return self._no_shape

    def contains(self, point) -> bool:
        # The view box clips its children, and Qt then tests a clipped item's clip path, not
        # its shape: saying no here is what keeps a layer out of the scene's hit tests.
        return False
