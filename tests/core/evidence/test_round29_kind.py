"""Kind cues of round 29 (#18), from our own sentences: sales that stopped, told by the time since which there were
none (a setback, the guide's kind rule: "sales that stopped"); a plant, store or pop-up closed, named by its town or
its number (a setback, rounds 13 and 14); a phone kept from its market or buyers (a setback); pop-ups (retail); and how a phone is made, runs on networks or is
advertised, in a passage that names no effort (context: background)."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import vivo_rules_kind as _rules_kind


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo has not sold a phone through a US carrier since 2021, when AT&T dropped the X60.",
        "T-Mobile has not stocked a new Vivo phone since the X80.",
        "Verizon has carried no Vivo phone since the carrier's tests found flaws in 2020.",
    ],
)
def test_no_phone_sold_since_a_time_is_a_setback(passage):
    assert _rules_kind(passage) == "setback"


@pytest.mark.parametrize(
    ("passage", "kind"),
    [
        # a sale that has gone on since a time is the sale
        ("Vivo has sold phones through Cricket since 2019.", "carrier-deal"),
        # with no "since", a state
        ("Vivo does not sell phones through US carriers.", "carrier-deal"),
    ],
)
def test_a_sale_since_a_time_is_no_setback(passage, kind):
    assert _rules_kind(passage) == kind


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo to close Texas factory that built the X60",
        "Vivo closes two New York pop-ups a month early",
        "Vivo closed four smaller mall stores in 2022 and never reopened them.",
    ],
)
def test_a_place_closed_named_by_its_town_or_number_is_a_setback(passage):
    assert _rules_kind(passage) == "setback"


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo weighs a permanent Chicago store after crowds at its pop-up",
        "Vivo sets a two-day Austin pop-up for its new foldable",
    ],
)
def test_a_pop_up_is_retail(passage):
    assert _rules_kind(passage) == "retail"


@pytest.mark.parametrize(
    "passage",
    [
        "Our teardown of the Vivo X90 found a MediaTek modem next to the main chip.",
        "The first Vivo phones built for American buyers were assembled by a contract manufacturer in Taiwan.",
        "In a week of use the Vivo X90 ran on T-Mobile's and AT&T's networks around Denver.",
        "Our review unit of the Vivo X90 lacks the n77 band, so 5G coverage came and went.",
        "Vivo will air a 30-second commercial for the X90 during the Oscars, the company said.",
        "Vivo will rent billboards in Times Square in June.",
    ],
)
def test_how_a_phone_is_made_runs_or_is_advertised_is_background(passage):
    assert _rules_kind(passage) == "context"


@pytest.mark.parametrize(
    ("passage", "kind"),
    [
        ("Vivo is close to a deal with AT&T.", "carrier-talks"),
        ("Vivo signed a contract with AT&T.", "carrier-deal"),
        # a sale named with the network: the sale
        ("T-Mobile will sell the Vivo X90, which runs on its 5G network, from May 1.", "carrier-deal"),
    ],
)
def test_efforts_beside_those_words_keep_their_kind(passage, kind):
    assert _rules_kind(passage) == kind


@pytest.mark.parametrize(
    "passage",
    [
        "A foldable Vivo showed privately to carriers will not reach the market this year, an executive added.",
        "Vivo gaming phones held at US customs",
        "Many Verizon stores ran short of the Vivo X90 within days of its debut.",
        "Vivo X90 review: the phone Vivo can't get onto a US carrier",
    ],
)
def test_a_phone_kept_from_its_market_or_buyers_is_a_setback(passage):
    assert _rules_kind(passage) == "setback"
