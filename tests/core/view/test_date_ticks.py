"""Tests for gui.core.view.date_ticks: where the date axis puts ticks and what it writes.

Sections:
  1. label formats at decade, year, month and day zoom
  2. ticks on calendar boundaries, minor ticks
  3. properties over random views (hypothesis): alignment, no overlap, monotone
  4. edge cases: empty, reversed, NaN, outside 0000-9999, huge ranges
  5. speed
"""

from __future__ import annotations

import math
import re
import timeit

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from gui.core.view.date_ticks import (
    FIRST_DAY,
    GAP_PX,
    LAST_DAY,
    MINOR_MIN_PX,
    MINOR_STEPS,
    STEPS,
    TickPlan,
    date_ticks,
    format_labels,
    step_named,
)
from gui.core.document.dates import MONTH_ABBREVIATIONS, civil_from_days, days_from_civil, days_in_month

YEAR_RE = re.compile(r"^\d{4}$")
MONTH_RE = re.compile(r"^[A-Z][a-z]{2} \d{4}$")
DAY_RE = re.compile(r"^\d{1,2} [A-Z][a-z]{2}( \d{4})?$")
STEP_NAMES = [step.name for step in STEPS]
PIXELS = 1150  # a 1200 px window less the left axis


def day(year: int, month: int = 1, dom: int = 1) -> int:
    return days_from_civil(year, month, dom)


def seven(text: str) -> float:
    return 7 * len(text)


def labels(plan: TickPlan) -> list[str]:
    return [text for _, text in plan.major]


def positions(plan: TickPlan) -> list[float]:
    return [position for position, _ in plan.major]


def on_boundary(position: float, step_name: str) -> bool:
    """True when ``position`` is a tick of the step called ``step_name``."""
    if position != math.floor(position):
        return False
    step = step_named(step_name)
    year, month, dom = civil_from_days(int(position))
    if step.unit == "year":
        return (month, dom) == (1, 1) and year % step.count == 0
    if step.unit == "month":
        return dom == 1 and (month - 1) % step.count == 0
    if step.unit == "week":
        return (int(position) - 4) % 7 == 0  # 1970-01-05 was a Monday
    if step.count == 2:
        return dom % 2 == 1 and dom < days_in_month(year, month)
    return True


def label_pattern(step_name: str) -> re.Pattern:
    unit = step_named(step_name).unit
    return {"year": YEAR_RE, "month": MONTH_RE}.get(unit, DAY_RE)


def assert_no_overlap(plan: TickPlan, first: float, last: float, pixels: float, width=seven) -> None:
    px_per_day = pixels / (last - first)
    for (a, text_a), (b, text_b) in zip(plan.major, plan.major[1:]):
        needed = (width(text_a) + width(text_b)) / 2 + GAP_PX
        assert (b - a) * px_per_day >= needed - 1e-6, (text_a, text_b, (b - a) * px_per_day, needed)


def assert_year_is_shown(plan: TickPlan, first: float, pixels: float, px_per_day: float, width=seven) -> None:
    """Of the labels wholly on the axis, each one without a year follows one with its year."""
    shown_year = None
    for position, text in plan.major:
        centre = (position - first) * px_per_day
        if centre - width(text) / 2 < 0 or centre + width(text) / 2 > pixels:
            continue  # a renderer may hide it
        year = civil_from_days(int(position))[0]
        if text.count(" ") == 2:
            assert text.endswith(f" {year:04d}")
            shown_year = year
        else:
            assert shown_year == year, (text, labels(plan))


# --------------------------------------------------------------------------
# 1. Label formats
# --------------------------------------------------------------------------


def test_decade_zoom_labels_years():
    plan = date_ticks(day(1995), day(2025), PIXELS)
    assert step_named(plan.step_name).unit == "year"
    assert len(plan.major) >= 5
    assert all(YEAR_RE.match(text) for text in labels(plan))
    assert "2000" in labels(plan) and "2010" in labels(plan)


def test_year_ticks_never_say_1_january():
    for first, last in [(day(1995), day(2025)), (day(1900), day(2100)), (day(1), day(9999))]:
        plan = date_ticks(first, last, PIXELS)
        assert not any("Jan" in text for text in labels(plan)), labels(plan)


