"""Round 27 of #18, status (sentences written for these tests, not taken from any file of benchmarks/extraction_set):
the rules' status cues, class by class."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import headline_status as _headline_status
from tests.core.evidence.titled_passages import rules_status as _status


@pytest.mark.parametrize(
    "passage",
    [
        "Motorola did not respond to emails seeking comment on Thursday.",
        "A Vivo spokeswoman did not respond when asked whether the X300 would reach T-Mobile.",
        "Verizon and AT&T did not respond on Friday to questions about whether they would stock the Xperia 9.",
        "A Samsung spokesman said the company did not comment on products it had not announced.",
        "Sony referred questions to the carrier.",
        "A TCL spokesman referred inquiries to Walmart.",
        "Cricket declined to give a price or a launch date for the Honor phone.",
    ],
)
def test_no_answer_however_asked_is_rumored(passage):
    """The guide (rounds 17–19): "did not respond", "referred questions to the carrier" and the like are `rumored`."""
    assert _status(passage) == "rumored"


@pytest.mark.parametrize(
    "passage",
    [
        "Motorola said the Razr Edge would reach Verizon stores in the spring, though it would not give a price.",
        "A T-Mobile spokeswoman said the carrier would sell the Xperia 9 this summer but declined to give a date.",
        "Vivo confirmed on Monday that it had signed with Cricket, and declined to give the order's size.",
    ],
)
def test_a_detail_not_given_after_the_event_said_keeps_it_confirmed(passage):
    assert _status(passage) == "confirmed"


@pytest.mark.parametrize(
    "headline",
    [
        "Vivo said to be near a deal with T-Mobile for its X300",
        "Sony's next Xperia said to be headed to Verizon",
        "Motorola said to have pulled its Razr orders at Sprint",
    ],
)
def test_a_headline_said_to_be_is_the_press_report(headline):
    """A maker "said to be" doing something is not the maker speaking: the headline rule's `reported`."""
    assert _headline_status(headline) == "reported"


@pytest.mark.parametrize(
    "passage",
    [
        # (the source is of Friday, March 1, 2024: "on Friday" and "later this month" are its own day and month)
        "Verizon will start selling the Xperia 9 on Friday for $899.",
        "Cricket will add the Honor Magic 7 later this month.",
        "Preorders for the Razr Edge open today on Motorola's website.",
        "The Vivo X300 goes on sale today at T-Mobile.",
    ],
)
def test_a_sale_ahead_on_the_sources_own_day_or_month_is_announced(passage):
    """The guide (round 10): a sale dated ahead and stated as settled is the maker's announced plan, `confirmed`, on
    the source's own day or month as on a later one."""
    assert _status(passage) == "confirmed"


def test_a_sale_told_as_done_today_stays_the_writers_report():
    assert _status("The Xperia 9 went on sale at Verizon today.") == "reported"


@pytest.mark.parametrize(
    "passage",
    [
        "Sony has told its retail partners to expect the Xperia 9 in June, three store managers who attended said.",
        "Motorola dropped the Razr Edge from its Verizon plans in May, two former Motorola executives said.",
        "Cricket has told its stores to make room for the Honor phone, two dealers in Ohio said.",
    ],
)
def test_people_counted_and_not_named_make_a_report(passage):
    assert _status(passage) == "reported"


def test_a_makers_own_executives_at_its_event_are_on_the_record():
    assert _status("TCL will sell the TCL 60 through Cricket from May, two TCL executives said at CES.") == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "A render of the Xperia 9 in Verizon's colours circulated among leakers this week.",
        "A job posting from Vivo this month seeks a head of carrier sales in Dallas.",
        "The tipster, who has a good record on Motorola phones, posted the Razr Edge's US price on Sunday.",
    ],
)
def test_what_a_leak_hints_at_is_rumored(passage):
    """The guide (rounds 13 and 14): renders, a tipster's word and what a listing hints at are `rumored`."""
    assert _status(passage) == "rumored"


def test_a_maker_on_the_record_after_leaks_is_confirmed():
    assert _status("Sony confirmed the Xperia 9 for Verizon on Tuesday, after weeks of leaked renders.") == "confirmed"


def test_a_result_short_of_the_analysts_forecast_keeps_its_source():
    passage = "Sony shipped 2 million phones in the quarter, the company said, fewer than analysts had forecast."
    assert _status(passage) == "confirmed"
