"""Round 20 of #18: periods the date reader did not see (a season with no article, halves and quarters after a bound,
the months of a year, a horizon of years), tested on sentences written for them, none taken from the labelled set.
The rules' own date (``rules_start``) is tested: the learned date model may overrule it on top."""

from __future__ import annotations

import pytest

from tests.core.evidence.date_passages import suggest

# --- A season after a bound, with no "the", or a part of one: its year ---------------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("A Verizon model of the Vivo X60 is expected by summer, a dealer said.", "2021-02-08", "2021"),
        ("Two store managers said they expect ZTE to stock the Axon at Cricket by autumn.", "2021-03-15", "2021"),
        ("Carriers were told to expect no more TCL phones after the spring, according to one of them.", "2021-01-20",
         "2021"),
        ("Sony spent much of the summer courting T-Mobile over the Xperia 5, two people said.", "2021-10-12", "2021"),
    ],
)  # fmt: skip
def test_a_season_after_a_bound_or_a_part_of_one_is_its_year(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- A half or a quarter after a bound ("before the end of the first half", "into the second quarter") ---------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo told dealers to expect the X70 before the end of the first half, according to a memo.", "2021-02-08",
         "2021"),
        ("TCL's Stylus 5G slips to second half", "2021-03-15", "2021"),
        ("ZTE said the review of the Axon by Verizon could run into the third quarter.", "2021-05-04", "2021"),
        ("Verizon expects to finish testing the Sony phone by the second quarter, a person said.", "2021-01-12", "2021"),
    ],
)  # fmt: skip
def test_a_half_or_a_quarter_after_a_bound_is_its_year(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- "the first nine months of the year": a span from January, its year ----------------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo shipped 3 million phones in the Americas in the first nine months of the year, a research firm said.",
         "2021-11-03", "2021"),
        ("Sony said on Tuesday that it sold fewer Xperia phones in the first six months of the year.", "2021-08-04",
         "2021"),
        # More months counted than had begun at the article's date: last year's.
        ("TCL shipped 9 million phones in the first ten months of the year, the company said.", "2021-02-03", "2020"),
    ],
)  # fmt: skip
def test_the_first_months_of_the_year_are_its_year(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- "Update, Oct. 11:" opening a passage: the update's day, and what the update says is read from it ---------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Update, June 18: Vivo has withdrawn the Y72 from Walmart's website, a spokesman said.", "2021-06-10",
         "2021-06-18"),
        # An update is added after the story: a day months before the article's is in the next year.
        ("Update, Feb. 2: ZTE has put off the Axon 30's US launch.", "2021-11-20", "2022-02-02"),
        # 2021-06-25 is a Friday: "on Thursday" is counted from the update's day, not the article's.
        ("Update, June 25: Sony said on Thursday that the Xperia 1 III will reach Best Buy on July 8.", "2021-06-10",
         "2021-07-08"),
        ("Update, June 25: TCL confirmed on Thursday that it had dropped the 20 Pro.", "2021-06-10", "2021-06-24"),
    ],
)  # fmt: skip
def test_an_update_note_dates_the_passage_it_opens(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- An end told without a date after what the subject was shown or planned as: the article's date, approximate -----


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("The Vivo X Fold, shown off in March, will not be released in the US.", "2021-06-10", "2021-06-10~"),
        ("A foldable Sony showed at IFA in September will not go on sale, a spokesman said.", "2021-06-10",
         "2021-06-10~"),
        ("A cheaper Axon that ZTE had planned for Cricket in the autumn has been shelved, two people said.",
         "2021-06-10", "2021-06-10~"),
        ("A TCL tablet phone that Metro had planned to sell this summer was cancelled, the carrier said.", "2021-06-10",
         "2021-06-10~"),
        # The end dated in the main clause keeps its date.
        ("A TCL tablet phone that Metro had planned to sell this summer was cancelled in May, the carrier said.",
         "2021-06-10", "2021-05"),
    ],
)  # fmt: skip
def test_an_undated_end_after_the_subjects_side_clause_is_the_articles_date(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- "in the new year", told in a year's last months: the next year ------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Sony's cheapest Xperia heads to Cricket in the new year", "2021-11-24", "2022"),
        ("TCL is in talks with Metro about a tablet phone for early in the new year, a person said.", "2021-10-05",
         "2022"),
        ("Vivo said it would open its first US store in the new year.", "2022-01-12", "2022"),
    ],
)  # fmt: skip
def test_the_new_year_is_the_next_year_late_in_a_year(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- "within three years": a goal's horizon, which dates no event (round 29: the article's date, approximate, as the
# guide dates a quote, and as the dev labels have it); the day it was said on still wins -----------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo wants to be one of the five biggest phone brands in the US within three years, its chief said.",
         "2021-06-10", "2021-06-10~"),
        ("ZTE has said it wants its own brand in US carrier stores within two years.", "2021-06-10", "2021-06-10~"),
        # The day the goal was said on is the event.
        ("Sony's chief said on Tuesday that Xperia phones would be at every US carrier within five years.",
         "2021-06-10", "2021-06-08"),
    ],
)  # fmt: skip
def test_within_years_is_a_goal_s_horizon_dated_by_its_saying(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- "its third-quarter profit": a quarter as an adjective is its year, as "in the third quarter" is ---------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Sony's second-quarter phone sales fell 30 percent from a year earlier, the company said on Monday.",
         "2021-08-04", "2021"),
        ("Analysts cut their estimate of TCL's fourth-quarter shipments by a million phones.", "2021-11-10", "2021"),
        ("ZTE warns of a first-quarter loss as US sales slide", "2021-03-30", "2021"),
    ],
)  # fmt: skip
def test_a_quarter_as_an_adjective_is_its_year(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- A date after the "that" of what was said is the said thing's, not the statement's ------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Sony said on Tuesday that its first-quarter phone revenue fell 12 percent.", "2021-05-12", "2021"),
        ("TCL reported last week that its shipments in the first half had risen 20 percent.", "2021-08-18", "2021"),
        ("ZTE said in March that its fourth-quarter profit had doubled on sales in China.", "2021-06-10", "2020"),
        # "now" is when it was said: the period named outright is the event.
        ("Vivo said on Monday that it now expects a loss for the fiscal year that ends in March.", "2021-11-10",
         "2022"),
    ],
)  # fmt: skip
def test_a_date_after_that_is_the_said_things(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- The holidays told without a past tense in a year's first two months: the ones just over ------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("TCL's US phone sales jump in the holiday quarter", "2022-01-27", "2021"),
        ("Sony's Xperia sales rise over the holidays as Best Buy stocks more models", "2022-02-03", "2021"),
        # Told ahead, they are this year's.
        ("Vivo will bring its cheapest phone to Walmart for the holidays, a person said.", "2022-01-27", "2022"),
    ],
)  # fmt: skip
def test_the_holidays_early_in_a_year_are_the_ones_just_over(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- "the second half of the year": the article's year, whatever the tense ------------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("A leaked slide showed the Vivo X80 reaching T-Mobile in the second half of the year.", "2022-02-14", "2022"),
    ],
)  # fmt: skip
def test_the_second_half_of_the_year_is_the_articles_year(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- A period named by its end after a comma (", which ended Dec. 26"): the year it ended ----------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Sony said on Tuesday that it sold 4 million Xperia phones in its fiscal third quarter, which ended Dec. 31.",
         "2022-02-02", "2021"),
        ("TCL shipped 2 million phones in the fiscal third quarter that ended Nov. 30, it said in December.",
         "2022-02-10", "2021"),
        ("Vivo expects its US unit to lose money for the rest of the fiscal year, which ends in March.", "2021-11-18",
         "2022"),
        # "a year earlier" after a figure compared with it is no date of the event.
        (
            (
                "ZTE said on Monday that its net loss narrowed to $12 million from $20 million a year earlier in its "
                "fiscal first quarter, which ended Aug. 31."
            ),
            "2021-09-20",
            "2021",
        ),
    ],
)  # fmt: skip
def test_a_period_named_by_its_end_after_a_comma_is_the_year_it_ended(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- A quarter long over, told in the future: next year's -------------------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Sony will launch the Xperia 10 at Verizon and Cricket in the first quarter, a spokesman said.", "2021-12-15",
         "2022"),
        ("TCL will bring a tablet phone to Metro in the second quarter, the company said.", "2021-11-03", "2022"),
    ],
)  # fmt: skip
def test_a_quarter_long_over_told_in_the_future_is_next_years(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- A month long over in the article's year, not told in the past: next year's ---------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Sony also plans pop-up shops in Chicago in January where buyers can try the Xperia 1.", "2021-11-15",
         "2022-01"),
        ("ZTE's Axon 40 heads to Cricket in February", "2021-12-20",
         "2022-02"),
        # Told in the past, it is this year's.
        ("ZTE opened an office in Dallas in January, a spokesman said.", "2021-11-15", "2021-01"),
    ],
)  # fmt: skip
def test_a_month_long_over_not_told_in_the_past_is_next_years(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- A plan's time, then the day it ended: the end is the event --------------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Sony had planned to bring the Xperia 5 to Cricket this spring, but the carrier cancelled the order in April.",
         "2021-06-10", "2021-04"),
        ("A ZTE phone that had been due at Metro next spring was dropped last month, a person said.", "2021-06-10",
         "2021-05"),
        ("A plan to sell a TCL tablet phone through Verizon in the autumn was called off in May, one of the people said.",
         "2021-06-10", "2021-05"),
        ("Vivo had planned to open a store in Miami for the holidays but shelved the plan in March.", "2021-06-10",
         "2021-03"),
    ],
)  # fmt: skip
def test_a_plans_time_gives_way_to_the_day_it_ended(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- A delay with a long object before its new time ("delayed the US launch of its Xperia 5 phones until October") ---


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Sony has delayed the US launch of its two new Xperia phones until October, it said on Tuesday.", "2021-08-25",
         "2021-10"),
        ("ZTE has pushed the new Axon and Blade models to August, two people said.", "2021-06-10", "2021-08"),
    ],
)  # fmt: skip
def test_a_delay_with_a_long_object_is_dated_by_its_new_time(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- "wait until": the time it happens, not an end it lasts until ------------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo's first phone for America will wait until spring", "2021-01-20", "2021"),
        ("An analyst said he expected ZTE to wait at least until 2023 before selling a 5G phone in the US.",
         "2021-06-10", "2023"),
    ],
)  # fmt: skip
def test_wait_until_is_the_time_it_happens(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- "no earlier than 2027": the earliest time it may happen, no comparison ------------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Analysts expect Vivo to try the US market no earlier than 2024, and then online only.", "2021-06-10", "2024"),
        ("A dealer said he expected ZTE's next Axon in American stores not sooner than 2023.", "2021-06-10", "2023"),
    ],
)  # fmt: skip
def test_no_earlier_than_a_year_is_that_year(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- A week across two months: the month most of its days fall in, not marked approximate -------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # 2020-03-02 is a Monday: last week ran from Feb. 24 to March 1, most of it in February.
        ("Cricket stopped selling ZTE's Blade in its stores last week, a spokeswoman said.", "2020-03-02", "2020-02"),
        # 2015-08-05 is a Wednesday: last week ran from July 27 to Aug. 2, most of it in July.
        ("Sony said last week it would cut 1,000 jobs at its phone unit.", "2015-08-05", "2015-07"),
        # 2021-03-24 is a Wednesday: next week runs from March 29 to April 4, most of it in April.
        ("TCL will show a tablet phone at a New York event next week, a spokeswoman said.", "2021-03-24", "2021-04"),
    ],
)  # fmt: skip
def test_a_week_across_two_months_is_the_month_of_most_of_its_days(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- "for last year" without "the": the calendar year, not the twelve months before ---------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("TCL, which sells mostly through prepaid carriers, reported revenue of $2 billion for last year.", "2021-03-18",
         "2020"),
        ("Sony's phone unit posted a loss for last year, the company said.", "2021-03-18", "2020"),
    ],
)  # fmt: skip
def test_for_last_year_is_the_calendar_year(passage, published, date):
    assert suggest(passage, published).rules_start == date
