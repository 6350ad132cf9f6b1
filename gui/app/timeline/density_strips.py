"""Density strips for every dense lane of a frame at once: pixel columns counted with one bincount, drawn as rectangles.

A lane with more visible events than pixel columns (or collapsed to its summary row) shows a
strip per kind: per pixel column, a bar centred in the lane's band whose height says how many
of the kind's events meet the column, on one scale for every lane. The strips of all dense
lanes are worked out together in numpy (no Python loop per lane or kind), their runs of equal
height become rectangles, and they are drawn in a few ``drawRects`` calls: per lane the most
frequent kind first, the smaller strips over it.

``density_columns`` and ``density_polygon`` describe one strip on its own (the same geometry).
"""

from __future__ import annotations

import numpy as np
from pyqtgraph import functions as fn
from PySide6.QtGui import QPolygonF

from gui.app.timeline.geometry import ROW_PX, ViewTransform
from gui.core.view.layout import TimelineLayout

__all__ = [
    "DENSITY_FULL_COUNT",
    "DENSITY_MAX_PX",
    "DensityRects",
    "density_columns",
    "density_polygon",
    "density_rects",
]

#: A density strip is never higher than this, however tall its lane (no lane fills the view).
DENSITY_MAX_PX = ROW_PX - 4
#: Events per pixel column at which a strip reaches its full height: one scale for every lane.
DENSITY_FULL_COUNT = 64
#: The most pixel columns a strip spans (a guard against absurd zooms).
MAX_COLUMNS = 20000


def column_heights(counts: np.ndarray, band_px) -> np.ndarray:
    """Bar heights (px) for event counts per column: 0 where none, else between 15 % and all of ``band_px``."""
    fraction = np.minimum(1.0, np.log1p(counts) / np.log1p(DENSITY_FULL_COUNT))
    return np.where(counts > 0, np.maximum(2.0, band_px * (0.15 + 0.85 * fraction)), 0.0)


#: ``column_heights`` of 0 .. DENSITY_FULL_COUNT events for a band of one pixel, before the 2 px floor.
_SHARE = np.where(
    np.arange(DENSITY_FULL_COUNT + 1) > 0,
    0.15 + 0.85 * np.minimum(1.0, np.log1p(np.arange(DENSITY_FULL_COUNT + 1)) / np.log1p(DENSITY_FULL_COUNT)),
    0.0,
)


def height_tables(band_px: np.ndarray) -> np.ndarray:
    """Per band, the bar heights (px) of 0 .. DENSITY_FULL_COUNT events: ``column_heights`` as a table."""
    return np.where(_SHARE[None, :] > 0, np.maximum(2.0, np.asarray(band_px)[:, None] * _SHARE[None, :]), 0.0)


def strip_heights(counts: np.ndarray, strip_band_px: np.ndarray) -> np.ndarray:
    """``column_heights`` of a (strips, columns) array, each strip with its band: looked up, not computed per cell.

    Every count from DENSITY_FULL_COUNT up has the full height, so each strip needs only a table of
    DENSITY_FULL_COUNT + 1 heights (millions of cells at 1M events).
    """
    table = height_tables(strip_band_px)
    capped = np.minimum(counts, DENSITY_FULL_COUNT)
    capped += (np.arange(len(table)) * (DENSITY_FULL_COUNT + 1))[:, None]
    return table.ravel()[capped]


def lane_bands_px(layout: TimelineLayout, lanes: np.ndarray, view: ViewTransform, y0: float, y1: float):
    """Per lane, (centre, band height) in device pixels: the lane's rows on screen, at most ``DENSITY_MAX_PX`` high."""
    top = layout.lane_top[lanes].astype(np.float64)
    bottom = top + layout.lane_rows[lanes]
    band_top, band_bottom = np.maximum(top, y0), np.minimum(bottom, y1)
    off = band_bottom <= band_top
    band_top, band_bottom = np.where(off, top, band_top), np.where(off, bottom, band_bottom)
    a, b = view.y(band_top), view.y(band_bottom)
    top_px, bottom_px = np.minimum(a, b), np.maximum(a, b)
    return (top_px + bottom_px) / 2, np.minimum(bottom_px - top_px, DENSITY_MAX_PX)


