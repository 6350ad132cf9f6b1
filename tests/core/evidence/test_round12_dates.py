"""Round 12 of #18: how dates fail on text by other hands (a period named by the day or month it ended, ...),
tested on sentences written for them, none taken from the labelled set."""

from __future__ import annotations

import pytest

from tests.core.evidence.date_passages import suggest

# --- A fiscal period named by its end is a year, not the day or month that ends it ------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Sonim lost $3 million in the quarter that ended Sept. 27.", "2020-11-10", "2020"),
        ("TCL's handset revenue rose 4 percent in the quarter ended Oct. 2.", "2021-11-15", "2021"),
        ("HMD's US shipments doubled in the fiscal year that ended in April.", "2021-06-10", "2021"),
        ("Vivo's phone unit broke even in the quarter which ended in May.", "2021-06-10", "2021"),
        # Not over yet at the article's date: the year before.
        ("Nokia's device arm shrank in the fiscal year that ended in September.", "2021-06-10", "2020"),
        # A year written with it: that year.
        ("Kyocera will quit the consumer market by the fiscal year that ends in March 2027.", "2025-05-12", "2027"),
    ],
)  # fmt: skip
def test_a_period_named_by_its_end_is_its_year(passage, published, date):
    assert suggest(passage, published).start == date


def test_the_day_of_the_event_still_beats_a_period_named_by_its_end():
    passage = "Sonim said on Tuesday that it would cut 90 jobs after a loss in the quarter that ended Sept. 27."
    assert suggest(passage, "2020-11-11").start == "2020-11-10"


# --- A day or month without a year is last year's only when that is recent ----------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # A verb in the past does not push a day just ahead of the article nearly a year back.
        ("Samsung has sent invitations to an Unpacked event in New York on Feb. 9.", "2022-02-07", "2022-02-09"),
        ("Motorola's Edge, with a camera made by Sony, reaches Verizon on April 20.", "2022-04-12", "2022-04-20"),
        ("Best Buy has listed the phone with a ship date of Nov. 4.", "2022-10-25", "2022-11-04"),
        ("Verizon has confirmed the Pixel's arrival in May.", "2022-03-30", "2022-05"),
        # Guards: within the last months, the past tense still means last year's.
        ("Sony had sent carriers a letter on Dec. 14.", "2022-02-07", "2021-12-14"),
        ("ZTE paid the fine in November.", "2022-03-30", "2021-11"),
    ],
)  # fmt: skip
def test_a_day_without_a_year_is_last_years_only_when_recent(passage, published, date):
    assert suggest(passage, published).start == date


# --- "won't", "wouldn't" speak of what is ahead (not of "won") ----------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "date"),
    [
        ("The Pixel won't reach Verizon stores before Jan. 12.", "2023-01-12"),
        ("ZTE said the Axon wouldn’t ship to Metro before Jan. 9.", "2023-01-09"),
    ],
)
def test_wont_and_wouldnt_are_ahead(passage, date):
    assert suggest(passage, "2022-11-20").start == date


# --- A name in -ed ("the United States") is no verb in the past -------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo said it would start selling phones in the United States in the fall.", "2021-03-01", "2021"),
        ("Sony will open a store in the United Kingdom on Jan. 4.", "2021-11-10", "2022-01-04"),
        # Guard: a participle that starts the sentence still tells the past.
        ("Launched in November, the Blade reached Metro quickly.", "2022-02-01", "2021-11"),
    ],
)  # fmt: skip
def test_a_name_in_ed_is_no_past_verb(passage, published, date):
    assert suggest(passage, published).start == date


# --- "could", "might": what may come, not the past -------------------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Verizon has held talks with TCL about a phone that could reach its stores before the holidays.",
         "2021-07-10", "2021"),
        ("ZTE has talked with Metro about a phone that might arrive by the summer.", "2021-03-10", "2021"),
    ],
)  # fmt: skip
def test_could_and_might_look_ahead(passage, published, date):
    assert suggest(passage, published).start == date


# --- A trailing which-clause goes on past a decimal point ("$4.5 million") ----------------------------------------


def test_a_trailing_which_clause_goes_on_past_a_decimal_point():
    passage = (
        "TCL showed the Stylus at CES on Tuesday, its first phone for Metro, which paid $4.5 million for it in 2019."
    )
    assert suggest(passage, "2022-01-06").start == "2022-01-04"


# --- After a dateline, an appositive right after the subject is still a side clause -----------------------------


def test_an_appositive_after_a_dateline_is_a_side_clause():
    passage = ("SEOUL, May 9 (Asia Phone Wire) - Vivo, the brand BBK spun off in 2011 to sell abroad, is in talks with "
               "T-Mobile, two people said on Monday.")  # fmt: skip
    assert suggest(passage, "2022-05-10").start == "2022-05-09"


# --- "reaches" stores on a weekday: a day ahead, like "arrives" ----------------------------------------------------


def test_a_phone_that_reaches_stores_on_a_weekday_is_ahead():
    # 2022-06-06 is a Monday: the Friday ahead, not the one before.
    assert suggest("ZTE's Axon 40 reaches Metro stores on Friday, the carrier said.", "2022-06-06").start == "2022-06-10"


# --- After "will", a word in -ed with no subject is an adjective ("sell it unlocked"), not a past ----------------


@pytest.mark.parametrize(
    ("passage", "date"),
    [
        ("Sony will sell the Xperia 1 IV unlocked through Best Buy from Friday, the company said.", "2022-06-10"),
        # Guard: with a pronoun before it, the word in -ed is a verb in the past.
        ("ZTE says it will not bring phones to the US, a view it restated on Friday.", "2022-06-03"),
    ],
)
def test_an_adjective_in_ed_after_will_is_no_past(passage, date):
    assert suggest(passage, "2022-06-06").start == date  # a Monday


# --- "before the summer", "by the holidays": the season ahead, its year ---------------------------------------------


@pytest.mark.parametrize(
    "passage",
    [
        "Sony's next Xperia will not reach Best Buy before the summer, a person briefed on the plans said.",
        "ZTE expects its foldable to be at Metro by the holidays.",
        "Vivo may reach Cricket by the holiday quarter, two people said.",
    ],
)
def test_a_season_or_the_holidays_ahead_is_their_year(passage):
    assert suggest(passage, "2022-05-10").start == "2022"


# --- "the June quarter", "later in the quarter": a quarter, held as its year -------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Sony expects its phone unit to break even by the March quarter.", "2022-11-10", "2023"),
        ("TCL's handset revenue fell in the September quarter, it said.", "2022-05-10", "2021"),
        ("Analysts expect Vivo's US shipments to double in the June quarter.", "2022-05-10", "2022"),
        ("Best Buy will stock the ZTE phone later in the quarter, the retailer said.", "2022-05-10", "2022"),
    ],
)  # fmt: skip
def test_a_quarter_named_by_its_month_or_later_in_the_quarter_is_a_year(passage, published, date):
    assert suggest(passage, published).start == date


# --- "had said … would": a future seen from a past, not ahead of the article --------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("ZTE had said in March that the Axon would reach Metro stores in April.", "2022-06-10", "2022-04"),
        ("TCL had promised that the phone would ship to Cricket in May, a date it missed.", "2022-06-10", "2022-05"),
        # Guard: a plain "said … would" still points ahead.
        ("Sony said the Xperia would reach Best Buy in February.", "2022-11-10", "2023-02"),
    ],
)  # fmt: skip
def test_a_future_told_in_the_past_perfect_is_not_ahead(passage, published, date):
    assert suggest(passage, published).start == date
