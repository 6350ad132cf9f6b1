"""Round 10 of #18, status (sentences written for these tests, not taken from any file of benchmarks/extraction_set):
a plan dated ahead that people not named told the reporter of, or that the writer's own channel checks found, is
reported, not announced."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import suggest_among

LANES = ("Honor", "HMD", "Motorola")


@pytest.mark.parametrize(
    "passage",
    [
        "Honor will show its new foldable to American carriers in Dallas on Thursday, two people told me.",
        "Motorola will sell the Edge through Best Buy from June 9, three people told us.",
        "HMD will sell the Nokia G42 through Amazon from 6 May, per our channel checks.",
        "Motorola will add the Razr to Visible's line-up on June 2, our carrier checks show.",
    ],
)
def test_a_plan_ahead_told_by_people_not_named_is_reported(passage):
    got = suggest_among(LANES, passage, title="Phones in the US", published="2023-05-01")
    assert got.start > "2023-05-01"  # dated ahead: without a source the rules would call it announced
    assert got.status == "reported", got.hints["status"]


def test_a_plan_ahead_told_as_settled_stays_announced():
    got = suggest_among(LANES, "Motorola will sell the Edge through Best Buy from June 9.",
                        title="Phones in the US", published="2023-05-01")  # fmt: skip
    assert got.status == "confirmed"