def test_year_zoom_labels_months():
    plan = date_ticks(day(2018), day(2019), PIXELS)
    assert plan.step_name == "1 month"
    assert labels(plan) == [f"{abbreviation} 2018" for abbreviation in MONTH_ABBREVIATIONS] + ["Jan 2019"]


def test_two_year_zoom_labels_quarters_with_years():
    plan = date_ticks(day(2017), day(2019), PIXELS)
    assert plan.step_name == "3 months"
    assert labels(plan) == [f"{m} {y}" for y in (2017, 2018) for m in ("Jan", "Apr", "Jul", "Oct")] + ["Jan 2019"]


def test_month_zoom_labels_mondays():
    plan = date_ticks(day(2018, 1, 1), day(2018, 3, 1), PIXELS)
    assert plan.step_name == "1 week"
    # 1 January (a new year) sits on the axis's end, half cut off: 8 January repeats the year.
    assert labels(plan)[:3] == ["1 Jan 2018", "8 Jan 2018", "15 Jan"]
    assert all(DAY_RE.match(text) for text in labels(plan))


def test_day_zoom_labels_days_with_year_on_first_tick():
    plan = date_ticks(day(2018, 3, 4) + 0.5, day(2018, 3, 19), PIXELS)
    assert plan.step_name == "1 day"
    assert labels(plan)[0] == "5 Mar 2018"
    assert labels(plan)[1:] == [f"{d} Mar" for d in range(6, 20)]


def test_year_also_on_the_first_label_wholly_on_the_axis():
    """A label centred on the axis's left end is cut in half (pyqtgraph hides it): the next one carries the year."""
    plan = date_ticks(day(2018, 3, 5), day(2018, 3, 19), PIXELS)
    assert plan.step_name == "1 day"
    assert labels(plan)[:3] == ["5 Mar", "6 Mar 2018", "7 Mar"]
    plan = date_ticks(day(2018, 3, 5) - 0.5, day(2018, 3, 19), PIXELS)
    assert labels(plan)[:3] == ["5 Mar 2018", "6 Mar", "7 Mar"]


def test_a_label_that_might_be_shown_never_lacks_the_year():
    """Near the right end: a short label would fit, its long form would not, so the long form is used."""
    plan = date_ticks(1.5, 1.5 + 10**0.5, 129.0, label_width=lambda text: sum(4.0 if c in " 1" else 8.5 for c in text))
    assert all(text.endswith(" 1970") for text in labels(plan)), labels(plan)


def test_day_labels_repeat_the_year_when_it_changes():
    plan = date_ticks(day(2017, 12, 25) - 0.5, day(2018, 1, 6), PIXELS)
    assert plan.step_name == "1 day"
    texts = labels(plan)
    assert texts[0] == "25 Dec 2017"
    assert texts[7] == "1 Jan 2018"
    with_year = [text for text in texts if text.count(" ") == 2]
    assert with_year == ["25 Dec 2017", "1 Jan 2018"]


def test_week_labels_carry_the_new_year_on_its_first_monday():
    plan = date_ticks(day(2018, 11, 1), day(2019, 2, 1), PIXELS)
    assert plan.step_name == "1 week"
    texts = labels(plan)
    assert texts[0] == "5 Nov 2018"
    assert "7 Jan 2019" in texts
    assert sum(text.count(" ") == 2 for text in texts) == 2


def test_early_years_are_written_with_four_digits():
    plan = date_ticks(day(0), day(60), PIXELS)
    assert labels(plan)[0] == "0000"
    assert all(YEAR_RE.match(text) for text in labels(plan))
    plan = date_ticks(day(5, 3, 1) - 0.5, day(5, 3, 10), PIXELS)
    assert labels(plan)[0] == "1 Mar 0005"


def test_format_labels_matches_plan():
    for first, last in [(day(1995), day(2025)), (day(2017), day(2019)), (day(2017, 12, 20) - 0.5, day(2018, 1, 10))]:
        plan = date_ticks(first, last, PIXELS)
        assert format_labels(positions(plan), plan.step_name) == labels(plan)


