"""Label placement: labels in one row never overlap and never start before their event."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QImage, QStaticText
from PySide6.QtWidgets import QWidget

from gui.app.timeline.geometry import MARKER_PX, ViewTransform
from gui.app.timeline.label_layer import MIN_LABEL_PX, place_labels
from gui.core.view.layout_builder import build_layout
from gui.core.document.model import FORMAT_NAME, Document, Event, Lane

dates = st.builds(
    lambda y, m, d, precision: [f"{y}", f"{y}-{m:02d}", f"{y}-{m:02d}-{d:02d}"][precision],
    st.integers(2015, 2019),
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(0, 2),
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 2), dates, st.booleans()), min_size=1, max_size=60),
    st.floats(0.05, 20),
    st.floats(-2000, 3000),
)
def test_labels_in_a_row_never_overlap(specs, px_per_day, view_left):
    events = [
        Event(f"e{i}", f"l{lane}", "A fairly long event title " * 2, start, ".." if ongoing else None)
        for i, (lane, start, ongoing) in enumerate(specs)
    ]
    document = Document(FORMAT_NAME, 1, lanes=[Lane(f"l{i}") for i in range(3)], events=events)
    layout = build_layout(document, today=20000)
    view = ViewTransform(px_per_day, -16000 * px_per_day, 26.0, 0.0)
    indices = np.arange(layout.count)
    placed, left, width, top = place_labels(layout, indices, view, view_left, view_left + 1500.0)
    assert np.all(width >= MIN_LABEL_PX)
    rows = layout.lane[placed].astype(np.int64) * 10_000 + layout.row[placed]
    for row in np.unique(rows):
        mine = np.flatnonzero(rows == row)
        spans = sorted(zip(left[mine], left[mine] + width[mine]))
        for (_, end), (start, _) in zip(spans, spans[1:]):
            assert end <= start + 1e-6


def _render(window) -> None:
    plot = window.timeline.plot
    image = QImage(plot.size(), QImage.Format.Format_ARGB32)
    QWidget.render(plot, image)


def test_adding_and_deleting_events_keeps_the_labels_before_them(window):
    from gui.core.document import edits

    model = window.model
    _render(window)
    texts = window.timeline.label_layer._texts
    drawn = dict(texts)
    middle = 5
    assert {key[0] < middle for key in drawn} == {True, False}
    model.push(edits.add_event(model.document, "xiaomi", "2016-05", "Added at the end"))
    assert texts == drawn  # no item was renumbered
    model.push(edits.delete_events(model.document, [model.document.events[middle].id]))
    assert texts == {key: value for key, value in drawn.items() if key[0] < middle}
    _render(window)
    for (item, _width, _font), value in texts.items():
        if value:
            title = model.document.events[model.layout.item_event[item]].title
            assert title.startswith(str(value.text() if isinstance(value, QStaticText) else value).rstrip("…"))


# -- what the label layer really draws, in a real window ------------------------------------------------------

_titles = st.sampled_from(
    ["Launch", "In talks with AT&T", "A fairly long event title about a carrier deal", "Retail push at Best Buy", "X"]
)


def _small_file(path, specs) -> None:
    import json

    events = []
    for i, (lane, start, end, title, status) in enumerate(specs):
        event = {"id": f"e{i}", "lane": f"l{lane}", "title": title, "start": start, "status": status}
        if end:
            event["end"] = end
        events.append(event)
    lanes = [{"id": f"l{i}", "name": f"Maker {i}"} for i in range(3)]
    path.write_text(json.dumps({"format": "inroads-timeline", "version": 1, "lanes": lanes, "events": events}))


def _marker_rects(layout, view) -> np.ndarray:
    """Every point's marker as drawn (its pixmap's square), in device pixels: (x, y, w, h)."""
    from gui.app.timeline.geometry import MARKER_PX, row_top_px

    points = np.flatnonzero(layout.is_point)
    x = view.x(layout.marker_days(points, view.sx))
    y = row_top_px(layout, points, view) + abs(view.sy) / 2
    half = MARKER_PX / 2 + 1
    return np.column_stack([x - half, y - half, np.full(len(points), 2 * half), np.full(len(points), 2 * half)])


def _overlapping(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Pairs (i, j) where rectangle a[i] and b[j] share area (touching edges don't count)."""
    ax0, ay0, ax1, ay1 = a[:, 0:1], a[:, 1:2], a[:, 0:1] + a[:, 2:3], a[:, 1:2] + a[:, 3:4]
    bx0, by0, bx1, by1 = b[:, 0], b[:, 1], b[:, 0] + b[:, 2], b[:, 1] + b[:, 3]
    meets = (ax0 < bx1 - 0.5) & (bx0 < ax1 - 0.5) & (ay0 < by1 - 0.5) & (by0 < ay1 - 0.5)
    return np.argwhere(meets)


