"""Round 23, partners: the rules' own answer (``rules_partners``) on our own sentences."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import rules_answer, suggest_among


@pytest.mark.parametrize(
    ("passage", "partner"),
    [
        ("Fairphone's repairable model goes on sale in America through Murena's web shop next week.", "Murena"),
        ("Sonim's rugged flip phone will be stocked by Home Depot in 400 stores from May, the company said.", "Home Depot"),
        ("Orbic agreed to put its cheapest phone on the shelves of Family Dollar this spring.", "Family Dollar"),
        ("Lowe's will carry two Sonim handsets in its contractor aisles, Sonim said.", "Lowe's"),
        ("SafeLink Wireless will hand out a free ZTE phone to Lifeline customers from June.", "SafeLink"),
        ("Cellular South said on Monday that it would sell the BlackBerry Bold from April.", "Cellular South"),
    ],
)
def test_partners_the_guide_names(passage, partner):
    got = suggest_among(("Fairphone", "Sonim", "Orbic", "ZTE", "BlackBerry"), passage, title="Phones in stores",
                        published="2021-03-02")  # fmt: skip
    assert rules_answer(got, "partners") == (partner,)


@pytest.mark.parametrize(
    "passage",
    [
        "A Vivo handset with the 5G bands used by Verizon and T-Mobile was certified by the FCC on Thursday, a filing shows.",
        "An Oppo phone supporting AT&T's LTE bands turned up in the FCC's database this week.",
        "The FCC listing shows a Vivo model with the radio bands that Verizon uses for its 5G service.",
        "Vivo says the handset works on the networks of Verizon and AT&T, though no carrier will sell it.",
        "The Oppo phone works on AT&T's network but not on T-Mobile's, the company said.",
        "An Oppo model with T-Mobile's 600 MHz band cleared the FCC on Monday.",
    ],
)
def test_a_carrier_named_for_its_bands_or_network_is_no_partner(passage):
    got = suggest_among(("Vivo", "Oppo"), passage, title="A phone at the FCC", published="2022-06-14")
    assert rules_answer(got, "partners") == ()


def test_a_carrier_that_sells_the_phone_beside_its_bands_is_still_one():
    passage = "Verizon will sell the Vivo phone from May 3, and a version with the bands used by AT&T is due later."
    got = suggest_among(("Vivo",), passage, title="Vivo at Verizon", published="2022-04-01")
    assert rules_answer(got, "partners") == ("Verizon",)


def test_an_investor_is_no_partner():
    passage = "Nothing has raised $200 million from investors including Walmart and a Swedish fund."
    got = suggest_among(("Nothing",), passage, title="Nothing raises money", published="2023-05-02")
    assert rules_answer(got, "partners") == ()
