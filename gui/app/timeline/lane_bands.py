"""Alternating lane backgrounds behind the events, so the eye can follow a lane across time."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from gui.app.widgets import style
from gui.app.document.document_model import DocumentModel
from gui.app.timeline.canvas_layer import CanvasLayer
from gui.app.timeline.event_layer import visible_lanes

__all__ = ["LaneBands"]


class LaneBands(CanvasLayer):
    def __init__(self, model: DocumentModel) -> None:
        super().__init__(model)
        self.setZValue(-10)
        model.sig_layout_changed.connect(self._on_data_changed)

    def _on_data_changed(self, _change=None) -> None:
        self.prepareGeometryChange()
        self.update()

    def paint(self, painter: QPainter, option=None, widget=None) -> None:
        layout = self._model.layout
        rect = self.viewRect()
        if rect is None:
            return
        y0, y1 = sorted((rect.top(), rect.bottom()))
        for lane in visible_lanes(layout, y0, y1):
            band = QRectF(rect.left(), float(layout.lane_top[lane]), rect.width(), float(layout.lane_rows[lane]))
            painter.fillRect(band, QColor(style.LANE_BAND_COLORS[lane % 2]))