_event = st.tuples(
    st.integers(0, 2),
    dates,
    st.one_of(st.none(), st.sampled_from(["2016-03", "2018", "2019-11-02"])),
    _titles,
    st.sampled_from(["confirmed", "reported", "rumored"]),
)


@settings(max_examples=40, deadline=None, suppress_health_check=list(__import__("hypothesis").HealthCheck))
@given(
    specs=st.lists(_event, min_size=1, max_size=25),
    first=st.floats(16000, 18000),
    days=st.floats(20, 2500),
    name=st.uuids(),
)
def test_no_label_meets_another_label_or_a_marker(window, tmp_path, specs, first, days, name):
    specs = [(lane, start, end if end and end > start else None, title, status) for lane, start, end, title, status in specs]
    path = tmp_path / f"{name}.json"
    _small_file(path, specs)
    assert window.open_path(path)
    window.timeline.show_days(first, first + days)
    _render(window)
    layer = window.timeline.label_layer
    labels, view = layer.drawn_rects, layer.drawn_view
    assert view is not None
    pairs = _overlapping(labels, labels)
    assert [tuple(p) for p in pairs if p[0] != p[1]] == []
    markers = _marker_rects(window.model.layout, view)
    assert _overlapping(labels, markers).tolist() == []


def test_a_range_just_after_a_point_starts_its_label_right_of_the_points_marker():
    # A day, then a range from the next day, in one row: zoomed out, the point's marker covers the range's start.
    events = [
        Event("p", "l0", "Point", "2017-03-01"),
        Event("r", "l0", "A range long enough to hold its title", "2017-03-02", "2017-12-31"),
    ]
    document = Document(FORMAT_NAME, 1, lanes=[Lane("l0")], events=events)
    layout = build_layout(document, today=20000)
    assert layout.row.tolist() == [0, 0]
    view = ViewTransform(0.4, -17000 * 0.4, 26.0, 0.0)
    placed, left, _width, _top = place_labels(layout, np.arange(2), view, 0.0, 1500.0)
    point, the_range = np.flatnonzero(layout.is_point)[0], np.flatnonzero(~layout.is_point)[0]
    marker_right = view.x(layout.marker_days(np.asarray([point]), view.sx))[0] + MARKER_PX / 2 + 1
    assert the_range in placed.tolist()
    assert left[placed.tolist().index(the_range)] >= marker_right


def test_labels_are_elided_at_a_word_and_stay_inside_their_room(qtbot):
    from gui.app.widgets.elide import elide_words
    from PySide6.QtGui import QFontMetrics, QFont

    metrics = QFontMetrics(QFont())
    title = "Huawei in talks with AT&T about the Mate 10"
    for width in range(10, metrics.horizontalAdvance(title) + 10):
        shown = elide_words(metrics, title, width)
        assert metrics.horizontalAdvance(shown) <= width
        if shown and shown != title:
            kept = shown[:-1]
            assert title.startswith(kept) and title[len(kept)] in " "
    assert elide_words(metrics, "Launch", 5) == ""


def test_lanes_by_partner_name_the_maker_in_each_label(window):
    layer = window.timeline.label_layer
    window.filter_panel.set_lanes_by("partner")
    window.timeline.fit_all()
    _render(window)
    model = window.model
    makers = {lane.id: lane.name for lane in model.document.lanes}
    shown = {key[0]: value for key, value in layer._texts.items() if value}
    assert len(layer.drawn_items)
    for item in layer.drawn_items.tolist():
        event = model.document.events[model.layout.item_event[item]]
        text = str(shown[item].text() if isinstance(shown[item], QStaticText) else shown[item])
        maker = makers[event.lane]
        assert text.startswith(maker), (text, event.title)
        if not event.title.startswith(maker):
            assert text.startswith(f"{maker} · ")