def test_wider_labels_choose_a_coarser_step():
    narrow = date_ticks(day(2018), day(2019), PIXELS, label_width=lambda text: 5 * len(text))
    wide = date_ticks(day(2018), day(2019), PIXELS, label_width=lambda text: 20 * len(text))
    assert STEP_NAMES.index(wide.step_name) > STEP_NAMES.index(narrow.step_name)


def test_label_width_callback_receives_the_labels():
    seen = []

    def width(text):
        seen.append(text)
        return 7 * len(text)

    plan = date_ticks(day(2018, 3, 5), day(2018, 3, 19), PIXELS, label_width=width)
    assert set(labels(plan)) <= set(seen)


# --------------------------------------------------------------------------
# 2. Calendar boundaries and minor ticks
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "last", "step_name"),
    [
        (day(1995), day(2025), "2 years"),
        (day(2017), day(2019), "3 months"),
        (day(2018), day(2019), "1 month"),
        (day(2018, 1, 3), day(2018, 3, 1), "1 week"),
        (day(2018, 3, 5), day(2018, 3, 19), "1 day"),
    ],
)
def test_ticks_fall_on_calendar_boundaries(first, last, step_name):
    plan = date_ticks(first, last, PIXELS)
    assert plan.step_name == step_name
    assert all(on_boundary(position, step_name) for position in positions(plan))
    assert all(first <= position <= last for position in positions(plan) + plan.minor)


def test_every_step_is_reachable_and_aligned():
    """Sweep the zoom from two days to a hundred millennia: each step shows up, aligned, labelled in its style."""
    seen = set()
    span = 2.0
    while span < 4e7:  # past ten millennia the view is clamped, the scale is not
        first = day(2000) - span / 3
        plan = date_ticks(first, first + span, PIXELS)
        if plan.step_name:
            seen.add(plan.step_name)
            assert all(on_boundary(p, plan.step_name) for p in positions(plan)), plan
            assert all(label_pattern(plan.step_name).match(text) for text in labels(plan)), plan
        span *= 1.15
    assert seen == set(STEP_NAMES)


def test_two_day_ticks_restart_on_the_first_of_each_month():
    first, last = day(2018, 1, 20), day(2018, 3, 10)
    plan = date_ticks(first, last, 1000, label_width=lambda text: 10.0)
    assert plan.step_name == "2 days"
    doms = [civil_from_days(int(p))[2] for p in positions(plan)]
    assert doms[:8] == [21, 23, 25, 27, 29, 1, 3, 5]  # 31 January is skipped: 1 February follows
    assert [civil_from_days(int(p))[1:] for p in positions(plan)].count((3, 1)) == 1
    gaps = [b - a for a, b in zip(positions(plan), positions(plan)[1:])]
    assert min(gaps) == 2 and max(gaps) <= 3


def test_minor_months_under_years():
    plan = date_ticks(day(2010), day(2020), PIXELS)
    assert plan.step_name == "1 year"
    assert len(plan.minor) == 10 * 11  # the other eleven months of each year
    assert all(civil_from_days(int(p))[2] == 1 for p in plan.minor)


def test_minor_days_under_weeks_and_months():
    weeks = date_ticks(day(2018, 1, 3), day(2018, 3, 1), PIXELS)
    assert weeks.step_name == "1 week"
    assert len(weeks.minor) == day(2018, 3, 1) - day(2018, 1, 3) + 1 - len(weeks.major)
    months = date_ticks(day(2018), day(2018, 7), PIXELS, label_width=lambda text: 50.0)
    assert months.step_name == "1 month"
    assert len(months.minor) == day(2018, 7) - day(2018) + 1 - len(months.major)


def test_minor_ticks_skip_levels_that_would_be_too_dense():
    plan = date_ticks(day(2018), day(2019), PIXELS)  # months; days would be ~3 px apart
    assert plan.step_name == "1 month"
    assert plan.minor == []
    plan = date_ticks(day(1990), day(2020), 150)  # decades; years ~5 px apart, 5 years ~25 px
    assert plan.step_name == "10 years"
    assert plan.minor and all(civil_from_days(int(p))[0] % 5 == 0 for p in plan.minor)


