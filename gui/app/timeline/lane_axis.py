"""The lane header: lane names in a column left of the canvas that stays put while panning."""

from __future__ import annotations

import re

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QStaticText, QTransform

from gui.app.document.document_model import DocumentModel
from gui.app.timeline.canvas_layer import guarded_paint
from gui.app.widgets import style
from gui.app.widgets.plain_text import display_text
from gui.core.view.lane_counts import count_words, shown_per_lane
from gui.core.view.lane_names import pick_lane_names

__all__ = ["LaneAxis", "one_line_label"]

MIN_WIDTH = 96
MAX_WIDTH = 240


class LaneAxis(pg.AxisItem):
    """A left 'axis' that paints each lane's name, colour and event count beside its band."""

    sig_scroll_rows = Signal(float)
    sig_lane_clicked = Signal(str)
    """A left click on a lane's header (lane id): it expands or collapses."""
    sig_context_menu = Signal(str, QPoint)
    """Right-click on a lane's header: (lane id, global position) for its menu."""

    def __init__(self, model: DocumentModel) -> None:
        super().__init__("left")
        self._model = model
        self.setStyle(showValues=False, tickLength=0)
        # Qt then says which part of the header a paint exposes: none, when a patch of the canvas only touches it.
        self.setFlag(self.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self._name_font = QFont()
        self._name_font.setBold(True)
        self._count_font = QFont()
        self._count_font.setPointSizeF(max(6.0, self._count_font.pointSizeF() * 0.85))
        #: Per item, whether the filters show it (None: all shown); set by the timeline to its ViewFilter's.
        self.item_mask = lambda: None
        #: The lanes whose names the last paint drew (indices into the layout's lanes), top down.
        self.named_lanes = np.zeros(0, np.int64)
        #: Where the last paint drew each of those names (its text's box, local px).
        self.name_rects: list[QRectF] = []
        self._line_texts: dict[tuple[str, int], tuple[QStaticText, float]] = {}
        model.sig_layout_changed.connect(self._on_data_changed)
        self._on_data_changed()

    def _on_data_changed(self, _change=None) -> None:
        metrics = QFontMetrics(self._name_font)
        names = [display_text(name) for name in self._model.layout.lane_names]  # clipped before measuring
        widest = max((metrics.horizontalAdvance(name) for name in names), default=0)
        self.setWidth(int(min(MAX_WIDTH, max(MIN_WIDTH, widest + 30))))
        self.update()

    def linkedViewChanged(self, view, newRange=None) -> None:
        self.update()

    def lane_at_local_y(self, y: float) -> str | None:
        view = self.linkedView()
        if view is None:
            return None
        rows = view.mapSceneToView(self.mapToScene(QPointF(0, y))).y()
        index = self._model.layout.lane_at(rows)
        return self._model.layout.lane_ids[index] if index >= 0 else None

    def mouseClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            lane_id = self.lane_at_local_y(event.pos().y())
            if lane_id is not None:
                event.accept()
                self.sig_context_menu.emit(lane_id, event.screenPos().toPoint())
                return
        if event.button() == Qt.MouseButton.LeftButton:
            lane_id = self.lane_at_local_y(event.pos().y())
            if lane_id is not None:
                event.accept()
                self.sig_lane_clicked.emit(lane_id)
                return
        super().mouseClickEvent(event)

    def wheelEvent(self, event) -> None:
        self.sig_scroll_rows.emit(-event.delta() / 120.0)
        event.accept()

    def _lane_color(self, lane_id: str) -> QColor:
        """The file's lane colour; kind colours when lanes are kinds; neutral for partners."""
        if self._model.layout.lanes_by == "kind":
            return style.kind_color(lane_id)
        lane = self._model.lane(lane_id) if self._model.layout.lanes_by == "manufacturer" else None
        return style.lane_color(lane.color if lane is not None else None)

    def _lane_y(self, view, rows: float) -> float:
        return self.mapFromScene(view.mapViewToScene(QPointF(0, rows))).y()

    def count_labels(self) -> list[str]:
        """Per lane, the line under its name: "8 events", or "2 of 8 shown" when filters hide some."""
        bounds = self._model.layout.lane_bounds
        if len(bounds) < 2:
            return []
        totals = (bounds[1:] - bounds[:-1]).tolist()
        shown = shown_per_lane(bounds, self.item_mask()).tolist()
        return [count_words(total, count) for total, count in zip(totals, shown)]

    @guarded_paint
    def paint(self, painter: QPainter, option=None, widget=None) -> None:
        if option is not None and option.exposedRect.isEmpty():
            # A patch of the canvas beside the header (an outline at the view's left edge) touches its edge, and
            # Qt asks it to paint none of itself: the whole header was drawn for nothing on such a click (#22).
            return
        view = self.linkedView()
        layout = self._model.layout
        bounds = self.boundingRect()
        painter.fillRect(bounds, QColor("#ffffff"))
        if view is None:
            return
        width = bounds.width()
        painter.setClipRect(bounds)
        count_labels = self.count_labels()
        name_metrics = QFontMetrics(self._name_font)
        count_metrics = QFontMetrics(self._count_font)
        # Rows map to local y by one affine map: find it once, not twice per lane (200 lanes at 1M events).
        origin = self._lane_y(view, 0.0)
        scale = self._lane_y(view, 1.0) - origin
        tops = origin + scale * layout.lane_top
        bottoms = origin + scale * (layout.lane_top + layout.lane_rows)
        on_screen = np.flatnonzero((bottoms >= bounds.top()) & (tops <= bounds.bottom()))
        for index in on_screen.tolist():  # the lanes on screen, not the file's list
            top, bottom = float(tops[index]), float(bottoms[index])
            painter.fillRect(QRectF(0, top, width, bottom - top), QColor(style.LANE_BAND_COLORS[index % 2]))
            painter.fillRect(QRectF(0, top, 5, bottom - top), self._lane_color(layout.lane_ids[index]))
        # Names as an axis's tick labels: every lane's that fits, the expanded ones', and evenly spread thin ones'.
        expanded = ~layout.collapsed[on_screen] if len(layout.collapsed) == len(tops) else None
        picked, _, _ = pick_lane_names(tops[on_screen], bottoms[on_screen], count_metrics.height(), expanded)
        self.named_lanes = on_screen[picked]
        self.name_rects = []
        for index in self.named_lanes.tolist():
            top, bottom = float(tops[index]), float(bottoms[index])
            if bottom - top < name_metrics.height() + 8:
                # A summary row: name and count on one small line, centred on the row.
                self._paint_one_line(painter, layout.lane_names[index], count_labels, index, top, bottom, width)
                continue
            # Keep the name readable while a tall lane is scrolled partly out of view.
            text_top = max(top, bounds.top()) + 6
            text_top = min(text_top, bottom - name_metrics.height() - 2)
            painter.setFont(self._name_font)
            painter.setPen(QColor(style.TEXT_COLOR))
            name = name_metrics.elidedText(display_text(layout.lane_names[index]), Qt.TextElideMode.ElideRight, int(width - 18))
            painter.drawText(QPointF(12, text_top + name_metrics.ascent()), name)
            self.name_rects.append(QRectF(12, text_top, name_metrics.horizontalAdvance(name), name_metrics.height()))
            if bottom - text_top > name_metrics.height() + count_metrics.height():
                painter.setFont(self._count_font)
                painter.setPen(QColor(style.MUTED_TEXT_COLOR))
                label = count_labels[index] if index < len(count_labels) else ""
                painter.drawText(QPointF(12, text_top + name_metrics.height() + count_metrics.ascent()), label)
        painter.setPen(QPen(QColor("#d0d7de"), 1))
        painter.drawLine(QPointF(width - 0.5, bounds.top()), QPointF(width - 0.5, bounds.bottom()))

    def _paint_one_line(self, painter: QPainter, name: str, counts: list[str], index: int, top, bottom, width) -> None:
        """A collapsed lane's header: "Name · 2,000 events" in the small font, if the row leaves room for it."""
        metrics = QFontMetrics(self._count_font)
        count = counts[index] if index < len(counts) else ""
        text, advance = self._one_line_text(metrics, display_text(name), count, int(width - 18))
        line_top = (top + bottom) / 2 - metrics.height() / 2
        if bottom - top < metrics.height():
            # A row thinner than the line: the line gets a background of its own over its neighbours' rows.
            back = QColor("#ffffff")
            back.setAlpha(225)
            painter.fillRect(QRectF(8, line_top, advance + 8, metrics.height()), back)
        painter.setFont(self._count_font)
        painter.setPen(QColor(style.TEXT_COLOR))
        painter.drawStaticText(QPointF(12, line_top), text)
        self.name_rects.append(QRectF(12, line_top, advance, metrics.height()))

    def _one_line_text(self, metrics: QFontMetrics, name: str, count: str, width: int) -> tuple[QStaticText, float]:
        """ "Name · 2,000 events" fitted to ``width``, laid out once (every frame draws some 70 of them at 200 lanes).

        A count is never cut ("200…" would read as a smaller number): the name is elided before it, then the
        count is shortened to its number, then left out."""
        key = (name, count, width)
        cached = self._line_texts.get(key)
        if cached is None:
            if len(self._line_texts) > 4096:
                self._line_texts.clear()
            text = one_line_label(metrics, name, count, width)
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), self._count_font)
            cached = self._line_texts[key] = (static, metrics.horizontalAdvance(text))
        return cached

    def hoverEvent(self, event) -> None:
        """Over the header, the tooltip names the lane under the pointer and counts its events."""
        if event.isExit():
            self.setToolTip("")
            return
        lane_id = self.lane_at_local_y(event.pos().y())
        layout = self._model.layout
        if lane_id is None:
            self.setToolTip("")
            return
        index = layout.lane_ids.index(lane_id)
        counts = self.count_labels()
        count = counts[index] if index < len(counts) else ""
        self.setToolTip(f"{display_text(layout.lane_names[index])} · {count}" if count else display_text(layout.lane_names[index]))


def one_line_label(metrics: QFontMetrics, name: str, count: str, width: int) -> str:
    """ "Name · 2,000 events", else "Na… · 2,000 events", "Name · 2,000", "Na… · 2,000", else the name elided."""
    # "2,000 events" may shorten to "2,000"; "2 of 8 shown" may not (a lone "2" would say something else).
    number = count.split(" ")[0] if re.fullmatch(r"[\d,]+ events?", count) else None
    suffixes = [f" · {count}"] if count else []
    suffixes += [f" · {number}"] if number else []
    for suffix in [*suffixes, ""]:
        whole = name + suffix
        if metrics.horizontalAdvance(whole) <= width:
            return whole
        if suffix:
            room = width - metrics.horizontalAdvance(suffix)
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, room) if room > 0 else ""
            if len(shown.rstrip("\u2026")) >= 3:  # at least three letters of the name
                return shown + suffix
    return metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)