def test_fit_all_leaves_room_for_the_last_events_labels(qtbot, window, tmp_path):
    from PySide6.QtCore import Qt

    from gui.app.timeline.label_layer import label_titles

    path = tmp_path / "ends-with-a-long-title.json"
    specs = [(0, "2015-01-10", None, "Launch", "confirmed"), (1, "2016-06-01", None, "Retail push at Best Buy", "confirmed")]
    specs.append((2, "2019-12-20", None, "Huawei in talks with AT&T about the Mate 10 Pro", "confirmed"))
    _small_file(path, specs)
    assert window.open_path(path)
    window.timeline.zoom(0.1)
    qtbot.keyClick(window.timeline.plot.viewport(), Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    _render(window)
    layer = window.timeline.label_layer
    layout = window.model.layout
    last = int(np.flatnonzero(layout.start_first == layout.start_first.max())[0])
    assert last in layer.drawn_items.tolist()
    text = layer._texts[next(key for key in layer._texts if key[0] == last)]
    shown = str(text.text() if isinstance(text, QStaticText) else text)
    assert shown == label_titles(window.model, layout, np.asarray([last]))[0]  # whole, not elided


def test_lanes_by_partner_keep_each_events_maker_colour_before_its_label(window):
    from PySide6.QtGui import QColor, QImage

    from gui.app.widgets import style

    model = window.model
    window.filter_panel.set_lanes_by("partner")
    window.timeline.fit_all()
    plot = window.timeline.plot
    image = QImage(plot.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    QWidget.render(plot, image)
    layer = window.timeline.label_layer
    colours = {lane.id: style.lane_color(lane.color).name() for lane in model.document.lanes}
    assert len(set(colours.values())) > 1  # the sample's makers have colours of their own
    viewport_origin = plot.viewport().mapTo(plot, plot.viewport().rect().topLeft())
    for (x, y, _w, h), item in zip(layer.drawn_rects.tolist(), layer.drawn_items.tolist()):
        event = model.document.events[model.layout.item_event[item]]
        pixel = image.pixelColor(int(x + 2) + viewport_origin.x(), int(y + h / 2) + viewport_origin.y())
        assert pixel.name() == colours[event.lane], event.title


@pytest.mark.parametrize(
    ("next_start", "before"),
    [("2017-03-15", "elided"), ("2017-03-08", "too little room: not drawn at all")],
)
def test_a_label_that_does_not_fit_moves_whole_to_a_free_row_of_its_lane(window, tmp_path, next_start, before):
    """#17: a title too long for the room before the next event goes to a free row of the lane, whole."""
    long_title = "Huawei in talks with AT&T about the Mate 10"
    specs = [
        (0, "2017-01-01", "2017-02-15", "First deal", "reported"),
        (0, "2017-01-10", "2017-02-20", "Second deal", "reported"),  # overlaps the first: a second row
        (0, "2017-03-01", None, long_title, "reported"),
        (0, next_start, None, "Next", "reported"),  # soon after in the same row: little room
    ]
    path = tmp_path / "crowded.json"
    _small_file(path, specs)
    assert window.open_path(path)
    layout = window.model.layout
    long_item = int(layout.item_of_event(2))
    assert layout.row[long_item] == layout.row[layout.item_of_event(3)]  # the long title's row is crowded
    window.timeline.show_days(float(layout.start_first.min()) - 10, float(layout.start_first.min()) + 150)
    _render(window)
    layer = window.timeline.label_layer
    labels, view = layer.drawn_rects, layer.drawn_view
    mine = labels[layer.drawn_items.tolist().index(long_item)]
    from PySide6.QtGui import QFont, QFontMetrics

    assert mine[2] >= QFontMetrics(QFont()).horizontalAdvance(long_title)  # whole, not elided
    own_row_top = view.y(layout.lane_top[0] + layout.row[long_item])
    assert abs(mine[1] - own_row_top) > 10  # in another row
    pairs = _overlapping(labels, labels)
    assert [tuple(p) for p in pairs if p[0] != p[1]] == []
    assert _overlapping(labels, _marker_rects(layout, view)).tolist() == []


def test_eliding_keeps_the_source_count_whole(qtbot):
    from PySide6.QtGui import QFont, QFontMetrics

    from gui.app.timeline.label_layer import elide_keeping_count

    metrics = QFontMetrics(QFont())
    text = "Huawei in talks with AT&T about the Mate 10 · 3 sources"
    assert elide_keeping_count(metrics, text, metrics.horizontalAdvance(text) + 2) == text
    seen = set()
    for width in range(1, metrics.horizontalAdvance(text)):
        shown = elide_keeping_count(metrics, text, width)
        assert metrics.horizontalAdvance(shown) <= width
        assert shown == "" or shown.endswith("3 sources"), shown
        seen.add(shown.split("\u2026")[0] if "\u2026" in shown else shown)
    assert {"Huawei in talks", "", "3 sources"} <= seen
    assert elide_keeping_count(metrics, "Huawei in talks with AT&T about the Mate 10", 80).endswith("\u2026")