class DensityRects:
    """A frame's density strips: rectangles (x, y, w, h in device px), their lanes, and the groups to draw in order.

    ``groups`` is a list of (kind, first, last): rectangles ``first:last`` are filled in the kind's colour.
    """

    def __init__(self, rects: np.ndarray, lanes: np.ndarray, groups: list[tuple[int, int, int]]) -> None:
        self.rects = rects
        self.lanes = lanes
        self.groups = groups

    def __len__(self) -> int:
        return len(self.rects)


class _Runs:
    """Every strip's runs of equal height (zero ones too), in strip order, and what each strip is."""

    def __init__(self, **fields) -> None:
        self.__dict__.update(fields)


def _column_from(days: np.ndarray, items: np.ndarray, view: ViewTransform, lo: int) -> np.ndarray:
    """floor(view.x(days[items])) - lo, as floats: whole numbers, worked out in place."""
    x = days[items].astype(np.float64, copy=False)
    x *= view.sx
    x += view.dx
    np.floor(x, out=x)
    x -= lo
    return x


def strip_counts(layout, dense, view, y0, y1, x0, x1) -> _Runs | None:
    """Per strip (lane and kind) and pixel column, how many of its events meet the column: counted at once.

    ``counts`` is (strips, columns), column 0 at device x ``lo``; strips lane by lane, kinds in order;
    ``centre`` and ``band_px`` per lane; ``rank`` per (lane, kind), its place in the drawing order.
    """
    dense = [(lane, items) for lane, items in dense if len(items)]
    if not dense:
        return None
    n_kinds = max(len(layout.kinds), 1)
    lanes = np.array([lane for lane, _ in dense], np.int64)
    items = np.concatenate([items for _, items in dense])
    slot = np.repeat(np.arange(len(dense)), [len(items) for _, items in dense])
    kind = layout.kind[items].astype(np.int64)
    # Pixel columns of the view, two either side; every event meets at least the column it starts in.
    a, b = sorted((float(view.x(x0)), float(view.x(x1))))
    lo = int(np.floor(a)) - 2
    hi = min(int(np.ceil(b)) + 2, lo + MAX_COLUMNS)
    size = hi - lo + 1  # one spare column per strip: where the runs of its coverage end
    # In place on one copy each (1M events: every pass over them counts): column from lo, clipped.
    x_left = _column_from(layout.start_first, items, view, lo)
    np.clip(x_left, 0, hi - 1 - lo, out=x_left)
    x_right = _column_from(layout.end_end, items, view, lo)
    np.maximum(x_right, x_left + 1, out=x_right)
    np.clip(x_right, 0, hi - lo, out=x_right)
    x_left, x_right = x_left.astype(np.int64), x_right.astype(np.int64)
    # Only the columns some event meets are counted (at Fit All the image's outer halves are empty).
    used_lo, used_hi = int(x_left.min()), int(x_right.max())
    x_left -= used_lo
    x_right -= used_lo
    lo, size = lo + used_lo, used_hi - used_lo + 1
    strip = slot * n_kinds + kind
    n_strips = len(dense) * n_kinds
    starts = np.bincount(strip * size + x_left, minlength=n_strips * size)
    stops = np.bincount(strip * size + x_right, minlength=n_strips * size)
    # Each strip's starts and stops both lie in its own segment, so one running sum counts them all.
    counts = np.cumsum(starts - stops).reshape(n_strips, size)[:, :-1]
    centre, band_px = lane_bands_px(layout, lanes, view, y0, y1)
    # Drawing order: per lane the kinds by how many events they have (most first), ties by kind.
    per_strip = np.bincount(strip, minlength=n_strips).reshape(len(dense), n_kinds)
    rank_order = np.argsort(-per_strip, axis=1, kind="stable")
    rank = np.empty_like(rank_order)
    np.put_along_axis(rank, rank_order, np.arange(n_kinds)[None, :].repeat(len(dense), 0), axis=1)
    return _Runs(
        lo=lo, columns=size - 1, n_kinds=n_kinds, lanes=lanes, counts=counts, centre=centre, band_px=band_px,
        rank=rank, rank_order=rank_order,
    )


