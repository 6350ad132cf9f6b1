"""Kind cues of round 30 (#18), from our own sentences: a partner's refusal or a delay told by a phrasal verb with its
object inside ("turned the maker down", "pushed the phone back to the fall") or with none after it ("looked at it and
passed", "backed off", "got nowhere", "chose its own models instead"), and such a step back told in a side clause when the
main clause only names the carrier (a setback, the guide's kind rule); a company's other dealings (a purchase agreed,
closed or completed, money raised, a listing, a sponsorship, a brand licensed, a deal to make the phones), whose "deal"
and "agreed" are no carrier's (context: who owns, funds or makes whom, the guide's buyer rule)."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import vivo_rules_kind as _rules_kind


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo has pushed its first phone for T-Mobile back to the spring, people familiar with the plans said.",
        "Verizon turned Vivo down last year over the phone's software.",
        "T-Mobile looked at the X90 and passed, according to one person.",
        "Vivo tried to sell the X90 to AT&T last year and got nowhere.",
        "Cricket came close before backing off in the spring.",
        "AT&T chose its own Motorola models instead, two people said.",
    ],
)
def test_a_partners_step_back_told_by_a_phrasal_verb_is_a_setback(passage):
    assert _rules_kind(passage) == "setback"


@pytest.mark.parametrize(
    "passage",
    [
        "Its last attempt ended in May, when AT&T walked away from selling the X80.",
        "Vivo has had no phone at T-Mobile since the carrier walked away from the X60 in 2020.",
    ],
)
def test_a_step_back_in_a_side_clause_is_the_carriers_when_the_main_clause_names_only_it(passage):
    assert _rules_kind(passage) == "setback"


@pytest.mark.parametrize(
    ("passage", "kind"),
    [
        # a side clause's background does not outweigh a sale at a carrier
        ("Vivo, which entered the US market in 2019, will sell its first 5G phone through Verizon this spring.", "carrier-deal"),
        # "back into" production is no delay
        ("Vivo pushed the X90 back into production in June.", "other"),
    ],
)
def test_no_step_back(passage, kind):
    assert _rules_kind(passage) == kind


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo agreed to buy Kestrel, the Austin company that makes modems for phone makers, for an undisclosed sum.",
        "Vivo said it had completed its $2 billion purchase of Kestrel.",
        "Vivo expects the deal to close in the spring.",
        "Vivo renews its stadium sponsorship deal with the Dallas Mavericks",
        "Vivo licensed the Kestrel brand for its phones in a deal signed on Monday.",
        "Vivo will build its US phones in Mexico under a new assembly deal with Jabil.",
        "Vivo raised $300 million in a deal with investors led by Tencent.",
        "Vivo went public on the Nasdaq in May, a deal that valued it at $9 billion.",
    ],
)
def test_a_companys_other_dealings_are_context(passage):
    assert _rules_kind(passage) == "context"


def test_a_deal_with_a_carrier_is_still_a_carrier_deal():
    assert _rules_kind("Vivo signed a deal with Verizon to sell the X90.") == "carrier-deal"
