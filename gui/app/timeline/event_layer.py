"""The canvas layer that draws every event: one GraphicsObject, painted from numpy arrays.

Per frame it finds the visible events per lane with ``searchsorted`` (the
layout keeps each lane sorted by start with a running maximum of ends, so long
ranges that start off-screen still show), then draws them in a handful of
batched calls per style: ``drawRects`` for bars and bands, and
``drawPixmapFragments`` for markers. When a lane has more visible events than
it has pixel columns to show them, or is collapsed to its summary row, it draws
a density strip instead: per kind, in the kind's colour, at most a row high, with
heights on one scale for every lane (the same density looks the same); the strips
of all dense lanes are counted together (``density_strips``) and their pixels worked
out in numpy into one image (``density_image``).
"""

from __future__ import annotations

import numpy as np
from pyqtgraph.Qt import compat
from pyqtgraph.Qt.internals import PrimitiveArray
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPainter, QPen, QPixmap, QPolygonF

from gui.app.document.document_model import DocumentModel
from gui.app.timeline.canvas_layer import CanvasLayer
from gui.app.timeline.density_image import StripImage
from gui.app.timeline.density_strips import (  # noqa: F401 - density_columns and density_polygon: one strip alone
    DENSITY_FULL_COUNT,
    DENSITY_MAX_PX,
    density_columns,
    density_polygon,
)
from gui.app.timeline.few_rects import FEW_RECTS, draw_few_rect_batches
from gui.app.timeline.geometry import (
    BAND_PX,
    BAR_PX,
    MARKER_PX,
    ONGOING_TAIL_PX,
    ROW_PX,
    ViewTransform,
    range_core_px,
    row_top_px,
)
from gui.app.timeline.paint_region import repainted_rects, to_data
from gui.app.timeline.point_bands import point_band_batches
from gui.app.widgets import style
from gui.core.view.lane_compression import full_rows
from gui.core.view.layout import TimelineLayout

__all__ = ["DENSITY_MAX_PX", "EventLayer", "density_columns", "density_polygon", "is_part_of", "visible_events"]

wrapinstance = compat.wrapinstance

#: A lane switches to a density strip when it has more visible events than this share of its pixel columns.
DENSITY_THRESHOLD = 0.5
#: The fill of density strips.
DENSITY_COLOR = QColor(70, 90, 120, 170)
#: The alpha of a kind's colour in density strips.
DENSITY_ALPHA = 0.65
#: How strongly events that don't match the search are faded.
DIMMED_OPACITY = 0.18


def visible_lanes(layout: TimelineLayout, y0: float, y1: float) -> range:
    """Lanes whose band meets the rows [y0, y1]."""
    if len(layout.lane_top) == 0:
        return range(0)
    first = max(0, int(np.searchsorted(layout.lane_top, y0, side="right")) - 1)
    last = int(np.searchsorted(layout.lane_top, y1, side="right"))
    return range(first, min(last, len(layout.lane_top)))


def lane_items(
    layout: TimelineLayout, lane: int, first: float, last: float, y0: float, y1: float, shown: np.ndarray | None
) -> np.ndarray:
    """The lane's items that meet the days [first, last] in its rows on screen [y0, y1], as the filters leave them."""
    indices = layout.visible_in_lane(lane, first, last)
    top, rows = layout.lane_top[lane], layout.lane_rows[lane]
    if len(indices) and not layout.is_collapsed(lane) and (top < y0 or top + rows > y1):
        # A tall lane partly scrolled away: only its rows on screen count (and get drawn).
        row = top + layout.rows_of(indices)
        indices = indices[(row + 1 > y0) & (row < y1)]
    if shown is not None and len(indices):
        indices = indices[shown[indices]]
    return indices


def visible_events(
    layout: TimelineLayout, rect: QRectF, days_per_px: float, shown: np.ndarray | None = None
) -> tuple[np.ndarray, list[tuple[int, np.ndarray]]]:
    """Items to draw one by one, and (lane, items) pairs too dense to draw one by one.

    ``shown`` (a bool per item) leaves out what the filters hide.
    """
    x0, x1 = rect.left(), rect.right()
    y0, y1 = sorted((rect.top(), rect.bottom()))
    width_px = max(1.0, (x1 - x0) / max(days_per_px, 1e-12))
    # Widen by the marker size so markers half off-screen still draw.
    slack = MARKER_PX * days_per_px
    detailed: list[np.ndarray] = []
    dense: list[tuple[int, np.ndarray]] = []
    for lane in visible_lanes(layout, y0, y1):
        indices = lane_items(layout, lane, x0 - slack, x1 + slack, y0, y1, shown)
        if len(indices) == 0:
            continue
        if layout.is_collapsed(lane) or len(indices) > width_px * DENSITY_THRESHOLD:
            dense.append((lane, indices))
        else:
            detailed.append(indices)
    flat = np.concatenate(detailed) if detailed else np.zeros(0, np.int64)
    return flat, dense


