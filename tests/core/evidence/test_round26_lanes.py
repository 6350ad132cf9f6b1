"""Round 26, the lane (our own sentences): makers the app did not know. OnwardMobility, the Texas start-up that
licensed the BlackBerry name, is offered as a new lane, and is the subject before the brand it licensed."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import suggest_among

LANES = ("Samsung", "Motorola", "Apple", "Google", "TCL", "BlackBerry", "Sharp")


def suggest(passage: str, *, title: str, before: str = ""):
    return suggest_among(LANES, passage, title=title, before=before, published="2021-03-12")


@pytest.mark.parametrize(
    ("passage", "maker"),
    [
        ("OnwardMobility pushed its keyboard phone back to the second half of the year, a spokesman said.", "OnwardMobility"),
        ("Onward Mobility, a start-up in Austin, is showing carriers a 5G keyboard phone.", "OnwardMobility"),
    ],
)
def test_a_maker_without_a_lane_is_offered_a_new_one(passage, maker):
    got = suggest(passage, title="Phone news")
    assert (got.lane, got.new_lane) == (None, maker)


def test_a_brand_licensee_is_the_subject_before_the_brand_it_licensed():
    got = suggest(
        "OnwardMobility said on Tuesday that it had signed a deal to put the BlackBerry name on a 5G phone.",
        title="A new BlackBerry phone is coming",
    )
    assert (got.lane, got.new_lane) == (None, "OnwardMobility")
