"""Event titles beside their markers and inside their bars: elided where short, hidden where crowded.

Each event owns its row from its start to the next event's start in the same
row, and its label must fit inside that space, so labels never overlap one
another (rows are taller than a line of text). Only drawn when the visible
events are few enough to read.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter

from gui.app import style
from gui.app.document_model import DocumentModel
from gui.app.timeline.event_layer import DIMMED_OPACITY, visible_events
from gui.app.timeline.geometry import world_rect, MARKER_PX, ROW_PX, ViewTransform, range_core_px, row_top_px
from gui.core.layout import TimelineLayout

__all__ = ["LabelLayer", "place_labels"]

#: Labels are not drawn at all when more events than this are visible.
MAX_LABELS = 2500
MIN_LABEL_PX = 28
MAX_LABEL_PX = 340
GAP_PX = 8


def place_labels(
    layout: TimelineLayout, indices: np.ndarray, view: ViewTransform, view_left_px: float, view_right_px: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Where each label may go: (indices, left px, available width px, row top px), crowded ones dropped."""
    if len(indices) == 0:
        empty = np.zeros(0)
        return indices, empty, empty, empty
    is_point = layout.is_point[indices]
    center = view.x((layout.start_first[indices] + layout.start_end[indices]) / 2)
    core_left, _ = range_core_px(layout, indices, view)
    full_left = view.x(layout.start_first[indices])
    # Points: right of the marker. Ranges: inside the box, kept on screen while the box is.
    left = np.where(is_point, center + MARKER_PX / 2 + 4, np.maximum(np.maximum(core_left, full_left) + 6, view_left_px + 4))
    anchor = np.where(is_point, center - MARKER_PX / 2, full_left)
    lane_row = layout.lane[indices].astype(np.int64) * 1_000_003 + layout.row[indices]
    order = np.lexsort((anchor, lane_row))
    next_anchor = np.full(len(indices), np.inf)
    same_row = lane_row[order][1:] == lane_row[order][:-1]
    next_anchor[order[:-1][same_row]] = anchor[order[1:][same_row]]
    ends = np.minimum(next_anchor - GAP_PX, view_right_px - 4)
    available = np.minimum(ends - left, MAX_LABEL_PX)
    keep = available >= MIN_LABEL_PX
    # A range whose box ends before the view's left edge keeps no label (it would float free).
    keep &= is_point | (view.x(layout.end_end[indices]) > view_left_px)
    return indices[keep], left[keep], available[keep], row_top_px(layout, indices[keep], view)


class LabelLayer(pg.GraphicsObject):
    """Draws event titles as text in device pixels, so they never scale with the zoom."""

    def __init__(self, model: DocumentModel, view_filter=None) -> None:
        super().__init__()
        self._model = model
        self._view_filter = view_filter
        if view_filter is not None:
            view_filter.sig_changed.connect(self.update)
        self.setZValue(5)
        self._font = QFont()
        self._rumored_font = QFont(self._font)
        self._rumored_font.setItalic(True)
        self._cancelled_font = QFont(self._font)
        self._cancelled_font.setStrikeOut(True)
        self._metrics = QFontMetrics(self._font)
        self._elided: dict[tuple[int, int], str] = {}
        model.sig_layout_changed.connect(self._on_data_changed)

    def _on_data_changed(self, _change=None) -> None:
        self._elided.clear()
        self.prepareGeometryChange()
        self.update()

    def boundingRect(self) -> QRectF:
        return world_rect(self._model.layout.total_rows)

    def _elide(self, index: int, title: str, width: int) -> str:
        key = (index, width // 6)
        text = self._elided.get(key)
        if text is None:
            if len(self._elided) > 20000:
                self._elided.clear()
            text = self._metrics.elidedText(title, Qt.TextElideMode.ElideRight, width)
            self._elided[key] = text
        return text

    def paint(self, painter: QPainter, option=None, widget=None) -> None:
        layout = self._model.layout
        rect = self.viewRect()
        if layout.count == 0 or rect is None:
            return
        view = ViewTransform.from_painter_transform(painter.transform())
        if view.sx <= 0:
            return
        vf = self._view_filter
        shown = vf.shown_items() if vf is not None else None
        dimmed = vf.dimmed_items() if vf is not None else None
        detailed, _dense = visible_events(layout, rect, 1.0 / view.sx, shown)
        if len(detailed) == 0 or len(detailed) > MAX_LABELS:
            return
        left_px, right_px = view.x(rect.left()), view.x(rect.right())
        indices, left, available, top = place_labels(layout, detailed, view, left_px, right_px)
        events = self._model.document.events
        row_px = abs(view.sy) or ROW_PX
        baseline_offset = (row_px + self._metrics.ascent() - self._metrics.descent()) / 2
        painter.save()
        painter.resetTransform()
        text_color = QColor(style.TEXT_COLOR)
        muted = QColor(style.MUTED_TEXT_COLOR)
        statuses = layout.statuses
        item_event = layout.item_event
        current_font = None
        for index, x, width, y in zip(indices.tolist(), left.tolist(), available.tolist(), top.tolist()):
            status = statuses[layout.status[index]]
            font = (
                self._cancelled_font if status == "cancelled" else self._rumored_font if status == "rumored" else self._font
            )
            if font is not current_font:
                painter.setFont(font)
                current_font = font
            painter.setPen(muted if status in style.HOLLOW_STATUSES else text_color)
            painter.setOpacity(DIMMED_OPACITY + 0.1 if dimmed is not None and dimmed[index] else 1.0)
            text = self._elide(index, events[item_event[index]].title, int(width))
            if text:
                painter.drawText(QPointF(x, y + baseline_offset), text)
        painter.restore()
