"""Round 13, partners: a carrier's former company name is the carrier, once (our own sentences)."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import suggest_among


@pytest.mark.parametrize(
    "passage",
    [
        "Samsung will sell the Instinct through Sprint Nextel from June, the carrier said.",
        "Sprint Nextel agreed on Tuesday to carry two Kyocera phones for its prepaid brands.",
        "Palm's Treo 700p reached Sprint PCS stores on Monday.",
    ],
)
def test_sprint_nextel_is_sprint(passage):
    got = suggest_among(("Samsung", "Kyocera", "Palm"), passage, title="Phones at Sprint", published="2008-05-20")
    assert got.partners == ("Sprint",)


def test_nextel_alone_is_still_nextel():
    got = suggest_among(("Motorola",), "Motorola shipped its i850 to Nextel in March.", title="Nextel phones",
                        published="2004-05-02")  # fmt: skip
    assert got.partners == ("Nextel",)
