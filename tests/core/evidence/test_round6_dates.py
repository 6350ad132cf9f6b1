"""Round 6 of #18: how dates are said (parts of seasons, plans said against the day a phone was shown, spans told
in the past perfect), tested on sentences written for them, none taken from the labelled set."""

from __future__ import annotations

import pytest

from tests.core.evidence.date_passages import suggest
from tests.core.evidence.titled_passages import rules_answer

# --- A part of a season is the season's year (2021-06-10 is a Thursday) ------------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo aims to have the Y72 in Cricket stores by the end of the summer, a person close to the plan said.",
         "2021-06-10", "2021"),
        ("ZTE expects to bring a cheaper Blade to Boost Mobile in late fall.", "2021-06-10", "2021"),
        ("Sony will add the Xperia 5 to its US store at the start of this fall.", "2021-06-10", "2021"),
        # Told in the past in a February article: the season of the year before.
        ("TCL had pitched the phone to Metro in late summer.", "2021-02-04", "2020"),
    ],
)  # fmt: skip
def test_a_part_of_a_season_is_the_seasons_year(passage, published, date):
    assert suggest(passage, published).start == date


# --- A plan known only to its year, season, half or quarter, against the day the phone was shown ----------------
# Round 22 turned this round's rule round: the unveiling's day wins over a sale known only to a period, as the hands
# since round 14 label it (16 dev passages against 5, this round's tcl-ces-2020-r5h among the 5); a sale's day ahead
# still wins.


@pytest.mark.parametrize(
    ("passage", "date"),
    [
        ("Vivo showed the Y73 in Shenzhen on Tuesday and said it would reach Cricket stores in the fall.", "2021-06-08"),
        ("ZTE unveiled two Blade phones on Monday and said both will come to the US in the second half.", "2021-06-07"),
        ("Sony introduced the Xperia 5 III on Wednesday and said it will ship to US buyers in Q4.", "2021-06-09"),
        # A day ahead inside what was said gives way too (the guide's session 13: the main verb's time).
        ("TCL showed the 20 Pro on Tuesday and said it will go on sale at Metro on July 9.", "2021-06-08"),
    ],
)
def test_the_day_the_phone_was_shown_wins_over_a_plans_period(passage, date):
    assert suggest(passage).rules_start == date


def test_a_plans_period_does_not_change_the_status_of_a_future_sale():
    # "will sell … this fall" with no one named: reported, as before (the period only dates the plan).
    assert suggest("Neither Metro nor Boost will sell the Blade X this fall.").status == "reported"


# --- A span told in the past perfect is over before some past time: it is not counted back from the source's date --


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo had courted Verizon for two years, a person who took part in the meetings said.",
        "ZTE had tried for a year to win a place on AT&T's shelves, and was turned away twice.",
    ],
)
def test_a_span_in_the_past_perfect_gives_no_date(passage):
    assert suggest(passage).start == "2021-06-10~"  # the source's date, approximate: the passage does not say when


@pytest.mark.parametrize(
    ("passage", "date"),
    [
        # "had been in talks … for months" runs up to the source's date: counted back from it.
        ("Sony had been in talks with T-Mobile for months, two people familiar with the matter said.", "2021-04~"),
        # The present perfect runs up to the source's date too; a span of years is a state up to it, which the guide
        # gives the source's date, approximate (round 21).
        ("TCL has sold phones through Metro for three years.", "2021-06-10~"),
    ],
)
def test_a_span_up_to_the_source_is_still_counted_back(passage, date):
    assert rules_answer(suggest(passage), "start") == date


# --- "from"/"until" before a month start a range; the verb before them tells its tense (2021-06-10 article) --------


@pytest.mark.parametrize(
    ("passage", "date"),
    [
        ("Vivo sold the Y20 unlocked from late April, a month after its launch in India.", "2021-04"),
        # "from" leading the month itself was read so before.
        ("ZTE offered the Blade A3 at Boost from March, its first phone there in two years.", "2021-03"),
        # A future verb keeps it ahead.
        ("TCL will sell the 30 V at Verizon from January.", "2022-01"),
    ],
)
def test_a_past_verb_before_from_dates_the_month_in_the_past(passage, date):
    assert suggest(passage).start == date


# --- A count back in the past ("a week earlier") is not counted from a plan's year that runs past the source --------


def test_a_past_count_skips_a_plan_year_and_takes_the_day_before_it():
    before = "Vivo showed the Y73 to Cricket on May 20. It hopes to sell the phone there later this year."
    assert suggest("A week earlier, Vivo had shown the phone to Boost Mobile.", before=before).start == "2021-05-13"


