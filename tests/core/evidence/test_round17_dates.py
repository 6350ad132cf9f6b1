"""Round 17 of #18: dates read from the clause that holds them, schedules in the present, seasons that are due,
tested on sentences written for them, none taken from the labelled set."""

from __future__ import annotations

import pytest

from tests.core.evidence.date_passages import suggest
from tests.core.evidence.titled_passages import rules_answer

# --- A schedule in the present with a plural subject, or a headline's infinitive: the coming weekday -------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # 2021-06-09 is a Wednesday.
        ("Shipments begin Friday at Cricket stores.", "2021-06-09", "2021-06-11"),
        ("Orders open on Saturday through Vivo's website.", "2021-06-09", "2021-06-12"),
        ("Deliveries start Monday, the carrier said.", "2021-06-09", "2021-06-14"),
        ("Vivo to begin selling the Y70 at Walmart on Friday", "2021-06-09", "2021-06-11"),
        ("TCL to open a pop-up shop in Manhattan on Saturday", "2021-06-09", "2021-06-12"),
    ],
)  # fmt: skip
def test_a_present_schedule_or_a_headline_plan_is_the_coming_weekday(passage, published, date):
    assert suggest(passage, published).start == date


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Sales began Monday at Cricket stores.", "2021-06-09", "2021-06-07"),
        ("Pre-orders for the Xperia did not open on Monday as planned.", "2021-06-09", "2021-06-07"),
        ("Sony, the Tokyo electronics group that backs a start-up in Austin, showed a phone on Monday.", "2021-06-09",
         "2021-06-07"),
        ("TCL began selling the TCL Open, a cheap phone, at Walmart on Tuesday.", "2021-06-09", "2021-06-08"),
    ],
)  # fmt: skip
def test_a_past_or_a_noun_keeps_the_last_weekday(passage, published, date):
    assert suggest(passage, published).start == date


# --- "due in …" is a schedule: the words after "due" are read, not cut off at the date ---------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Sony said in May that the Xperia 2, due in the fall, will be sold at Best Buy.", "2021-06-20", "2021"),
        ("Vivo told dealers last week that its tablet phone, due in January, would reach Walmart.", "2020-11-12",
         "2021-01"),
    ],
)  # fmt: skip
def test_due_before_a_date_reads_as_a_schedule(passage, published, date):
    # (session 11: the learned date may prefer the time a plan was told, "last week", as most dev labels date a plan
    # told at a time; this class is about the rules reading the words after "due")
    assert rules_answer(suggest(passage, published), "start") == date


# --- A date's tense is that of its own clause, not of a "would" in another ------------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo had hoped Walmart would carry the Y20, but the retailer turned it down in October.", "2021-02-10",
         "2020-10"),
        ("TCL thought Cricket would take the phone, while Metro passed on it in November.", "2021-01-15", "2020-11"),
        # The clause's own verb ahead still looks ahead.
        ("Sony sold the phone at Best Buy last year, but it will reach Walmart in March.", "2021-02-10", "2021-03"),
    ],
)  # fmt: skip
def test_a_dates_tense_is_its_own_clauses(passage, published, date):
    assert suggest(passage, published).start == date


# --- A future verb before a weekday, with a participle like a past between them: the coming weekday ----------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # 2021-06-08 is a Tuesday.
        ("Sony will show a phone made for gamers at an event in Tokyo on Friday, people briefed on it said.",
         "2021-06-08", "2021-06-11"),
        ("TCL will put a tablet phone built in Mexico on sale at Walmart on Thursday.", "2021-06-08", "2021-06-10"),
        ("ZTE's Axon 30 to reach Cricket on Friday", "2021-06-08", "2021-06-11"),
        # A pronoun before it makes the form a verb in the past: the last such day.
        ("Sony will refund buyers who bought the phone at Best Buy on Friday.", "2021-06-08", "2021-06-04"),
    ],
)  # fmt: skip
def test_a_participle_after_a_future_verb_keeps_the_weekday_ahead(passage, published, date):
    assert suggest(passage, published).start == date


# --- A season that is due, expected or planned: this year's unless over, then the next while the plan stands --------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # Not yet begun: this year's, even when the plan was given up.
        ("A Sony tablet phone for Cricket, due in the fall, was shelved, a person briefed on it said.", "2022-07-20",
         "2022"),
        ("The committee's findings, due by the fall, may name Vivo.", "2022-07-20", "2022"),
        # Over and told in the past: that season, this year's.
        ("The Axon was once expected in the spring, but the carrier's tests held it up.", "2022-10-05", "2022"),
        # Over and still standing: the next one.
        ("ZTE's tablet, due in the spring, will be sold at Walmart.", "2022-10-05", "2023"),
    ],
)  # fmt: skip
def test_a_season_that_is_due_is_the_coming_one_unless_over(passage, published, date):
    assert suggest(passage, published).start == date


# --- A participle's phrase set off by commas tells of its noun, not the tense of the date after it -----------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo means to sell its new phone, made in India, at Walmart in the fall.", "2021-06-17", "2021"),
        ("Sony hopes to bring the Xperia 5, launched in Japan last year, to Best Buy in the fall.", "2021-06-17",
         "2021"),
        ("TCL aims to show a foldable, said to cost under $800, at a trade show in the summer.", "2021-03-08", "2021"),
    ],
)  # fmt: skip
def test_a_participles_phrase_does_not_give_a_later_date_its_tense(passage, published, date):
    assert suggest(passage, published).start == date


# --- A deadline told days before the article ("…, the company said on Friday"): the deadline's year --------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Sony will close its San Diego design office by the end of the year, the company said on Monday.",
         "2019-03-06", "2019"),
        ("Vivo said on Tuesday that it would put its own name on its phones sold at Walmart by next year.",
         "2021-09-15", "2022"),
    ],
)  # fmt: skip
def test_a_deadline_told_days_ago_dates_the_plan(passage, published, date):
    assert suggest(passage, published).start == date


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # Told months back, a hope is dated by when it was said.
        ("TCL said in March that it hoped to reach a US carrier by the end of the year.", "2019-08-06", "2019-03"),
    ],
)  # fmt: skip
def test_a_deadline_told_months_back_is_dated_by_the_saying(passage, published, date):
    assert suggest(passage, published).start == date


def test_a_plan_told_months_back_is_dated_by_its_own_deadline():
    # Round 17 dated this plan by when it was said; the guide's session-12 settlement ("a plan told at a time") dates a
    # plan by its own time, as "said in May that it would stop selling phones … by the end of March 2025" is.
    passage = "ZTE had said last year that it would sell phones at Cricket by early 2021."
    assert suggest(passage, "2020-09-01").rules_start == "2021"
