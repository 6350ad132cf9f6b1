"""Round 28 of #18, status (sentences written for these tests, not taken from any file of benchmarks/extraction_set):
the rules' status cues, class by class."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import STATUS_LANES, rules_answer, suggest_among
from tests.core.evidence.titled_passages import rules_status as _status


@pytest.mark.parametrize(
    "passage",
    [
        "“Verizon takes the phone in May,” said Karen Holt, who runs Sony's American phone business, in an interview.",
        "“We are ready for the big carriers now,” said Omar Reyes, who heads the company's US devices unit.",
        "“The phone reaches Cricket this fall,” said Jun Park, who took over Vivo's US arm last year.",
        "“Walmart gets it first,” said Ana Ruiz, who moved to Chicago, Ill., from Madrid last spring to run the business.",
    ],
)
def test_a_speaker_named_after_said_with_a_who_role_is_on_the_record(passage):
    """The guide: the maker's executive on the record is `confirmed`, however the interview names their role."""
    assert _status(passage) == "confirmed"


def test_a_dealer_who_runs_shops_of_his_own_is_not_the_company():
    assert _status("“They sell well,” said Ray Morton, who runs three Cricket stores in Ohio.") == "reported"


def test_a_surname_introduced_by_a_who_role_is_referred_back_to():
    """ "Ms. Holt said" after "Karen Holt, who runs Sony's American phone business": the same executive on the record."""
    before = "Karen Holt, who runs Sony's American phone business, spent the week meeting carriers."
    got = suggest_among(
        STATUS_LANES, "Ms. Holt said Sony had signed with Verizon for the spring.", title="Phones in the US",
        before=before, published="2024-03-01",
    )  # fmt: skip
    assert rules_answer(got, "status") == "confirmed"

