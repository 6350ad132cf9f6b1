"""Round 24, partners: the rules' own answer (``rules_partners``) on our own sentences."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import rules_answer, suggest_among


@pytest.mark.parametrize(
    ("passage", "partners"),
    [
        ("Comcast's Xfinity Mobile will offer the Moto G Play from July 9, Motorola said.",
         {"Comcast", "Xfinity Mobile"}),
        ("Motorola is talking to Charter's Spectrum Mobile about its cheapest phone, a person briefed on it said.",
         {"Charter", "Spectrum Mobile"}),
        ("Charter Communications' Spectrum Mobile added the Moto G Play to its line-up on Monday.",
         {"Charter", "Spectrum Mobile"}),
        ("The Moto G Play reaches Xfinity and Spectrum next month, Motorola said on Friday.",
         {"Xfinity Mobile", "Spectrum Mobile"}),
    ],
)
def test_a_cable_brand_and_its_owner_in_front_of_it(passage, partners):
    got = suggest_among(("Motorola",), passage, title="Motorola and the cable carriers", published="2023-06-20")
    assert set(rules_answer(got, "partners")) == partners


@pytest.mark.parametrize(
    "passage",
    [
        "Xfinity Mobile, Comcast's wireless service, will offer the Moto G Play from July 9, Motorola said.",
        "Spectrum Mobile adds the Moto G Play, Charter says",
    ],
)
def test_an_owner_not_in_front_of_its_brand_is_no_partner(passage):
    got = suggest_among(("Motorola",), passage, title="Motorola and the cable carriers", published="2023-06-20")
    assert rules_answer(got, "partners") in (("Xfinity Mobile",), ("Spectrum Mobile",))


def test_the_spectrum_as_a_phone_or_the_radio_spectrum_is_no_partner():
    passage = "The FCC's Spectrum auction raised $81 billion, a sum the makers' phones will need new radios for."
    got = suggest_among(("Motorola",), passage, title="The auction", published="2021-02-24")
    assert rules_answer(got, "partners") == ()
