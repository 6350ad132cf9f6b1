"""An event's marker as the canvas draws it, for lists and tables: a diamond in its kind's colour,
filled for firm reports (reported, confirmed), hollow for rumoured or cancelled ones."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from gui.app.widgets import style

__all__ = ["MARKER_SIZE", "status_icon"]

MARKER_SIZE = 14


def status_icon(kind: str, status: str) -> QIcon:
    """The marker of an event of ``kind`` and ``status``."""
    pixmap = QPixmap(MARKER_SIZE, MARKER_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor(style.kind_color(kind))
    color.setAlphaF(style.status_opacity(status))
    hollow = status in style.HOLLOW_STATUSES
    c, r = MARKER_SIZE / 2, MARKER_SIZE / 2 - 2
    painter.setPen(QPen(color if hollow else color.darker(125), 1.6))
    painter.setBrush(QBrush(QColor("white") if hollow else color))
    painter.drawPolygon(QPolygonF([QPointF(c, c - r), QPointF(c + r, c), QPointF(c, c + r), QPointF(c - r, c)]))
    painter.end()
    return QIcon(pixmap)
