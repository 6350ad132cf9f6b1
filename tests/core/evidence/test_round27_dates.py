"""Round 27 of #18: dates the rules read wrongly in the newest hands' passages (dev-r27, dev-r26), tested on sentences
written for them, none taken from the labelled set. The rules' own date (``rules_start``) is tested: the learned date
model may overrule it on top."""

from __future__ import annotations

import pytest

from tests.core.evidence.date_passages import suggest

# --- A delay "until" a time: dated by the new time (the guide's delay close call), not as an end ahead -------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # the delay verb away from its "until": a place, or the thing delayed, between them
        ("Kyocera's rugged flip phone delayed in Canada until June, carrier says", "2015-03-10", "2015-06"),
        ("Sonim has pushed back the opening of its Dallas showroom until next year, a spokesman said.", "2022-08-02",
         "2023"),
        ("BLU puts its first 5G phone off until next year", "2021-05-12", "2022"),
        ("A deal with Cricket has been put on hold until at least next year, two people said.", "2018-09-01", "2019"),
        # skipping a market until a time: not there until then
        ("Honor's new foldables skip the US until next year", "2023-04-20", "2024"),
        # a deadline given: the time it is due
        ("The carriers have until March 3 to answer the complaint, the agency said.", "2017-01-18", "2017-03-03"),
    ],
)  # fmt: skip
def test_a_delay_or_a_deadline_until_a_time_is_dated_by_that_time(passage, published, date):
    assert suggest(passage, published).rules_start == date


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # guards: what lasts until a time ahead is no delay, and stays the article's date, approximate
        ("Motorola will keep the phone on sale through at least 2027, it said.", "2024-05-02", "2024-05-02~"),
        ("Its licence to the Palm name runs until 2030, the company said.", "2025-01-09", "2025-01-09~"),
        ("Verizon will have the phone to itself until January, according to the release.", "2009-10-20",
         "2009-10-20~"),
    ],
)  # fmt: skip
def test_what_lasts_until_a_time_ahead_is_still_no_delay(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- A finished past main clause whose only date is in the which-clause ending it ---------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # the main clause tells a past deal with no time of its own: the clause ending the sentence dates it
        ("Kyocera made the Rise, which Virgin Mobile began selling in March 2012.", "2016-05-04", "2012-03"),
        ("The Idol 3 was sold in the US only by Cricket, which added it in July 2015.", "2018-02-01", "2015-07"),
        ("The last Asus phone offered by a US carrier was the ZenFone V, which Verizon carried from 2017.",
         "2022-10-11", "2017"),
    ],
)  # fmt: skip
def test_a_past_main_clause_takes_the_date_of_the_which_clause_ending_it(passage, published, date):
    assert suggest(passage, published).rules_start == date


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # guards: a main clause in the present or the perfect is a state now: the article's date, approximate
        ("Its phones are also sold by Boost Mobile, which Dish bought in 2020.", "2023-03-14", "2023-03-14~"),
        ("The company is also talking to Visible, which Verizon launched in 2018.", "2021-06-09", "2021-06-09~"),
        ("Nokia has held talks with Mint Mobile, which T-Mobile bought in 2023.", "2024-02-27", "2024-02-27~"),
    ],
)  # fmt: skip
def test_a_main_clause_of_now_keeps_the_which_clause_as_background(passage, published, date):
    assert suggest(passage, published).rules_start == date


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # guards: a saying or a refusal to say is told now, whatever its which-clause tells
        ("HTC declined to say whether it was in talks with Sprint, which dropped its phones in 2014.", "2016-04-12",
         "2016-04-12~"),
        ("The maker did not name the retailer, but it was Target, which began stocking the line in March.",
         "2019-09-03", "2019-09-03~"),
    ],
)  # fmt: skip
def test_a_saying_or_a_refusal_keeps_the_which_clause_as_background(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- A month later in the year than the article's, after a verb in the past: last year's ------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # the verb in -ed right before the month is the clause's, whatever a later "could" or "would" says
        ("A federal judge ruled in November that Kyocera phones could not be imported.", "2015-04-08", "2014-11"),
        ("The agency approved the merger in October, and the deal would close within weeks.", "2013-02-20",
         "2012-10"),
    ],
)  # fmt: skip
def test_a_later_month_after_a_past_verb_is_last_years(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- A plan told in the past perfect with an adverb between: "had also planned …, but shelved it in June" ------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # "had also planned", "had originally planned": a plan over, as "had planned" is; the month is this year's
        ("Sprint had also planned to carry the tablet, but shelved it in June, a person said.", "2012-09-05", "2012-06"),
        ("Alltel had originally planned to sell the phone, but dropped it in May.", "2008-10-01", "2008-05"),
    ],
)  # fmt: skip
def test_a_plan_in_the_past_perfect_with_an_adverb_is_over(passage, published, date):
    assert suggest(passage, published).rules_start == date