def _strip_runs(layout, dense, view, y0, y1, x0, x1) -> _Runs | None:
    counted = strip_counts(layout, dense, view, y0, y1, x0, x1)
    if counted is None:
        return None
    lo, columns, n_kinds, lanes = counted.lo, counted.columns, counted.n_kinds, counted.lanes
    centre, rank = counted.centre, counted.rank
    heights = strip_heights(counted.counts, np.repeat(counted.band_px, n_kinds))
    flat = heights.ravel()
    starts_run = np.empty(len(flat), bool)
    starts_run[0] = True
    np.not_equal(flat[1:], flat[:-1], out=starts_run[1:])
    starts_run[::columns] = True
    run_start = np.flatnonzero(starts_run)
    return _Runs(
        lo=lo,
        columns=columns,
        n_kinds=n_kinds,
        lanes=lanes,
        start=run_start,
        end=np.append(run_start[1:], len(flat)),
        height=flat[run_start],
        strip=run_start // columns,
        strip_centre=np.repeat(centre, n_kinds),
        strip_key=rank.ravel() * n_kinds + np.tile(np.arange(n_kinds), len(lanes)),
    )


def density_rects(
    layout: TimelineLayout,
    dense: list[tuple[int, np.ndarray]],
    view: ViewTransform,
    y0: float,
    y1: float,
    x0: float,
    x1: float,
) -> DensityRects:
    """The strips of every (lane, items) pair in ``dense`` for the view of days [x0, x1] and rows [y0, y1]."""
    runs = _strip_runs(layout, dense, view, y0, y1, x0, x1)
    if runs is None:
        return DensityRects(np.zeros((0, 4)), np.zeros(0, np.int64), [])
    keep = runs.height > 0  # one rectangle per run of equal height; the zero runs are left out
    run_start, run_end, run_height, run_strip = runs.start[keep], runs.end[keep], runs.height[keep], runs.strip[keep]
    rects = np.empty((len(run_start), 4))
    rects[:, 0] = runs.lo + run_start % runs.columns
    rects[:, 1] = runs.strip_centre[run_strip] - run_height / 2
    rects[:, 2] = run_end - run_start
    rects[:, 3] = run_height
    key = runs.strip_key[run_strip]
    order = np.argsort(key, kind="stable")
    rects, key = rects[order], key[order]
    run_lane = runs.lanes[run_strip // runs.n_kinds][order]
    bounds = np.flatnonzero(key[1:] != key[:-1]) + 1
    firsts = [0, *bounds.tolist()]
    lasts = [*bounds.tolist(), len(key)]
    n_kinds = runs.n_kinds
    groups = [(int(k) % n_kinds, f, l) for k, f, l in zip(key[firsts].tolist(), firsts, lasts)] if len(key) else []
    return DensityRects(rects, run_lane, groups)


def density_polygons(
    layout: TimelineLayout,
    dense: list[tuple[int, np.ndarray]],
    view: ViewTransform,
    y0: float,
    y1: float,
    x0: float,
    x1: float,
) -> list[tuple[int, QPolygonF]]:
    """The same strips as ``density_rects``, one polygon per (lane, kind), as (kind, polygon) in drawing order.

    A strip's top edge steps with its runs and its bottom edge mirrors it (as ``density_polygon``):
    one polygon fills in far less time than its runs as rectangles (millions of them at 1M events).
    """
    runs = _strip_runs(layout, dense, view, y0, y1, x0, x1)
    if runs is None:
        return []
    n_strips = len(runs.strip_centre)
    filled = np.bincount(runs.strip[runs.height > 0], minlength=n_strips) > 0
    first_run = np.searchsorted(runs.strip, np.arange(n_strips), side="left")
    last_run = np.searchsorted(runs.strip, np.arange(n_strips), side="right")
    # Top edge corners of every run (two per run), in run order.
    x = np.empty(2 * len(runs.start))
    x[0::2] = runs.lo + runs.start % runs.columns
    x[1::2] = runs.lo + (runs.end - 1) % runs.columns + 1
    upper = np.repeat(runs.strip_centre[runs.strip] - runs.height / 2, 2)
    polygons = []
    for s in sorted(np.flatnonzero(filled).tolist(), key=lambda s: runs.strip_key[s]):
        lo, hi = 2 * int(first_run[s]), 2 * int(last_run[s])
        n = hi - lo
        polygon = fn.create_qpolygonf(2 * n)
        points = fn.ndarray_from_qpolygonf(polygon)
        points[:n, 0] = x[lo:hi]
        points[:n, 1] = upper[lo:hi]
        points[n:, 0] = x[lo:hi][::-1]
        points[n:, 1] = (2 * runs.strip_centre[s] - upper[lo:hi])[::-1]
        polygons.append((s % runs.n_kinds, polygon))
    return polygons


def density_columns(layout: TimelineLayout, indices: np.ndarray, view: ViewTransform) -> tuple[int, np.ndarray] | None:
    """How many of the events meet each pixel column: (first column, counts), or None when none do."""
    if len(indices) == 0:
        return None
    x_left = np.floor(view.x(layout.start_first[indices])).astype(np.int64)
    x_right = np.floor(view.x(layout.end_end[indices])).astype(np.int64)
    lo = max(int(x_left.min()), -1)
    hi = int(x_right.max()) + 2
    lo, hi = max(lo, -2), min(hi, lo + MAX_COLUMNS)
    if hi <= lo:
        return None  # every event ends left of the view (a collapsed lane's slack): no column to fill
    x_left = np.clip(x_left, lo, hi - 1) - lo
    x_right = np.clip(np.maximum(x_right, x_left + lo + 1), lo, hi - 1) - lo
    size = hi - lo + 1
    coverage = np.cumsum(np.bincount(x_left, minlength=size) - np.bincount(x_right, minlength=size))[:-1]
    if not coverage.any():
        return None
    return lo, coverage


def density_polygon(
    layout: TimelineLayout, lane: int, indices: np.ndarray, view: ViewTransform, y0: float, y1: float
) -> QPolygonF | None:
    """One strip as one polygon in device pixels, within the rows [y0, y1] on screen.

    Its top edge steps up and down with the per-column heights and its bottom edge mirrors it,
    so every column's bar is centred in the band; columns no event meets collapse to the
    centre line and cover no pixel. Runs of equal height share their corners.
    """
    columns = density_columns(layout, indices, view)
    if columns is None:
        return None
    lo, counts = columns
    centre, band_px = (float(v[0]) for v in lane_bands_px(layout, np.array([lane]), view, y0, y1))
    heights = column_heights(counts, band_px)
    used = np.flatnonzero(counts)
    heights = heights[used[0] : used[-1] + 1]
    first_column = lo + int(used[0])
    change = np.flatnonzero(np.diff(heights)) + 1
    run_start = np.concatenate(([0], change))
    run_end = np.concatenate((change, [len(heights)]))
    half = heights[run_start] / 2
    runs = len(run_start)
    # Top edge left to right (two corners per run), then the bottom edge right to left.
    x = np.empty(2 * runs)
    x[0::2] = run_start + first_column
    x[1::2] = run_end + first_column
    upper = np.repeat(centre - half, 2)
    polygon = fn.create_qpolygonf(4 * runs)
    points = fn.ndarray_from_qpolygonf(polygon)
    points[: 2 * runs, 0] = x
    points[: 2 * runs, 1] = upper
    points[2 * runs :, 0] = x[::-1]
    points[2 * runs :, 1] = (2 * centre - upper)[::-1]
    return polygon
