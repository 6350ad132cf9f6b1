"""Kind and status from how reporters write (issue #18): setbacks by lemma, regulators, talks, and the event's own clause."""

from __future__ import annotations

import pytest

from gui.core.document.model import Lane, Source, new_document
from gui.core.evidence.extract import suggest_event
from tests.core.evidence.titled_passages import rules_answer


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


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo has postponed the US launch of its folding phone.",
        "The Vivo X60 launch at Sprint was delayed after a software fault.",
        "Sprint put off the Vivo launch until the autumn.",
        "Talks between Vivo and Sprint went nowhere.",
        "Sprint passed on the Vivo phone after testing it.",
        "Vivo has no plans to sell phones in the United States.",
        "The Vivo V20 sold poorly at Sprint.",
    ],
)
def test_more_setbacks_by_lemma(passage):
    assert suggest(passage).kind == "setback", suggest(passage).hints["kind"]


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo is considering selling phones in the United States next year.",
        "Vivo aims to ship the X70 to US buyers in the autumn.",
        "ZTE wants to bring its Axon phones to the US.",
    ],
)
def test_plans_to_sell_in_the_us_are_a_launch(passage):
    assert suggest(passage).kind == "launch", suggest(passage).hints["kind"]


def test_a_market_position_is_context_not_a_sale_at_the_places_named():
    assert suggest("Vivo phones remain among the best sellers at Boost and Walmart.").kind == "context"
    assert suggest("Vivo is the largest maker of prepaid phones sold at Sprint.").kind == "context"
    # What never happened is no event of its kind.
    assert suggest("The Vivo Nex was sold only in China and never reached American stores.").kind == "context"


def test_unlocked_phones_sold_online_and_in_stores_are_online_sales():
    got = suggest("The unlocked Vivo X50 is sold through Costco and B&H, and on Amazon.")
    assert got.kind == "online-sales", got.hints["kind"]


@pytest.mark.parametrize(
    ("passage", "status"),
    [
        # A plan the company itself tells is confirmed; relayed by others it is a report; stated alone by the writer, a
        # report too (the guide's reported: stated by the publication without attribution; round 28).
        ("Vivo plans to unveil a folding phone at CES 2021, a company executive said.", "confirmed"),
        ("Vivo plans to launch at Sprint in May, people familiar with the matter said.", "reported"),
        ("Vivo aims to reach Sprint stores in May, according to a memo seen by reporters.", "reported"),
        ("Vivo aims to reach Sprint stores in May.", "reported"),
        ("Vivo plans to sell phones via Sprint.", "reported"),
        # Considering and weighing stay hedges even in the company's own words.
        ("Vivo is weighing a US launch, its chief executive said.", "rumored"),
        # "no plans to" is no hedge.
        ("Vivo has no plans to sell phones in the US, its chief executive told reporters.", "confirmed"),
        # A date ahead stated as settled, without a hedge, is an announced plan.
        ("The Vivo X50 goes on sale at Sprint stores on April 2.", "confirmed"),
        ("An unlocked Vivo X50 will be available on Amazon from 4/2/20.", "confirmed"),
        # Still a plan, not yet done, when nothing settles it.
        ("Vivo is in talks with Sprint to carry its phones in 2021.", "rumored"),
    ],
)
def test_intentions_and_settled_dates(passage, status):
    got = suggest(passage)
    assert rules_answer(got, "status") == status, got.rules_hints["status"]


@pytest.mark.parametrize(
    "passage",
    [
        # A figure that moved is a market position (context) unless an action is stated with it (test_round3.py).
        "Vivo's US sales fell by half last year, and it shut its Dallas office.",
        "Vivo shut its US office in San Diego.",
        "Vivo laid off most of its American staff.",
        "Sprint stopped offering the Vivo X21 in 2019.",
        "The Vivo Y11 was discontinued at Sprint.",
    ],
)
def test_decline_and_retreat_are_setbacks(passage):
    assert suggest(passage).kind == "setback", suggest(passage).hints["kind"]


def test_phones_on_shelves_are_no_shelved_plan():
    got = suggest("Vivo said it expects its phones to be back on shelves at Sprint by 9/1/20.")
    assert (got.kind, got.status, got.start) == ("carrier-deal", "confirmed", "2020-09-01"), got.hints


def test_a_security_review_is_regulatory():
    assert suggest("Any Vivo phone sold at Sprint would face a lengthy security review.").kind == "regulatory"


def test_a_named_official_on_the_record_confirms_and_no_announcement_does_not():
    assert suggest("Commerce Secretary Gina Raimondo said ZTE would stay on the list.").status == "confirmed"
    got = suggest("Vivo began selling the Y20 on Amazon last week, without a formal announcement.")
    assert got.status == "reported", got.hints["status"]


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo pitched the phone to Sprint, but the carrier balked at the price.",
        "Sprint nixed the Vivo deal at the last minute.",
        "Sprint killed the Vivo launch after a review.",
        "Vivo now has no route to American buyers.",
    ],
)
def test_refusals_and_dead_ends_are_setbacks(passage):
    assert suggest(passage).kind == "setback", suggest(passage).hints["kind"]


def test_no_comment_is_no_confirmation_and_a_unit_on_the_record_is():
    got = suggest("A Vivo spokesperson declined to comment on whether the phone would reach Sprint.")
    assert got.status == "rumored", got.hints["status"]
    assert suggest("Vivo's US unit said the Y20 is available at Sprint.").status == "confirmed"


def test_looking_for_a_partner_is_talks_and_evaluating_the_market_a_launch():
    assert suggest("Vivo is looking to sign a carrier partner next year.").kind == "carrier-talks"
    assert suggest("Vivo is seeking a deal with a US carrier.").kind == "carrier-talks"
    assert suggest("Vivo said it “continues to evaluate” the US market.").kind == "launch"


def test_phones_sold_by_carriers_and_stores_are_a_carrier_deal():
    got = suggest("The Vivo X9 will be sold by Sprint and Boost, as well as at Best Buy and Target, from May 2.")
    assert got.kind == "carrier-deal", got.hints["kind"]


def test_no_answer_to_a_request_for_comment_is_no_confirmation():
    got = suggest("Vivo did not respond to a request for comment about a deal with Sprint.")
    assert got.status == "rumored", got.hints["status"]


def test_a_research_firm_reports_it_does_not_confirm_it():
    got = suggest("Vivo shipped 3 million phones in the third quarter, a research firm said.")
    assert got.status == "reported", got.hints["status"]


@pytest.mark.parametrize(
    ("passage", "kind"),
    [
        ("Vivo ended that arrangement late last year.", "setback"),
        ("Sprint terminated its contract with Vivo.", "setback"),
        ("Vivo could bring its first own-brand phone to the US in early 2021.", "launch"),
        ("ZTE agreed to plead guilty to charges that it shipped parts to Iran.", "regulatory"),
        ("Prosecutors say ZTE violated export rules.", "regulatory"),
    ],
)
def test_ended_deals_modal_launches_and_criminal_cases(passage, kind):
    assert suggest(passage).kind == kind, suggest(passage).hints["kind"]


def test_an_agency_on_the_record_confirms():
    got = suggest("The Justice Department said ZTE would pay the largest penalty in such a case.")
    assert got.status == "confirmed", got.hints["status"]


def test_no_comment_yet_never_offered_and_a_share_of_the_market():
    assert suggest("Vivo has not commented on the Sprint listing.").status == "rumored"
    assert suggest("Vivo sells earbuds in the US but has never offered its phones here.").kind == "context"
    assert suggest("Vivo's share of the US prepaid market was under 5 percent last year.").kind == "context"