class _StyleCache:
    """Brushes, gradients and marker pixmaps per (kind, status), made once per vocabulary."""

    def __init__(self) -> None:
        self._key: tuple | None = None
        self.tint: list[list[QBrush]] = []
        self.edge: list[list[QBrush]] = []
        self.fade_in: list[list[QBrush]] = []
        self.fade_out: list[list[QBrush]] = []
        self.soft_band: list[list[QBrush]] = []
        self.hard_band: list[list[QBrush]] = []
        self.hatch: list[list[QBrush]] = []
        self.cap: list[list[QBrush]] = []
        self.markers: list[list[QPixmap]] = []

    def ensure(self, kinds: list[str], statuses: list[str], ratio: float) -> None:
        key = (tuple(kinds), tuple(statuses), ratio)
        if key == self._key:
            return
        self._key = key
        names = ("tint", "edge", "fade_in", "fade_out", "soft_band", "hard_band", "hatch", "cap", "markers")
        for name in names:
            setattr(self, name, [])
        for kind in kinds:
            base = style.kind_color(kind)
            rows = [[] for _ in names]
            for status in statuses:
                opacity = style.status_opacity(status)
                hollow = status in style.HOLLOW_STATUSES
                rows[0].append(QBrush(_with_alpha(base, 0.30 * opacity)))
                rows[1].append(QBrush(_with_alpha(base, opacity)))
                rows[2].append(_gradient_brush(base, 0.30 * opacity, rising=True))
                rows[3].append(_gradient_brush(base, 0.30 * opacity, rising=False))
                rows[4].append(QBrush(_with_alpha(base, 0.12 * opacity)))
                rows[5].append(QBrush(_with_alpha(base, 0.20 * opacity)))
                rows[6].append(QBrush(_with_alpha(base, 0.40 * opacity), Qt.BrushStyle.BDiagPattern))
                rows[7].append(QBrush(_with_alpha(base, 0.70 * opacity)))
                rows[8].append(_marker_pixmap(base, opacity, hollow, ratio, style.marker_outline(kind, status)))
            for name, row in zip(names, rows):
                getattr(self, name).append(row)


def _with_alpha(color: QColor, alpha: float) -> QColor:
    result = QColor(color)
    result.setAlphaF(max(0.0, min(1.0, alpha)))
    return result


def _gradient_brush(color: QColor, alpha: float, rising: bool) -> QBrush:
    """A horizontal fade across each rectangle (ObjectBoundingMode: one brush for many rects)."""
    gradient = QLinearGradient(0, 0, 1, 0)
    gradient.setCoordinateMode(QLinearGradient.CoordinateMode.ObjectBoundingMode)
    transparent = _with_alpha(color, 0.0)
    solid = _with_alpha(color, alpha)
    gradient.setColorAt(0.0, transparent if rising else solid)
    gradient.setColorAt(1.0, solid if rising else transparent)
    return QBrush(gradient)


def _marker_pixmap(color: QColor, opacity: float, hollow: bool, ratio: float, outline: QColor) -> QPixmap:
    """A diamond marker: filled for firm reports, hollow for rumoured or cancelled ones; ``outline`` reaches 3:1."""
    size = MARKER_PX + 4
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    c = size / 2
    r = MARKER_PX / 2
    diamond = QPolygonF([QPointF(c, c - r), QPointF(c + r, c), QPointF(c, c + r), QPointF(c - r, c)])
    solid = _with_alpha(color, opacity)
    painter.setPen(QPen(outline, 1.6))
    painter.setBrush(QBrush(QColor("white") if hollow else solid))
    painter.drawPolygon(diamond)
    painter.end()
    return pixmap


def is_part_of(exposed: QRectF, whole: QRectF) -> bool:
    """Whether Qt repaints a patch of the view rather than (up to rounding) all of it."""
    return exposed.width() < 0.9 * whole.width() or abs(exposed.height()) < 0.9 * abs(whole.height())


