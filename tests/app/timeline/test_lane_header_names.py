"""The lane header at 200 lanes (#17 follow-up): some names drawn, none overlapping, a tooltip naming the lane."""

from __future__ import annotations

import itertools

import numpy as np
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QToolTip, QWidget

from tests.app.timeline.test_every_lane_at_once import _lane_px, _lanes_file


def _render(window) -> None:
    plot = window.timeline.plot
    image = QImage(plot.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    QWidget.render(plot, image)


def _open_200_lanes(qtbot, window, tmp_path):
    window.resize(1440, 900)
    qtbot.waitUntil(lambda: window.height() == 900 or window.isMaximized(), timeout=2000)
    assert window.open_path(_lanes_file(tmp_path, lanes=200, per_lane=6))
    window.timeline.fit_all()
    _render(window)
    layout = window.model.layout
    assert layout.collapsed.all()
    top, bottom = _lane_px(window.timeline, 0)
    assert bottom - top < 8  # rows far thinner than a line of text


def test_at_200_lanes_some_names_are_drawn_and_none_overlap(qtbot, window, tmp_path):
    _open_200_lanes(qtbot, window, tmp_path)
    axis = window.timeline.lane_axis
    named = axis.named_lanes.tolist()
    assert len(named) >= 20
    assert len(axis.name_rects) == len(named)
    # Evenly spread over the header: from the first few lanes to the last few on screen (the overview strip has the rest).
    layout = window.model.layout
    y0, y1 = window.timeline.view_box.viewRange()[1]
    on_screen = np.flatnonzero((layout.lane_top < y1) & (layout.lane_top + layout.lane_rows > y0))
    assert len(on_screen) > 150
    assert named[0] < 8 and named[-1] > on_screen[-1] - 8
    assert len(set(np.diff(named).tolist())) == 1
    rects = sorted(axis.name_rects, key=lambda r: r.top())
    for above, below in itertools.pairwise(rects):
        assert not above.intersects(below) and above.bottom() <= below.top() + 1e-6
    # Each name is drawn on its own lane's row.
    for lane, rect in zip(named, axis.name_rects):
        top, bottom = (axis.mapFromScene(window.timeline.plot.mapToScene(QPoint(0, round(y)))).y() for y in _lane_px(window.timeline, lane))
        assert abs(rect.center().y() - (top + bottom) / 2) < 1.0


def test_an_expanded_lane_keeps_its_name_among_the_thin_ones(qtbot, window, tmp_path):
    _open_200_lanes(qtbot, window, tmp_path)
    timeline = window.timeline
    timeline.view.toggle_lane("m101")
    _render(window)
    assert not window.model.layout.collapsed[101]
    assert 101 in timeline.lane_axis.named_lanes.tolist()
    rects = sorted(timeline.lane_axis.name_rects, key=lambda r: r.top())
    assert all(a.bottom() <= b.top() + 1e-6 for a, b in itertools.pairwise(rects))


def test_hovering_the_lane_header_names_the_lane_under_the_pointer(qtbot, window, tmp_path):
    _open_200_lanes(qtbot, window, tmp_path)
    timeline = window.timeline
    axis = timeline.lane_axis
    viewport = timeline.plot.viewport()
    x = timeline.plot.mapFromScene(axis.mapToScene(QPointF(30, 0))).x()
    for lane in (3, 118, 57):  # lanes whose names may well be skipped at this height
        top, bottom = _lane_px(timeline, lane)
        qtbot.mouseMove(viewport, QPoint(x, round((top + bottom) / 2)))
        qtbot.waitUntil(lambda lane=lane: axis.toolTip().startswith(f"Maker {lane} ·"), timeout=2000)
        assert axis.toolTip() == f"Maker {lane} · 6 events"
    # Qt shows it as the tooltip of what is under the pointer.
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QHelpEvent

    top, bottom = _lane_px(timeline, 57)
    local = QPoint(x, round((top + bottom) / 2))
    QCoreApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, local, viewport.mapToGlobal(local)))
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert QToolTip.text() == "Maker 57 · 6 events"
    np.testing.assert_array_equal(window.model.layout.collapsed, np.ones(200, bool))


def test_a_one_line_lane_name_never_cuts_its_count(qtbot):
    """At 50 lanes the header read "Quakiom · 200…" for 2,003 events: a cut number reads as a smaller one."""
    from PySide6.QtGui import QFont, QFontMetrics

    from gui.app.timeline.lane_axis import one_line_label

    metrics = QFontMetrics(QFont())
    name = "Quakiom Mobile"
    whole = f"{name} · 2,003 events"
    assert one_line_label(metrics, name, "2,003 events", metrics.horizontalAdvance(whole)) == whole
    for width in range(10, metrics.horizontalAdvance(whole)):
        shown = one_line_label(metrics, name, "2,003 events", width)
        assert metrics.horizontalAdvance(shown) <= width, (width, shown)
        assert shown.endswith((" · 2,003 events", " · 2,003")) or "·" not in shown, (width, shown)
    # Counts have thousands separators, so a shortened one doesn't read as a year ("Quakiom · 2004").
    from gui.core.view.lane_counts import count_words

    assert count_words(2004, 2004) == "2,004 events" and count_words(2004, 1500) == "1,500 of 2,004 shown"
    # A filtered count is kept whole or left out, never shortened to its first number.
    narrow = metrics.horizontalAdvance(f"Qua… · 2 of 8 shown") - 1
    assert " · 2" not in one_line_label(metrics, name, "2 of 8 shown", narrow)
