"""Round 5, partners: the MVNOs and stores US phones sell through are known (our own sentences)."""

from __future__ import annotations

import pytest

from gui.core.document.model import Lane, Source, new_document
from gui.core.evidence.extract import suggest_event


def suggest(passage: str):
    document = new_document("t")
    document.lanes.append(Lane("moto", "Motorola"))
    text = f"Motorola widens its US reach\n\n{passage}"
    source = Source("s", title="Motorola widens its US reach", published="2024-03-01", text=text)
    start = text.index(passage)
    return suggest_event(document, source, start, len(text))


@pytest.mark.parametrize(
    ("passage", "partners", "kind"),
    [
        ("Motorola will sell the Edge through Visible and Total Wireless from March 8.", ["Total Wireless", "Visible"], "carrier-deal"),
        ("Dish Network's Boost Infinite added the Razr to its lineup, Motorola said.", ["Boost", "Dish"], "carrier-deal"),
        ("The Moto G is also on the shelves at Sam's Club and Dollar General.", ["Dollar General", "Sam's Club"], "retail"),
    ],
)  # fmt: skip
def test_mvnos_and_stores_are_partners_with_their_kind(passage, partners, kind):
    got = suggest(passage)
    assert sorted(got.partners) == partners and got.kind == kind