def test_minor_steps_nest_in_their_major_step():
    """Every major tick is also a tick of each of its minor steps, so minors subdivide evenly."""
    month_starts = [day(year, month) for year in range(1600, 2401) for month in range(1, 13)]
    for major_name, minor_names in MINOR_STEPS.items():
        major = step_named(major_name)
        for minor_name in minor_names:
            minor = step_named(minor_name)
            assert minor.days < major.days
            if minor.unit == "day":
                assert minor.count == 1
                continue
            for position in month_starts:
                if on_boundary(position, major_name):
                    assert on_boundary(position, minor_name), (major_name, minor_name, position)


# --------------------------------------------------------------------------
# 3. Properties over random views
# --------------------------------------------------------------------------

WIDTHS = {
    "seven": seven,
    "proportional": lambda text: sum(4.0 if c in " 1" else 8.5 for c in text),
    "zero": lambda text: 0.0,
    "wide": lambda text: 13.0 * len(text),
}

views = st.tuples(
    st.floats(min_value=FIRST_DAY - 50_000, max_value=LAST_DAY + 50_000),
    st.floats(min_value=-3.0, max_value=7.0).map(lambda e: 10.0**e),  # span in days
    st.floats(min_value=1.0, max_value=6000.0),  # pixels
    st.sampled_from(sorted(WIDTHS)),
)


@settings(max_examples=400, deadline=None)
@given(views)
def test_random_views_give_aligned_unclashing_ticks(view):
    first, span, pixels, width_name = view
    last = first + span
    assume(last > first)
    width = WIDTHS[width_name]
    plan = date_ticks(first, last, pixels, label_width=width)
    if not plan.step_name:
        assert plan.major == [] and plan.minor == []
        return
    px_per_day = pixels / (last - first)
    spots = positions(plan)
    assert spots == sorted(spots) and len(set(spots)) == len(spots)
    assert all(first <= p <= last and FIRST_DAY <= p <= LAST_DAY for p in spots + plan.minor)
    assert all(on_boundary(p, plan.step_name) for p in spots)
    assert all(label_pattern(plan.step_name).match(text) for text in labels(plan)), labels(plan)
    assert_no_overlap(plan, first, last, pixels, width)
    if step_named(plan.step_name).unit in ("day", "week"):
        assert_year_is_shown(plan, first, pixels, px_per_day, width)
    # Minor ticks: integral days, not on a major tick, and with the majors at least MINOR_MIN_PX apart.
    assert not set(plan.minor) & set(spots)
    assert all(p == math.floor(p) for p in plan.minor)
    every = sorted(spots + plan.minor)
    if len(every) > 1 and plan.minor:
        assert min(b - a for a, b in zip(every, every[1:])) * px_per_day >= MINOR_MIN_PX - 1e-9


@settings(max_examples=150, deadline=None)
@given(
    st.floats(min_value=FIRST_DAY, max_value=LAST_DAY - 1),
    st.floats(min_value=-1.0, max_value=6.5).map(lambda e: 10.0**e),
    st.floats(min_value=20.0, max_value=3000.0),
)
def test_more_pixels_never_coarsen_the_step(first, span, pixels):
    last = first + span
    assume(last > first)
    narrow = date_ticks(first, last, pixels)
    wide = date_ticks(first, last, pixels * 1.7)
    if narrow.step_name:
        assert wide.step_name
        assert STEP_NAMES.index(wide.step_name) <= STEP_NAMES.index(narrow.step_name)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=FIRST_DAY, max_value=LAST_DAY - 400), st.floats(min_value=0.0, max_value=1.0))
def test_panning_keeps_labels_on_the_same_grid(start, shift):
    """Two overlapping views at the same zoom label their shared ticks alike (bar the year suffix)."""
    span, pixels = 120.0, PIXELS
    a = date_ticks(start, start + span, pixels)
    b = date_ticks(start + shift * 30, start + shift * 30 + span, pixels)
    if a.step_name != b.step_name:
        return  # a label just entering the view may change the verdict near a threshold
    shared = set(positions(a)) & set(positions(b))
    da, db = dict(a.major), dict(b.major)
    for p in shared:
        assert da[p].split(" ")[:2] == db[p].split(" ")[:2]


