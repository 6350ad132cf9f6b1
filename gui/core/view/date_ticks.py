"""Where the date axis puts its ticks and what it writes under them.

The timeline's x coordinate is days since 1970-01-01 (see :mod:`gui.core.document.dates`).
:func:`date_ticks` picks the finest calendar step whose labels fit, aligns the
ticks to calendar boundaries (1 January, the 1st of a month, Mondays, multiples
of the year step) and adds unlabelled minor ticks one calendar level finer.

It is Qt-free: the caller measures text through the ``label_width`` callback,
which the Qt side backs with ``QFontMetricsF.horizontalAdvance``. Only ticks
near the visible range are ever generated, and a step whose labels cannot fit
is abandoned at its first collision, so a call stays well under a millisecond
however wide the view is.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from gui.core.document.dates import MONTH_ABBREVIATIONS, civil_from_days, days_from_civil, days_in_month

__all__ = [
    "GAP_PX",
    "MINOR_MIN_PX",
    "MINOR_STEPS",
    "FIRST_DAY",
    "LAST_DAY",
    "STEPS",
    "Step",
    "TickPlan",
    "date_ticks",
    "format_labels",
    "step_named",
]

#: Clear space, in pixels, kept between neighbouring labels.
GAP_PX = 12.0
#: A label is sure to be shown when it ends at least this far inside either end of the axis.
EDGE_PX = 2.0
#: Minor ticks are drawn only when at least this many pixels apart.
MINOR_MIN_PX = 6.0
#: The supported calendar, 0000-01-01 to 9999-12-31; ticks never fall outside it.
FIRST_DAY = days_from_civil(0, 1, 1)
LAST_DAY = days_from_civil(9999, 12, 31)
#: No step is tried whose tick count over the view would exceed this (absurd pixel widths).
MAX_TICKS = 10_000


@dataclass(frozen=True)
class Step:
    """One calendar step: ``count`` days, Monday weeks, months or years.

    ``min_days``/``max_days`` bound the distance between neighbouring ticks
    (months and years are unequal); ``days`` is the mean distance.
    """

    name: str
    unit: str  # "day", "week", "month" or "year"
    count: int
    min_days: int
    max_days: int
    days: float


_YEAR = 365.2425
STEPS: tuple[Step, ...] = (
    Step("1 day", "day", 1, 1, 1, 1.0),
    # Two-day ticks restart on the 1st of each month (1, 3, 5, ...) and skip a
    # month's last odd day when it would sit one day before the next 1st.
    Step("2 days", "day", 2, 2, 3, 2.0),
    Step("1 week", "week", 1, 7, 7, 7.0),
    Step("1 month", "month", 1, 28, 31, _YEAR / 12),
    Step("3 months", "month", 3, 90, 92, _YEAR / 4),
    Step("6 months", "month", 6, 181, 184, _YEAR / 2),
    *(
        Step(f"{n} year" + ("s" if n > 1 else ""), "year", n, 365 * n, 366 * n, _YEAR * n)
        for n in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000)
    ),
)
_BY_NAME = {step.name: step for step in STEPS}


@dataclass
class TickPlan:
    """Ticks for one view: labelled ``major`` ticks, unlabelled ``minor`` ticks, and the step used.

    Positions are day numbers (days since 1970-01-01), ascending, all inside the
    requested range; no minor tick repeats a major one. ``step_name`` is one of
    the :data:`STEPS` names, or ``""`` when nothing could be drawn.
    """

    major: list[tuple[float, str]] = field(default_factory=list)
    minor: list[float] = field(default_factory=list)
    step_name: str = ""


def step_named(name: str) -> Step:
    """The step called ``name`` (KeyError if there is none)."""
    return _BY_NAME[name]


def _default_width(text: str) -> float:
    return 7 * len(text)


def date_ticks(
    first_day: float,
    last_day: float,
    pixels: float,
    label_width: Callable[[str], float] = _default_width,
) -> TickPlan:
    """Ticks and labels for the days ``[first_day, last_day]`` drawn over ``pixels`` pixels.

    The step is the finest in :data:`STEPS` whose centred labels keep at least
    :data:`GAP_PX` of clear space between every pair of neighbours
    (``(w_left + w_right) / 2 + GAP_PX <= distance``), checked on the actual
    ticks, including the nearest one beyond each end of the view, so that months
    of unequal length are judged by the shortest gap present. Labels:

    * year steps: ``"2018"``
    * month, quarter and half-year steps: ``"Mar 2018"``
    * day, two-day and week steps: ``"14 Mar"``, with the year (``"14 Mar 2018"``)
      on the first tick of each new year and on the first tick whose label lies
      wholly within the ``pixels`` (a renderer may hide labels cut by the ends
      of the axis, as pyqtgraph does).

    Minor ticks subdivide the chosen step one calendar level finer (days under
    weeks and months, months under years, years under decades, ...; see
    :data:`MINOR_STEPS`) when they are at least :data:`MINOR_MIN_PX` apart. A range outside 0000-9999 is clamped; a NaN,
    infinite, empty or pixel-less request gives an empty plan, as does one too
    narrow for even the coarsest step's labels.
    """
    try:
        first_day, last_day, pixels = float(first_day), float(last_day), float(pixels)
    except (TypeError, ValueError, OverflowError):
        return TickPlan()
    if not (math.isfinite(first_day) and math.isfinite(last_day) and math.isfinite(pixels)):
        return TickPlan()
    if last_day < first_day:
        first_day, last_day = last_day, first_day
    span = last_day - first_day
    if span <= 0 or pixels <= 0:
        return TickPlan()
    px_per_day = pixels / span
    if not math.isfinite(px_per_day) or px_per_day <= 0:
        return TickPlan()
    lo = max(first_day, float(FIRST_DAY))
    hi = min(last_day, float(LAST_DAY))
    if lo > hi:
        return TickPlan()

    for step in STEPS:
        if step.max_days * px_per_day < GAP_PX:
            continue  # even empty labels would be closer than the gap
        if (hi - lo) / step.min_days > MAX_TICKS:
            continue
        major = _fitting_labels(step, lo, hi, first_day, pixels, px_per_day, label_width)
        if major is None:
            continue
        return TickPlan(major, _minor_ticks(step, lo, hi, px_per_day, major), step.name)
    return TickPlan()


def format_labels(days: list[float], step_name: str) -> list[str]:
    """Labels for ticks of the step ``step_name`` at ``days``, in the style :func:`date_ticks` uses.

    Day and week labels carry the year on the first tick and wherever the year
    changes (without a pixel span there is no "first tick wholly on the axis").
    """
    step = step_named(step_name)
    labels = []
    previous_year = None
    for i, day in enumerate(days):
        if not math.isfinite(day):
            labels.append("")
            continue
        year, month, dom = civil_from_days(math.floor(day))
        labels.append(_label(step, year, month, dom, i == 0 or year != previous_year))
        previous_year = year
    return labels


def _label(step: Step, year: int, month: int, day: int, with_year: bool) -> str:
    if step.unit == "year":
        return f"{year:04d}"
    if step.unit == "month":
        return f"{MONTH_ABBREVIATIONS[month - 1]} {year:04d}"
    text = f"{day} {MONTH_ABBREVIATIONS[month - 1]}"
    return f"{text} {year:04d}" if with_year else text


def _fitting_labels(
    step: Step,
    lo: float,
    hi: float,
    origin: float,
    pixels: float,
    px_per_day: float,
    label_width: Callable[[str], float],
) -> list[tuple[float, str]] | None:
    """The labelled ticks of ``step`` in [lo, hi], or None at the first pair of labels that collide.

    The walk starts one tick before ``lo`` and ends one tick after ``hi``, so a
    label is also judged against its neighbour just outside the view. ``origin``
    is the day at pixel 0 of the ``pixels``-wide axis.

    Day and week labels carry the year on the first tick of each new year and on
    the first tick whose label lies wholly on the axis. A renderer may hide
    labels cut by the ends of the axis (pyqtgraph does), so the year goes on the
    first label sure to be shown; a label before it that might be shown carries
    the year too, and one that sticks out is left short.
    """
    inside: list[tuple[float, str]] = []
    previous_day = previous_width = previous_year = None
    year_placed = step.unit in ("year", "month")  # those labels always carry the year

    def measure(text: str) -> float:
        return max(0.0, float(label_width(text)))

    for day in _iter_ticks(step, lo - step.max_days, hi + step.max_days):
        year, month, dom = civil_from_days(day)
        is_inside = lo <= day <= hi
        new_year = previous_year is not None and year != previous_year
        text = _label(step, year, month, dom, new_year)
        width = measure(text)
        if is_inside and not year_placed:
            centre = (day - origin) * px_per_day
            longer = text if new_year else _label(step, year, month, dom, True)
            longer_width = width if new_year else measure(longer)
            if _within(centre, longer_width, EDGE_PX, pixels - EDGE_PX):
                text, width, year_placed = longer, longer_width, True
            elif _within(centre, width, -EDGE_PX, pixels + EDGE_PX):
                text, width = longer, longer_width  # it might be shown: it must name the year
        if previous_day is not None and (previous_width + width) / 2 + GAP_PX > (day - previous_day) * px_per_day:
            return None
        if is_inside:
            inside.append((float(day), text))
        previous_day, previous_width, previous_year = day, width, year
    return inside


def _within(centre: float, width: float, left: float, right: float) -> bool:
    """True when a label ``width`` wide centred at ``centre`` lies within [left, right] (pixels)."""
    return centre - width / 2 >= left and centre + width / 2 <= right


#: For each major step, the finer steps its minor ticks may use, finest first; the
#: finest whose ticks are at least MINOR_MIN_PX apart wins. Each one nests in its
#: major step (every major tick is also one of its ticks), so minors subdivide
#: the intervals between labels evenly, like a ruler.
MINOR_STEPS: dict[str, tuple[str, ...]] = {
    "1 day": (),
    "2 days": ("1 day",),
    "1 week": ("1 day",),
    "1 month": ("1 day",),
    "3 months": ("1 month",),
    "6 months": ("1 month",),
    "1 year": ("1 month", "3 months"),
    "2 years": ("1 year",),
    "5 years": ("1 year",),
    "10 years": ("1 year", "5 years"),
    "20 years": ("2 years", "10 years"),
    "25 years": ("5 years",),
    "50 years": ("10 years", "25 years"),
    "100 years": ("10 years", "50 years"),
    "200 years": ("20 years", "100 years"),
    "500 years": ("100 years",),
    "1000 years": ("100 years", "500 years"),
}


def _minor_ticks(
    major_step: Step, lo: float, hi: float, px_per_day: float, major: list[tuple[float, str]]
) -> list[float]:
    for name in MINOR_STEPS[major_step.name]:
        step = _BY_NAME[name]
        if step.min_days * px_per_day < MINOR_MIN_PX or (hi - lo) / step.min_days > MAX_TICKS:
            continue
        taken = {day for day, _ in major}
        return [float(day) for day in _iter_ticks(step, lo, hi) if day not in taken]
    return []


def _iter_ticks(step: Step, lo: float, hi: float) -> Iterator[int]:
    """Day numbers of the ticks of ``step`` in [lo, hi], ascending."""
    start = math.ceil(lo)
    end = math.floor(hi)
    if start > end:
        return
    if step.unit == "day" and step.count == 1:
        yield from range(start, end + 1)
    elif step.unit == "day":
        year, month, dom = civil_from_days(start)
        month_start = start - (dom - 1)
        while month_start <= end:
            length = days_in_month(year, month)
            for day in range(month_start, month_start + length - 1, step.count):
                if day > end:
                    return
                if day >= start:
                    yield day
            month_start += length
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    elif step.unit == "week":
        yield from range(start + (4 - start) % 7, end + 1, 7)  # day 4 (1970-01-05) was a Monday
    elif step.unit == "month":
        year, month, dom = civil_from_days(start)
        index = year * 12 + month - 1 + (dom != 1)
        index += -index % step.count
        while True:
            day = days_from_civil(index // 12, index % 12 + 1, 1)
            if day > end:
                return
            yield day
            index += step.count
    else:
        year, month, dom = civil_from_days(start)
        year += (month, dom) != (1, 1)
        year += -year % step.count
        while True:
            day = days_from_civil(year, 1, 1)
            if day > end:
                return
            yield day
            year += step.count
