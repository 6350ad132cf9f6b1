"""Round 14 of #18: dates as other hands write them (datelines with the day first, ...), tested on sentences
written for them, none taken from the labelled set."""

from __future__ import annotations

import pytest

from tests.core.evidence.date_passages import suggest

# --- A dateline with the day before the month: the day the story was filed ------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # The weekday in the story is the event; the dateline's day is only when it was filed.
        ("OSAKA, 9 June — Sony said on Tuesday that it would stop selling Xperia phones at Best Buy.",
         "2022-06-09", "2022-06-07"),
        ("MUMBAI, 14 October — A US court on Friday lifted the ban on imports of Vivo handsets.",
         "2021-10-14", "2021-10-08"),
        ("HANGZHOU, 3/11/20 — ZTE said on Monday it would bring the Axon to Cricket.", "2020-11-03", "2020-11-02"),
        # A month or a year in the story dates it over the day it was filed.
        ("TAIPEI, 20 March 2019 — TCL plans to sell phones through Walmart next year.", "2019-03-20", "2020"),
        ("PARIS, 2 June — Vivo began selling phones through Amazon's US store last month.", "2023-06-02", "2023-05"),
        # A state under the dateline: the article's date, approximate (the guide).
        ("SEOUL, 5 May — ZTE is in talks with two American carriers about its next phone.", "2020-05-05",
         "2020-05-05~"),
    ],
)  # fmt: skip
def test_a_day_first_dateline_is_when_the_story_was_filed(passage, published, date):
    assert suggest(passage, published).start == date


def test_a_day_first_dateline_alone_still_dates_the_news():
    passage = "LISBON, 11 July — TCL launched its NxtPaper phone at Walmart."
    assert suggest(passage, "2024-07-11").start == "2024-07-11"
