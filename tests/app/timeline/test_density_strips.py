"""Density strips of every dense lane at once: the same geometry as one strip alone, drawn once and reused."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from gui.app.timeline import density_image
from gui.app.timeline.density_strips import (
    column_heights,
    density_polygon,
    density_polygons,
    density_rects,
    lane_bands_px,
    strip_heights,
)
from gui.app.timeline.geometry import ViewTransform
from gui.core.document.model import FORMAT_NAME, Document, Event, Lane
from gui.core.view.layout_builder import build_layout
from tests.app.timeline.test_canvas_drawing import _dense_file


def _render(window) -> np.ndarray:
    plot = window.timeline.plot
    image = QImage(plot.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    QWidget.render(plot, image)
    return np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4).copy()


def test_the_batched_strips_have_the_runs_of_each_strip_alone():
    rng = np.random.default_rng(3)
    events = [
        Event(f"e{i}", f"l{i % 3}", "t", f"2018-{1 + int(m):02d}-{1 + int(d):02d}")
        for i, (m, d) in enumerate(zip(rng.integers(0, 12, 600), rng.integers(0, 28, 600)))
    ]
    layout = build_layout(Document(FORMAT_NAME, 1, lanes=[Lane(f"l{i}") for i in range(3)], events=events), today=0)
    view = ViewTransform(2.0, -2.0 * float(layout.start_first.min()) + 5, 26.0, 0.0)
    x0, x1 = float(layout.start_first.min()) - 10, float(layout.end_end.max()) + 10
    dense = [(lane, layout.lane_order(lane)) for lane in range(3)]
    strips = density_rects(layout, dense, view, 0.0, 100.0, x0, x1)
    for lane in range(3):
        # The kind is one for all these events: each lane is one strip.
        polygon = density_polygon(layout, lane, layout.lane_order(lane), view, 0.0, 100.0)
        points = np.asarray([(p.x(), p.y()) for p in polygon])
        half = len(points) // 2
        tops = {(int(a), int(b)): top for (a, top), (b, _) in zip(points[:half:2], points[1:half:2])}
        mine = strips.rects[strips.lanes == lane]
        runs = {(int(x), int(x + w)): y for x, y, w, _ in mine.tolist()}
        assert runs == {span: top for span, top in tops.items() if span in runs}
        assert len(runs) == sum(1 for (a, b), top in tops.items() if top < points[:, 1].mean() - 1e-9)
    # The polygons drawn (one per lane and kind) have the same steps as each strip's polygon alone.
    polygons = density_polygons(layout, dense, view, 0.0, 100.0, x0, x1)
    assert len(polygons) == 3
    for lane, (_kind, polygon) in enumerate(polygons):
        alone = density_polygon(layout, lane, layout.lane_order(lane), view, 0.0, 100.0)
        ours = {(p.x(), p.y()) for p in polygon}
        centre = float(lane_bands_px(layout, np.array([lane]), view, 0.0, 100.0)[0][0])
        assert {(p.x(), p.y()) for p in alone} - ours <= {(p.x(), centre) for p in alone}
        assert {point for point in ours if point[1] != centre} == {(p.x(), p.y()) for p in alone if p.y() != centre}


def test_a_frame_a_hair_apart_or_a_pan_reuses_the_strips_and_draws_what_a_fresh_frame_draws(
    qtbot, window, tmp_path, monkeypatch
):
    assert window.open_path(_dense_file(tmp_path))
    timeline = window.timeline
    layout = window.model.layout
    calls = []
    real = density_image.density_pixels
    monkeypatch.setattr(density_image, "density_pixels", lambda *a: calls.append(1) or real(*a))
    x0, x1 = float(layout.start_first.min()) - 30, float(layout.end_end.max()) + 30
    timeline.show_days(x0, x1)
    _render(window)
    assert len(calls) == 1
    nudge = (x1 - x0) * 1e-6
    timeline.show_days(x0 + nudge, x1 - nudge)
    _render(window)
    # A pan of a whole number of pixels (a sub-pixel pan may bin an event into the next column: that's all).
    x0, x1 = timeline.visible_days()
    px_per_day = timeline.view_box.width() / (x1 - x0)
    shift = round((x1 - x0) * 0.1 * px_per_day) / px_per_day
    timeline.show_days(x0 - shift, x1 - shift)
    assert timeline.visible_days() == (x0 - shift, x1 - shift)  # not held back by the limits
    panned = _render(window)
    assert len(calls) == 1  # neither frame counted the columns again
    timeline.event_layer._strip_image.forget()
    fresh = _render(window)
    assert len(calls) == 2
    assert np.array_equal(panned, fresh)
    timeline.zoom(0.5)
    _render(window)
    assert len(calls) == 3  # a real zoom draws them anew


def test_heights_looked_up_per_strip_are_the_heights_computed_per_column():
    counts = np.array([[0, 1, 2, 63, 64, 65, 1000], [5, 0, 0, 7, 64, 3, 1]])
    bands = np.array([22.0, 3.4])
    expected = np.stack([column_heights(counts[i], bands[i]) for i in range(2)])
    assert np.allclose(strip_heights(counts, bands), expected)
