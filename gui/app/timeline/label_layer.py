"""Event titles beside their markers and inside their bars: elided where short, hidden where crowded.

Each event owns its row from its start to the next event's start in the same
row, and its label must fit inside that space, so labels never overlap one
another (rows are taller than a line of text). Only drawn when the visible
events are few enough to read.
"""

from __future__ import annotations

import re

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QStaticText, QTransform

from gui.app.document.document_model import DocumentModel
from gui.app.timeline.canvas_layer import CanvasLayer
from gui.app.timeline.event_layer import DIMMED_OPACITY, is_part_of, visible_events
from gui.app.timeline.geometry import MARKER_PX, ROW_PX, ViewTransform, range_core_px, row_top_px
from gui.app.timeline.label_rows import move_to_free_rows
from gui.app.timeline.paint_region import repainted_rects
from gui.app.widgets import style
from gui.app.widgets.elide import ELLIPSIS, elide_words
from gui.app.widgets.plain_text import display_text
from gui.core.analysis.corroboration import source_ids
from gui.core.view.layout import TimelineLayout

__all__ = ["LabelLayer", "elide_keeping_count", "label_text", "label_titles", "maker_colors", "place_labels"]

#: Labels are not drawn at all when more events than this are visible.
MAX_LABELS = 2500
MIN_LABEL_PX = 28
#: Lanes by partner: the width of the maker's colour tick before a label.
MAKER_TICK_PX = 4
#: The widest a title may be drawn: a headline of some 70 characters whole, longer ones cut at a word.
MAX_LABEL_PX = 460
GAP_PX = 8


def label_text(event) -> str:
    """An event's label: its title, and how many sources back it when more than one ("… · 3 sources")."""
    count = len(source_ids(event))
    return f"{event.title} · {count} sources" if count > 1 else event.title


#: The source count at the end of a label, kept whole when the title before it is elided.
_COUNT = re.compile(r" \u00b7 \d+ sources\Z")