class _Frame:
    """One view's events to draw one by one, and its lanes too dense for that (drawn as density strips)."""

    def __init__(self, key: tuple, detailed: np.ndarray, dense_lanes: tuple, dimmed) -> None:
        self.key = key
        self.detailed = detailed
        self.dense_lanes = dense_lanes
        self.dimmed = dimmed
        #: The detailed events' rows, first and last days: worked out at the first patch, kept for the next ones.
        self._extents: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    def meeting(self, layout: TimelineLayout, parts: list[QRectF], view: ViewTransform) -> np.ndarray:
        """The events that can put a pixel in any of ``parts`` (days and rows), in drawing order."""
        slack_days = (MARKER_PX + ONGOING_TAIL_PX) / view.sx
        items = self.detailed
        if self._extents is None:
            lasts = np.maximum(layout.end_end[items], layout.end_first[items])
            self._extents = (layout.item_top(items), layout.start_first[items], lasts)
        rows, firsts, lasts = self._extents
        meets = np.zeros(len(items), dtype=bool)
        for exposed in parts:
            x0, x1 = exposed.left() - slack_days, exposed.right() + slack_days
            y0, y1 = sorted((exposed.top(), exposed.bottom()))
            meets |= (firsts <= x1) & (lasts >= x0) & (rows + 1 >= y0) & (rows <= y1)
        return items[meets]


