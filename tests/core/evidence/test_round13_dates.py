"""Round 13 of #18: dates no rule read at all (holidays and named days, a month said as the expected time, short
numeric days, a span ahead "within two years", ...), tested on sentences written for them, none taken from the
labelled set."""

from __future__ import annotations

import pytest

from tests.core.evidence.date_passages import suggest
from tests.core.evidence.titled_passages import rules_answer

# --- Holidays and named days: calendar facts (fixed days, nth weekdays, Easter) ---------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # A fixed day of its month.
        ("Vivo will open its first US pop-up store on Veterans Day.", "2022-10-20", "2022-11-11"),
        ("ZTE will put the Axon on sale at Cricket on Valentine's Day.", "2023-01-30", "2023-02-14"),
        ("TCL starts selling its tablet phone at Walmart on Halloween.", "2021-10-05", "2021-10-31"),
        ("Sony will ship the Xperia to Best Buy by St. Patrick's Day.", "2021-02-25", "2021-03-17"),
        # The nth weekday of a month.
        ("Vivo will begin selling phones on Amazon on Mother's Day.", "2024-04-20", "2024-05-12"),
        ("ZTE will cut the phone's price on its website on Father's Day.", "2024-05-28", "2024-06-16"),
        ("TCL will cut prices at Cricket for Presidents' Day.", "2022-02-01", "2022-02-21"),
        ("Sony's US store reopens on Martin Luther King Jr. Day.", "2021-01-04", "2021-01-18"),
        ("ZTE will show the phone in New York on Columbus Day.", "2019-09-30", "2019-10-14"),
        # Easter, by the Gregorian rule, and the days counted from it.
        ("Vivo's phones reach US carriers from Easter Sunday.", "2019-04-01", "2019-04-21"),
        ("TCL's new phones go on sale at Metro on Good Friday.", "2024-03-01", "2024-03-29"),
        ("Sony will cut the Xperia's price at Amazon for Easter.", "2023-03-20", "2023-04-09"),
        # The Super Bowl: the first Sunday of February until 2021, the second since.
        ("ZTE will run its first US television advert during the Super Bowl.", "2019-01-15", "2019-02-03"),
        ("TCL will advertise its NxtPaper phone on Super Bowl Sunday.", "2024-01-15", "2024-02-11"),
        # Told in the past before the day has come this year: last year's.
        ("Vivo sold out its first batch on Halloween.", "2022-03-10", "2021-10-31"),
    ],
)  # fmt: skip
def test_a_holiday_is_its_day(passage, published, date):
    assert suggest(passage, published).start == date


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("TCL will start selling the phone at Cricket the day before Thanksgiving.", "2022-11-01", "2022-11-23"),
        ("Sony said its Xperia would reach Verizon the day after Christmas.", "2020-12-10", "2020-12-26"),
        ("ZTE plans to open orders on the eve of Valentine's Day, it said on Monday.", "2021-02-02", "2021-02-13"),
    ],
)  # fmt: skip
def test_the_day_before_or_after_a_named_day(passage, published, date):
    assert suggest(passage, published).start == date


def test_a_holiday_as_a_word_of_something_else_is_no_date():
    # An easter egg in the software is no Easter.
    assert suggest("Vivo hid an Easter egg in the phone's settings.", "2022-03-10").start == "2022-03-10~"


# --- Short numeric days: after a verb of a schedule, and month-day-year with dashes ----------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo's new phone ships 9/14 from Amazon, a listing shows.", "2022-09-01", "2022-09-14"),
        ("TCL 30 XE: sales at Metro start 3/3", "2022-02-20", "2022-03-03"),
        ("The carrier's memo says the phone launches 11/2 in its stores.", "2021-10-20", "2021-11-02"),
        ("A store screen lists the Axon as “avail 04-18-23.”", "2023-04-01", "2023-04-18"),
        ("A dealer sheet gives the Xperia's date as 12-01-2021.", "2021-11-10", "2021-12-01"),
    ],
)  # fmt: skip
def test_a_short_numeric_day(passage, published, date):
    assert suggest(passage, published).start == date


