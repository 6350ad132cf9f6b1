"""What a drag would do, drawn over the canvas: a ghost of the moved event with its new dates, or the rubber band."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPolygonF

from gui.app.widgets import style
from gui.app.document.document_model import DocumentModel
from gui.app.timeline.canvas_layer import CanvasLayer
from gui.app.timeline.geometry import BAR_PX, MARKER_PX, ROW_PX, ViewTransform
from gui.core.document.dates import DateError, parse_date
from gui.core.document.model import ONGOING, Event
from gui.core.view.layout import point_marker_days

__all__ = ["DragPreview"]


class DragPreview(CanvasLayer):
    def __init__(self, model: DocumentModel) -> None:
        super().__init__(model)
        self.setZValue(20)
        self._event: Event | None = None
        self._lane = -1
        self._caption = ""
        self._band: QRectF | None = None
        self._font = QFont()
        self._font.setBold(True)

    def show_event(self, event: Event, lane: int, row: int, caption: str) -> None:
        self._event, self._lane, self._row, self._caption, self._band = event, lane, row, caption, None
        self.update()

    def show_band(self, band: QRectF) -> None:
        self._event, self._band = None, band
        self.update()

    def clear(self) -> None:
        self._event, self._band = None, None
        self.update()

    @property
    def caption(self) -> str:
        return self._caption if self._event is not None else ""

    def paint(self, painter: QPainter, option=None, widget=None) -> None:
        view = ViewTransform.from_painter_transform(painter.transform())
        if self._band is None and self._event is None:
            return
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._band is not None:
            left, right = view.x(self._band.left()), view.x(self._band.right())
            top, bottom = view.y(self._band.top()), view.y(self._band.bottom())
            rect = QRectF(QPointF(left, top), QPointF(right, bottom)).normalized()
            painter.setPen(QPen(QColor(style.SELECTION_COLOR), 1, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(11, 87, 208, 30))
            painter.drawRect(rect)
        else:
            self._paint_ghost(painter, view)
        painter.restore()

    def _paint_ghost(self, painter: QPainter, view: ViewTransform) -> None:
        event = self._event
        layout = self._model.layout
        try:
            start = parse_date(event.start)
            end = parse_date(event.end) if event.end not in (None, ONGOING) else None
        except DateError:
            return
        top = view.y(layout.lane_top[self._lane] + self._row)
        row_px = abs(view.sy) or ROW_PX
        color = style.kind_color(event.kind)
        fill = QColor(color)
        fill.setAlpha(110)
        painter.setPen(QPen(QColor(style.SELECTION_COLOR), 2, Qt.PenStyle.DashLine))
        painter.setBrush(fill)
        if event.end is None:
            center = view.x(float(point_marker_days(start.first_day(), start.end_day(), view.sx)))
            band = QRectF(
                view.x(start.first_day()),
                top + (row_px - 10) / 2,
                view.x(start.end_day()) - view.x(start.first_day()),
                10,
            )
            painter.drawRect(band)
            middle = top + row_px / 2
            radius = MARKER_PX / 2 + 1
            painter.setBrush(color)
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(center, middle - radius),
                        QPointF(center + radius, middle),
                        QPointF(center, middle + radius),
                        QPointF(center - radius, middle),
                    ]
                )
            )
            anchor = QPointF(center + MARKER_PX, top)
        else:
            right_day = end.end_day() if end is not None else layout.today + 1
            rect = QRectF(view.x(start.first_day()), top + (row_px - BAR_PX) / 2, 0, BAR_PX)
            rect.setRight(max(view.x(right_day), rect.left() + 2))
            painter.drawRoundedRect(rect, 3, 3)
            anchor = QPointF(rect.left(), top)
        # The new dates, in words, in a little tag above the ghost.
        metrics = QFontMetrics(self._font)
        text_rect = QRectF(
            anchor.x(),
            anchor.y() - metrics.height() - 4,
            metrics.horizontalAdvance(self._caption) + 12,
            metrics.height() + 4,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(style.SELECTION_COLOR))
        painter.drawRoundedRect(text_rect, 3, 3)
        painter.setPen(QColor("white"))
        painter.setFont(self._font)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, self._caption)
