"""Round 25, partners: the rules' own answer (``rules_partners``) on our own sentences."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import rules_answer, suggest_among


@pytest.mark.parametrize(
    ("passage", "partners"),
    [
        ("Cricket will stock the Moto G Power from June 3, an AT&T spokeswoman said.", {"Cricket"}),
        ("Metro by T-Mobile adds the Moto G Stylus next week, T-Mobile said in a statement.", {"Metro"}),
        ("Visible will sell the Moto Edge from Friday, according to Verizon.", {"Visible"}),
        ("Straight Talk and Walmart will carry the Moto G Play, Verizon, which owns Tracfone, said on Monday.",
         {"Straight Talk", "Walmart"}),
    ],
)
def test_an_owner_that_only_speaks_for_its_brand_is_no_partner(passage, partners):
    got = suggest_among(("Motorola",), passage, title="Motorola and the prepaid brands", published="2023-05-10")
    assert set(rules_answer(got, "partners")) == partners


@pytest.mark.parametrize(
    ("passage", "partners"),
    [
        ("The Moto G will be sold at T-Mobile's Metro prepaid brand from November, Motorola said.", {"T-Mobile", "Metro"}),
        ("Cricket and AT&T will both carry the Moto G, an AT&T spokeswoman said.", {"Cricket", "AT&T"}),
        ("The Moto G goes on sale at Verizon on May 1, a Verizon spokesman said.", {"Verizon"}),
        ("T-Mobile said on Monday that it and Metro by T-Mobile would sell the Moto G from May 1.", {"T-Mobile", "Metro"}),
    ],
)
def test_an_owner_in_front_of_its_brand_or_dealing_itself_stays(passage, partners):
    got = suggest_among(("Motorola",), passage, title="Motorola and the prepaid brands", published="2023-05-10")
    assert set(rules_answer(got, "partners")) == partners


@pytest.mark.parametrize(
    ("before", "passage", "partners"),
    [
        ("Verizon began selling the Moto G Stylus in May.",
         "The Moto G Stylus costs $10 a month, according to the carrier's website.", ("Verizon",)),
        ("Verizon began selling the Moto G Stylus in May.",
         "In the carrier's tests, the phone's battery lasted two days, a person familiar with them said.", ("Verizon",)),
        ("Walmart will stock the Moto E from June, Motorola said.",
         "The discount retailer had planned to start in May, two people familiar with the plans said.", ("Walmart",)),
    ],
)
def test_the_carrier_with_a_word_before_it_or_in_the_possessive_points_back(before, passage, partners):
    got = suggest_among(("Motorola",), passage, title="Motorola's channels", before=before, published="2023-05-10")
    assert rules_answer(got, "partners") == partners


def test_the_carrier_followed_by_its_own_name_points_nowhere():
    before = "AT&T began selling the Moto G Stylus in May."
    passage = "Motorola will also sell the phone in Britain through the mobile carrier EE, a person briefed on it said."
    got = suggest_among(("Motorola",), passage, title="Motorola's channels", before=before, published="2023-05-10")
    assert rules_answer(got, "partners") == ()


@pytest.mark.parametrize(
    ("passage", "partners"),
    [
        ("The Fairphone 6 runs on AT&T's network but not on T-Mobile's, Murena said.", ()),
        ("The handset works on T-Mobile's and Verizon's networks, according to Back Market's listing.", ()),
        ("Swappa will list the phone from May 2, the company said, though it works on its network and on AT&T's.",
         ("Swappa",)),
        ("Best Buy will stock the phone from June; customers on Verizon and T-Mobile will not get 5G service with it.",
         ("Best Buy",)),
        ("Verizon and AT&T subscribers can use the phone on their networks, but it lacks T-Mobile's 600 MHz band.", ()),
    ],
)
def test_networks_and_the_source_that_tells_them_are_no_partners(passage, partners):
    got = suggest_among(("Fairphone",), passage, title="Fairphone in America", published="2025-04-02")
    assert rules_answer(got, "partners") == partners


@pytest.mark.parametrize(
    ("passage", "partners"),
    [
        ("The phone is not yet certified for its network, a Verizon spokeswoman said on Monday.", ("Verizon",)),
        ("Verizon and AT&T subscribers can use the phone on their networks, but neither carrier will sell it.",
         ("Verizon", "AT&T")),
    ],
)
def test_a_carrier_speaking_of_its_network_or_refusing_the_phone_stays(passage, partners):
    got = suggest_among(("Fairphone",), passage, title="Fairphone in America", published="2025-04-02")
    assert rules_answer(got, "partners") == partners


@pytest.mark.parametrize(
    ("passage", "partners"),
    [
        ("ZTE has sold no phones through a big US carrier since Verizon backed out of a deal to carry the Axon 9 in 2019.",
         ("Verizon",)),
        ("Walmart began stocking the Axon 9 in May, weeks after Sprint and Verizon dropped plans to sell it.",
         ("Walmart", "Sprint", "Verizon")),
        ("ZTE unveiled the Axon 9 in Berlin, two months after T-Mobile walked away from an agreement to offer it.",
         ("T-Mobile",)),
    ],
)
def test_a_partner_in_a_deal_dropped_in_a_side_clause_is_a_partner_still(passage, partners):
    got = suggest_among(("ZTE",), passage, title="ZTE in America", published="2019-08-20")
    assert rules_answer(got, "partners") == partners


def test_a_side_clause_with_no_deal_dropped_stays_background():
    passage = "ZTE cut its US staff by half in June, a year after Verizon began selling its Blade phones."
    got = suggest_among(("ZTE",), passage, title="ZTE in America", published="2019-08-20")
    assert rules_answer(got, "partners") == ()
