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