def test_a_past_count_with_only_a_plan_year_before_it_gives_no_date():
    before = "Vivo hopes to sell the Y73 at Cricket later this year."
    passage = "A week earlier, Vivo had shown the phone to Boost Mobile."
    assert suggest(passage, before=before).start == "2021-06-10~"  # the source's date, approximate


# --- Status: the maker that is the subject goes on to say so ("and said", "…, it said"): on the record -------------


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo showed the Y73 in Shenzhen on Tuesday and said both models would reach Cricket in the fall.",
        "The company will bring the Blade A73 to Metro in the fall, it said on Tuesday.",
        "ZTE, which also sells routers in the US, will add Boost Mobile as a partner in July, it said.",
    ],
)
def test_the_subject_maker_saying_so_is_confirmed(passage):
    assert suggest(passage).status == "confirmed"


def test_it_said_after_a_research_firm_is_not_the_maker_on_the_record():
    passage = "Counterpoint ranks Vivo among the ten largest phone brands in the US, it said in a report."
    assert suggest(passage).status == "reported"


# --- The holiday season is its year; "than in any quarter since 2017" is a comparison, not the event's date ----------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo shipped more phones in the US over the holiday season than ever before.", "2021-01-14", "2020"),
        ("ZTE expects strong sales at Boost during the holiday quarter.", "2021-06-10", "2021"),
        ("Sony's US sales were weak last holiday season, a research firm said.", "2021-06-10", "2020"),
        ("TCL will put the 30 V in Walmart stores before the holidays.", "2021-06-10", "2021"),
    ],
)
def test_the_holiday_season_is_its_year(passage, published, date):
    assert suggest(passage, published).start == date


def test_since_after_any_is_a_comparison():
    assert suggest("Sony sold more phones in the US in May than in any month since 2015.").start == "2021-05"


# --- An end ahead inside the source's own year ("until the end of the year") is not the event's date ---------------


@pytest.mark.parametrize(
    ("passage", "date"),
    [
        ("Vivo said on Tuesday that it would keep the Y72 at Cricket until the end of the year.", "2021-06-08"),
        ("Sony said on Monday it will keep selling the Xperia 1 II through year-end.", "2021-06-07"),
        # An end already over still dates the range.
        ("ZTE sold the Blade at Boost until last year, when the carrier dropped it.", "2020"),
    ],
)
def test_an_end_ahead_within_the_year_gives_way_to_the_statement(passage, date):
    assert suggest(passage).start == date


# --- A giving-up told with its weekday; "over the summer" -----------------------------------------------------------


def test_a_plan_dropped_on_a_weekday_is_dated_by_that_day():
    passage = "Cricket dropped its plan to carry the Vivo Y72 on Tuesday, days before the phone's debut at CES 2021."
    assert suggest(passage, "2021-01-08").start == "2021-01-05"


def test_a_plans_own_time_in_a_dropped_plan_is_still_not_the_events():
    # A month in the plan is its time, not the dropping's: the source's date stays (as round 5 had it).
    passage = "Boost scrapped plans to sell the ZTE Blade in March."
    assert suggest(passage, "2021-06-10").start == "2021-06-10~"


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Sony had walked away from talks with Verizon over the summer, people familiar with them said.", "2021-01-20",
         "2020"),
        ("TCL will test the 30 V with Metro during the summer.", "2021-03-04", "2021"),
    ],
)  # fmt: skip
def test_over_the_summer_is_the_seasons_year(passage, published, date):
    assert suggest(passage, published).start == date


# --- Named US days: Black Friday, Thanksgiving, Cyber Monday, Christmas, Labor Day, Memorial Day --------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo sold the Y20 at Walmart for $79 on Black Friday.", "2020-12-03", "2020-11-27"),
        ("TCL cut the 20 SE to $99 at Best Buy for Cyber Monday 2020.", "2021-06-10", "2020-11-30"),
        # Not come yet at the article's date and told in the past: last year's.
        ("ZTE sold out its Blade stock at Boost over Thanksgiving.", "2021-03-02", "2020-11-26"),
        # Passed at the article's date and told in the future: next year's.
        ("Sony will open pre-orders at Amazon on New Year's Day.", "2021-06-10", "2022-01-01"),
        ("TCL said the 30 V would reach Metro by Labor Day.", "2021-06-10", "2021-09-06"),
    ],
)
def test_a_named_us_day_is_its_day(passage, published, date):
    assert suggest(passage, published).start == date


def test_the_christmas_season_is_still_the_season():
    assert suggest("Vivo's phones sold well at Cricket over the Christmas season.", "2021-01-14").start == "2020"
