"""Day arithmetic for relative date phrases: units counted from a reference date, the spans they cover, and
the most precise EDTF date that holds a span without claiming more than the reference knows."""

from __future__ import annotations

from enum import IntEnum

from gui.core.document.dates import PartialDate, Precision, civil_from_days, date_at_day, days_from_civil, days_in_month

__all__ = ["COUNTS", "Unit", "at_most", "count", "covering", "duration_start", "relative_unit", "shift", "unit_span"]

COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "a few": 3, "few": 3, "several": 3, "some": 3, "many": 5,
}  # fmt: skip


class Unit(IntEnum):
    DAY = 0
    WEEK = 1
    MONTH = 2
    YEAR = 3


UNIT_PRECISION = {
    Unit.DAY: Precision.DAY,
    Unit.WEEK: Precision.DAY,
    Unit.MONTH: Precision.MONTH,
    Unit.YEAR: Precision.YEAR,
}
UNIT_NAMES = {"day": Unit.DAY, "week": Unit.WEEK, "month": Unit.MONTH, "year": Unit.YEAR}


# --- Day arithmetic on [lo, hi) day intervals ---------------------------------------------------


def shift(day: int, unit: Unit, n: int) -> int:
    """``day`` moved by n units; a day of month that does not exist is clamped (31 Mar - 1 month = 28 Feb)."""
    if unit == Unit.DAY:
        return day + n
    if unit == Unit.WEEK:
        return day + 7 * n
    year, month, dom = civil_from_days(day)
    if unit == Unit.YEAR:
        year += n
    else:
        total = year * 12 + month - 1 + n
        year, month = total // 12, total % 12 + 1
    year = min(max(year, 0), 9999)
    return days_from_civil(year, month, min(dom, days_in_month(year, month)))


def unit_span(day: int, unit: Unit) -> tuple[int, int]:
    """The [first, after-last) days of the year, month, week (Monday first) or day containing ``day``."""
    if unit == Unit.DAY:
        return day, day + 1
    if unit == Unit.WEEK:
        monday = day - (day + 3) % 7  # 1970-01-01 was a Thursday
        return monday, monday + 7
    year, month, _ = civil_from_days(day)
    if unit == Unit.YEAR:
        return days_from_civil(year, 1, 1), days_from_civil(year + 1, 1, 1)
    first = days_from_civil(year, month, 1)
    return first, first + days_in_month(year, month)


def covering(lo: int, hi: int, finest: Precision, reference: PartialDate, approximate: bool = False) -> PartialDate:
    """The most precise date (no finer than ``finest``) that holds the days [lo, hi).

    When no single month or year holds them all, the one in the middle is given, marked approximate.
    """
    approximate = approximate or reference.approximate
    uncertain = reference.uncertain
    y1, m1, d1 = civil_from_days(lo)
    y2, m2, _ = civil_from_days(hi - 1)
    if finest >= Precision.DAY and hi - lo == 1:
        return PartialDate(y1, m1, d1, approximate, uncertain)
    if finest >= Precision.MONTH and (y1, m1) == (y2, m2):
        return PartialDate(y1, m1, 0, approximate, uncertain)
    middle = (lo + hi - 1) // 2
    if finest >= Precision.MONTH and hi - lo <= 45:
        return date_at_day(middle, Precision.MONTH, True, uncertain)
    if y1 == y2:
        return PartialDate(y1, 0, 0, approximate, uncertain)
    return date_at_day(middle, Precision.YEAR, True, uncertain)


def relative_unit(reference: PartialDate, unit: Unit, n: int) -> PartialDate:
    """The year/month/week/day n units from the reference, as precise as the reference allows."""
    lo = unit_span(shift(reference.first_day(), unit, n), unit)[0]
    hi = unit_span(shift(reference.end_day() - 1, unit, n), unit)[1]
    if unit == Unit.WEEK and hi - lo == 7 and UNIT_PRECISION[unit] >= Precision.MONTH:
        # "last week" across two months (on Monday, March 2): the month most of its days fall in, as the dev labels give
        # it (8 of 8), not marked approximate
        return date_at_day((lo + hi - 1) // 2, Precision.MONTH, reference.approximate, reference.uncertain)
    return covering(lo, hi, UNIT_PRECISION[unit], reference)


def at_most(date: PartialDate, precision: Precision) -> PartialDate:
    if precision == Precision.YEAR:
        return date._replace(month=0, day=0)
    if precision == Precision.MONTH:
        return date._replace(day=0)
    return date


def count(word: str) -> int:
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else COUNTS.get(word, 1)


def duration_start(reference: PartialDate, unit: Unit, n: int) -> PartialDate:
    """n units before the reference, approximate: where a duration up to the reference began."""
    # Weeks give no exact start day: "in recent weeks" is about a month, not 2018-05-11.
    precision = min(Precision.MONTH if unit == Unit.WEEK else UNIT_PRECISION[unit], reference.precision)
    return date_at_day(shift(reference.first_day(), unit, -n), precision, True, reference.uncertain)
