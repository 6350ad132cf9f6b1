"""Round 27, partners: the rules' own answer (``rules_partners``) on our own sentences."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import rules_answer, suggest_among


@pytest.mark.parametrize(
    ("passage", "partners"),
    [
        ("Boost Mobile, which Dish bought two years ago, will stock the Orbic Joy from March 3.", {"Boost", "Dish"}),
        ("Visible, the budget service Verizon owns, plans to offer the Orbic Joy this spring.", {"Visible", "Verizon"}),
        ("Metro will carry the Orbic Joy from March 3, the T-Mobile-owned prepaid carrier said.", {"Metro", "T-Mobile"}),
        ("Cricket Wireless, owned by Leap Wireless, added the Orbic Joy to its line-up on Friday.", {"Cricket", "Leap"}),
        ("Orbic is talking to Xfinity Mobile, Comcast's wireless service, about the Joy.", {"Xfinity Mobile", "Comcast"}),
        ("Spectrum Mobile, the wireless service of the cable company Charter, listed the Orbic Joy on Monday.",
         {"Spectrum Mobile", "Charter"}),
    ],
)
def test_an_owner_named_after_its_brand_is_listed_too(passage, partners):
    got = suggest_among(("Orbic",), passage, title="Orbic's prepaid push", published="2024-02-20")
    assert set(rules_answer(got, "partners")) == partners


@pytest.mark.parametrize(
    ("passage", "partners"),
    [
        ("Boost Mobile will stock the Orbic Joy from March 3, a Dish spokeswoman said.", {"Boost"}),
        ("Mint Mobile, which T-Mobile agreed to buy in March, will sell the Orbic Joy from May.", {"Mint Mobile"}),
        ("Cricket will carry the Orbic Joy, Leap Wireless, Cricket's parent, said on Monday.", {"Cricket"}),
    ],
)
def test_an_owner_only_speaking_or_still_buying_is_not(passage, partners):
    got = suggest_among(("Orbic",), passage, title="Orbic's prepaid push", published="2024-02-20")
    assert set(rules_answer(got, "partners")) == partners



@pytest.mark.parametrize(
    "passage",
    [
        "Boost Mobile has tested the Orbic Joy on the 5G network Dish is building in Texas, Orbic said.",
        "Boost Mobile will sell the Orbic Joy from May 2, and it will be among the first phones on the network Dish has built.",
        "A Boost Mobile launch of the Orbic Joy was put off last year when Dish delayed its 5G network.",
    ],
)
def test_an_owner_named_only_as_the_builder_of_the_network_is_not_a_partner(passage):
    got = suggest_among(("Orbic",), passage, title="Orbic's prepaid push", published="2024-02-20")
    assert set(rules_answer(got, "partners")) == {"Boost"}
