"""The density strips' image: its pixels worked out in numpy from the counts per lane, kind and column.

A strip's bar in a column is centred on its lane's line and as high as its count says (one table of
heights per lane), and a lane's kinds are drawn one over the other, the most frequent first, each in
its colour with alpha. So a pixel's colour depends only on which of its lane's kinds have a bar
reaching its row: per row of a lane, the smallest count that reaches it, per column a bit per kind
that has that count, and per lane a table of the colours those kinds make laid over each other in
its drawing order. The image is that table looked up: no QPainter, no polygon per lane and kind.
"""

from __future__ import annotations

import numpy as np

from gui.app.timeline.density_strips import DENSITY_FULL_COUNT, density_polygons, height_tables, strip_counts
from gui.app.timeline.geometry import ViewTransform
from gui.core.view.layout import TimelineLayout

__all__ = ["StripImage", "density_pixels"]

#: Above this many kinds the colour tables (2 ** kinds per lane) would outgrow what they save: polygons then.
MAX_KINDS = 12


def _premultiplied(colors) -> np.ndarray:
    """(kinds, 4) floats: red, green, blue premultiplied by alpha, and alpha; from QColors."""
    rgba = np.array([(c.redF(), c.greenF(), c.blueF(), c.alphaF()) for c in colors], np.float64).reshape(-1, 4)
    rgba[:, :3] *= rgba[:, 3:4]
    return rgba


def _colour_tables(rank_order: np.ndarray, colors: np.ndarray, n_kinds: int) -> np.ndarray:
    """Per lane and set of kinds (a bit per kind), the ARGB32 (premultiplied) of those kinds laid over each other.

    A lane's table depends only on its drawing order and the colours: kept, so a zoom step builds none.
    """
    palette = colors.tobytes()
    orders = [row.tobytes() for row in rank_order]
    missing = sorted({order for order in orders if (order, palette) not in _TABLES})
    if missing:
        if len(_TABLES) + len(missing) > _MAX_TABLES:
            _TABLES.clear()
        built = _build_tables(np.array([np.frombuffer(order, rank_order.dtype) for order in missing]), colors, n_kinds)
        _TABLES.update(((order, palette), table) for order, table in zip(missing, built))
    return np.stack([_TABLES[(order, palette)] for order in orders])


#: Colour tables by (drawing order, colours); cleared when it would hold more than _MAX_TABLES.
_TABLES: dict[tuple[bytes, bytes], np.ndarray] = {}
_MAX_TABLES = 4096


def _build_tables(rank_order: np.ndarray, colors: np.ndarray, n_kinds: int) -> np.ndarray:
    sets = np.arange(1 << n_kinds)
    bits = (sets[:, None] >> np.arange(n_kinds)[None, :]) & 1  # (sets, kinds)
    out = np.zeros((len(rank_order), len(sets), 4))
    for place in range(n_kinds):  # the lane's kinds in drawing order, each over what is there ("source over")
        kind = rank_order[:, place]
        source = colors[kind]  # (lanes, 4)
        covered = bits[:, kind].T[:, :, None].astype(bool)  # (lanes, sets, 1)
        out = np.where(covered, source[:, None, :] + out * (1.0 - source[:, None, 3:4]), out)
    channels = np.clip(np.rint(out * 255.0), 0, 255).astype(np.uint32)
    return (channels[..., 3] << 24) | (channels[..., 0] << 16) | (channels[..., 1] << 8) | channels[..., 2]


