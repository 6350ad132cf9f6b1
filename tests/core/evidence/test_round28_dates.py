"""Round 28 of #18: dates the rules read wrongly in the newest hands' passages (dev-r27), tested on sentences written
for them, none taken from the labelled set. The rules' own date (``rules_start``) is tested: the learned date model
may overrule it on top."""

from __future__ import annotations

import pytest

from tests.core.evidence.date_passages import suggest

# --- A state's start ("since 2016") beside the event the passage dates: the event's date -------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # the event ahead, the state it ends or changes told with "since"
        ("Kyocera phones will be back in Target stores from May 3, their first time on its shelves since 2013.",
         "2021-04-20", "2021-05-03"),
        ("Walmart has stocked the Moto G since 2021 and will add the Plus model on Oct. 4, a spokesman said.",
         "2023-09-13", "2023-10-04"),
        # a past event beside the state's start
        ("ZTE has sold rugged phones through Sprint since 2014 and added Verizon as a carrier in June.",
         "2017-09-12", "2017-06"),
        ("On sale unlocked since March, the phone sold out at Best Buy last week, the retailer said.", "2019-08-21",
         "2019-08"),
    ],
)  # fmt: skip
def test_a_state_since_a_time_gives_way_to_the_event_the_passage_dates(passage, published, date):
    assert suggest(passage, published).rules_start == date


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # guards: a "since" date alone still dates the passage, and "now" beside it is no event of its own
        ("Sharp has been in talks with T-Mobile since January, two people said.", "2016-04-05", "2016-01"),
        ("Until now, Vivo had sold its phones here only through importers, since 2019.", "2023-06-01", "2019"),
    ],
)  # fmt: skip
def test_a_state_since_a_time_alone_still_dates_the_passage(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- A weekday in a plan others expect ("is expected to show it on Wednesday"): the coming one -----------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # 2018-03-12 is a Monday: the Wednesday and the Monday ahead, not the ones before
        ("Sony is expected to unveil its new Xperia at a press event in Tokyo on Wednesday.", "2018-03-12",
         "2018-03-14"),
        ("The two companies are widely expected to announce the deal on Monday, people briefed on it said.",
         "2018-03-09", "2018-03-12"),
    ],
)  # fmt: skip
def test_a_weekday_in_an_expected_plan_is_the_coming_one(passage, published, date):
    assert suggest(passage, published).rules_start == date


def test_an_expectation_told_in_the_past_keeps_the_weekday_before():
    # guard: what was expected, told in the past, happened on the day before the article
    passage = "Analysts had expected Nokia to report a loss, and on Tuesday it did."
    assert suggest(passage, "2011-07-21").rules_start == "2011-07-19"


# --- A weekday naming an event ahead ("for Friday's launch", "sets Sunday debut"): the coming one -------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # 2016-09-14 is a Wednesday
        ("Best Buy stocks up for Friday's Galaxy launch", "2016-09-14", "2016-09-16"),
        ("Verizon plans Saturday debut for the Droid Turbo", "2016-09-14", "2016-09-17"),
        ("Stores line up extra staff for Friday, a T-Mobile memo says.", "2016-09-14", "2016-09-16"),
    ],
)  # fmt: skip
def test_a_weekday_naming_an_event_ahead_is_the_coming_one(passage, published, date):
    assert suggest(passage, published).rules_start == date


def test_a_weekday_event_told_in_the_past_is_the_one_before():
    # guard: "had been set for Friday" in an article of Wednesday 2016-09-14 is the Friday before
    passage = "Sprint said on Monday it had cancelled the Essential launch, which had been set for Friday."
    assert suggest(passage, "2016-09-14").rules_start == "2016-09-12"


# --- A delay into the article's own month ("slipped to August" in August): this month, not next year's ------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("The tablet was due in June but slipped to August, and it reached Sprint last week.", "2014-08-21", "2014-08"),
        ("BLU's new flagship, first promised for the spring, has been pushed back to May.", "2019-05-03", "2019-05"),
        # guard: a month before the article's is the next year's
        ("Kyocera's rugged tablet slips to March, the carrier says", "2019-05-03", "2020-03"),
    ],
)  # fmt: skip
def test_a_delay_into_the_articles_own_month_is_this_month(passage, published, date):
    assert suggest(passage, published).rules_start == date
