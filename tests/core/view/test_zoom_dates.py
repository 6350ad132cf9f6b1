"""The date a click means at a zoom: year, month or day, the period containing the click."""

from __future__ import annotations

from gui.core.document.dates import Precision, days_from_civil
from gui.core.view.zoom_dates import date_at_zoom, precision_at_zoom


def test_decades_give_a_year_months_a_month_days_a_day():
    assert precision_at_zoom(1440 / (190 * 365.2425)) == Precision.YEAR  # 1930-2120 across a screen
    assert precision_at_zoom(1000 / (2 * 365.2425)) == Precision.MONTH  # two years
    assert precision_at_zoom(1000 / 60) == Precision.DAY  # two months


def test_the_period_containing_the_click():
    late_in_the_day = days_from_civil(2018, 12, 31) + 0.9
    assert date_at_zoom(late_in_the_day, 0.01) == "2018"
    assert date_at_zoom(late_in_the_day, 1.0) == "2018-12"
    assert date_at_zoom(late_in_the_day, 20.0) == "2018-12-31"


def test_before_1970_rounds_down_not_towards_zero():
    # x = -0.5 is 31 December 1969 (day -1), not 1 January 1970.
    assert date_at_zoom(-0.5, 20.0) == "1969-12-31"
    assert date_at_zoom(-0.5, 0.01) == "1969"
