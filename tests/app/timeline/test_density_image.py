"""The density strips' image worked out in numpy looks as the strips drawn as polygons with a QPainter did."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from gui.app.timeline.density_image import density_pixels
from gui.app.timeline.density_strips import density_polygons
from gui.app.timeline.geometry import ViewTransform
from gui.app.widgets import style
from gui.core.document.model import FORMAT_NAME, Document, Event, Lane
from gui.core.view.layout_builder import build_layout


def _layout(lanes: int, events: int, seed: int):
    rng = np.random.default_rng(seed)
    kinds = ["launch", "carrier-talks", "setback", "retail", "other"]
    made = []
    for i in range(events):
        day = int(rng.integers(0, 3 * 365))
        year, month, dom = 2016 + day // 365, 1 + (day % 365) // 31, 1 + day % 28
        start = f"{year}-{month:02d}-{dom:02d}" if rng.random() < 0.8 else f"{year}-{month:02d}"
        end = f"{year + 1}-{month:02d}" if rng.random() < 0.1 else None
        made.append(Event(f"e{i}", f"l{i % lanes}", "t", start, end, kind=kinds[int(rng.integers(0, 5) ** 1)]))
    document = Document(FORMAT_NAME, 1, lanes=[Lane(f"l{i}") for i in range(lanes)], events=made)
    return build_layout(document, today=0)


def _by_polygons(layout, dense, view, y0, y1, x0, x1, colors, left, top, width, height, ratio) -> np.ndarray:
    """The strips as StripImage drew them before: one polygon per lane and kind, painted into the image."""
    image = QImage(int(width * ratio), int(height * ratio), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.translate(-left, -top)
    for kind, polygon in density_polygons(layout, dense, view, y0, y1, x0, x1):
        painter.setBrush(colors[kind])
        painter.drawPolygon(polygon)
    painter.end()
    return np.frombuffer(image.constBits(), np.uint32).reshape(image.height(), image.bytesPerLine() // 4).copy()


@pytest.mark.parametrize(
    ("lanes", "rows_per_lane", "ratio", "seed"), [(3, 1.0, 1.0, 1), (40, 0.2, 1.0, 2), (12, 0.5, 2.0, 3)]
)
def test_the_pixels_are_the_polygons_pixels(lanes, rows_per_lane, ratio, seed):
    layout = _layout(lanes, 3000, seed)
    sx = 1.3
    view = ViewTransform(sx, -sx * float(layout.start_first.min()) + 40.3, 26.0 * rows_per_lane, 3.7)
    x0, x1 = float(layout.start_first.min()) - 40, float(layout.end_end.max()) + 40
    y0, y1 = 0.0, float(lanes)
    dense = [(lane, layout.lane_order(lane)) for lane in range(lanes)]
    colors = []
    for kind in layout.kinds:
        color = QColor(style.kind_color(kind))
        color.setAlphaF(0.65)
        colors.append(color)
    a, b = sorted((float(view.x(x0)), float(view.x(x1))))
    top, bottom = sorted((float(view.y(y0)), float(view.y(y1))))
    left, top_px = int(np.floor(a)) - 2, int(np.floor(top))
    width, height = int(np.ceil(b)) + 3 - left, int(np.ceil(bottom - top)) + 1
    args = (layout, dense, view, y0, y1, x0, x1, colors, left, top_px, width, height, ratio)
    ours = density_pixels(*args)
    theirs = _by_polygons(*args)
    assert ours.shape == theirs.shape
    assert (theirs != 0).sum() > 1000  # something drawn
    a8 = ours.view(np.uint8).reshape(*ours.shape, 4).astype(int)
    b8 = theirs.view(np.uint8).reshape(*theirs.shape, 4).astype(int)
    close = (np.abs(a8 - b8) <= 2).all(axis=2)
    # Pixel for pixel the same colours (Qt's blending rounds a little differently), but for a rare edge pixel.
    assert (~close).sum() <= 0.002 * (theirs != 0).sum(), np.argwhere(~close)[:10]


def test_a_file_with_more_kinds_than_the_colour_tables_take_still_draws_its_strips(qtbot, monkeypatch):
    from PySide6.QtCore import QRectF

    from gui.app.timeline import density_image

    layout = _layout(3, 3000, 4)
    view = ViewTransform(1.3, -1.3 * float(layout.start_first.min()) + 40.3, 26.0, 3.7)
    x0, x1 = float(layout.start_first.min()), float(layout.end_end.max())
    colors = [QColor(style.kind_color(kind)) for kind in layout.kinds]

    def picture() -> np.ndarray:
        image = QImage(3000, 120, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        strips = density_image.StripImage()
        strips.paint(
            painter,
            layout,
            (0, 1, 2),
            lambda lane, a, b: layout.visible_in_lane(lane, a, b),
            view,
            QRectF(x0, 0.0, x1 - x0, 3.0),
            1.0,
            colors,
        )
        painter.end()
        return np.frombuffer(image.constBits(), np.uint32).reshape(120, -1).copy()

    as_pixels = picture()
    monkeypatch.setattr(density_image, "MAX_KINDS", 2)  # as if the file had more kinds than the tables take
    as_polygons = picture()
    assert (as_pixels != 0).sum() > 1000
    a8 = as_pixels.view(np.uint8).reshape(*as_pixels.shape, 4).astype(int)
    b8 = as_polygons.view(np.uint8).reshape(*as_polygons.shape, 4).astype(int)
    assert ((np.abs(a8 - b8) > 2).any(axis=2)).sum() <= 0.002 * (as_pixels != 0).sum()
