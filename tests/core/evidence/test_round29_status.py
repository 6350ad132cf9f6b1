"""Round 29 of #18, status (sentences written for these tests, not taken from any file of benchmarks/extraction_set):
the rules' status cues, class by class."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import STATUS_LANES, rules_answer, suggest_among
from tests.core.evidence.titled_passages import rules_status as _status


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo hopes to reach Walmart's shelves by the summer, its chief executive told reporters in Shenzhen.",
        "“We want to be the third brand in every Cricket store,” said Lena Ortiz, who heads Motorola's US sales.",
        "Sony has said it wants its American phone sales to double by 2026.",
        "“We hope to be at Verizon before Christmas,” Xiaomi's head of North America said on Tuesday.",
    ],
)
def test_an_aim_the_company_states_on_the_record_is_confirmed(passage):
    """The guide: the maker on the record is `confirmed`; an aim or a hope is its intention, as "plans to" is."""
    assert _status(passage) == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "Honor hopes to put a phone in Best Buy stores next year, according to three people who have seen its plans.",
        "Vivo wants its own name on American phones, not only carriers' logos.",
    ],
)
def test_an_aim_relayed_or_stated_by_the_writer_is_reported(passage):
    assert _status(passage) == "reported"


def test_an_aim_beside_a_plan_weighed_stays_a_rumour():
    passage = "Sony wants to sell the Xperia 9 at AT&T and is weighing a cheaper model for Cricket, its chief executive said."
    assert _status(passage) == "rumored"


_INTRODUCED = "Karen Holt, who runs Sony's American phone business, met reporters at the company's offices on Tuesday."


@pytest.mark.parametrize(
    "passage",
    [
        "“Cricket has the phone in every store now,” Ms. Holt said.",
        "“Would we sell it through Walmart? We already do,” Ms. Holt said.",
    ],
)
def test_a_speaker_named_after_a_closing_quote_is_on_the_record(passage):
    """ "“…,” Ms. Holt said": the executive introduced by her role, speaking after her own quote."""
    got = suggest_among(STATUS_LANES, passage, title="Phones in the US", before=_INTRODUCED, published="2024-03-01")
    assert rules_answer(got, "status") == "confirmed"


def test_a_pronoun_after_a_quote_falls_back_to_the_surname_said_before_it():
    passage = "Ms. Holt said Sony had signed with Cricket. “The deal is done, and the stores have it,” she said."
    got = suggest_among(STATUS_LANES, passage, title="Phones in the US", before=_INTRODUCED, published="2024-03-01")
    assert rules_answer(got, "status") == "confirmed"


def test_a_pronoun_after_a_quote_follows_the_speaker_on_the_record_just_before():
    before = "Sony's chief executive told reporters on Tuesday that the Xperia 9 had sold well."
    passage = "“Cricket has the phone in every store now,” she said."
    got = suggest_among(STATUS_LANES, passage, title="Phones in the US", before=before, published="2024-03-01")
    assert rules_answer(got, "status") == "confirmed"


def test_a_pronoun_after_an_analyst_stays_theirs():
    before = "Counterpoint Research's analyst Maya Chen spoke to reporters on Tuesday."
    passage = "“Cricket has the phone in every store now,” she said."
    got = suggest_among(STATUS_LANES, passage, title="Phones in the US", before=before, published="2024-03-01")
    assert rules_answer(got, "status") == "reported"


@pytest.mark.parametrize(
    "passage",
    [
        "Sony has shown the Xperia 9 to Verizon, according to two people familiar with the talks. Verizon declined to comment.",
        "Vivo has held talks with Cricket about a cheap 5G phone, three people briefed on them said; a Cricket spokesman"
        " would not discuss unannounced devices.",
        "Motorola has offered the Razr to T-Mobile, two people familiar with the plans said, though the carrier has yet to"
        " decide.",
    ],
)
def test_the_other_sides_silence_beside_people_not_named_keeps_their_report(passage):
    """The guide: people familiar with the matter make it `reported`; the silence is about their report, not the event."""
    assert _status(passage) == "reported"


@pytest.mark.parametrize(
    "passage",
    [
        "Verizon declined to comment on whether it would sell the Xperia 9.",
        "Sony is weighing a phone for Cricket, two people familiar with the plans said; Sony declined to comment.",
        "Vivo plans to sell phones at Walmart next year; Walmart did not respond to a request for comment.",
    ],
)
def test_no_answer_alone_or_beside_a_hedge_or_a_plan_stays_a_rumour(passage):
    assert _status(passage) == "rumored"


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo has no carrier partner in the US and has not said whether it wants one.",
        "Sony sells the Xperia 1 unlocked at Best Buy and has not said when it will reach a carrier.",
    ],
)
def test_a_question_left_open_after_a_fact_is_a_cue_the_model_must_be_sure_to_overrule(passage):
    """Round 6's class: the fact stays `reported`. After the retraining of session 15 the status model read the first
    sentence as `rumored`, 55 % sure, over the rules' default; the rules now name the open question as a firm cue."""
    got = suggest_among(STATUS_LANES, passage, title="Phone makers and their US carriers", published="2024-05-02")
    assert got.rules_status == got.status == "reported"
    assert got.hints["status"].startswith('cue "and has not said')
