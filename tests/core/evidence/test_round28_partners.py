"""Round 28, partners: the rules' own answer (``rules_partners``) on our own sentences."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import rules_answer, suggest_among


def _rules_partners(passage: str) -> set[str]:
    got = suggest_among(("Orbic", "Kyocera"), passage, title="Orbic's phones in the US", published="2024-02-20")
    return set(rules_answer(got, "partners"))


@pytest.mark.parametrize(
    ("passage", "partners"),
    [
        ("Our test unit held a steady 5G signal on Verizon's network in Tulsa, though its battery faded by dusk.", set()),
        ("On AT&T's network in Reno the Orbic Joy found LTE everywhere, but it has no n41 radio for T-Mobile.", set()),
        ("The Kyocera has no CDMA radio, which rules out Sprint and Verizon.", set()),
        ("We bought ours at a mall kiosk; in Boise it dropped to 3G on T-Mobile's network within minutes.", set()),
    ],
)
def test_a_carrier_named_only_for_how_the_phone_fares_on_its_network_is_not_a_partner(passage, partners):
    assert _rules_partners(passage) == partners


@pytest.mark.parametrize(
    "passage",
    [
        "A jury in Marshall, Texas, found on Tuesday that the Orbic Joy, sold through Verizon and Cricket, infringed a "
        "patent on voice dialling.",
        "A patent firm asked the International Trade Commission to bar imports of Kyocera flip phones sold by AT&T.",
        "Shoppers who bought the Orbic Joy at Walmart sued the company in federal court on Monday over its batteries.",
    ],
)
def test_carriers_and_stores_in_a_court_matter_are_not_partners(passage):
    assert _rules_partners(passage) == set()



@pytest.mark.parametrize(
    "passage",
    [
        "Verizon expects to offer the Orbic Joy next spring, once Cricket's exclusive period runs out, analysts said.",
        "Verizon will pick up the Orbic Joy in May, after Cricket's exclusive lapses.",
    ],
)
def test_a_carrier_whose_exclusive_ends_is_listed_with_the_new_one(passage):
    assert _rules_partners(passage) == {"Verizon", "Cricket"}
