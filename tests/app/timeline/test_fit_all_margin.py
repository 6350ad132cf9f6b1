"""Fit All keeps room on the right only for the titles drawn at that zoom (#17 follow-up: a third of the width was empty)."""

from __future__ import annotations

import json

import numpy as np
from PySide6.QtCore import Qt

from tests.app.timeline.test_every_lane_at_once import _lanes_file


def _fit_all_by_key(qtbot, window) -> tuple[float, float]:
    qtbot.keyClick(window.timeline.plot.viewport(), Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    return window.timeline.visible_days()


def _right_gap(window, x0: float, x1: float) -> float:
    """The share of the view's width right of the last event's end."""
    return (x1 - float(window.model.layout.end_end.max())) / (x1 - x0)


def test_with_many_lanes_compressed_the_last_event_ends_near_the_right_edge(qtbot, window, tmp_path):
    window.resize(1440, 900)
    qtbot.waitUntil(lambda: window.height() == 900 or window.isMaximized(), timeout=2000)
    assert window.open_path(_lanes_file(tmp_path, lanes=200, per_lane=6))
    window.timeline.show_days(17600, 17700)
    x0, x1 = _fit_all_by_key(qtbot, window)
    assert window.model.layout.collapsed.all()
    assert float(window.model.layout.start_first.min()) >= x0
    assert 0 <= _right_gap(window, x0, x1) <= 0.05


def test_lanes_too_dense_for_titles_leave_no_room_for_them_either(qtbot, window, tmp_path):
    # Two lanes of 3,000 points each: they fit the height (not collapsed) but are drawn as density, untitled.
    events = [
        {"id": f"e{lane}-{i}", "lane": f"m{lane}", "title": f"A rather long title for event {i}",
         "start": f"{2000 + i // 300}-{1 + i % 12:02d}-{1 + i % 28:02d}"}
        for lane in range(2)
        for i in range(3000)
    ]
    document = {"format": "inroads-timeline", "version": 1, "lanes": [{"id": "m0"}, {"id": "m1"}], "events": events}
    path = tmp_path / "dense.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert window.open_path(path)
    x0, x1 = _fit_all_by_key(qtbot, window)
    assert not window.model.layout.collapsed.any()
    assert 0 <= _right_gap(window, x0, x1) <= 0.05


def test_fit_all_leaves_room_for_a_title_that_ends_its_row_but_not_its_lane(qtbot, window, tmp_path):
    # The lane's last event is a range stacked under the point; the point's title still runs to the right edge.
    from PySide6.QtGui import QStaticText

    from gui.app.timeline.label_layer import label_titles
    from tests.app.timeline.test_label_layer import _render, _small_file

    path = tmp_path / "row-ends.json"
    title = "Huawei phones in AT&T and Verizon stores"
    _small_file(path, [(0, "2015-01-10", None, "Launch", "confirmed"), (0, "2019-12", None, title, "rumored"),
                       (0, "2019-12-15", "2020-01-10", "Trial", "confirmed")])
    assert window.open_path(path)
    window.timeline.zoom(0.1)
    _fit_all_by_key(qtbot, window)
    _render(window)
    layout = window.model.layout
    point = int(np.flatnonzero(layout.start_first == layout.start_first[layout.is_point].max())[0])
    layer = window.timeline.label_layer
    assert point in layer.drawn_items.tolist()
    text = layer._texts[next(key for key in layer._texts if key[0] == point)]
    shown = str(text.text() if isinstance(text, QStaticText) else text)
    assert shown == label_titles(window.model, layout, np.asarray([point]))[0]  # whole, not elided


def _left_gap(window, x0: float, x1: float) -> float:
    """The share of the view's width left of the first event's start."""
    return (float(window.model.layout.start_first.min()) - x0) / (x1 - x0)


def test_fit_all_leaves_only_a_small_pad_on_the_left(qtbot, window, tmp_path):
    """A sixth of the view was empty left of the first event (a margin of 15 % of the span)."""
    window.resize(1440, 900)
    assert window.open_path(_lanes_file(tmp_path, lanes=200, per_lane=6))
    x0, x1 = _fit_all_by_key(qtbot, window)
    assert 0 < _left_gap(window, x0, x1) <= 0.05
    # The first marker is still whole: at least half a marker's width from the edge.
    from gui.app.timeline.geometry import MARKER_PX

    px_per_day = window.timeline.view_box.width() / (x1 - x0)
    assert (float(window.model.layout.start_first.min()) - x0) * px_per_day >= MARKER_PX / 2


def test_a_headline_long_last_title_shows_whole_at_fit_all(qtbot, window, tmp_path):
    """The last title of a row got at most 340 px, so a 55-character headline was cut ("… stores in…") with a
    tenth of the view still free on its right (seen on the sample at 1440×900)."""
    from tests.app.timeline.test_label_layer import _render, _small_file

    title = "Aim: Huawei phones in AT&T and Verizon stores in 2018 and 2019"
    path = tmp_path / "headline.json"
    _small_file(path, [(0, "2015-01-10", None, "Launch", "confirmed"), (0, "2018", None, title, "rumored")])
    window.resize(1440, 900)
    assert window.open_path(path)
    _fit_all_by_key(qtbot, window)
    _render(window)
    layer = window.timeline.label_layer
    shown = {key[0]: value for key, value in layer._texts.items() if value is not None}
    layout = window.model.layout
    last = int(np.flatnonzero(layout.start_first == layout.start_first.max())[0])
    text = shown[last]
    assert str(text.text() if hasattr(text, "text") else text) == title