@pytest.mark.parametrize(
    ("passage", "published"),
    [
        ("ZTE's support line is open 24/7 for buyers.", "2022-09-01"),  # no day
        ("The phone's screen is 6.5 inches and its battery holds 5000 mAh, TCL says.", "2022-09-01"),
        ("Sony's phone scored 4-5-3 on the three tests.", "2022-09-01"),  # not a date: no year
    ],
)  # fmt: skip
def test_numbers_that_are_no_day(passage, published):
    assert suggest(passage, published).start == published + "~"


# --- "won't … until March": the day a thing is held back to, as "will not … until" -----------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Sony's Xperia won't reach Verizon until May", "2021-02-10", "2021-05"),
        ("Buyers in the US can't order the Axon until Sept. 9, ZTE said.", "2021-08-20", "2021-09-09"),
        ("TCL's foldable wouldn't go on sale until 2023, a person briefed on it said.", "2021-08-20", "2023"),
    ],
)  # fmt: skip
def test_a_negation_in_nt_holds_the_event_back_until_the_date(passage, published, date):
    assert suggest(passage, published).start == date


# --- A schedule set off as a clause is the event's time, not background --------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # "is due to <verb>" is a schedule (ahead: next year's month), not a cause.
        ("The Axon, shown in Shanghai last week, is due to reach Amazon in February, a listing says.", "2022-11-20",
         "2023-02"),
        ("The court is due to hear ZTE's appeal on March 8.", "2022-02-20", "2022-03-08"),
        # ", expected in May," ahead of the state is when the subject is expected, not what it is.
        ("Vivo's next phone, expected in October, is its first with a US band.", "2022-08-02", "2022-10"),
        # ", which are expected by …": the expectation, not a deed of the past.
        ("TCL is courting Verizon about two tablets, which are expected by the holidays, two people said.",
         "2022-08-02", "2022"),
    ],
)  # fmt: skip
def test_a_schedule_in_a_side_clause_dates_the_event(passage, published, date):
    assert suggest(passage, published).start == date


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # A cause stays a side clause: its date is not the event's.
        ("Sony's sales fell 9 percent, due to the loss of Verizon in 2019, the company said.", "2021-05-11",
         "2021-05-11~"),
        # A plan that "had been due" was overtaken: the day it had been due is not the event's.
        ("Vivo's launch had been due to happen in March, but the carrier's tests ran long.", "2021-06-10",
         "2021-06-10~"),
        # A deed of the past in the appositive stays what the subject is.
        ("Sony's Xperia 5, launched in September, remains on sale at Best Buy.", "2020-12-02", "2020-12-02~"),
    ],
)  # fmt: skip
def test_causes_overtaken_plans_and_past_deeds_stay_background(passage, published, date):
    assert rules_answer(suggest(passage, published), "start") == date


# --- A month said as the expected time: "expect June", "set for April", "as early as May", "moved the launch to July"


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Dealers say they were told to expect August.", "2022-06-14", "2022-08"),
        ("Cricket's launch of the TCL 40 is scheduled for September, a person at the carrier said.", "2022-07-01",
         "2022-09"),
        ("A Sony deal with Verizon could be signed as early as February, people familiar with it said.", "2021-11-20",
         "2022-02"),
        ("ZTE has moved the Axon's US release to October.", "2022-08-10", "2022-10"),
        ("Vivo pushed its first US launch back to May.", "2022-03-02", "2022-05"),
    ],
)  # fmt: skip
def test_a_month_said_as_the_expected_time(passage, published, date):
    assert suggest(passage, published).start == date


def test_a_month_a_plan_had_been_set_for_is_not_the_event():
    passage = "A Vivo event that had been set for March was called off, the company said."
    assert suggest(passage, "2022-02-10").start == "2022-02-10~"


# --- A state under a dateline with no date of its own: the article's date, approximate --------------------------


@pytest.mark.parametrize(
    "passage",
    [
        "AUSTIN, June 9 (Phone Trade) - Vivo is negotiating with Verizon to carry a budget phone, two people said.",
        "June 9 (Phone Trade) — Sony has no plans to bring the Xperia 10 to US carriers, according to a spokesman.",
        "TORONTO, June 9 (Phone Trade) — TCL is in talks with Cricket about its tablet phone, a person briefed said.",
    ],
)
def test_a_state_under_a_dateline_takes_the_articles_date(passage):
    assert suggest(passage, "2021-06-10").start == "2021-06-10~"


