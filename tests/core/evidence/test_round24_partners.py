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
        # ("Xfinity Mobile, Comcast's wireless service, …" names the owner after its brand: both, by session 13)
        "Spectrum Mobile adds the Moto G Play, Charter says",
    ],
)
def test_an_owner_not_in_front_of_its_brand_is_no_partner(passage):
    got = suggest_among(("Motorola",), passage, title="Motorola and the cable carriers", published="2023-06-20")
    assert rules_answer(got, "partners") in (("Xfinity Mobile",), ("Spectrum Mobile",))


def test_the_radio_spectrum_is_no_partner():
    passage = "The FCC's Spectrum auction raised $81 billion, a sum the makers' phones will need new radios for."
    got = suggest_among(("Motorola",), passage, title="The auction", published="2021-02-24")
    assert rules_answer(got, "partners") == ()


@pytest.mark.parametrize(
    "passage",
    [
        "An Oppo executive said the company was in touch with all the carriers but named none of them.",
        "Oppo sells few phones under the carriers' own brands, a research firm said.",
        "Analysts said those carriers might look for cheaper suppliers if the tariffs stay.",
        "Oppo opposes the rule, a demand that carriers and retailers have long made of phone makers.",
    ],
)
def test_carriers_as_a_group_are_no_partners_named_before(passage):
    before = "T-Mobile and AT&T began selling the Oppo Find N in March."
    got = suggest_among(("Oppo",), passage, title="Oppo in America", before=before, published="2024-05-02")
    assert rules_answer(got, "partners") == ()


def test_the_same_carriers_still_point_back():
    before = "T-Mobile and AT&T began selling the Oppo Find N in March."
    passage = "The same carriers will offer the Find N2 from September, Oppo said."
    got = suggest_among(("Oppo",), passage, title="Oppo in America", before=before, published="2024-05-02")
    assert set(rules_answer(got, "partners")) == {"T-Mobile", "AT&T"}


@pytest.mark.parametrize(
    "passage",
    [
        "A Vivo spokeswoman declined to comment on the talks.",
        "Vivo has not picked a US partner yet, two people familiar with the negotiations said.",
        "No agreement is close, according to a person briefed on the discussions.",
        "Vivo did not answer a request for comment about the deal.",
    ],
)
def test_talks_named_only_as_what_a_source_knows_bring_no_partners(passage):
    before = "Vivo has been in talks with Verizon and Best Buy about selling its X200 phone from the autumn."
    got = suggest_among(("Vivo",), passage, title="Vivo's American plans", before=before, published="2025-03-11")
    assert rules_answer(got, "partners") == ()


def test_the_talks_as_the_subject_still_point_back():
    before = "Vivo has been in talks with Verizon about selling its X200 phone from the autumn."
    passage = "The talks began in January, one of the people said."
    got = suggest_among(("Vivo",), passage, title="Vivo's American plans", before=before, published="2025-03-11")
    assert rules_answer(got, "partners") == ("Verizon",)


@pytest.mark.parametrize(
    "passage",
    [
        "AT&T plans to offer the Kin Two next spring, once Verizon's exclusive deal runs out, analysts said.",
        "AT&T said it would sell the Kin Two after Verizon's exclusivity expires in March.",
        "AT&T hopes to carry the Kin Two when Verizon's exclusive period ends, a person briefed on the plan said.",
    ],
)
def test_a_carrier_whose_exclusive_ends_is_a_partner_still(passage):
    # The guide settled it later ("An exclusive that ends, so other carriers sell the phone"): the holder is listed too.
    got = suggest_among(("Microsoft",), passage, title="The Kin at AT&T", published="2010-05-12")
    assert set(rules_answer(got, "partners")) == {"AT&T", "Verizon"}


def test_a_carrier_whose_exclusive_ends_is_the_partner_of_that_end():
    passage = "Verizon's exclusive on the Kin Two ends in March, Microsoft said."
    got = suggest_among(("Microsoft",), passage, title="The Kin at AT&T", published="2010-05-12")
    assert rules_answer(got, "partners") == ("Verizon",)


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo said a US carrier would sell its next phone, without naming the carrier.",
        "Its chief executive would not identify the retailer, saying only that it has stores in every state.",
    ],
)
def test_a_partner_left_unnamed_brings_none_from_before(passage):
    before = "Verizon and Best Buy sold Vivo's first US phone last year."
    got = suggest_among(("Vivo",), passage, title="Vivo's American plans", before=before, published="2025-03-11")
    assert rules_answer(got, "partners") == ()


@pytest.mark.parametrize(
    ("passage", "partner"),
    [
        ("Oppo's Reno 9, which T-Mobile started selling in March, has sold below the carrier's hopes, analysts said.",
         "T-Mobile"),
        ("Oppo, whose phones US Cellular has stocked since 2022, is the carrier's second supplier, an analyst said.",
         "US Cellular"),
        ("The Reno 9, which Best Buy had planned to stock, was dropped after the retailer cut its order.", "Best Buy"),
    ],
)
def test_the_carrier_in_the_main_clause_is_the_one_its_side_clause_names(passage, partner):
    before = "AT&T began selling Oppo's tablet last year."
    got = suggest_among(("Oppo",), passage, title="Oppo in America", before=before, published="2024-05-02")
    assert rules_answer(got, "partners") == (partner,)


@pytest.mark.parametrize(
    "passage",
    [
        "Acer expects the deal to close by June, once regulators in Washington and Taipei have approved it.",
        "The deal still needs approval from the European Commission, Acer said.",
    ],
)
def test_a_purchase_that_closes_is_no_deal_with_the_carriers_before(passage):
    before = "Acer agreed on Monday to buy Nextbit for $400 million and to keep its Robin at T-Mobile and Walmart."
    got = suggest_among(("Acer",), passage, title="Acer buys a phone maker", before=before, published="2016-03-08")
    assert rules_answer(got, "partners") == ()
