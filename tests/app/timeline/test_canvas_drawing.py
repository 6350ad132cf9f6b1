"""How the canvas draws many events: density strips, batched bars and markers, cached labels."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from gui.app.timeline.event_layer import DENSITY_ALPHA, _with_alpha, density_columns, density_polygon
from gui.app.widgets import style
from gui.app.timeline.geometry import ViewTransform
from gui.app.timeline.label_layer import label_titles
from gui.core.view.layout_builder import build_layout
from gui.core.document.model import FORMAT_NAME, Document, Event, Lane
from tests.app.conftest import event_point


def _render(window) -> np.ndarray:
    """The plot as an (h, w, 4) array of BGRA pixels."""
    plot = window.timeline.plot
    image = QImage(plot.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    QWidget.render(plot, image)
    return np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4).copy()


def _dense_file(tmp_path, events=4000, tall_lane_events=0):
    """One lane of day events crowded into two years (far more than pixel columns), and a second, quiet lane."""
    rng = np.random.default_rng(7)
    days = rng.integers(0, 730, events)
    items = [
        {
            "id": f"d{i}",
            "lane": "dense",
            "title": f"Dense {i}",
            "start": f"{2016 + day // 365}-{1 + (day % 365) // 31:02d}-{1 + day % 28:02d}",
        }
        for i, day in enumerate(days.tolist())
    ]
    # A burst in one month: the strip must be taller there.
    items += [
        {"id": f"b{i}", "lane": "dense", "title": "Burst", "start": "2017-06-15"} for i in range(tall_lane_events)
    ]
    items.append({"id": "quiet", "lane": "quiet", "title": "Quiet", "start": "2017-01"})
    path = tmp_path / "dense.json"
    path.write_text(
        json.dumps(
            {
                "format": "inroads-timeline",
                "version": 1,
                "lanes": [{"id": "dense", "name": "Dense"}, {"id": "quiet", "name": "Quiet"}],
                "events": items,
            }
        )
    )
    return path


def test_density_counts_the_events_meeting_each_pixel_column():
    events = [
        Event("a", "l", "t", "2018-01-01"),
        Event("b", "l", "t", "2018-01-01"),
        Event("c", "l", "t", "2018-01-03"),
    ]
    layout = build_layout(Document(FORMAT_NAME, 1, lanes=[Lane("l")], events=events), today=0)
    view = ViewTransform(1.0, -float(layout.start_first.min()), 26.0, 0.0)  # one pixel per day, from Jan 1st
    first, counts = density_columns(layout, np.arange(3), view)
    assert counts[-first : -first + 3].tolist() == [2, 0, 1]


def test_events_that_all_end_left_of_the_view_have_no_density_columns():
    """A collapsed lane draws a strip from the events within the view's slack: all of them may end left of
    it. np.bincount got a negative length, and the exception in paint() crashed PySide6 (SIGSEGV)."""
    events = [Event("a", "l", "t", "2018-01-01"), Event("b", "l", "t", "2018-01-02")]
    layout = build_layout(Document(FORMAT_NAME, 1, lanes=[Lane("l")], events=events), today=0)
    view = ViewTransform(1.0, -float(layout.start_first.min()) - 100.0, 26.0, 0.0)  # the events end 98 px left
    assert density_columns(layout, np.arange(2), view) is None


def test_a_density_strip_is_one_polygon_centred_in_the_lane_rows_on_screen():
    events = [Event(f"e{i}", "l", "t", "2018-01-01", "2018-01-05") for i in range(40)]
    events += [Event("late", "l", "t", "2018-01-09")]
    layout = build_layout(Document(FORMAT_NAME, 1, lanes=[Lane("l")], events=events), today=0)
    assert layout.lane_rows[0] == 40
    view = ViewTransform(1.0, -float(layout.start_first.min()), 26.0, 0.0)
    # Only rows 10 to 20 of the 40 are on screen: the strip fills that band, not the whole lane.
    polygon = density_polygon(layout, 0, np.arange(layout.count), view, 10.0, 20.0)
    points = np.asarray([(p.x(), p.y()) for p in polygon])
    assert points[:, 1].min() >= 10 * 26 - 1e-9 and points[:, 1].max() <= 20 * 26 + 1e-9
    centre = 15 * 26
    assert np.allclose(points[:, 1].min() + points[:, 1].max(), 2 * centre)  # symmetric about the band's middle
    # The days no event meets (6 to 8) collapse to the centre line; the crowded days are taller than the lone one.
    heights = {}
    half = len(points) // 2
    for (x0, top), (x1, _) in zip(points[:half:2], points[1:half:2]):
        for day in range(int(x0), int(x1)):
            heights[day] = 2 * (centre - top)
    assert heights[6] == heights[7] == 0
    assert heights[0] > heights[8] > 0


def test_a_crowded_lane_shows_a_density_strip_taller_where_events_crowd(qtbot, window, tmp_path):
    assert window.open_path(_dense_file(tmp_path, tall_lane_events=400))
    timeline = window.timeline
    layout = window.model.layout
    timeline.show_days(float(layout.start_first.min()) - 30, float(layout.end_end.max()) + 30)
    pixels = _render(window)
    # Strips are in their events' kind colour (#17: density coloured by kind).
    kind_color = _with_alpha(style.kind_color(layout.kinds[int(layout.kind[0])]), DENSITY_ALPHA)
    strip = np.all(np.abs(pixels[..., :3].astype(int) - _bgr(kind_color, pixels)) < 40, axis=2)
    assert strip.sum() > 1000  # drawn, as a filled area
    burst_x = event_point(window, "b0").x()
    early_x = event_point(window, "d0").x()
    column_height = strip.sum(axis=0)
    assert column_height[burst_x] > column_height[early_x] > 0


def _bgr(color: QColor, pixels) -> np.ndarray:
    """What the translucent density fill looks like over the lane band (roughly): blend with white."""
    alpha = color.alphaF()
    rgb = np.array([color.blue(), color.green(), color.red()], float)
    return (alpha * rgb + (1 - alpha) * 245).astype(int)


def test_repainting_the_same_view_draws_the_same_labels(qtbot, window, tmp_path):
    """Labels drawn a second time come from a cache of laid-out text: pixel for pixel the same.

    Cancelled events' titles are struck out, which such cached text would draw in the wrong place.
    """
    statuses = ["reported", "rumored", "cancelled", "confirmed"]
    # One event per lane, so every title has the room to the right edge.
    events = [
        {"id": f"e{i}", "lane": f"l{i}", "title": f"Title {i}", "start": f"{2000 + i}", "status": statuses[i % 4]}
        for i in range(8)
    ]
    lanes = [{"id": f"l{i}"} for i in range(8)]
    path = tmp_path / "labels.json"
    path.write_text(json.dumps({"format": "inroads-timeline", "version": 1, "lanes": lanes, "events": events}))
    assert window.open_path(path)
    window.timeline.fit_all()
    first = _render(window)
    drawn = {text for text in window.timeline.label_layer._texts.values() if text}
    assert {"Title 2", "Title 1", "Title 0"} <= drawn  # cancelled, rumored and plain titles were drawn
    second = _render(window)
    third = _render(window)
    assert np.array_equal(first, second) and np.array_equal(second, third)


def test_bars_markers_and_bands_look_as_before_with_many_styles(qtbot, window):
    """Rectangles of every pass are drawn from one array: each event still gets its own colour."""
    image = _render(window)
    for event_id, check in (
        ("huawei-best-buy", lambda c: c.red() > c.blue() + 40),  # retail: orange marker
    ):
        point = event_point(window, event_id)
        b, g, r, _ = image[point.y(), point.x()]
        assert check(QColor(int(r), int(g), int(b))), event_id


@pytest.mark.parametrize("layer", ["event_layer", "label_layer", "lane_bands", "selection_overlay", "drag_preview"])
def test_canvas_layers_never_stand_between_the_pointer_and_the_view_box(window, layer):
    """pyqtgraph's scene searches the items under the pointer several times per click: layers drop out at once."""
    timeline = window.timeline
    point = event_point(window, "huawei-best-buy")
    scene_point = timeline.plot.mapToScene(point)
    items = timeline.plot.scene().items(QPointF(scene_point))
    assert getattr(timeline, layer) not in items
    assert timeline.view_box in items


