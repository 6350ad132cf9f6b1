"""Tests for gui.core.document.dates: the EDTF (ISO 8601-2) subset parser and day arithmetic.

Sections:
  1. accepted forms (YYYY, YYYY-MM, YYYY-MM-DD, each with "", ~, ?, %)
  2. examples from the EDTF specification (Level 0 / Level 1)
  3. every rejection branch of parse_date and _explain_form
  4. days_from_civil / civil_from_days against datetime
  5. ends_before
  6. words()
  7. round-trip property
The non-ASCII digit, year-zero and day-first tests each failed before the
fix they guard.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.document.dates import (
    EXPECTED_FORM,
    DateError,
    PartialDate,
    Precision,
    civil_from_days,
    days_from_civil,
    ends_before,
    parse_date,
)

# datetime's proleptic ordinal of our epoch: days_from_civil(d) == d.toordinal() - EPOCH_ORDINAL.
EPOCH_ORDINAL = datetime.date(1970, 1, 1).toordinal()

QUALIFIERS = {
    "": (False, False),
    "~": (True, False),
    "?": (False, True),
    "%": (True, True),
}


def quoted(text: str) -> str:
    """How an ordinary ASCII input appears in an error message."""
    return f'"{text}"'


def rejection(text) -> str:
    """Parse ``text``, insist it fails with DateError, and return the message."""
    with pytest.raises(DateError) as info:
        parse_date(text)
    return str(info.value)


def assert_rejected(text: str, fragment: str) -> str:
    """Every rejection quotes the input, says "is not a date" and gives the reason."""
    message = rejection(text)
    assert quoted(text) in message
    assert "is not a date" in message
    assert fragment in message, message
    return message


# --------------------------------------------------------------------------
# 1. Accepted forms
# --------------------------------------------------------------------------


@pytest.mark.parametrize("qualifier", list(QUALIFIERS))
def test_year(qualifier):
    text = "2018" + qualifier
    date = parse_date(text)
    approximate, uncertain = QUALIFIERS[qualifier]
    assert (date.year, date.month, date.day) == (2018, 0, 0)
    assert date.precision is Precision.YEAR
    assert (date.approximate, date.uncertain) == (approximate, uncertain)
    assert date.qualifier == qualifier
    assert date.is_qualified == bool(qualifier)
    assert date.edtf() == text
    assert str(date) == text
    assert date.first_day() == days_from_civil(2018, 1, 1)
    assert date.end_day() == days_from_civil(2019, 1, 1)
    assert date.end_day() - date.first_day() == 365


@pytest.mark.parametrize("qualifier", list(QUALIFIERS))
def test_year_month(qualifier):
    text = "2016-02" + qualifier
    date = parse_date(text)
    approximate, uncertain = QUALIFIERS[qualifier]
    assert (date.year, date.month, date.day) == (2016, 2, 0)
    assert date.precision is Precision.MONTH
    assert (date.approximate, date.uncertain) == (approximate, uncertain)
    assert date.edtf() == text
    assert date.first_day() == days_from_civil(2016, 2, 1)
    # February of a leap year ends at (exclusive) 1 March.
    assert date.end_day() == days_from_civil(2016, 3, 1)
    assert date.end_day() - date.first_day() == 29


@pytest.mark.parametrize("qualifier", list(QUALIFIERS))
def test_year_month_day(qualifier):
    text = "2018-03-14" + qualifier
    date = parse_date(text)
    approximate, uncertain = QUALIFIERS[qualifier]
    assert (date.year, date.month, date.day) == (2018, 3, 14)
    assert date.precision is Precision.DAY
    assert (date.approximate, date.uncertain) == (approximate, uncertain)
    assert date.edtf() == text
    assert date.first_day() == days_from_civil(2018, 3, 14)
    assert date.end_day() == date.first_day() + 1


def test_december_ends_at_next_new_year():
    date = parse_date("2018-12")
    assert date.end_day() == days_from_civil(2019, 1, 1)


@pytest.mark.parametrize("text", ["0000", "0000-01", "0000-01-01", "9999", "9999-12", "9999-12-31"])
def test_extreme_years_accepted(text):
    assert parse_date(text).edtf() == text


def test_year_9999_ends_at_year_10000():
    # end_day() of the last supported year still has a position, one past the end.
    assert parse_date("9999").end_day() == days_from_civil(10000, 1, 1)
    assert parse_date("9999-12-31").end_day() == days_from_civil(10000, 1, 1)


@pytest.mark.parametrize("text", ["2016-02-29", "2000-02-29", "0000-02-29", "2400-02-29"])
def test_leap_days_valid(text):
    date = parse_date(text)
    assert (date.month, date.day) == (2, 29)
    assert date.edtf() == text


@pytest.mark.parametrize(
    "text, year",
    [("2018-02-29", 2018), ("1900-02-29", 1900), ("2100-02-29", 2100), ("2019-02-29", 2019)],
)
def test_leap_days_invalid(text, year):
    assert_rejected(text, f"February {year} has 28 days")


def test_parse_is_cached_and_stable():
    first = parse_date("1999-09-09~")
    assert parse_date("1999-09-09~") == first == PartialDate(1999, 9, 9, approximate=True)
    # A different qualifier is a different cache key.
    assert parse_date("1999-09-09") == PartialDate(1999, 9, 9)


def test_sort_key_puts_coarser_precision_first():
    dates = [parse_date(t) for t in ("2018-01-01", "2018-01", "2018", "2017-12-31")]
    ordered = sorted(dates, key=PartialDate.sort_key)
    assert [d.edtf() for d in ordered] == ["2017-12-31", "2018", "2018-01", "2018-01-01"]


# --------------------------------------------------------------------------
# 2. Examples from the EDTF specification
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1985-04-12", PartialDate(1985, 4, 12)),
        ("1985-04", PartialDate(1985, 4)),
        ("1985", PartialDate(1985)),
        ("1984?", PartialDate(1984, uncertain=True)),
        ("2004-06~", PartialDate(2004, 6, approximate=True)),
        ("2004-06-11%", PartialDate(2004, 6, 11, approximate=True, uncertain=True)),
    ],
)
def test_spec_examples_accepted(text, expected):
    date = parse_date(text)
    assert date == expected
    assert date.edtf() == text


@pytest.mark.parametrize(
    "text, fragment",
    [
        # Level 0 date and time
        ("1985-04-12T23:20:30", "times of day are not supported"),
        ("1985-04-12T23:20:30Z", "times of day are not supported"),
        # Level 0 / Level 1 intervals
        ("1964/2008", "intervals are written as separate start and end dates"),
        ("2004-06/2006-08", "intervals are written as separate start and end dates"),
        ("2004-02-01/2005-02", "intervals are written as separate start and end dates"),
        ("1985-04/..", "intervals are written as separate start and end dates"),
        ("../1985-04-12", "intervals are written as separate start and end dates"),
        # Level 1 letter-prefixed calendar year and negative year
        ("Y170000002", "only years 0000 to 9999 are supported"),
        ("-1985", "only years 0000 to 9999 are supported"),
        # Level 1 unspecified digits
        ("201X", "unspecified digits (X) are not supported"),
        ("20XX", "unspecified digits (X) are not supported"),
        ("1985-04-XX", "unspecified digits (X) are not supported"),
        ("1985-XX-XX", "unspecified digits (X) are not supported"),
        # Level 1 season
        ("2001-21", "21 is an EDTF season or quarter code, which Inroads does not support"),
    ],
)
def test_spec_examples_rejected(text, fragment):
    assert_rejected(text, fragment)


# --------------------------------------------------------------------------
# 3. Every rejection branch
# --------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["2018-00", "2018-13", "2018-20", "2018-42", "2018-99", "2018-00-01"])
def test_month_out_of_range(text):
    month_text = text.split("-")[1]
    assert_rejected(text, f"month {month_text} is out of range 01-12")


@pytest.mark.parametrize("month", [21, 24, 41])
def test_season_codes_named(month):
    # Codes 21-41 are EDTF seasons/quarters/halves: say so rather than "out of range".
    message = assert_rejected(f"2001-{month}", "EDTF season or quarter code")
    assert EXPECTED_FORM in message


@pytest.mark.parametrize(
    "text, reason",
    [
        ("2018-01-32", "January 2018 has 31 days"),
        ("2018-04-31", "April 2018 has 30 days"),
        ("2018-06-31", "June 2018 has 30 days"),
        ("2018-09-31", "September 2018 has 30 days"),
        ("2018-11-31", "November 2018 has 30 days"),
        ("2016-02-30", "February 2016 has 29 days"),
        ("2018-12-00", "day 00 is out of range"),
        ("2018-05-99", "May 2018 has 31 days"),
    ],
)
def test_day_out_of_range_names_month_and_length(text, reason):
    assert_rejected(text, reason)


@pytest.mark.parametrize("text", [" 2018", "2018 ", " 2018-03 ", "\t2018"])
def test_spaces_around(text):
    message = rejection(text)
    assert "is not a date" in message
    assert "it has spaces around it" in message
    assert EXPECTED_FORM in message


def test_trailing_newline_is_reported_escaped():
    # _show escapes control characters so the message stays on one line.
    message = rejection("2018\n")
    assert '"2018\\n"' in message
    assert "\n" not in message
    assert "it has spaces around it" in message


def test_empty():
    message = assert_rejected("", "it is empty")
    assert EXPECTED_FORM in message


def test_open_end_alone():
    assert_rejected("..", 'an open end ".." is only allowed as an end date')


@pytest.mark.parametrize("text", ["2018~?", "2018?~", "2018-05%%", "2018-05-01~~", "2018??"])
def test_double_qualifier(text):
    assert_rejected(text, "use a single qualifier: ~ approximate, ? uncertain, % both")


@pytest.mark.parametrize("text", ["2018?-05", "2018-05~-01", "~2018", "?2018-05", "%2018-05-01"])
def test_qualifier_inside_or_before(text):
    assert_rejected(text, "qualifiers inside or before a date are not supported; put ~, ? or % at the end")


@pytest.mark.parametrize("text", ["12-03-2018", "12.03.2018", "1.3.18", "3-12-2018"])
def test_day_first_reachable_forms(text):
    assert_rejected(text, "write dates year first")


def test_day_first_with_slashes():
    assert_rejected("12/03/2018", "write dates year first")


@pytest.mark.parametrize("text", ["19850", "20180-01", "Y2018"])
def test_year_out_of_range_other_forms(text):
    assert_rejected(text, "only years 0000 to 9999 are supported")


@pytest.mark.parametrize("text", ["2018-3", "2018-03-1", "18", "March 2018", "2018-03-14-01", "2018/"])
def test_other_malformed_fall_back_to_expected_form(text):
    message = rejection(text)
    assert quoted(text) in message
    assert "is not a date" in message
    # Each message ends with the expected form ("2018/" via the interval branch).
    assert EXPECTED_FORM in message


def test_bare_fallback_message_is_exactly_expected_form():
    assert rejection("2018-3") == f'"2018-3" is not a date ({EXPECTED_FORM})'


@pytest.mark.parametrize(
    "value, shown",
    [(2018, "int 2018"), (None, "NoneType None"), (2018.0, "float 2018.0"), (b"2018", "bytes b'2018'")],
)
def test_non_string_input(value, shown):
    message = rejection(value)
    assert message == f"{shown} is not a date ({EXPECTED_FORM})"


def test_unhashable_input_does_not_crash_cache_lookup():
    # The cache lookup raises TypeError for unhashable values; it must still be a DateError.
    message = rejection(["2018"])
    assert message.startswith("list ['2018'] is not a date")


def test_long_input_is_cut_short_in_message():
    text = "2018" + "x" * 100
    message = rejection(text)
    assert "is not a date" in message
    assert '"' + text[:37] + '..."' in message
    assert text not in message


def test_quotes_in_input_are_escaped():
    message = rejection('"2018"')
    assert '"\\"2018\\""' in message


def test_rejections_are_not_cached():
    rejection("2018-02-30")
    rejection("2018-02-30")  # still raises the second time


@pytest.mark.parametrize("text", ["２０１８", "٢٠١٨-٠٣", "2018-03-１４"])
def test_non_ascii_digits_rejected(text):
    with pytest.raises(DateError):
        parse_date(text)


# --------------------------------------------------------------------------
# 4. Day arithmetic
# --------------------------------------------------------------------------


def test_epoch_is_day_zero():
    assert days_from_civil(1970, 1, 1) == 0
    assert civil_from_days(0) == (1970, 1, 1)
    assert days_from_civil(1969, 12, 31) == -1
    assert civil_from_days(-1) == (1969, 12, 31)


@settings(max_examples=500)
@given(st.dates())
def test_days_from_civil_matches_datetime(d):
    assert days_from_civil(d.year, d.month, d.day) == d.toordinal() - EPOCH_ORDINAL


@settings(max_examples=500)
@given(st.dates())
def test_civil_from_days_matches_datetime(d):
    assert civil_from_days(d.toordinal() - EPOCH_ORDINAL) == (d.year, d.month, d.day)


# From 0000-03-01 on, civil_from_days inverts days_from_civil (Jan/Feb of year 0 is a known bug below).
FIRST_GOOD_DAY = days_from_civil(0, 3, 1)
LAST_DAY = days_from_civil(9999, 12, 31)


@settings(max_examples=500)
@given(st.integers(min_value=FIRST_GOOD_DAY, max_value=LAST_DAY))
def test_civil_from_days_inverts_days_from_civil(n):
    assert days_from_civil(*civil_from_days(n)) == n


def test_year_zero_is_a_leap_year_before_year_one():
    # datetime cannot represent year 0; check its length and neighbours instead.
    assert days_from_civil(1, 1, 1) - days_from_civil(0, 1, 1) == 366
    assert days_from_civil(0, 12, 31) + 1 == days_from_civil(1, 1, 1)
    assert days_from_civil(0, 3, 1) - days_from_civil(0, 2, 29) == 1
    assert days_from_civil(0, 1, 1) == datetime.date(1, 1, 1).toordinal() - EPOCH_ORDINAL - 366


def test_year_zero_round_trips_from_march():
    for n in range(days_from_civil(0, 3, 1), days_from_civil(1, 1, 1)):
        y, m, d = civil_from_days(n)
        assert y == 0
        assert days_from_civil(y, m, d) == n


def test_year_zero_round_trips_in_january_and_february():
    for n in range(days_from_civil(0, 1, 1), days_from_civil(0, 3, 1)):
        assert days_from_civil(*civil_from_days(n)) == n


# --------------------------------------------------------------------------
# 5. ends_before
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "end, start, before",
    [
        ("2018", "2018-03", False),
        ("2018-02", "2018-03-10", True),
        ("2018-03", "2018-03-31", False),
        ("2017-12-31", "2018", True),
        ("2018-03-31", "2018-03", False),
        ("2018-03-09", "2018-03-10", True),
        ("2018-03-10", "2018-03-10", False),
        ("2019", "2018-12-31", False),
        # Qualifiers do not affect the comparison.
        ("2017~", "2018?", True),
    ],
)
def test_ends_before(end, start, before):
    assert ends_before(parse_date(end), parse_date(start)) is before


# --------------------------------------------------------------------------
# 6. words()
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, words",
    [
        ("2017-12~", "c. December 2017"),
        ("2018?", "2018 (uncertain)"),
        ("2018-03-14", "14 March 2018"),
        ("2018", "2018"),
        ("2018-01-05%", "c. 5 January 2018 (uncertain)"),
        ("2018-12%", "c. December 2018 (uncertain)"),
        ("0033", "33"),
    ],
)
def test_words(text, words):
    assert parse_date(text).words() == words


def test_plain_words_drops_qualifier():
    assert parse_date("2017-12%").plain_words() == "December 2017"


# --------------------------------------------------------------------------
# 7. Round-trip property
# --------------------------------------------------------------------------


@st.composite
def date_texts(draw):
    """A valid date string of any precision and qualifier, with the PartialDate it means."""
    year = draw(st.integers(min_value=0, max_value=9999))
    precision = draw(st.sampled_from(list(Precision)))
    qualifier = draw(st.sampled_from(list(QUALIFIERS)))
    month = day = 0
    text = f"{year:04d}"
    if precision >= Precision.MONTH:
        month = draw(st.integers(min_value=1, max_value=12))
        text += f"-{month:02d}"
    if precision >= Precision.DAY:
        # Day counts from our own arithmetic, so year 0 (no datetime) is covered too.
        first = days_from_civil(year, month, 1)
        following = days_from_civil(year + (month == 12), month % 12 + 1, 1)
        day = draw(st.integers(min_value=1, max_value=following - first))
        text += f"-{day:02d}"
    approximate, uncertain = QUALIFIERS[qualifier]
    return text + qualifier, PartialDate(year, month, day, approximate, uncertain)


@settings(max_examples=500)
@given(date_texts())
def test_round_trip(case):
    text, expected = case
    date = parse_date(text)
    assert date == expected
    assert date.edtf() == text
    assert date.first_day() < date.end_day()


# --------------------------------------------------------------------------- shifting (drag snapping)

from gui.core.document.dates import Precision, date_at_day, shifted, units_for_days  # noqa: E402


@pytest.mark.parametrize(
    ("text", "units", "expected"),
    [
        ("2018", 2, "2020"),
        ("2018~", -1, "2017~"),
        ("2018-11", 3, "2019-02"),
        ("2018-01?", -1, "2017-12?"),
        ("2018-02-27", 3, "2018-03-02"),
        ("2016-12-31%", 1, "2017-01-01%"),
        ("9999", 5, "9999"),
        ("0000-01", -4, "0000-01"),
    ],
)
def test_shifted_moves_by_whole_units_of_its_own_precision(text, units, expected):
    assert shifted(parse_date(text), units).edtf() == expected


def test_units_for_days_rounds_to_the_nearest_unit():
    assert units_for_days(200, Precision.YEAR) == 1
    assert units_for_days(170, Precision.YEAR) == 0
    assert units_for_days(-46, Precision.MONTH) == -2
    assert units_for_days(2.4, Precision.DAY) == 2


def test_date_at_day_truncates_to_precision_and_keeps_qualifiers():
    day = days_from_civil(2018, 3, 14)
    assert date_at_day(day, Precision.YEAR, approximate=True).edtf() == "2018~"
    assert date_at_day(day, Precision.MONTH).edtf() == "2018-03"
    assert date_at_day(day, Precision.DAY, uncertain=True).edtf() == "2018-03-14?"
    assert date_at_day(10**9, Precision.YEAR).edtf() == "9999"


@pytest.mark.parametrize(
    ("text", "wrong_hint"),
    [
        ("next tuesday", "unspecified digits (X)"),
        ("xmas 2018", "unspecified digits (X)"),
        ("Tuesday", "times of day"),
        ("next Thursday", "times of day"),
    ],
)
def test_words_get_no_hint_meant_for_a_letter_in_a_date(text, wrong_hint):
    """The x of "next" is no EDTF unspecified digit, and the T of "Tuesday" no time of day (issue #15)."""
    message = assert_rejected(text, EXPECTED_FORM)
    assert wrong_hint not in message


@pytest.mark.parametrize(
    ("text", "hint"),
    [("201x", "unspecified digits (X)"), ("2018-xx~", "unspecified digits (X)"), ("2018-04-12t10", "times of day")],
)
def test_a_letter_where_a_date_has_digits_still_gets_its_hint(text, hint):
    assert_rejected(text, hint)
