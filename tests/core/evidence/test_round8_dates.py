"""Round 8 of #18: how dates are said (schedules, periods of a named year, "this time last year", back-to-school,
datelines, corrections, a weekday ahead after a saying) and partners named only as owners, tested on sentences
written for them, none taken from the labelled set."""

from __future__ import annotations

import pytest

from tests.core.evidence.date_passages import suggest

# --- A schedule is ahead: "slated for", "due in" (2021-06-10 is a Thursday) ---------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("The Blade A52 is slated to reach Boost Mobile stores on March 3.", "2021-09-20", "2022-03-03"),
        ("Sony's Xperia 10 is slated for an Aug. 2 release at Best Buy, the retailer confirmed.", "2021-06-10",
         "2021-08-02"),
        ("The TCL 30 is due in Metro stores in February.", "2021-11-04", "2022-02"),
        # A schedule told in the past is over: the month stays in the article's year.
        ("The Vivo phone was due at Cricket in March but never arrived.", "2021-06-10", "2021-03"),
        ("ZTE's tablet had been slated for a Best Buy launch in April.", "2021-06-10", "2021-04"),
    ],
)  # fmt: skip
def test_a_schedule_is_ahead(passage, published, date):
    assert suggest(passage, published).start == date


# --- A half or quarter of a year named relative to the article ----------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "date"),
    [
        ("ZTE hopes to bring a foldable to Cricket in the first half of next year.", "2022"),
        ("Sony plans to open a New York showroom in the second half of next year, a spokesman said.", "2022"),
        # Guards (right before too): the year named after the period wins, not the article's.
        ("TCL's Metro sales slumped in the fourth quarter of last year, according to Counterpoint.", "2020"),
        ("Vivo will test the market in H1 of next year.", "2022"),
    ],
)
def test_a_half_or_quarter_of_a_named_year(passage, date):
    assert suggest(passage, "2021-06-10").start == date


# --- "this time last year": about the same month, a year back ---------------------------------------------------


@pytest.mark.parametrize(
    "passage",
    [
        "This time last year, ZTE had no phone at any US carrier.",
        "Sony sold twice as many Xperia phones at the same time a year ago, the company said.",
    ],
)
def test_this_time_last_year_is_about_the_month_a_year_back(passage):
    assert suggest(passage, "2021-06-10").start == "2020-06~"


# --- Back-to-school, and a regular participle after a bare "be" takes the modal's tense ----------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo's US debut would probably be timed for the back-to-school season, analysts said.", "2021-04-14", "2021"),
        ("TCL discounted its phones at Walmart during the back-to-school rush.", "2021-04-14", "2020"),
        ("ZTE wants the Axon in Best Buy stores before next back-to-school season.", "2021-10-05", "2022"),
        ("TCL's tablet will be unveiled on Tuesday, the company said.", "2021-06-10", "2021-06-15"),
    ],
)  # fmt: skip
def test_back_to_school_and_a_passive_ahead(passage, published, date):
    assert suggest(passage, published).start == date
