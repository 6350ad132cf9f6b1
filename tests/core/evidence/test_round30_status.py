"""Round 30 of #18, status (sentences written for these tests, not taken from any file of benchmarks/extraction_set):
the rules' status cues, class by class."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import STATUS_LANES, rules_answer, suggest_among
from tests.core.evidence.titled_passages import rules_status as _status

_INTERVIEW = "Sony's American phone chief sat down with us at the company's offices in San Mateo."


def _in_an_interview(passage: str) -> str:
    got = suggest_among(STATUS_LANES, passage, title="Sony's US chief on Cricket", before=_INTERVIEW, published="2024-03-01")
    return rules_answer(got, "status")


@pytest.mark.parametrize(
    "passage",
    [
        "Q: Is the Xperia 9 coming to Cricket? A: Yes. Cricket stores get it in the spring, and prepaid buyers will like it.",
        "A: We stopped selling through Amazon last year, and we are not going back.",
        "HALVORSEN: What about AT&T? KAREN HOLT: We are talking to them every week, but nothing is signed.",
        "KAREN HOLT (Sony): No. We have no plan to open stores of our own in America.",
    ],
)
def test_an_executives_answer_in_an_interview_transcript_is_on_the_record(passage):
    """The guide: the maker on the record is `confirmed`; an answer in a Q&A is the executive's own word."""
    assert _in_an_interview(passage) == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "Q: Will the Xperia 9 reach Cricket this spring?",
        "HALVORSEN: Sony shipped fewer phones here last year than in any year since 2010. Is America still worth it?",
        "Q: Are you weighing a cheaper model for AT&T? A: We might be. Ask me again in June.",
    ],
)
def test_a_question_alone_or_a_hedged_answer_is_not_the_maker_confirming(passage):
    assert _in_an_interview(passage) != "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "Q: Is Cricket getting the Xperia 9? A: I'd refer you to Cricket on that.",
        "Q: Are you in talks with AT&T? A: I can't talk about any one carrier.",
        "Q: Will Verizon carry it? A: I'll let Verizon speak for itself.",
        "Q: What about a cheaper model? A: We don't talk about unannounced phones.",
        "Q: Any news for Best Buy shoppers? A: We'll have more to say in the fall.",
    ],
)
def test_an_executive_not_answering_in_his_own_words_is_the_guides_no_answer(passage):
    """The guide: "declined to comment" or "did not respond" about the event is `rumored`; in an interview the
    executive's own "I can't talk about it", "I'd refer you to the carrier" is that no answer."""
    assert _in_an_interview(passage) == "rumored"


def test_a_no_answer_in_the_first_person_is_one_in_a_quote_too():
    passage = "“I can't comment on talks with any carrier,” Sony's head of US sales said when asked about T-Mobile."
    assert _status(passage) == "rumored"


@pytest.mark.parametrize(
    "title",
    [
        "Sony's US chief: 'Cricket gets the Xperia 9 in May'",
        "Sony's mobile boss on AT&T: no deal this year",
        "Sony Mobile's American president: we are staying with Verizon",
    ],
)
def test_a_headline_led_by_the_makers_executive_and_a_colon_is_the_maker_speaking(title):
    """The guide's headline rule: `confirmed` when the headline says the maker speaks, as "…, Sony says" does."""
    got = suggest_among(STATUS_LANES, title, title=title, published="2024-03-01")
    assert rules_answer(got, "status") == "confirmed"


@pytest.mark.parametrize(
    "title", ["Counterpoint's research director: Sony will not reach Cricket", "Sony's next phone: what to expect at Cricket"]
)
def test_an_analysts_colon_or_a_topics_colon_in_a_headline_is_not_the_maker_speaking(title):
    got = suggest_among(STATUS_LANES, title, title=title, published="2024-03-01")
    assert rules_answer(got, "status") != "confirmed"


_FAMILY_NAME_FIRST = "“We are in no hurry,” said Chen Lei, who heads Vivo's business outside China, in an interview on Tuesday."


@pytest.mark.parametrize(
    "passage",
    [
        "Mr. Chen said Vivo had signed with Cricket for the spring.",
        "Mr. Chen denied that Vivo was in talks with Verizon. “Not true,” he said.",
    ],
)
def test_an_executive_named_family_name_first_is_on_the_record_when_named_again(passage):
    """"Chen Lei, who heads Vivo's business" introduces "Mr. Chen" (a family name first, as Chinese and Korean names
    are written); his own words later, or a pronoun after his name in the same passage, are the maker on the record."""
    got = suggest_among(STATUS_LANES, passage, title="Vivo in the US", before=_FAMILY_NAME_FIRST, published="2024-03-01")
    assert rules_answer(got, "status") == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "Sony will add a rugged model to Cricket's lineup in the fall, the head of its American phone business told a panel at"
        " the show on Tuesday.",
        "Sony has no plans to sell phones through Walmart, Kenji Mori tells Las Vegas summit",
        "Vivo will bring two phones to Verizon next year, Kenji Mori told a technology podcast on Monday.",
    ],
)
def test_an_executive_telling_a_panel_or_a_podcast_is_on_the_record(passage):
    """The guide: an executive speaking on the record is `confirmed`; a panel, a podcast or a summit is an audience, as
    a conference is ("told the conference")."""
    assert _status(passage) == "confirmed"


def test_leaving_the_partner_to_announce_a_date_is_no_no_answer():
    """"we'll let them announce" leaves the partner its date; the event itself is told, on the record."""
    passage = "“Cricket has agreed to carry it, and we'll let them announce the date,” Sony's head of US sales said on Monday."
    assert _status(passage) == "confirmed"