def density_pixels(
    layout: TimelineLayout,
    dense: list[tuple[int, np.ndarray]],
    view: ViewTransform,
    y0: float,
    y1: float,
    x0: float,
    x1: float,
    colors,
    left: int,
    top: int,
    width: int,
    height: int,
    ratio: float = 1.0,
) -> np.ndarray | None:
    """The strips of ``dense`` for days [x0, x1] and rows [y0, y1] as (height, width) ARGB32 premultiplied pixels.

    ``left``, ``top``, ``width`` and ``height`` are the image's place and size in device pixels; it has
    ``ratio`` image pixels per device pixel. None when no strip has a bar (or too many kinds for the tables).
    """
    counted = strip_counts(layout, dense, view, y0, y1, x0, x1)
    if counted is None or counted.n_kinds > MAX_KINDS:
        return None
    n_kinds, lanes = counted.n_kinds, len(counted.lanes)
    capped = np.minimum(counted.counts, DENSITY_FULL_COUNT).astype(np.uint8).reshape(lanes, n_kinds, -1)
    tables = height_tables(counted.band_px)  # (lanes, counts 0..FULL)
    rows_px, cols_px = round(height * ratio), round(width * ratio)
    # Which image rows each lane's bars can reach, and per row the smallest count whose bar reaches it:
    # a bar of height h covers the rows whose centre y has centre - h/2 < y <= centre + h/2 (as Qt fills a polygon).
    reach = tables.max(axis=1) / 2
    first = np.maximum(np.floor((counted.centre - reach - top) * ratio).astype(np.int64), 0)
    last = np.minimum(np.ceil((counted.centre + reach - top) * ratio).astype(np.int64), rows_px)
    per_lane = np.maximum(last - first, 0)
    lane_of_row = np.repeat(np.arange(lanes), per_lane)
    row = np.arange(len(lane_of_row)) - np.repeat(np.cumsum(per_lane) - per_lane, per_lane) + first[lane_of_row]
    centre = (counted.centre[lane_of_row, None] - top) * ratio
    half = tables[lane_of_row] * (ratio / 2)  # (rows, counts)
    # Qt rounds a polygon's corners to 1/64 of an image pixel before it fills them.
    upper, lower = np.rint((centre - half) * 64) / 64, np.rint((centre + half) * 64) / 64
    y = (row + 0.5)[:, None]
    reaches = (upper < y) & (y <= lower)
    reaches[:, 0] = False
    threshold = np.where(reaches.any(axis=1), reaches.argmax(axis=1), DENSITY_FULL_COUNT + 1)
    keep = threshold <= DENSITY_FULL_COUNT
    lane_of_row, row, threshold = lane_of_row[keep], row[keep], threshold[keep]
    if len(row) == 0:
        return None
    # Rows of a lane with the same threshold look the same: work each (lane, threshold) out once.
    pairs, which = np.unique(lane_of_row * (DENSITY_FULL_COUNT + 2) + threshold, return_inverse=True)
    pair_lane, pair_threshold = pairs // (DENSITY_FULL_COUNT + 2), (pairs % (DENSITY_FULL_COUNT + 2)).astype(np.uint8)
    kinds_present = np.flatnonzero(capped.any(axis=(0, 2)))
    sets = np.zeros((len(pairs), capped.shape[2]), np.uint32 if n_kinds > 8 else np.uint16)
    for kind in kinds_present.tolist():
        sets |= (capped[pair_lane, kind, :] >= pair_threshold[:, None]).astype(sets.dtype) << kind
    colours = _colour_tables(counted.rank_order, _premultiplied(colors), n_kinds)
    # Image columns: each image pixel takes the device column its centre lies in (column 0 at ``left``).
    column = np.floor((np.arange(cols_px) + 0.5) / ratio).astype(np.int64) + left - counted.lo
    inside = np.flatnonzero((column >= 0) & (column < capped.shape[2]))
    pixels = np.zeros((rows_px, cols_px), np.uint32)
    if len(inside) == 0:
        return pixels
    j0, j1 = int(inside[0]), int(inside[-1]) + 1  # the columns counted: one run of the image's columns
    looked_up = sets[:, column[j0:j1]].astype(np.int64)
    looked_up += (pair_lane << n_kinds)[:, None]
    pixels[row, j0:j1] = colours.ravel()[looked_up][which]
    return pixels


