"""Kind cues of round 25 (#18): a launch told by the verb's role (a phone shown, a market entered, a phone brought to
the US), and a carrier in the other roles of a sale, from our own sentences."""

from __future__ import annotations

import pytest

from gui.core.document.model import Lane, Source, new_document
from gui.core.evidence.extract import suggest_event


def _rules_kind(passage: str) -> str:
    document = new_document()
    document.lanes[:] = [Lane("vivo", "Vivo"), Lane("zte", "ZTE")]
    text = "Vivo in the US\n\n" + passage
    source = Source("s", "Vivo in the US", published="2021-05-04", text=text)
    return suggest_event(document, source, text.index(passage), len(text)).rules_kind


@pytest.mark.parametrize(
    "passage",
    [
        # a phone shown: the verb's object is a phone or a named model
        "Vivo showed the X90, a phone with a large camera, at an event in Shenzhen on Monday.",
        "Vivo will show two new foldables in Los Angeles next week.",
        "Vivo first showed the handset in March.",
        # a market entered or returned to, without the word "market"
        "Vivo said in 2020 that it hoped to enter the US within two years.",
        "Vivo weighs a return to American phone sales",
        "Vivo eyes US smartphone entry in 2023",
        # a phone brought to the US, its object between the verb and the place
        "Vivo brings its cheapest foldable to the US for $599",
        # its own name on its phones
        "Vivo will put its own name on the phones it builds for regional carriers from next year.",
    ],
)
def test_launches_told_by_the_verbs_role(passage):
    assert _rules_kind(passage) == "launch"


@pytest.mark.parametrize(
    "passage",
    [
        "Data from Counterpoint showed the brand's share fell in the quarter.",
        "Asked whether its phones would return to US carriers, Vivo said it had nothing to announce.",
    ],
)
def test_what_figures_show_and_a_return_to_carriers_are_no_launch(passage):
    assert _rules_kind(passage) != "launch"


@pytest.mark.parametrize(
    "passage",
    [
        # the carrier as the subject of the sale inside the sentence, or as the one who says it
        "Vivo said Verizon would start selling the X60 next month.",
        "Vivo said it expected T-Mobile to begin selling the phone in June.",
        "Verizon says the X60 goes on sale in its stores on June 3.",
        # the place a phone reaches, the owner of a named phone, the buyer it is made for, the partner of a launch
        "Vivo's X60 launches in the US this week and reaches Verizon on Thursday",
        "Verizon's Vivo X60 goes on sale Friday",
        "Vivo's first phone for Verizon will go on sale in October, the company said.",
        "Vivo launches the X60 with Verizon",
    ],
)
def test_a_carrier_in_other_roles_of_a_sale_is_a_deal(passage):
    assert _rules_kind(passage) == "carrier-deal"
