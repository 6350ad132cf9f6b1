"""The overview strip beside the canvas: every lane's events at once, and where the view is.

A slim widget right of the canvas, shown while the lanes don't all fit the view's height (when
they do, the canvas is its own overview and the strip would only take its width). Top to bottom
are the lanes at their heights (summary rows and expanded lanes alike), left to right the whole
time the view can show. It paints one image, made with numpy from the layout's arrays (how many
events meet each of the strip's columns, per lane), and over it a rectangle for the view: its
days and its rows. A click or drag centres the view there; the arrow keys move it by a quarter
of itself, Page Up and Page Down by a screenful of lanes, Home and End to the first or last lanes.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.app.document.document_model import DocumentModel
from gui.app.timeline.view_control import ViewControl
from gui.core.view.layout import TimelineLayout

__all__ = ["OVERVIEW_WIDTH_PX", "OverviewStrip", "lane_column_counts"]

#: The strip's width.
OVERVIEW_WIDTH_PX = 72
#: Padding inside the strip, so the view's rectangle shows whole at the edges.
PAD_PX = 2
BACKGROUND = QColor("#f6f8fa")
INK = QColor(59, 74, 95)
VIEW_PEN = QColor("#0969da")
VIEW_FILL = QColor(9, 105, 218, 40)


def lane_column_counts(
    layout: TimelineLayout, first: float, last: float, columns: int, shown: np.ndarray | None = None
) -> np.ndarray:
    """Per lane, how many events meet each of ``columns`` equal slices of the days [first, last]: (lanes, columns)."""
    n_lanes = len(layout.lane_ids)
    counts = np.zeros((n_lanes, columns), np.int64)
    if n_lanes == 0 or columns <= 0 or layout.count == 0 or last <= first:
        return counts
    keep = layout.lane >= 0
    if shown is not None:
        keep &= shown
    items = np.flatnonzero(keep)
    scale = columns / (last - first)
    left = np.clip(np.floor((layout.start_first[items] - first) * scale).astype(np.int64), 0, columns - 1)
    right = np.floor((layout.end_end[items] - first) * scale).astype(np.int64)
    right = np.clip(np.maximum(right, left + 1), 1, columns)
    size = columns + 1
    lane = layout.lane[items].astype(np.int64)
    starts = np.bincount(lane * size + left, minlength=n_lanes * size)
    stops = np.bincount(lane * size + right, minlength=n_lanes * size)
    # A lane's starts and stops lie in its own segment: one running sum counts every lane.
    return np.cumsum(starts - stops).reshape(n_lanes, size)[:, :-1]


class OverviewStrip(QWidget):
    """Every lane's density over the whole time, with the view's rectangle; click or drag to move the view."""

    def __init__(
        self, model: DocumentModel, view: ViewControl, view_filter=None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._view = view
        self._view_filter = view_filter
        self._image: QImage | None = None
        self._image_key: tuple | None = None
        self.setFixedWidth(OVERVIEW_WIDTH_PX)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName("Overview of every lane")
        self.setToolTip("Every lane at once. Click or drag to move the view there.")
        view.view_box.sigRangeChanged.connect(self._on_view_moved)
        view.view_box.sigResized.connect(self._on_view_moved)
        view.sig_rows_changed.connect(self._forget)
        model.sig_layout_changed.connect(self._forget)
        model.sig_reset.connect(self._forget)
        if view_filter is not None:
            view_filter.sig_changed.connect(self._forget)
        self.setVisible(False)

    def sizeHint(self) -> QSize:
        return QSize(OVERVIEW_WIDTH_PX, 200)

    # -- what is shown -------------------------------------------------------------------------

    def needed(self) -> bool:
        """Whether the lanes overflow the view's height (then the strip shows)."""
        layout = self._model.layout
        return len(layout.lane_ids) > 0 and layout.total_rows + 0.25 > self._view.rows_visible() + 1e-9

    def _on_view_moved(self, *_args) -> None:
        wanted = self.needed()
        if wanted != self.isVisible():
            self.setVisible(wanted)
        self.update()

    def _forget(self, *_args) -> None:
        self._image_key = None
        self._on_view_moved()

    def _days(self) -> tuple[float, float]:
        """The whole time the view can show: its limits."""
        low, high = self._view.view_box.state["limits"]["xLimits"]
        if low is None or high is None or not np.isfinite(low) or not np.isfinite(high) or high <= low:
            return self._view.visible_days()
        return float(low), float(high)

    def _area(self) -> QRectF:
        return QRectF(PAD_PX, PAD_PX, max(1, self.width() - 2 * PAD_PX), max(1, self.height() - 2 * PAD_PX))

    def view_rect(self) -> QRectF:
        """The view's rectangle in the strip's pixels: its days across, its rows down."""
        area = self._area()
        first, last = self._days()
        x0, x1 = self._view.visible_days()
        rows = max(self._model.layout.total_rows, 1e-9)
        top = self._view.top_row
        bottom = min(top + self._view.rows_visible(), rows)
        sx = area.width() / (last - first)
        sy = area.height() / rows
        left = area.left() + (max(x0, first) - first) * sx
        right = area.left() + (min(x1, last) - first) * sx
        return QRectF(left, area.top() + top * sy, max(right - left, 2.0), max((bottom - top) * sy, 2.0))

    def _density_image(self) -> QImage:
        area = self._area()
        width, height = int(area.width()), int(area.height())
        layout = self._model.layout
        first, last = self._days()
        key = (width, height, first, last, layout.total_rows, id(layout))
        if self._image is not None and self._image_key == key:
            return self._image
        shown = self._view_filter.item_mask() if self._view_filter is not None else None
        counts = lane_column_counts(layout, first, last, width, shown)
        pixels = np.zeros((height, width, 4), np.uint8)
        if len(layout.lane_top) and height > 0:
            # Each pixel row shows the lane at its middle (nothing in the gaps between lanes).
            rows = (np.arange(height) + 0.5) * max(layout.total_rows, 1e-9) / height
            lane = np.clip(np.searchsorted(layout.lane_top, rows, side="right") - 1, 0, len(layout.lane_top) - 1)
            inside = rows < layout.lane_top[lane] + layout.lane_rows[lane]
            peak = max(int(counts.max()), 1) if counts.size else 1
            strength = np.where(counts > 0, 0.3 + 0.7 * np.log1p(counts) / np.log1p(peak), 0.0)
            alpha = (strength[lane] * inside[:, None] * 255).astype(np.uint8)
            # Premultiplied BGRA: the ink's colour at each pixel's alpha.
            for channel, value in enumerate((INK.blue(), INK.green(), INK.red())):
                pixels[..., channel] = (alpha.astype(np.uint16) * value // 255).astype(np.uint8)
            pixels[..., 3] = alpha
        image = QImage(pixels.data, width, height, width * 4, QImage.Format.Format_ARGB32_Premultiplied).copy()
        self._image, self._image_key = image, key
        return image

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        if self._model.layout.count:
            area = self._area()
            painter.drawImage(QPointF(area.left(), area.top()), self._density_image())
        rect = self.view_rect()
        painter.setPen(QPen(VIEW_PEN, 2 if self.hasFocus() else 1))
        painter.setBrush(VIEW_FILL)
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    # -- moving the view -----------------------------------------------------------------------

    def centre_view_at(self, point: QPointF) -> None:
        """Centre the view on the strip's point ``point`` (its days and its rows); the zoom stays."""
        area = self._area()
        first, last = self._days()
        day = first + (min(max(point.x(), area.left()), area.right()) - area.left()) / area.width() * (last - first)
        row = (
            (min(max(point.y(), area.top()), area.bottom()) - area.top())
            / area.height()
            * self._model.layout.total_rows
        )
        x0, x1 = self._view.visible_days()
        half = (x1 - x0) / 2
        self._view.show_days(day - half, day + half)
        self.move_rows_to(row - self._view.rows_visible() / 2)

    def move_rows_to(self, top_row: float) -> None:
        self._view.top_row = top_row
        self._view.apply_vertical()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.centre_view_at(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.centre_view_at(event.position())
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def keyPressEvent(self, event) -> None:
        x0, x1 = self._view.visible_days()
        quarter_days = (x1 - x0) / 4
        rows = self._view.rows_visible()
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -quarter_days if key == Qt.Key.Key_Left else quarter_days
            self._view.show_days(x0 + step, x1 + step)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_rows_to(self._view.top_row + (rows / 4 if key == Qt.Key.Key_Down else -rows / 4))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.move_rows_to(self._view.top_row + (rows if key == Qt.Key.Key_PageDown else -rows))
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.move_rows_to(0.0 if key == Qt.Key.Key_Home else self._model.layout.total_rows)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
