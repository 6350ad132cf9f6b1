"""Kind cues of round 27 (#18), from our own sentences: a carrier testing a maker's phone (round 23's close call:
talks), a price cut (the channel's sale), a sale that goes on ("no plans to stop selling": a deal), a detail withheld
("declined to name it": no refusal), and a deal not yet made ("has not signed a contract": talks)."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import vivo_rules_kind as _rules_kind


@pytest.mark.parametrize(
    "passage",
    [
        "Verizon has been testing Vivo prototypes in its lab since March, a person familiar with the matter said.",
        "T-Mobile finished testing the phone on its network in June, the last step before it can place an order.",
        "Vivo has given AT&T engineers a handful of early units for testing, two people said.",
        "The X90 passed Verizon's network tests last month, according to a supplier.",
        "Vivo is putting its new phone through tests with a large US carrier, its chief executive said.",
        "Cricket began testing a mid-range Vivo phone on its network in April, one of the people said.",
    ],
)
def test_a_carrier_testing_the_phone_is_talks(passage):
    assert _rules_kind(passage) == "carrier-talks"


@pytest.mark.parametrize(
    ("passage", "kind"),
    [
        # a test that is no carrier's: the waters, or a regulator's lab
        ("Vivo is testing the waters with an unlocked phone sold on Amazon.", "online-sales"),
        ("The FCC tested the phone for radio emissions before approving it.", "regulatory"),
    ],
)
def test_a_test_that_is_no_carriers_is_not_talks(passage, kind):
    assert _rules_kind(passage) == kind


@pytest.mark.parametrize(
    ("passage", "kind"),
    [
        # a price cut is a sale at the channel (rounds 17-19: "A price cut at a carrier is carrier-deal")
        ("T-Mobile cut the price of the Vivo X90 to $399 last week.", "carrier-deal"),
        ("Cricket cut its price for the X90 to $199 on Friday.", "carrier-deal"),
    ],
)
def test_a_price_cut_is_the_channels_sale(passage, kind):
    assert _rules_kind(passage) == kind


@pytest.mark.parametrize(
    "passage",
    [
        # a sale that goes on: a deal (rounds 20-22), not the "no plans" setback
        "Verizon said it had no plans to stop selling Vivo phones.",
        "AT&T, which carries the X90, said it has no plans to pull it from its stores.",
    ],
)
def test_no_plans_to_stop_selling_is_a_deal_that_goes_on(passage):
    assert _rules_kind(passage) == "carrier-deal"


@pytest.mark.parametrize(
    ("passage", "kind"),
    [
        # a detail withheld is no answer, not a refusal: the kind of the event asked about
        ("Vivo said the X90 would go on sale at T-Mobile this year but declined to name a second carrier.", "carrier-deal"),
        ("T-Mobile will sell the X90 in the spring, a spokesman said, though he declined to give a date.", "carrier-deal"),
        # a refusal stays a setback
        ("Verizon declined to carry the X90, two people said.", "setback"),
    ],
)
def test_a_detail_withheld_is_no_refusal(passage, kind):
    assert _rules_kind(passage) == kind


@pytest.mark.parametrize(
    "passage",
    [
        # a deal not yet made, or near: the talks it stands at
        "Vivo and T-Mobile have not yet signed a contract for the X90, one of the people said.",
        "Verizon has yet to agree to carry the X90, a person briefed on the matter said.",
        "Vivo nears a Verizon deal for its first US phone",
        "Vivo has shown the X90 to Cricket, but no deal with the carrier is close yet, two people said.",
    ],
)
def test_a_deal_not_yet_made_is_talks(passage):
    assert _rules_kind(passage) == "carrier-talks"


def test_no_plans_to_change_an_absence_stays_a_setback():
    # "that" is the sale that is not there: the no-plans setback, not a sale that goes on
    assert _rules_kind("No US carrier sells the X90, and Vivo said it had no plans to change that.") == "setback"
