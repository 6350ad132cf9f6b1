"""Round 24 of #18, status (sentences written for these tests, not taken from any file of benchmarks/extraction_set):
the rules' status cues, class by class."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import rules_answer, suggest_among

LANES = ("Honor", "Motorola", "Sony", "TCL", "Xiaomi")


def _status(passage: str, title: str = "Phones in the US") -> str:
    return rules_answer(suggest_among(LANES, passage, title=title, published="2024-03-01"), "status")


@pytest.mark.parametrize(
    "passage",
    [
        # a headline's present tense
        "Motorola calls off its Chicago launch event for the Edge",
        "Sony shelves its compact Xperia for American carriers",
        "TCL shelves US debut of its rollable phone",
        "Xiaomi kills the Redmi Note it built for Cricket",
        "Honor is said to scrap its first American foldable",
        # a call-off with its object between
        "TCL had planned a launch party in Austin, but called it off last week, a person at the company said.",
        # "shelved plans to": the verb still cancels
        "Honor has shelved plans to sell its Magic phones through Amazon, two people briefed on the decision said.",
        "Motorola scrapped a plan to bring a cheaper Razr to Visible this spring, according to a person at the carrier.",
        # the thing itself will not come
        "The stretchable TCL concept phone shown in Berlin will not be released, one of its engineers said.",
        "A Sony Xperia planned for Verizon will never go on sale, people who worked on it said.",
        "A cheaper Motorola flip meant for Boost Mobile was killed in the autumn, two of its designers said.",
    ],
)
def test_an_event_called_off_is_cancelled(passage):
    assert _status(passage) == "cancelled"


@pytest.mark.parametrize(
    "passage",
    [
        "The Edge 50 reaches Verizon shelves on Friday, Motorola said.",  # the noun
        "Sony will not ship the Xperia within the 60 days it had promised, its US chief said.",  # late, not called off
        "The Xiaomi 14 will not go on sale in the US, the company said.",  # kept from one market: a setback
    ],
)
def test_not_a_cancellation(passage):
    assert _status(passage) != "cancelled"


def _headline_status(headline: str) -> str:
    """The rules' status of ``headline`` selected as the title of its article (the guide's headline rule reads it)."""
    return rules_answer(suggest_among(LANES, headline, title=headline, published="2024-03-01"), "status")


@pytest.mark.parametrize(
    "headline",
    [
        "Verizon to sell Motorola's Edge 50 from March 14",  # a date ahead, no one speaks: not a plan hedged
        "TCL's NxtPaper phone goes on sale at Walmart on March 22",  # settled, but the writer's word
        "Sony unveils the Xperia 1 VI with a taller screen",  # an unveiling told by the writer
        "Honor's Magic V3 will be sold unlocked through Amazon",
    ],
)
def test_a_headline_with_no_one_speaking_is_reported(headline):
    assert _headline_status(headline) == "reported"


@pytest.mark.parametrize(
    "headline",
    [
        "Verizon to sell Motorola's Edge 50 from March 14, carrier says",
        "Xiaomi to bring its phones to the US next year, chairman tells Tokyo paper",
    ],
)
def test_a_headline_where_the_company_speaks_is_confirmed(headline):
    assert _headline_status(headline) == "confirmed"


@pytest.mark.parametrize(
    "headline",
    ["Honor weighs a US launch for its Magic phones", "Motorola's next Razr may come to Visible, listing suggests"],
)
def test_a_hedged_headline_stays_rumored(headline):
    assert _headline_status(headline) == "rumored"


@pytest.mark.parametrize(
    "passage",
    [
        "Motorola will sell the Razr through Visible from June 6, the two companies said on Monday.",
        "Honor and Best Buy have agreed to stock the Magic V3 in 200 stores, both companies said.",
    ],
)
def test_the_two_sides_on_the_record_together_confirm(passage):
    assert _status(passage) == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "Jane Roe, the head of Motorola's business in North and South America, said Verizon would carry the Edge 50.",
        "Omar Haddad, who runs Honor's business outside China, said the Magic V3 would reach Amazon in June.",
        "Ken Ito, the chief executive, said in an interview that Sony would bring the Xperia 10 to Visible.",
    ],
)
def test_someone_named_with_their_role_between_commas_confirms(passage):
    assert _status(passage) == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "Verizon will carry the Edge 50 from the spring, Jane Roe, the research director at Counterpoint, said.",
        "Omar Haddad, a former Honor executive, said the Magic V3 would reach Amazon in June.",
    ],
)
def test_a_role_not_for_the_company_does_not_confirm(passage):
    assert _status(passage) != "confirmed"


def test_the_company_as_the_source_confirms():
    passage = "Honor shipped about two million phones through Amazon's US store last year, according to the company."
    assert _status(passage) == "confirmed"


def test_the_company_s_document_is_still_read_by_its_kind():
    # "according to the company's" goes on to say which of its documents: the rules' list of documents decides
    passage = "Honor shipped about two million phones last year, according to the company's rivals."
    assert _status(passage) == "reported"