def _paint_polygons(image, polygons, colors, left: int, top: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter

    if not polygons:
        return
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.translate(-left, -top)
    for kind, polygon in polygons:
        painter.setBrush(colors[kind])
        painter.drawPolygon(polygon)
    painter.end()


class StripImage:
    """A frame's density strips drawn once into an image that covers the view and half a view either side.

    Working out the strips costs more than a frame has, so the picture is kept and put back while the
    view pans within it, and while the zoom changes by less than half a pixel across the image (the
    picture is then the same, pixel for pixel). Anything else (other lanes, rows, filters, data,
    a real zoom) draws it anew. ``forget`` drops it when the data or the filters change.
    """

    def __init__(self) -> None:
        self._image = None
        self._pixels = None  # the numpy array the image wraps: kept alive with it
        self._key: tuple | None = None
        self._view: ViewTransform | None = None
        self._days = (0.0, 0.0)
        self._origin = (0, 0)

    def forget(self) -> None:
        self._image, self._pixels, self._key, self._view = None, None, None, None

    def _reusable(self, key: tuple, view: ViewTransform, x0: float, x1: float) -> bool:
        if self._key != key or self._view is None:
            return False
        width = self._image.width() / self._image.devicePixelRatio() if self._image is not None else 0.0
        if abs(view.sx - self._view.sx) / abs(self._view.sx) * width >= 0.5:
            return False
        return self._days[0] <= x0 and x1 <= self._days[1]

    def paint(
        self,
        painter,
        layout: TimelineLayout,
        dense_lanes: tuple,
        items_between,
        view: ViewTransform,
        rect,
        ratio: float,
        colors,
    ) -> None:
        """Draw the strips of ``dense_lanes`` (``items_between(lane, first_day, last_day)`` gives a lane's items)."""
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QImage

        if not dense_lanes:
            return
        x0, x1 = rect.left(), rect.right()
        y0, y1 = sorted((rect.top(), rect.bottom()))
        key = (dense_lanes, view.sy, view.dy, y0, y1, ratio)
        if not self._reusable(key, view, x0, x1):
            span = x1 - x0
            first, last = x0 - span / 2, x1 + span / 2
            dense = [(lane, items_between(lane, first, last)) for lane in dense_lanes]
            a, b = sorted((float(view.x(first)), float(view.x(last))))
            top, bottom = sorted((float(view.y(y0)), float(view.y(y1))))
            left, top_px = int(np.floor(a)) - 2, int(np.floor(top))
            width, height = max(1, int(np.ceil(b)) + 3 - left), max(1, int(np.ceil(bottom - top)) + 1)
            args = (layout, dense, view, y0, y1, first, last)
            many_kinds = len(layout.kinds) > MAX_KINDS
            pixels = None if many_kinds else density_pixels(*args, colors, left, top_px, width, height, ratio)
            if pixels is None:
                pixels = np.zeros((round(height * ratio), round(width * ratio)), np.uint32)
            pixels = np.ascontiguousarray(pixels)
            image = QImage(
                pixels.data,
                pixels.shape[1],
                pixels.shape[0],
                pixels.shape[1] * 4,
                QImage.Format.Format_ARGB32_Premultiplied,
            )
            image.setDevicePixelRatio(ratio)
            if many_kinds:  # too many kinds for a colour table per lane: the strips as polygons, painted
                _paint_polygons(image, density_polygons(*args), colors, left, top_px)
            self._image, self._pixels, self._key, self._view = image, pixels, key, view
            self._days = (first, last)
            self._origin = (left, top_px)
        # Where the image's first column is now: the same days, in whole pixels (crisp, as drawn).
        shift = round(float(view.x(self._days[0])) - float(self._view.x(self._days[0])))
        painter.drawImage(QPointF(self._origin[0] + shift, self._origin[1]), self._image)
