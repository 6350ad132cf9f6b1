"""Round 26, partners: the rules' own answer (``rules_partners``) on our own sentences."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import rules_answer, suggest_among


@pytest.mark.parametrize(
    ("passage", "partners"),
    [
        (("Kyocera, which sells its rugged phones through Verizon and AT&T, shipped 2 million handsets last year, "
          "analysts said."), {"Verizon", "AT&T"}),
        ("The DuraForce Ultra, which had been due at Verizon in March, will not go on sale, a Kyocera spokesman said.",
         {"Verizon"}),
        ("Kyocera, whose flip phones sit on Walmart's shelves, has shipped fewer phones this year.", {"Walmart"}),
    ],
)
def test_channels_named_only_as_background_are_listed(passage, partners):
    got = suggest_among(("Kyocera",), passage, title="Kyocera's year", published="2023-05-10")
    assert set(rules_answer(got, "partners")) == partners



@pytest.mark.parametrize(
    "passage",
    [
        "Kyocera, which sells its rugged phones through Verizon and AT&T, said the FCC's order was unfair.",
        "Kyocera, which sells flip phones through Verizon, said it would raise prices if the tariffs stay.",
        "Kyocera, whose phones Verizon sells, called the lawmakers' report baseless in a statement.",
    ],
)
def test_channels_named_as_background_of_a_regulatory_passage_are_not(passage):
    got = suggest_among(("Kyocera",), passage, title="Kyocera's year", published="2023-05-10")
    assert rules_answer(got, "partners") == ()



@pytest.mark.parametrize(
    ("passage", "partners"),
    [
        ("Leap Wireless's Cricket will sell the ZTE Score from May 1 for $99.", {"Cricket", "Leap"}),
        ("ZTE is in talks with Boost and Leap's Cricket about a cheaper model.", {"Boost", "Cricket", "Leap"}),
        ("Cricket will sell the ZTE Score from May 1, Leap Wireless said.", {"Cricket"}),
    ],
)
def test_leap_in_front_of_its_cricket_brings_both(passage, partners):
    got = suggest_among(("ZTE",), passage, title="ZTE and the prepaid carriers", published="2011-04-20")
    assert set(rules_answer(got, "partners")) == partners



@pytest.mark.parametrize(
    "passage",
    [
        "Sonim's XP5 flip phone wins a place in the FirstNet line-up",
        "The XP5 had been due to reach FirstNet customers in May, but Sonim held it back for a software fix.",
    ],
)
def test_firstnet_is_att(passage):
    got = suggest_among(("Sonim",), passage, title="Sonim's XP5 flip phone wins a place in the FirstNet line-up",
                        published="2021-04-20")  # fmt: skip
    assert rules_answer(got, "partners") == ("AT&T",)



@pytest.mark.parametrize(
    ("passage", "partners"),
    [
        ("The Key3 goes on sale unlocked at Best Buy next week and works on AT&T and T-Mobile.", ("Best Buy",)),
        ("The Key3 works on Verizon and Sprint but not on AT&T, the company said.", ()),
        ("It will work on T-Mobile, not on Verizon or US Cellular, so buyers should check first.", ()),
    ],
)
def test_a_carrier_a_phone_only_works_on_is_no_partner(passage, partners):
    got = suggest_among(("TCL",), passage, title="TCL's new Key", published="2019-04-20")
    assert rules_answer(got, "partners") == partners



def test_a_carrier_whose_network_a_phone_is_certified_for_in_a_side_clause_is_no_partner():
    passage = "Vivo has no US carrier plans, a spokesman said, citing the cost of certifying for Verizon's network."
    got = suggest_among(("Vivo",), passage, title="Vivo and the US", published="2024-04-20")
    assert rules_answer(got, "partners") == ()



@pytest.mark.parametrize(
    ("passage", "partners"),
    [
        ("Sprint will stop selling Motorola's i580 on its Nextel network in June, the carrier said.", ("Sprint",)),
        ("Sprint plans to swap customers' Nextel phones for Kyocera models by the end of the year.", ("Sprint",)),
        ("Nextel will sell Motorola's i580 from June, the carrier said.", ("Nextel",)),
    ],
)
def test_nextel_as_sprints_network_is_sprint(passage, partners):
    got = suggest_among(("Motorola",), passage, title="Motorola and the push-to-talk phones", published="2007-04-20")
    assert rules_answer(got, "partners") == partners


@pytest.mark.parametrize(
    ("passage", "partners"),
    [
        ("Boost Mobile, Cricket's closest rival, will sell the ZTE Warp from June.", ("Boost",)),
        ("US Cellular and Sprint, Alltel's larger competitors, already sell the ZTE Warp.", ("US Cellular", "Sprint")),
    ],
)
def test_the_carrier_whose_rival_a_partner_is_is_no_partner(passage, partners):
    got = suggest_among(("ZTE",), passage, title="ZTE and the prepaid carriers", published="2011-04-20")
    assert rules_answer(got, "partners") == partners


@pytest.mark.parametrize(
    ("passage", "partners"),
    [
        ("Target and Walmart will stock the Moto Q in their stores from May, Sprint said.", ("Target", "Walmart")),
        ("Best Buy will also carry the Moto Q on launch day, a Verizon spokeswoman said.", ("Best Buy",)),
        ("The carrier and Best Buy will sell the Moto Q from May, Sprint said.", ("Best Buy", "Sprint")),
        ("Verizon will sell the Moto Q from May and Best Buy in June, Verizon said.", ("Verizon", "Best Buy")),
    ],
)
def test_a_carrier_that_only_speaks_of_the_stores_is_no_partner(passage, partners):
    got = suggest_among(("Motorola",), passage, title="Motorola's Moto Q", published="2007-04-20")
    assert rules_answer(got, "partners") == partners