def elide_keeping_count(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` elided at a word to ``width`` px, its " · 3 sources" kept: "AT&T… · 3 sources", else "3 sources"."""
    count = _COUNT.search(text)
    shown = elide_words(metrics, text, width)
    if count is None or shown == text:
        return shown
    suffix = count.group()
    title = elide_words(metrics, text[: count.start()], width - metrics.horizontalAdvance(suffix))
    for candidate in (title + suffix if title else "", ELLIPSIS + suffix, suffix[3:]):
        if candidate and metrics.horizontalAdvance(candidate) <= width:
            return candidate
    return ""


def place_labels(
    layout: TimelineLayout,
    indices: np.ndarray,
    view: ViewTransform,
    view_left_px: float,
    view_right_px: float,
    crowded: bool = False,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Where each label may go: (indices, left px, available width px, row top px), crowded ones dropped.

    With ``crowded`` the labels with less than ``MIN_LABEL_PX`` of room are kept too (to be moved to a free row).
    """
    if len(indices) == 0:
        empty = np.zeros(0)
        return indices, empty, empty, empty
    is_point = layout.is_point[indices]
    marker = view.x(layout.marker_days(indices, view.sx))
    core_left, _ = range_core_px(layout, indices, view)
    full_left = view.x(layout.start_first[indices])
    # Points: right of the marker, and on a wide band (a year, a month) kept on screen while the band is.
    # Ranges: inside the box, kept on screen while the box is.
    banded = layout.wide_periods(indices, view.sx)
    left = np.where(
        is_point, marker + MARKER_PX / 2 + 4, np.maximum(np.maximum(core_left, full_left) + 6, view_left_px + 4)
    )
    left = np.where(banded, np.maximum(left, view_left_px + 4), left)
    anchor = np.where(is_point & ~banded, marker - MARKER_PX / 2, full_left)
    lane_row = layout.lane[indices].astype(np.int64) * 1_000_003 + layout.rows_of(indices)
    order = np.lexsort((anchor, lane_row))
    next_anchor = np.full(len(indices), np.inf)
    same_row = lane_row[order][1:] == lane_row[order][:-1]
    next_anchor[order[:-1][same_row]] = anchor[order[1:][same_row]]
    # A marker drawn just before this event in its row (days apart, pixels overlapping) pushes the label right.
    marker_right = np.where(is_point, marker + MARKER_PX / 2 + 1, -np.inf)
    left = np.maximum(left, _previous_in_row(marker_right, order, same_row, view_left_px, view_right_px) + 4)
    ends = np.minimum(next_anchor - GAP_PX, view_right_px - 4)
    available = np.minimum(ends - left, MAX_LABEL_PX)
    keep = available >= MIN_LABEL_PX if not crowded else np.ones(len(indices), bool)
    # A range whose box ends before the view's left edge keeps no label (it would float free).
    keep &= (is_point & ~banded) | (view.x(layout.end_end[indices]) > view_left_px)
    return indices[keep], left[keep], available[keep], row_top_px(layout, indices[keep], view)


def _previous_in_row(
    values: np.ndarray, order: np.ndarray, same_row: np.ndarray, low: float, high: float
) -> np.ndarray:
    """Per item, the largest of ``values`` over the items before it (in ``order``) in its row; -inf for none."""
    result = np.full(len(values), -np.inf)
    if len(values) < 2:
        return result
    # Clipped to near the view, so adding a per-row offset keeps pixel precision: one running maximum for all rows.
    span = high - low + 4000.0
    clipped = np.clip(values[order], low - 1000.0, high + 1000.0) - low + 1000.0
    row_number = np.concatenate(([0], np.cumsum(~same_row)))
    running = np.maximum.accumulate(clipped + row_number * span) - row_number * span
    before = np.concatenate(([-np.inf], running[:-1]))
    before[np.concatenate(([True], ~same_row))] = -np.inf  # the first of each row has none
    result[order] = np.where(before > 0, before + low - 1000.0, -np.inf)  # 0: nothing, or far left of the view
    return result


def label_titles(model: DocumentModel, layout: TimelineLayout, indices: np.ndarray) -> list[str]:
    """The text of each item's label: its title, after its maker's name when lanes are partners."""
    events = model.document.events
    event_indices = layout.item_event[indices].tolist()
    if layout.lanes_by != "partner":
        return [label_text(events[i]) for i in event_indices]
    makers: dict[str, str] = {}
    for lane in model.document.lanes:
        makers[lane.id] = lane.name or lane.id
    titles = []
    for i in event_indices:
        title, maker = label_text(events[i]), makers.get(events[i].lane, events[i].lane)
        # "Huawei · In talks with AT&T"; a title that already starts with the maker's name stays as it is.
        named = not maker or title.casefold().startswith(maker.casefold())
        titles.append(title if named else f"{maker} \u00b7 {title}")
    return titles


def maker_colors(model: DocumentModel, layout: TimelineLayout, indices: np.ndarray) -> list[QColor]:
    """The colour of each item's maker (its event's own lane), as the lane picker shows it."""
    events = model.document.events
    colors = {lane.id: style.lane_color(lane.color) for lane in model.document.lanes}
    grey = style.lane_color(None)
    return [colors.get(events[i].lane, grey) for i in layout.item_event[indices].tolist()]


class LabelLayer(CanvasLayer):
    """Draws event titles as text in device pixels, so they never scale with the zoom."""

    def __init__(self, model: DocumentModel, view_filter=None) -> None:
        super().__init__(model)
        self._view_filter = view_filter
        #: The event layer, whose events drawn one by one this layer labels (None: works them out itself).
        self.events = None
        if view_filter is not None:
            view_filter.sig_changed.connect(self.update)
        self.setZValue(5)
        self._font = QFont()
        self._rumored_font = QFont(self._font)
        self._rumored_font.setItalic(True)
        self._cancelled_font = QFont(self._font)
        self._cancelled_font.setStrikeOut(True)
        self._metrics = QFontMetrics(self._font)
        self._font_metrics = {id(f): QFontMetrics(f) for f in (self._font, self._rumored_font, self._cancelled_font)}
        self._texts: dict[tuple[int, int, int], str | QStaticText | None] = {}
        self._text_widths: dict[tuple[int, int, int], int] = {}
        #: Each title's width unelided, per (item, font).
        self._whole_widths: dict[tuple[int, int], int] = {}
        #: The labels the last paint drew: (x, y, width, height) in device pixels, and that paint's view.
        self.drawn_rects = np.zeros((0, 4))
        self.drawn_items = np.zeros(0, np.int64)
        self.drawn_view: ViewTransform | None = None
        self._change = None  # the change just made, if some labels may outlive it; used when the layout follows
        #: The last full paint's labels, to draw a patch of the same view from: (view key, (layout, shown,
        #: dimmed), labels). ``_generation`` counts data changes, which make them stale.
        self._placed: tuple | None = None
        self._generation = 0
        self.setFlag(self.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # so a paint hears which part is exposed
        self._layout_drawn = model.layout
        model.sig_changed.connect(self._on_document_changed)
        model.sig_layout_changed.connect(self._on_data_changed)

    def _on_document_changed(self, change) -> None:
        kept = change is not None and not (change.lanes or (change.events_reordered and not change.spliced))
        self._change = change if kept else None

    def _on_data_changed(self, _change=None) -> None:
        self._generation += 1
        change, self._change = self._change, None
        # A rebuilt layout (a new object) numbers its items afresh: forget every label then.
        layout_before, self._layout_drawn = self._layout_drawn, self._model.layout
        if change is None or self._layout_drawn is not layout_before or len(change.event_ids) > 100:
            self._texts.clear()
            self._text_widths.clear()
            self._whole_widths.clear()
        elif change.spliced:
            # Events inserted or removed: the items of the events before the first of them kept their numbers.
            first_event = min(change.removed[:1] + change.inserted[:1])
            first_item = int(np.searchsorted(self._layout_drawn.item_event, first_event))
            self._forget(lambda item: item >= first_item)
        else:
            # Items kept their numbers: only the edited events' titles may read differently.
            stale = set()
            for event_id in change.event_ids:
                index = self._model.event_index(event_id)
                if index >= 0:
                    stale.update(self._model.layout.items_of_event(index).tolist())
            self._forget(stale.__contains__)
        self.prepareGeometryChange()
        self.update()

    def _forget(self, stale) -> None:
        """Drop the labels of the items for which ``stale(item)`` is true."""
        for key in [key for key in self._texts if stale(key[0])]:
            del self._texts[key]
            self._text_widths.pop(key, None)
        for key in [key for key in self._whole_widths if stale(key[0])]:
            del self._whole_widths[key]

    def _text(self, index: int, title: str, width: int, font: QFont) -> str | QStaticText | None:
        """The label's elided title: plain text the first time, laid out once (QStaticText) from the second.

        Panning and zooming repaint the same labels frame after frame, and a prepared
        QStaticText draws in half the time of drawText; a label seen only once (a jump to
        another period) would pay more for preparing it than for drawing it.
        """
        key = (index, width // 6, id(font))
        text = self._texts.get(key, False)
        if text is False:
            if len(self._texts) > 20000:
                self._texts.clear()
                self._text_widths.clear()
            # Clipped before eliding: eliding measures the whole string (seconds for a 1 MB title).
            metrics = self._metrics if font is self._font else self._font_metrics[id(font)]
            shown = elide_keeping_count(metrics, display_text(title), key[1] * 6)  # the width all of this key share
            text = self._texts[key] = shown or None
            self._text_widths[key] = metrics.horizontalAdvance(shown) if shown else 0
        elif isinstance(text, str) and not font.strikeOut():
            # (Qt draws a QStaticText's strike-out line in the wrong place: struck-out labels stay plain text.)
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)  # titles are the file's text, never markup
            static.prepare(QTransform(), font)
            text = self._texts[key] = static
        return text

    def _font_of(self, status: str) -> QFont:
        if status == "cancelled":
            return self._cancelled_font
        return self._rumored_font if status == "rumored" else self._font

    def _whole_width(self, index: int, title: str, font: QFont) -> int:
        """The title's width unelided (clipped far past the widest label first: a title may be 1 MB)."""
        key = (index, id(font))
        width = self._whole_widths.get(key)
        if width is None:
            if len(self._whole_widths) > 20000:
                self._whole_widths.clear()
            metrics = self._metrics if font is self._font else self._font_metrics[id(font)]
            width = self._whole_widths[key] = metrics.horizontalAdvance(display_text(title[:400]))
        return width

    def _to_free_rows(self, layout, indices, titles, left, available, top, detailed, view, rect, tick):
        """Labels whose title would be elided, or with no room at all, move to a free row of their lane if there is one.

        See ``label_rows``. A label with too little room that finds none gets no room (0): it is left out.
        """
        if len(indices) == 0:
            return available, top
        statuses = layout.statuses
        wanted = np.array(
            [
                self._whole_width(index, title, self._font_of(statuses[status])) + tick
                for index, title, status in zip(indices.tolist(), titles, layout.status[indices].tolist())
            ],
            np.float64,
        )
        # _text elides to the room rounded down to 6 px: the title shows whole in wanted + 6.
        room = (np.floor(available - tick) // 6) * 6 + tick
        short = ((wanted > room) | (available < MIN_LABEL_PX)) & (available < MAX_LABEL_PX)
        if not short.any():
            return available, top
        # Labels with too little room count as taking none where they are (they are drawn only if they move).
        crowded = available < MIN_LABEL_PX
        y0, y1 = sorted((rect.top(), rect.bottom()))
        wanted = np.minimum(wanted + 6, MAX_LABEL_PX)
        right_px = view.x(rect.right())
        available, rows = move_to_free_rows(
            layout, indices, left, np.where(crowded, 0.0, available), wanted, short, detailed, view, (y0, y1), right_px
        )
        available = np.where(crowded & (rows == layout.rows_of(indices)), 0.0, available)
        moved = rows != layout.rows_of(indices)
        top = np.where(moved, view.y(layout.lane_top[layout.lane[indices]] + rows), top)
        return available, top

    def paint(self, painter: QPainter, option=None, widget=None) -> None:
        layout = self._model.layout
        rect = self.viewRect()
        if layout.count == 0 or rect is None:
            return
        view = ViewTransform.from_painter_transform(painter.transform())
        if view.sx <= 0:
            return
        vf = self._view_filter
        shown = vf.item_mask() if vf is not None else None
        dimmed = vf.dimmed_items() if vf is not None else None
        key = (view.sx, view.dx, view.sy, view.dy, rect.getRect(), self._generation)
        objects = (layout, shown, dimmed)
        exposed = option.exposedRect if option is not None else None
        if (
            exposed is not None
            and self._placed is not None
            and self._placed[0] == key
            and all(a is b for a, b in zip(self._placed[1], objects))
            and is_part_of(exposed, rect.intersected(self.boundingRect()))
        ):
            # A patch of the same view (an outline that came or went): the labels are where the last paint put
            # them; draw only those that meet the patch (each part of it, when the paint's region has several).
            parts = [part.getCoords() for part in repainted_rects(widget)]
            if not parts:
                x0, x1 = sorted((view.x(exposed.left()), view.x(exposed.right())))
                y0, y1 = sorted((view.y(exposed.top()), view.y(exposed.bottom())))
                parts = [(x0, y0, x1, y1)]
            labels = [
                op
                for op in self._placed[2]
                if any(op[1] <= x1 and op[1] + op[4] > x0 and op[2] <= y1 and op[2] + op[5] > y0 for x0, y0, x1, y1 in parts)
            ]
        else:
            labels = self._place(layout, rect, view, shown, dimmed)
            self._placed = (key, objects, labels)
        self._draw(painter, labels)

    def _place(self, layout: TimelineLayout, rect, view: ViewTransform, shown, dimmed) -> list[tuple]:
        """The labels of this view, each (item, x, y, tick, width, height, text, font, pen, opacity, maker colour)
        in device pixels; ``drawn_rects`` and ``drawn_items`` say where they go."""
        if self.events is not None:  # the event layer's, worked out once for both layers
            detailed = self.events.detailed_in(rect, view)
        else:
            detailed, _dense = visible_events(layout, rect, 1.0 / view.sx, shown)
        self.drawn_rects, self.drawn_items, self.drawn_view = np.zeros((0, 4)), np.zeros(0, np.int64), view
        if len(detailed) == 0 or len(detailed) > MAX_LABELS:
            return []
        left_px, right_px = view.x(rect.left()), view.x(rect.right())
        indices, left, available, top = place_labels(layout, detailed, view, left_px, right_px, crowded=True)
        titles = label_titles(self._model, layout, indices)
        # Lanes by partner: a tick in the maker's colour before each label keeps the maker's colour in view.
        tick = MAKER_TICK_PX + 3 if layout.lanes_by == "partner" else 0
        available, top = self._to_free_rows(layout, indices, titles, left, available, top, detailed, view, rect, tick)
        # Labels with too little room that found no free row are left out.
        roomy = available >= MIN_LABEL_PX
        if not roomy.all():
            indices, left, available, top = indices[roomy], left[roomy], available[roomy], top[roomy]
            titles = [title for title, ok in zip(titles, roomy.tolist()) if ok]
        row_px = abs(view.sy) or ROW_PX
        baseline_offset = (row_px + self._metrics.ascent() - self._metrics.descent()) / 2
        text_color = QColor(style.TEXT_COLOR)
        muted = QColor(style.MUTED_TEXT_COLOR)
        # Per status: its font and pen, looked up once per paint rather than once per label.
        looks = [
            (
                self._cancelled_font
                if status == "cancelled"
                else self._rumored_font
                if status == "rumored"
                else self._font,
                muted if status in style.HOLLOW_STATUSES else text_color,
            )
            for status in layout.statuses
        ]
        makers = maker_colors(self._model, layout, indices) if layout.lanes_by == "partner" else None
        faded = dimmed[indices].tolist() if dimmed is not None else [False] * len(indices)
        text_top = (top + baseline_offset - self._metrics.ascent()).tolist()
        labels: list[tuple] = []
        height = self._metrics.height()
        for index, status, title, x, width, y, fade, maker in zip(
            indices.tolist(),
            layout.status[indices].tolist(),
            titles,
            left.tolist(),
            available.tolist(),
            text_top,
            faded,
            makers if makers is not None else [None] * len(indices),
        ):
            font, pen = looks[status]
            text = self._text(index, title, int(width) - tick, font)
            if text is None:
                continue
            text_width = self._text_widths.get((index, (int(width) - tick) // 6, id(font)), width - tick)
            opacity = DIMMED_OPACITY + 0.1 if fade else 1.0
            labels.append((index, x, y, tick, tick + text_width, height, text, font, pen, opacity, maker))
        self.drawn_rects = np.asarray([label[1:3] + label[4:6] for label in labels], dtype=np.float64).reshape(-1, 4)
        self.drawn_items = np.asarray([label[0] for label in labels], dtype=np.int64)
        return labels

    def _draw(self, painter: QPainter, labels: list[tuple]) -> None:
        if not labels:
            return
        painter.save()
        painter.resetTransform()
        halo = QColor(255, 255, 255, 185)  # a band's end tick must not cut a word in two; the band still shows
        ascent = self._metrics.ascent()
        current_font = current_pen = current_opacity = None
        for _index, x, y, tick, width, height, text, font, pen, opacity, maker in labels:
            if opacity != current_opacity:
                painter.setOpacity(opacity)
                current_opacity = opacity
            # A halo behind the text: a band's edge or hatching under a label must not cut through its words.
            painter.fillRect(QRectF(x + tick - 1, y, width - tick + 2, height), halo)
            if maker is not None:
                painter.fillRect(QRectF(x, y + (height - 10) / 2, MAKER_TICK_PX, 10), maker)
            x += tick
            if font is not current_font:
                painter.setFont(font)
                current_font = font
            if pen is not current_pen:
                painter.setPen(pen)
                current_pen = pen
            if isinstance(text, str):
                painter.drawText(QPointF(x, y + ascent), text)
            else:
                painter.drawStaticText(QPointF(x, y), text)
        painter.restore()
