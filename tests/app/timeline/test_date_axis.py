"""Tests for gui.app.timeline.date_axis: the date axis in a live, shown PlotWidget."""

from __future__ import annotations

import re

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter

from gui.app.timeline.date_axis import DateAxis
from gui.core.view.date_ticks import GAP_PX, step_named
from gui.core.document.dates import days_from_civil

YEAR_RE = r"^\d{4}$"
MONTH_RE = r"^[A-Z][a-z]{2} \d{4}$"
DAY_RE = r"^\d{1,2} [A-Z][a-z]{2}"


def day(year: int, month: int = 1, dom: int = 1) -> int:
    return days_from_civil(year, month, dom)


@pytest.fixture
def plot(qtbot):
    axis = DateAxis()
    widget = pg.PlotWidget(axisItems={"bottom": axis})
    qtbot.addWidget(widget)
    widget.resize(1200, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, axis


def show_range(qtbot, widget: pg.PlotWidget, first: float, last: float) -> None:
    widget.setXRange(first, last, padding=0)
    qtbot.wait(10)  # let the layout and the axis catch up with the new range


def live_ticks(axis: DateAxis) -> tuple[list, list[str]]:
    """What the axis produces for the range and length it is showing now."""
    low, high = axis.range
    levels = axis.tickValues(low, high, axis.geometry().width())
    spacing, values = levels[0]
    return levels, axis.tickStrings(values, 1.0, spacing)


def drawn_labels(axis: DateAxis) -> list[tuple]:
    """The labels pyqtgraph would paint now: (rect, flags, text) for each."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    assert specs is not None
    return specs[2]


@pytest.mark.parametrize(
    ("first", "last", "pattern", "unit"),
    [
        (day(1990), day(2020), YEAR_RE, "year"),
        (day(2017, 3, 1), day(2019, 3, 1), MONTH_RE, "month"),
        (day(2018, 3, 5), day(2018, 3, 19), DAY_RE, "day"),
    ],
    ids=["30 years", "2 years", "2 weeks"],
)
def test_labels_at_each_zoom(qtbot, plot, first, last, pattern, unit):
    widget, axis = plot
    show_range(qtbot, widget, first, last)
    low, high = axis.range
    assert low == pytest.approx(first, abs=1) and high == pytest.approx(last, abs=1)

    levels, strings = live_ticks(axis)
    assert step_named(axis.plan.step_name).unit == unit
    assert len(strings) >= 4
    assert all(re.match(pattern, text) for text in strings), strings
    assert all(low <= value <= high for _, values in levels for value in values)

    # What pyqtgraph paints are our labels, most of them shown, none overlapping.
    drawn = drawn_labels(axis)
    texts = [text for _, _, text in drawn]
    assert set(texts) <= set(strings)
    assert len(texts) >= len(strings) - 2  # only a label sticking out of either end may be hidden
    if unit == "day":
        assert re.search(r" \d{4}$", texts[0]), texts  # the first label shown names the year
    rects = sorted((rect for rect, _, _ in drawn), key=lambda rect: rect.left())
    for left, right in zip(rects, rects[1:]):
        assert left.right() <= right.left()

    image = widget.grab().toImage()
    assert not image.isNull() and image.width() >= 1000
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 1  # not blank
    # The axis strip itself has ink in it (ticks and labels).
    bottom = axis.mapRectToScene(axis.boundingRect()).toRect()
    strip = image.copy(bottom.intersected(image.rect()))
    ink = {strip.pixel(x, y) for x in range(0, strip.width(), 2) for y in range(0, strip.height(), 2)}
    assert len(ink) > 1


def test_label_width_uses_the_tick_font(qtbot, plot):
    widget, axis = plot
    metrics = QFontMetricsF(axis.font())
    assert axis.label_width("14 Mar 2018") == pytest.approx(metrics.horizontalAdvance("14 Mar 2018"))


def test_labels_keep_their_gap_in_real_text_widths(qtbot, plot):
    widget, axis = plot
    for first, last in [(day(1990), day(2020)), (day(2017), day(2019)), (day(2017, 12, 20), day(2018, 1, 20))]:
        show_range(qtbot, widget, first, last)
        low, high = axis.range
        size = axis.geometry().width()
        axis.tickValues(low, high, size)
        px_per_day = size / (high - low)
        for (a, text_a), (b, text_b) in zip(axis.plan.major, axis.plan.major[1:]):
            needed = (axis.label_width(text_a) + axis.label_width(text_b)) / 2 + GAP_PX
            assert (b - a) * px_per_day >= needed - 1e-6


def test_a_bigger_tick_font_never_gives_a_finer_step(qtbot, plot):
    widget, axis = plot
    show_range(qtbot, widget, day(2017), day(2019))
    _, normal = live_ticks(axis)
    normal_days = step_named(axis.plan.step_name).days
    font = QFont(axis.font())
    font.setPointSizeF(font.pointSizeF() * 3)
    axis.setTickFont(font)
    _, big = live_ticks(axis)
    assert step_named(axis.plan.step_name).days > normal_days
    assert len(big) < len(normal)


def test_minor_ticks_form_a_second_level(qtbot, plot):
    widget, axis = plot
    show_range(qtbot, widget, day(2010), day(2020))
    levels, strings = live_ticks(axis)
    assert axis.plan.step_name == "1 year"
    assert len(levels) == 2
    majors, minors = levels[0][1], levels[1][1]
    assert minors and not set(majors) & set(minors)
    assert strings == [f"{year}" for year in range(2010, 2021)]


def test_tick_strings_for_values_of_its_own(qtbot, plot):
    widget, axis = plot
    show_range(qtbot, widget, day(2017), day(2019))
    levels, _ = live_ticks(axis)
    spacing = levels[0][0]
    assert axis.tickStrings([float(day(2030, 4))], 1.0, spacing) == ["Apr 2030"]
    assert axis.tickStrings([float(day(2030, 4))], 1.0, spacing / 3) == [""]


def test_empty_and_degenerate_ranges_draw_nothing(qtbot, plot):
    widget, axis = plot
    assert axis.tickValues(day(2018), day(2018), 1000) == []
    assert axis.tickValues(float("nan"), day(2018), 1000) == []
    assert axis.tickValues(day(2018), day(2019), 0) == []


def test_the_whole_calendar(qtbot, plot):
    widget, axis = plot
    show_range(qtbot, widget, day(0), day(9999, 12, 31))
    _, strings = live_ticks(axis)
    assert strings and all(re.match(YEAR_RE, text) for text in strings)
    assert widget.grab().toImage().width() >= 1000


def test_vertical_orientation_is_refused():
    with pytest.raises(ValueError, match="horizontal"):
        DateAxis("left")