def test_editing_a_title_redraws_that_label_and_keeps_the_others(qtbot, window):
    from gui.core.document import edits

    _render(window)
    _render(window)  # labels drawn twice are laid out once and kept
    texts = window.timeline.label_layer._texts
    kept = {key: value for key, value in texts.items() if value is not None and not isinstance(value, str)}
    assert kept
    window.model.push(edits.edit_event(window.model.document, "huawei-best-buy", title="Renamed at Best Buy"))
    _render(window)
    index = window.model.event_index("huawei-best-buy")
    drawn = {key[0]: value for key, value in texts.items()}
    assert str(drawn[index]).startswith("Renamed")
    assert all(texts.get(key) is value for key, value in kept.items() if key[0] != index)
    # An edit that moves the event into other partners' lanes renumbers the items: every label is redone.
    window.filter_panel.set_lanes_by("partner")
    _render(window)
    window.model.push(edits.edit_event(window.model.document, "huawei-best-buy", partners=["Verizon", "AT&T"]))
    _render(window)
    layout = window.model.layout
    for (item, _width, _font), value in texts.items():
        if isinstance(value, str):
            # Lanes by partner name the maker before the title (#17).
            title = label_titles(window.model, layout, np.asarray([item]))[0]
            assert title.startswith(value.rstrip("…"))