# --- "by the end of the month", "later this month": the month, even over the day it was said --------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo said it would have its phones back on Amazon by the end of the month.", "2022-09-14", "2022-09"),
        ("TCL will stop selling the 30 XE at Metro at the end of the month, the carrier confirmed on Tuesday.",
         "2022-09-14", "2022-09"),
        ("Sony said on Monday that the Xperia would reach Best Buy later this month.", "2022-09-14", "2022-09"),
        # A deadline further out is a hope: the day it was said still dates the statement.
        ("ZTE said on Monday that it hoped to be back at Cricket by the end of the year.", "2022-09-14", "2022-09-12"),
    ],
)  # fmt: skip
def test_the_end_of_the_month_is_the_month(passage, published, date):
    assert suggest(passage, published).start == date


# --- "expect" looks ahead as "expected" and "expects" do ----------------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Dealers had been told to expect the new Vivo phones in the fall, a memo shows.", "2022-06-29", "2022"),
        ("Carriers were told to expect the Axon in November, a person familiar said.", "2022-02-10", "2022-11"),
    ],
)  # fmt: skip
def test_expect_looks_ahead(passage, published, date):
    assert suggest(passage, published).start == date


# --- "this week" across two months: the days on the side the tense says ------------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # Wednesday 2022-06-01: the week began in May (on the 30th); told ahead, its days from the article are June's.
        ("Vivo will not take orders this week, a spokeswoman said.", "2022-06-01", "2022-06"),
        ("TCL will show the phone later this week.", "2022-06-01", "2022-06"),
        # Thursday 2022-03-31: the week ends in April; its days up to the article are March's.
        ("Sony said this week that Xperia sales fell 4 percent.", "2022-03-31", "2022-03"),
        ("ZTE's phone appeared in an FCC filing earlier this week.", "2022-03-31", "2022-03"),
        # A week inside one month: that month, as before.
        ("Cricket began selling the TCL 30 this week.", "2022-03-17", "2022-03"),
    ],
)  # fmt: skip
def test_this_week_is_the_days_the_tense_says(passage, published, date):
    assert suggest(passage, published).start == date


# --- After a verb ahead, a word in -ed is an adjective: the month after it is still ahead -----------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Sony said the Xperia 5 would go on sale unlocked at Best Buy in February.", "2021-10-27", "2022-02"),
        ("Vivo will sell the phone refurbished through Amazon from March.", "2021-11-02", "2022-03"),
        # With no verb ahead before it, a word in -ed is a past: last year's month.
        ("ZTE shipped the phone unlocked in September.", "2022-02-10", "2021-09"),
    ],
)  # fmt: skip
def test_a_word_in_ed_after_a_verb_ahead_is_an_adjective(passage, published, date):
    assert suggest(passage, published).start == date


# --- A deadline given to the day is a schedule: it dates the event over the day it was said -----------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Sony said on Tuesday that it would stop selling the Xperia in the US by Aug. 31.", "2022-06-08", "2022-08-31"),
        ("Vivo said on Monday it would wind down its Amazon store by Sept. 30, ending a two-year push.", "2022-06-08",
         "2022-09-30"),
    ],
)  # fmt: skip
def test_a_deadline_to_the_day_dates_the_event(passage, published, date):
    assert suggest(passage, published).start == date


# --- "in the quarter": a quarter, held as its year (the last one over, when told in the past) -------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Sony shipped about 2 million phones in the quarter, the company said.", "2021-11-08", "2021"),
        # In January, the quarter last reported is last year's fourth.
        ("TCL's handset revenue fell 8 percent in the quarter, it said.", "2022-01-20", "2021"),
        # A quarter named by its end is read as before.
        ("ZTE lost money in the quarter that ended Sept. 30.", "2021-11-08", "2021"),
    ],
)  # fmt: skip
def test_in_the_quarter_is_its_year(passage, published, date):
    assert suggest(passage, published).start == date


