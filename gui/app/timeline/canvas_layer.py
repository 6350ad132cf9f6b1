"""The base of the canvas layers: each draws over the whole view but never takes the mouse."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath

from gui.app.document.document_model import DocumentModel
from gui.app.timeline.geometry import world_rect

__all__ = ["CanvasLayer"]


class CanvasLayer(pg.GraphicsObject):
    """A layer the view box sits under: clicks, drags and hovers go to the view box, never to a layer.

    pyqtgraph's scene looks for the items under the pointer several times per
    click (press, click, hover), asking each item for its bounding rectangle
    and shape. A layer answers with a rectangle kept from the last data change
    and contains no point, so it drops out of those searches at once.
    """

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
