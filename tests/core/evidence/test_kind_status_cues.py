"""Kind and status from how reporters write (issue #18): setbacks by lemma, regulators, talks, and the event's own clause."""

from __future__ import annotations

import pytest

from gui.core.document.model import Lane, Source, new_document
from gui.core.evidence.extract import suggest_event


def suggest(passage: str, published: str = "2020-03-10"):
    document = new_document()
    document.lanes.extend([Lane("vivo", "Vivo"), Lane("zte", "ZTE")])
    return suggest_event(document, Source("s", published=published, text=passage), 0, len(passage))


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo's plan to sell through Sprint fell apart over pricing.",
        "Sprint pulled the plug on the Vivo launch weeks before it was due.",
        "Vivo has shelved its US launch.",
        "The carrier scrapped the Vivo model after testing it.",
        "Vivo abandoned its effort to sell unlocked phones online.",
        "Vivo dropped plans for a US store.",
        "Talks between Vivo and Sprint stalled over certification.",
        "Vivo's attempt to sell online through its own website was dropped.",
    ],
)
def test_setbacks_are_said_in_many_ways(passage):
    assert suggest(passage).kind == "setback"


@pytest.mark.parametrize(
    "passage",
    [
        "The Commerce Department fined ZTE for shipping to Iran.",
        "A Senate committee questioned ZTE executives.",
        "ZTE paid the biggest penalty of its kind to settle the case.",
        "ZTE needs an export licence to buy American chips.",
        "A federal judge blocked the designation of ZTE.",
    ],
)
def test_regulatory_actors_and_acts(passage):
    assert suggest(passage).kind == "regulatory"


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo held talks with Sprint last year.",
        "Talks between Vivo and Sprint are at an early stage.",
        "Vivo is in discussions with Sprint about a budget phone.",
        "Vivo has been negotiating with Sprint since January.",
    ],
)
def test_every_way_of_saying_two_companies_discuss_a_deal(passage):
    assert suggest(passage).kind == "carrier-talks"


def test_adjectives_are_not_kinds():
    assert suggest("Vivo, a leading handset maker, signed with Sprint.").kind == "carrier-deal"
    assert suggest("ZTE paid the biggest fine in the case.").kind == "regulatory"
    assert suggest("The premium Vivo X50 goes on sale at Sprint from March 20.").kind == "carrier-deal"


def test_a_sale_at_a_carrier_is_a_carrier_deal():
    got = suggest("The Vivo Y20 goes on sale at Sprint stores from April 2.")
    assert got.kind == "carrier-deal"
    assert "Sprint" in got.hints["kind"]


@pytest.mark.parametrize(
    ("passage", "status"),
    [
        # A worry quoted from an official is not a rumour about the event.
        ("Senators wrote to the FCC in February with concerns that ZTE phones might be used for spying.", "reported"),
        # Anonymous people who verified a deal make it a report.
        ("Vivo signed with Sprint, according to two people who verified the agreement.", "reported"),
        ("Sprint confirmed it will carry Vivo phones, people familiar with the deal said.", "reported"),
        # Called off for good is cancelled; likely to be called off is not yet.
        ("The Vivo launch at Sprint was called off.", "cancelled"),
        ("The Vivo launch at Sprint is likely to be called off.", "rumored"),
        # A plan the company itself announced for a future date is confirmed.
        ("The phone goes on sale at Sprint from March 23, the company said.", "confirmed"),
        ("Vivo's chief executive told reporters it would reach Sprint stores in April.", "confirmed"),
        # A plan given up is not a rumour of the plan.
        ("Sprint pulled out of a plan to sell the Vivo X50, a person briefed on it said.", "reported"),
        # An announcement that was scheduled and fell through is not confirmed.
        ("The announcement was scheduled for a March 2 event, people familiar with it said.", "reported"),
    ],
)
def test_status_comes_from_the_events_own_clause(passage, status):
    assert suggest(passage).status == status