# --- A relative clause with no "which": "the store it opened in May" is what the noun is, not the event -----------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Sony said on Tuesday it would shut the online shop it opened in March, and sell through Amazon instead.",
         "2022-06-08", "2022-06-07"),
        ("Vivo said on Monday that it would sell the unit, a business it bought for $1.5 billion last year.",
         "2022-06-08", "2022-06-06"),
        ("The tablet phone they showed at CES in January has been shelved, a TCL spokeswoman confirmed.", "2022-06-08",
         "2022-06-08~"),
        # Guards: a saying's complement is no relative clause; a stance said again dates the event.
        ("The company said it launched the phone at Cricket in May.", "2022-06-08", "2022-05"),
        ("ZTE says it has no US plans, a stance it repeated on Monday.", "2022-06-08", "2022-06-06"),
    ],
)  # fmt: skip
def test_a_relative_clause_without_which_is_background(passage, published, date):
    assert rules_answer(suggest(passage, published), "start") == date


# --- A year naming a thing ("its 2004 flip phone") gives way to the event's own date ----------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Sony showed the Xperia Pro, a successor to its 2019 camera phone, in Tokyo on Oct. 4.", "2022-10-10",
         "2022-10-04"),
        ("TCL put the remake of the 2003 Alcatel flip on sale at Walmart last month.", "2022-10-10", "2022-09"),
        # Alone, it still dates the passage.
        ("Vivo's 2019 flagship never reached the US.", "2022-10-10", "2019"),
    ],
)  # fmt: skip
def test_a_year_naming_a_thing_gives_way_to_the_events_date(passage, published, date):
    assert suggest(passage, published).start == date


# --- "the same hour", "that morning": the day of the date told before ----------------------------------------------


@pytest.mark.parametrize(
    ("passage", "before", "published"),
    [
        ("Best Buy will open its doors for the phone at the same hour, the retailer said.",
         "Vivo's phone goes on sale at 8 a.m. on Friday, Sept. 16, in Vivo's own store.", "2022-09-12"),
        ("Cricket began selling it that morning as well.", "TCL's phone reached Metro stores on Sept. 16.", "2022-09-20"),
    ],
)  # fmt: skip
def test_the_same_hour_is_the_day_told_before(passage, before, published):
    assert suggest(passage, published, before=before).start == "2022-09-16"


# --- A day just before the article, told in the future: a future seen from an earlier statement, this year's --------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("The Axon 40 will be sold at Cricket from Nov. 3, ZTE announced last week.", "2022-11-10", "2022-11-03"),
        ("Sony said on Sept. 1 that the phone would reach Best Buy on Sept. 9.", "2022-09-20", "2022-09-09"),
        # Months back, the future tense still means next year's day.
        ("Vivo will ship the phone on Jan. 5.", "2022-11-10", "2023-01-05"),
    ],
)  # fmt: skip
def test_a_day_just_over_told_in_the_future_is_this_years(passage, published, date):
    assert suggest(passage, published).start == date


# --- A that-clause in the past inside the subject of a present state is background ----------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("The Vivo phone that appeared on Amazon last month is not sold by Vivo, a spokesman said.", "2022-06-08",
         "2022-06-08~"),
        ("The TCL tablet that launched at CES in January still has no US carrier.", "2022-06-08", "2022-06-08~"),
        # Guard: a that-clause that tells the event keeps its date.
        ("Sony bought the unit in a deal that closed in October 2014.", "2022-06-08", "2014-10"),
    ],
)  # fmt: skip
def test_a_that_clause_in_the_subject_of_a_state_is_background(passage, published, date):
    assert suggest(passage, published).start == date


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("ZTE said on Tuesday that it would sue over a rule in last year's defence bill.", "2022-06-08", "2022-06-07"),
        ("Vivo will sell this year's model at Cricket from Friday, the carrier said.", "2022-06-08", "2022-06-10"),
    ],
)  # fmt: skip
def test_last_years_thing_gives_way_to_the_events_date(passage, published, date):
    assert suggest(passage, published).start == date


# --- A year that ends a model's name ("Edge 2024") is no date ----------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Cricket adds TCL's Stylus 2025", "2025-03-12", "2025-03-12~"),
        ("Metro by T-Mobile now sells the Razr 2023 unlocked.", "2023-09-01", "2023-09-01~"),
        # Guards: a month, a season, a show and a lead still date it.
        ("TCL showed the phone at CES 2023.", "2023-09-01", "2023-01"),
        ("Sony's US sales fell in Fall 2022, it said.", "2023-09-01", "2022"),
        ("In 2021 ZTE left Boost.", "2023-09-01", "2021"),
    ],
)  # fmt: skip
def test_a_year_ending_a_models_name_is_no_date(passage, published, date):
    assert suggest(passage, published).start == date
