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


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo said in a statement that it was talking to Walmart to get the X300 back on its shelves as soon as possible.",
        "Best Buy stopped selling the Honor phones on Monday, saying in a statement that it had found a potential safety problem.",
        "Sony said in a statement that it was disappointed by the ruling and would consider its legal options.",
    ],
)
def test_a_hedge_word_that_hedges_no_event_leaves_the_statement_confirmed(passage):
    """An idiom of haste, a problem that may be one, options weighed after the reaction: the statement is on the record."""
    assert _status(passage) == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "Sony said it would consider its legal options.",
        "Vivo is considering a phone for Walmart as soon as possible, its chief executive said.",
        "Motorola may bring a potential Razr to Cricket, its chief executive said.",
    ],
)
def test_the_event_itself_weighed_stays_a_rumour(passage):
    assert _status(passage) == "rumored"


@pytest.mark.parametrize(
    "passage",
    [
        "Honor plans to open its first American store in Chicago next spring.",
        "Sony intends to bring the Xperia 9 to Cricket later this year.",
        "The chain plans to stop selling Vivo phones after the holidays.",
    ],
)
def test_a_plan_stated_by_the_writer_is_reported(passage):
    """The guide's `reported`: stated by the publication without attribution (a plan decided, not one weighed)."""
    assert _status(passage) == "reported"


def test_a_plan_not_said_stays_a_rumour():
    assert _status("Motorola will not say whether it plans to bring the Razr Edge back to Verizon.") == "rumored"


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo has no plans to sell phones in the US this year, its chief executive told reporters on Monday, pointing to"
        " the cost of carrier testing.",
        "Sony will raise the Xperia 9's US price by $80 in May, the company said in a statement, pointing to tariffs.",
    ],
)
def test_a_cause_the_speaker_points_to_is_no_hint(passage):
    assert _status(passage) == "confirmed"


def test_a_filing_pointing_to_a_release_stays_a_hint():
    assert _status("A Vivo phone appeared in the FCC's database on Monday, pointing to a US release.") == "rumored"


@pytest.mark.parametrize(
    "passage",
    [
        "Sony and Qualcomm said on Tuesday that they had dropped their patent suits against each other.",
        "Verizon, AT&T and Sprint each said in statements that they would keep selling the Xperia 9.",
    ],
)
def test_the_two_sides_named_together_on_the_record_confirm(passage):
    assert _status(passage) == "confirmed"


def test_a_headline_where_the_two_sides_speak_is_confirmed():
    from tests.core.evidence.titled_passages import headline_status

    assert headline_status("Xperia 9 to reach Verizon stores June 6, Sony and Verizon say") == "confirmed"


def test_an_agency_by_its_own_name_on_the_record_confirms():
    """The guide (rounds 17–19): a government official on the record is `confirmed`."""
    passage = "US Customs and Border Protection said on Friday that Vivo phones would be exempt from the new tariffs."
    assert _status(passage) == "confirmed"


@pytest.mark.parametrize(
    "headline", ["Cricket scraps plan to sell the Xperia 9", "Vivo scraps its US launch plans for the X300"]
)
def test_a_plan_scrapped_in_a_headline_is_cancelled(headline):
    """The guide: the event itself scrapped is `cancelled` ("scrapped plans to" is already)."""
    from tests.core.evidence.titled_passages import headline_status

    assert headline_status(headline) == "cancelled"
