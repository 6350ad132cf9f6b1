"""Date expressions in news text, read as EDTF against a reference (publication) date."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.evidence.date_phrases import Specificity, best_date_phrase, find_date_phrases
from gui.core.document.dates import PartialDate, ends_before, parse_date

JUNE_1_2018 = parse_date("2018-06-01")


def read(text: str, reference: str | None = "2018-06-01") -> list[tuple[str, str, str | None]]:
    """(words, start, end) of every phrase found."""
    ref = parse_date(reference) if reference else None
    return [(p.text, p.start.edtf(), p.end.edtf() if p.end else None) for p in find_date_phrases(text, ref)]


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("in 2018", "2018", None),
        ("December 2017", "2017-12", None),
        ("in December of 2017", "2017-12", None),
        ("Dec. 5, 2017", "2017-12-05", None),
        ("December 5th, 2017", "2017-12-05", None),
        ("5 December 2017", "2017-12-05", None),
        ("2017-12-05", "2017-12-05", None),
        ("2017-12", "2017-12", None),
        ("in March 2019", "2019-03", None),
        ("in mid-2018", "2018", None),
        ("between 2015 and 2017", "2015", "2017"),
        ("from March 2016 to June 2017", "2016-03", "2017-06"),
        ("2015–2017", "2015", "2017"),
        ("the 2016-17 push", "2016", "2017"),
        ("Q3 2018", "2018", None),
    ],
)
def test_explicit_dates_keep_their_precision(text, start, end):
    [(words, got_start, got_end)] = read(text)
    assert (got_start, got_end) == (start, end)
    assert words in text


@pytest.mark.parametrize(
    "text, reference, start, end",
    [
        ("last year", "2018-06-01", "2017", None),
        ("next year", "2018-06-01", "2019", None),
        ("this year", "2018-06-01", "2018", None),
        ("earlier this year", "2018-06-01", "2018", None),
        ("late last year", "2018-06-01", "2017", None),
        ("last month", "2018-06-01", "2018-05", None),
        ("last month", "2018-01-15", "2017-12", None),
        ("yesterday", "2018-03-01", "2018-02-28", None),
        ("two years ago", "2018-06-01", "2016", None),
        ("a few months ago", "2018-06-01", "2018-03~", None),
        ("on Tuesday", "2018-06-01", "2018-05-29", None),  # 1 June 2018 was a Friday
        ("on Friday", "2018-06-01", "2018-06-01", None),
        ("next Friday", "2018-06-01", "2018-06-08", None),
        ("in March", "2018-06-01", "2018-03", None),
        ("on Dec. 5", "2018-12-20", "2018-12-05", None),
        ("last March", "2018-02-01", "2017-03", None),
        ("since 2015", "2018-06-01", "2015", "2018-06-01"),
        ("since last year", "2018-06-01", "2017", "2018-06-01"),
        ("for years", "2017?", "2015%", "2017?"),
        ("for years", "2018-06-01", "2016~", "2018-06-01"),
        ("for two years", "2018-06", "2016~", "2018-06"),  # years: a year, whatever the reference
        ("for a decade", "2018", "2008~", "2018"),
        ("in recent years", "2018", "2015~", "2018"),
        ("over the past year", "2018-06", "2017~", "2018-06"),
        ("for months", "2018-06", "2018-04~", "2018-06"),
        ("in recent weeks", "2018-06-15", "2018-05~", "2018-06-15"),
        ("recently", "2018-06-01", "2018-06~", None),
        ("recently", "2017?", "2017%", None),
        ("currently", "2018-06-01", "2018-06-01~", None),
        ("so far", "2017?", "2017%", None),
    ],
)
def test_relative_phrases_are_counted_from_the_reference(text, reference, start, end):
    [(words, got_start, got_end)] = read(text, reference)
    assert (got_start, got_end) == (start, end), words


@pytest.mark.parametrize(
    "text, reference, start",
    [
        ("last month", "2017", "2017~"),  # December 2016 to November 2017: most likely 2017
        ("last month", "2017?", "2017%"),  # and the reference's uncertainty stays
        ("this month", "2017", "2017"),  # whichever month, it is in 2017
        ("last year", "2018?", "2017?"),
        ("last week", "2018-06", "2018-06~"),  # from 21 May to 24 June: mostly June
        ("yesterday", "2017", "2017~"),
        ("on Tuesday", "2018-06", "2018-06~"),
    ],
)
def test_a_relative_date_is_never_more_precise_than_its_reference(text, reference, start):
    [(_, got_start, _)] = read(text, reference)
    assert got_start == start


@pytest.mark.parametrize(
    "text",
    [
        "We may earn a commission for purchases made using our links.",  # the verb, not the month
        "Fans march on the store.",
        "It sold 2000 phones",  # a count, not a year
        "a 4000 mAh battery",
        "the Mate 20 and the P10",
        "low-end and mid-range smartphones",
        "for years to come",  # looks ahead: no start date in it
        "in two years",
        "for the year",
        "$2018 or 2018% or 12/2018",
        "It has 30 stores.",
    ],
)
def test_things_that_only_look_like_dates(text):
    assert read(text) == []


def test_a_number_next_to_a_month_is_not_a_day_across_words():
    # "Mate 10 in March": the 10 is a phone, the month has no day.
    assert read("the Mate 10 in March") == [("in March", "2018-03", None)]


def test_without_a_reference_only_explicit_dates_are_found():
    assert read("Last year, and in March 2019, and recently", reference=None) == [("in March 2019", "2019-03", None)]


def test_phrases_are_found_in_order_with_their_offsets():
    text = "Last year Huawei said that in March 2019 it would, as it has done recently."
    phrases = find_date_phrases(text, JUNE_1_2018)
    assert [p.text for p in phrases] == ["Last year", "in March 2019", "recently"]
    for phrase in phrases:
        assert text[phrase.offset : phrase.stop] == phrase.text
    assert [p.specificity for p in phrases] == [Specificity.RELATIVE, Specificity.EXPLICIT, Specificity.VAGUE]


def test_the_most_explicit_phrase_dates_the_passage():
    phrases = find_date_phrases("Recently, and since last year, and in 2016 too.", JUNE_1_2018)
    assert best_date_phrase(phrases).text == "in 2016"
    assert best_date_phrase(find_date_phrases("recently, and last year", JUNE_1_2018)).text == "last year"
    assert best_date_phrase([]) is None


def test_since_a_date_after_the_reference_has_no_end():
    [phrase] = find_date_phrases("since 2019", JUNE_1_2018)
    assert (phrase.start.edtf(), phrase.end) == ("2019", None)


def test_relative_phrases_say_how_they_were_read():
    [phrase] = find_date_phrases("for years", parse_date("2017?"))
    assert phrase.relative and phrase.reading == "at least 2 years before"
    [phrase] = find_date_phrases("Dec. 5, 2017", JUNE_1_2018)
    assert not phrase.relative and phrase.reading == ""


REFERENCES = st.builds(
    lambda year, month, day, approximate, uncertain, precision: PartialDate(
        year, month if precision else 0, day if precision == 2 else 0, approximate, uncertain
    ),
    st.integers(1990, 2030),
    st.integers(1, 12),
    st.integers(1, 28),
    st.booleans(),
    st.booleans(),
    st.integers(0, 2),
)
PHRASES = st.sampled_from(
    [
        "in 2018",
        "Dec. 5, 2017",
        "last year",
        "next year",
        "this year",
        "last month",
        "next month",
        "this week",
        "last week",
        "yesterday",
        "today",
        "tomorrow",
        "two years ago",
        "a few weeks ago",
        "on Monday",
        "next Sunday",
        "last March",
        "next March",
        "in March",
        "on May 31",
        "recently",
        "currently",
        "for years",
        "for months",
        "for weeks",
        "in recent weeks",
        "since 2015",
        "since last month",
        "earlier this year",
        "the past month",
        "the coming year",
        "between 2015 and 2017",
        "Q2 2016",
        "for a decade",
    ]
)


@settings(max_examples=300, deadline=None)
@given(REFERENCES, PHRASES)
def test_every_reading_is_valid_edtf_and_ranges_run_forwards(reference, text):
    for phrase in find_date_phrases(f"Huawei, {text}, said so.", reference):
        assert parse_date(phrase.start.edtf()) == phrase.start
        if phrase.end is not None:
            assert not ends_before(phrase.end, phrase.start), (text, reference)
        if phrase.relative and reference.uncertain:
            assert phrase.start.uncertain, (text, reference)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from([*"0129 -–.,acdehilmnorstxy’'\n", "May", "March", "2018", "Dec.", "since "])).map("".join)
)
def test_any_text_is_read_without_error(text):
    for phrase in find_date_phrases(text, JUNE_1_2018):
        assert text[phrase.offset : phrase.stop] == phrase.text
        parse_date(phrase.start.edtf())
