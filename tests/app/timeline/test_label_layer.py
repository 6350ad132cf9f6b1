"""Label placement: labels in one row never overlap and never start before their event."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QImage, QStaticText
from PySide6.QtWidgets import QWidget

from gui.app.timeline.geometry import ViewTransform
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