class EventLayer(CanvasLayer):
    """Draws bands, bars, ongoing tails, markers and density strips for the visible events."""

    def __init__(self, model: DocumentModel, view_filter=None) -> None:
        super().__init__(model)
        self._view_filter = view_filter
        if view_filter is not None:
            view_filter.sig_changed.connect(self.update)
        self._styles = _StyleCache()
        self._rects = PrimitiveArray(QRectF, 4)
        #: The density strips, drawn once and reused while the view moves within them.
        self._strip_image = StripImage()
        self._fragments = PrimitiveArray(QPainter.PixmapFragment, 10)
        self._bounds = QRectF()
        #: What the last full paint worked out, reused while only part of the view is repainted.
        self._frame: _Frame | None = None
        # Qt then hands paint() the exposed part of the view (option.exposedRect).
        self.setFlag(self.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        model.sig_layout_changed.connect(self._on_data_changed)
        if view_filter is not None:
            view_filter.sig_changed.connect(self._forget_frame)
        self._on_data_changed()

    def _forget_frame(self, *_args) -> None:
        self._frame = None
        self._strip_image.forget()

    # -- geometry --------------------------------------------------------------------------------

    def rows_changed(self) -> None:
        """Lanes collapsed or expanded: the same events at new heights."""
        self._on_data_changed()

    def _on_data_changed(self, _change=None) -> None:
        self._frame = None
        self._strip_image.forget()
        self.prepareGeometryChange()
        layout = self._model.layout
        extent = layout.extent()
        if extent is None:
            self._bounds = QRectF()
        else:
            # Every lane expanded is the tallest the lanes get: the bounds hold whatever is collapsed.
            rows = max(layout.total_rows, full_rows(layout), 1.0)
            self._bounds = QRectF(extent[0], 0.0, extent[1] - extent[0], rows)
        self.informViewBoundsChanged()
        self.update()

    def boundingRect(self) -> QRectF:
        # Computed from the arrays, never from a QPicture: an int32 QRect would overflow.
        return QRectF(self._bounds)

    # -- painting --------------------------------------------------------------------------------

    def paint(self, painter: QPainter, option=None, widget=None) -> None:
        layout = self._model.layout
        if layout.count == 0:
            return
        rect = self.viewRect()
        if rect is None or not rect.isValid() and rect.width() <= 0:
            return
        view = ViewTransform.from_painter_transform(painter.transform())
        if view.sx <= 0:
            return
        ratio = widget.devicePixelRatioF() if widget is not None else 1.0
        self._styles.ensure(layout.kinds, layout.statuses, ratio)
        frame = self._frame_for(layout, rect, view)
        detailed = frame.detailed
        exposed = option.exposedRect if option is not None else None
        if exposed is not None and is_part_of(exposed, rect.intersected(self._bounds)):
            # Part of the view (an outline that came or went): draw only what meets that part, or those parts
            # when the paint event's region has several (Qt's exposed rectangle is the box around them all).
            parts = [to_data(part, view) for part in repainted_rects(widget)] or [exposed]
            detailed = frame.meeting(layout, parts, view)
        painter.save()
        painter.resetTransform()
        painter.setPen(Qt.PenStyle.NoPen)
        colors = [_with_alpha(style.kind_color(kind), DENSITY_ALPHA) for kind in layout.kinds]
        shown = self._view_filter.item_mask() if self._view_filter is not None else None
        y0, y1 = sorted((rect.top(), rect.bottom()))

        def items_between(lane: int, first: float, last: float) -> np.ndarray:
            return lane_items(layout, lane, first, last, y0, y1, shown)

        self._strip_image.paint(painter, layout, frame.dense_lanes, items_between, view, rect, ratio, colors)
        if len(detailed):
            dimmed = frame.dimmed
            if dimmed is not None:
                # Non-matches first, faint, so the matches stand out on top of them.
                painter.setOpacity(DIMMED_OPACITY)
                self._paint_detailed(painter, layout, detailed[dimmed[detailed]], view)
                painter.setOpacity(1.0)
                detailed = detailed[~dimmed[detailed]]
            self._paint_detailed(painter, layout, detailed, view)
        painter.restore()

    def detailed_in(self, rect: QRectF, view: ViewTransform) -> np.ndarray:
        """The items drawn one by one in this view (what the label layer labels): worked out once per view."""
        return self._frame_for(self._model.layout, rect, view).detailed

    def _frame_for(self, layout: TimelineLayout, rect: QRectF, view: ViewTransform) -> _Frame:
        """The events and density strips of this view: worked out once per view, filter and data."""
        key = (view.sx, view.dx, view.sy, view.dy, rect.getRect())
        if self._frame is not None and self._frame.key == key:
            return self._frame
        vf = self._view_filter
        shown = vf.item_mask() if vf is not None else None
        dimmed = vf.dimmed_items() if vf is not None else None
        detailed, dense = visible_events(layout, rect, 1.0 / view.sx, shown)
        self._frame = _Frame(key, detailed, tuple(lane for lane, _ in dense), dimmed)
        return self._frame

    def _draw_rect_batches(self, painter: QPainter, layout: TimelineLayout, batches: list[tuple]) -> None:
        """Draw batches of rectangles in order; within a batch, one drawRects call per (kind, status) brush.

        A batch is (brushes by kind and status, items, left, top, width, height) in device
        pixels. Every rectangle is written once into one numpy-backed array, grouped by
        (batch, brush), and each group is drawn from its slice of that memory: no copies
        per group, and no Python object per rectangle.
        """
        batches = [batch for batch in batches if len(batch[1])]
        if not batches:
            return
        if sum(len(batch[1]) for batch in batches) <= FEW_RECTS:  # a click's patches: a few events
            draw_few_rect_batches(painter, layout, batches)
            return
        n_statuses = len(layout.statuses)
        n_styles = len(layout.kinds) * n_statuses
        items = np.concatenate([batch[1] for batch in batches])
        count = len(items)
        batch_of = np.repeat(np.arange(len(batches)), [len(batch[1]) for batch in batches])
        key = batch_of * n_styles + layout.kind[items].astype(np.int64) * n_statuses + layout.status[items]
        order = np.argsort(key, kind="stable")
        keys = key[order]
        boundaries = np.flatnonzero(keys[1:] != keys[:-1]) + 1
        starts = [0, *boundaries.tolist()]
        ends = [*boundaries.tolist(), count]
        self._rects.resize(count)
        memory = self._rects.ndarray()
        for column, field in enumerate((2, 3, 4, 5)):
            values = np.concatenate([np.broadcast_to(batch[field], (len(batch[1]),)) for batch in batches])
            memory[:, column] = values[order]
        groups = zip(starts, ends, keys[starts].tolist())
        if self._rects.use_ptr_to_array:
            base = memory.ctypes.data
            row_bytes = memory.strides[0]
            for lo, hi, group_key in groups:
                batch, style_key = divmod(group_key, n_styles)
                kind, status = divmod(style_key, n_statuses)
                painter.setBrush(batches[batch][0][kind][status])
                painter.drawRects(wrapinstance(base + lo * row_bytes, QRectF), hi - lo)
        else:
            rects = self._rects.instances()
            for lo, hi, group_key in groups:
                batch, style_key = divmod(group_key, n_statuses * len(layout.kinds))
                kind, status = divmod(style_key, n_statuses)
                painter.setBrush(batches[batch][0][kind][status])
                painter.drawRects(rects[lo:hi])

    def _paint_detailed(
        self, painter: QPainter, layout: TimelineLayout, indices: np.ndarray, view: ViewTransform
    ) -> None:
        if len(indices) == 0:
            return
        styles = self._styles
        row_top = row_top_px(layout, indices, view)
        row_px = abs(view.sy) if view.sy else ROW_PX
        scale = min(1.0, row_px / ROW_PX)
        bar_h = BAR_PX * scale
        band_h = BAND_PX * scale
        is_point = layout.is_point[indices]

        batches: list[tuple] = []  # drawn in this order: bands, then range boxes, fades and edges
        # 1. Points whose date covers more than a day: a band over the whole period (``point_bands``).
        points = indices[is_point]
        point_top = row_top[is_point]
        if len(points):
            batches += point_band_batches(styles, layout, points, point_top + (row_px - band_h) / 2, view, band_h)

        # 2. Ranges: a tinted box with soft ends for imprecise dates and a strong left edge.
        ranges = indices[~is_point]
        if len(ranges):
            top = row_top[~is_point] + (row_px - bar_h) / 2
            core_left, core_right = range_core_px(layout, ranges, view)
            full_left = view.x(layout.start_first[ranges])
            full_right = view.x(layout.end_end[ranges])
            ongoing = layout.is_ongoing[ranges]
            full_right = np.where(ongoing, view.x(layout.end_first[ranges]), full_right)
            core_right = np.where(ongoing, full_right, core_right)
            core_width = np.maximum(core_right - core_left, 2.0)
            soft_in = core_left - full_left > 0.5
            soft_out = (full_right - core_right > 0.5) & ~ongoing
            edge_left = np.where(soft_in, core_left, full_left)
            batches += [
                (styles.tint, ranges, core_left, top, core_width, bar_h),
                (
                    styles.fade_in,
                    ranges[soft_in],
                    full_left[soft_in],
                    top[soft_in],
                    (core_left - full_left)[soft_in],
                    bar_h,
                ),
                (
                    styles.fade_out,
                    ranges[soft_out],
                    core_right[soft_out],
                    top[soft_out],
                    (full_right - core_right)[soft_out],
                    bar_h,
                ),
                # Ongoing: the box fades out past today, towards an open end.
                (styles.fade_out, ranges[ongoing], full_right[ongoing], top[ongoing], float(ONGOING_TAIL_PX), bar_h),
                (styles.edge, ranges, edge_left, top, 3.0, bar_h),
            ]
        self._draw_rect_batches(painter, layout, batches)
        if len(ranges):
            self._paint_ongoing_arrows(painter, layout, ranges[ongoing], full_right[ongoing], top[ongoing], bar_h)

        # 3. Markers for points: at a wide band's start, at a narrow period's centre.
        if len(points):
            marker_x = view.x(layout.marker_days(points, view.sx))
            self._paint_markers(painter, layout, points, marker_x, point_top + row_px / 2)

    def _paint_ongoing_arrows(self, painter: QPainter, layout, indices, x_today, top, bar_h) -> None:
        if len(indices) == 0:
            return
        painter.save()
        for index, x, y in zip(indices.tolist(), x_today.tolist(), top.tolist()):
            color = _with_alpha(style.kind_color(layout.kinds[layout.kind[index]]), 0.8)
            painter.setPen(QPen(color, 1.6))
            tip = x + ONGOING_TAIL_PX + 6
            middle = y + bar_h / 2
            painter.drawLine(QPointF(tip - 6, y + 2), QPointF(tip, middle))
            painter.drawLine(QPointF(tip, middle), QPointF(tip - 6, y + bar_h - 2))
        painter.restore()

    def _paint_markers(self, painter: QPainter, layout: TimelineLayout, indices, x, y) -> None:
        """One drawPixmapFragments call per (kind, status) marker, from one array filled once."""
        n_statuses = len(layout.statuses)
        style_key = layout.kind[indices].astype(np.int64) * n_statuses + layout.status[indices]
        order = np.argsort(style_key, kind="stable")
        keys = style_key[order]
        boundaries = np.flatnonzero(keys[1:] != keys[:-1]) + 1
        starts = [0, *boundaries.tolist()]
        ends = [*boundaries.tolist(), len(keys)]
        self._fragments.resize(len(indices))
        fragments = self._fragments.ndarray()
        fragments[:, 0] = x[order]
        fragments[:, 1] = y[order]
        fragments[:, 2:4] = 0.0
        fragments[:, 9] = 1.0
        base = fragments.ctypes.data
        row_bytes = fragments.strides[0]
        for lo, hi, key in zip(starts, ends, keys[starts].tolist()):
            kind, status = divmod(key, n_statuses)
            pixmap = self._styles.markers[kind][status]
            scale = 1 / pixmap.devicePixelRatio()
            fragments[lo:hi, 4:9] = (pixmap.width(), pixmap.height(), scale, scale, 0.0)
            painter.drawPixmapFragments(wrapinstance(base + lo * row_bytes, QPainter.PixmapFragment), hi - lo, pixmap)