# --------------------------------------------------------------------------
# 4. Edge cases
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "last", "pixels"),
    [
        (day(2018), day(2019), 0),
        (day(2018), day(2019), -500),
        (day(2018), day(2018), PIXELS),
        (math.nan, day(2019), PIXELS),
        (day(2018), math.nan, PIXELS),
        (day(2018), day(2019), math.nan),
        (-math.inf, math.inf, PIXELS),
        (day(2018), day(2019), math.inf),
        (-1e300, 1e300, PIXELS),  # too wide for any label to fit
        (FIRST_DAY - 10_000, FIRST_DAY - 1, PIXELS),  # all before year 0000
        (LAST_DAY + 1, LAST_DAY + 10_000, PIXELS),  # all after 9999
        (day(1995), day(2025), 0.5),  # half a pixel: no label fits
        ("2018", None, PIXELS),
    ],
)
def test_degenerate_requests_give_an_empty_plan(first, last, pixels):
    assert date_ticks(first, last, pixels) == TickPlan([], [], "")


def test_a_sliver_of_an_axis_shows_at_most_one_label():
    plan = date_ticks(day(1995), day(2025), 5)
    assert len(plan.major) <= 1 and plan.minor == []


def test_reversed_range_is_the_same_range():
    assert date_ticks(day(2019), day(2017), PIXELS) == date_ticks(day(2017), day(2019), PIXELS)


def test_whole_calendar():
    plan = date_ticks(FIRST_DAY, LAST_DAY, PIXELS)
    assert step_named(plan.step_name).unit == "year"
    assert labels(plan)[0] == "0000"
    assert all(YEAR_RE.match(text) for text in labels(plan))
    assert_no_overlap(plan, FIRST_DAY, LAST_DAY, PIXELS)


def test_ranges_beyond_the_calendar_are_clamped():
    plan = date_ticks(FIRST_DAY - 2_000_000, LAST_DAY + 2_000_000, PIXELS)
    assert plan.step_name
    assert all(FIRST_DAY <= p <= LAST_DAY for p in positions(plan) + plan.minor)
    assert all(YEAR_RE.match(text) for text in labels(plan))
    end = date_ticks(LAST_DAY - 40, LAST_DAY + 40, PIXELS)
    assert end.step_name and positions(end)
    assert max(positions(end)) <= LAST_DAY
    assert not any("10000" in text for text in labels(end))
    start = date_ticks(FIRST_DAY - 40, FIRST_DAY + 40, PIXELS)
    assert min(positions(start)) >= FIRST_DAY
    assert labels(start)[0].endswith("0000")


def test_fractional_range_and_numpy_like_numbers():
    numpy = pytest.importorskip("numpy")
    plan = date_ticks(numpy.float32(day(2018) + 0.5), numpy.float64(day(2018, 1, 15) + 0.25), numpy.int64(PIXELS))
    assert plan.step_name == "1 day"
    assert positions(plan)[0] == day(2018, 1, 2)
    assert all(isinstance(p, float) for p in positions(plan) + plan.minor)


def test_a_single_tick_still_respects_its_neighbours():
    """A one-day view holds one tick; the step is still chosen by the ticks just outside."""
    plan = date_ticks(day(2018, 3, 14) - 0.1, day(2018, 3, 14) + 0.9, 40)
    assert plan.step_name != "1 day"  # "14 Mar 2018" is wider than 40 px


# --------------------------------------------------------------------------
# 5. Speed
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "last"),
    [
        (day(1995), day(2025)),
        (day(2008), day(2018)),
        (day(2017), day(2019)),
        (day(2018, 3, 5), day(2018, 3, 19)),
        (FIRST_DAY, LAST_DAY),
    ],
)
def test_typical_call_is_well_under_a_millisecond(first, last):
    best = min(timeit.repeat(lambda: date_ticks(first, last, 1920), number=20, repeat=5)) / 20
    assert best < 1e-3, f"{best * 1e6:.0f} µs"


def test_a_decade_view_measures_few_labels():
    """The step search stops at the first collision: no per-day walk of a wide view."""
    calls = 0

    def width(text):
        nonlocal calls
        calls += 1
        return 7 * len(text)

    date_ticks(day(2008), day(2018), 1920, label_width=width)
    assert calls < 200
