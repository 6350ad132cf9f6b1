"""Round 5 of #18: how dates are said (weekdays, "days later", quarters, fiscal years, deadlines, ranges), tested on
sentences written for them, none taken from the labelled set."""

from __future__ import annotations

import pytest

from gui.core.document.model import Lane, Source, new_document
from gui.core.evidence.extract import suggest_event


def _document():
    document = new_document()
    document.lanes.extend([Lane("vivo", "Vivo"), Lane("zte", "ZTE"), Lane("sony", "Sony"), Lane("tcl", "TCL")])
    return document


def suggest(passage: str, published: str = "2021-06-10", before: str = ""):
    """The suggestion for ``passage``, selected in an article that has ``before`` (a paragraph) ahead of it."""
    text = f"{before}\n\n{passage}" if before else passage
    start = text.index(passage)
    return suggest_event(_document(), Source("s", published=published, text=text), start, start + len(passage))


# --- A settled sale date over the day it was announced (2021-06-10 is a Thursday) -------------------------------


@pytest.mark.parametrize(
    ("passage", "date"),
    [
        # The unveiling's weekday and the sale's day: the analyst enters the sale.
        ("Vivo unveiled the Y72 on Tuesday and said it will go on sale at Cricket on July 9.", "2021-07-09"),
        # The sale in a side clause about the phone unveiled.
        ("TCL on Monday showed its 30 XE, which will be sold through Metro starting in August.", "2021-08"),
        # A deal reached earlier and the sale ahead.
        (
            "ZTE signed with Boost Mobile last month and will ship the Blade A72 to its stores from July 2.",
            "2021-07-02",
        ),
        # A dateline's day against the sale's.
        ("DALLAS, June 9 — Sony will begin selling the Xperia 10 III at Best Buy on June 28.", "2021-06-28"),
    ],
)
def test_a_settled_future_sale_date_wins_over_the_announcements_day(passage, date):
    assert suggest(passage).start == date


@pytest.mark.parametrize(
    ("passage", "date"),
    [
        # Available from today, with a later date for another channel: today is when the sale began.
        (
            "The Y72 can be bought unlocked from Vivo's site starting today and will reach Walmart on June 30.",
            "2021-06-10",
        ),
        # A deadline is a plan's limit, not its date: the statement's month stays.
        ("Vivo had said in March that it hoped to sell phones in the US by the end of 2022.", "2021-03"),
        # A sale that was postponed: the given-up date is not the event's.
        ("Sony on Monday delayed the Xperia Pro, which had been scheduled to go on sale on June 25.", "2021-06-07"),
    ],
)
def test_dates_that_are_not_a_settled_sale_keep_their_place(passage, date):
    assert suggest(passage).start == date
