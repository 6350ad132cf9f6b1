"""Round 25 of #18, status (sentences written for these tests, not taken from any file of benchmarks/extraction_set):
the rules' status cues, class by class, and the cases the guide settled in session 13."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import STATUS_LANES, rules_answer, suggest_among
from tests.core.evidence.titled_passages import headline_status as _headline_status
from tests.core.evidence.titled_passages import rules_status as _status


@pytest.mark.parametrize(
    "passage",
    [
        "The Senate Commerce Committee said on Thursday that US carriers should stop selling phones made by Honor.",
        "A House panel said in a report released on Friday that Xiaomi phones sent data to servers in China.",
    ],
)
def test_a_congressional_committee_report_is_reported(passage):
    assert _status(passage) == "reported"


def test_a_lawmaker_in_a_statement_stays_confirmed():
    passage = "Senator Ann Reyes, who chairs the committee, said in a statement that Honor phones should be kept out."
    assert _status(passage) == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "Honor showed the Magic V3 at an event in Berlin on Tuesday.",
        "Motorola showed off the Razr Ultra, a flip phone with a bigger outer screen, in Chicago on Monday.",
        "TCL took the wraps off the NxtPaper 60 at its CES booth on Wednesday.",
        "Sony had shown the phone to reporters in Tokyo in May.",
        "The phone was first shown at IFA in Berlin in September.",
        "Vivo showed a foldable with a pop-up camera at the trade show on Sunday, which it plans to sell in Asia first.",
        "Sony showed the Xperia 5 in Tokyo but gave no date for American stores.",
    ],
)
def test_a_maker_showing_its_phone_is_confirmed(passage):
    assert _status(passage) == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        # shown privately to a carrier or to buyers: the talks, as their source tells them
        "Vivo showed the X100 to AT&T last month, according to a person at the carrier.",
        "Xiaomi had shown an early model to buyers from Walmart, according to one of the people.",
        # a listing, a filing or the writer's check that shows it
        "A Best Buy listing seen on Tuesday showed a price of $999 for the Xperia.",
        "A filing in the FCC's database last week showed a Motorola phone with the bands of all three carriers.",
        # a showing that only dates another event
        "Verizon began selling the TCL 50 on Friday, four months after the two companies showed it at CES.",
        # not a showing of a phone
        "Carriers have shown little interest in Honor's foldables so far.",
    ],
)
def test_no_maker_showing_its_phone(passage):
    assert _status(passage) == "reported"


def test_a_showing_in_a_headline_keeps_the_headline_rule():
    assert _headline_status("Motorola shows off the Razr Ultra in New York") == "reported"


@pytest.mark.parametrize(
    "headline",
    [
        "Xiaomi rules out US phone sales for now",
        "Honor, newly independent, rules out an American launch",
        "Vivo denies report that it will sell phones at T-Mobile",
        "Samsung shoots down reports of a US launch for its tri-fold",
        "Sony denies reports that it has scrapped the Xperia 5 for US stores",
    ],
)
def test_a_headline_where_the_maker_denies_is_confirmed(headline):
    assert _headline_status(headline) == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "Motorola denied on Wednesday that it planned to leave the US prepaid market.",
        "TCL has denied that it is in talks with Verizon about a cheaper NxtPaper model.",
        "On Monday the company also denied a report in a Korean newspaper that it was negotiating with AT&T.",
    ],
)
def test_a_maker_denying_in_the_body_is_confirmed(passage):
    assert _status(passage) == "confirmed"


def test_a_denial_told_after_the_event_is_not_the_makers_clause():
    passage = "No big US carrier has sold a Honor phone since lawmakers called the brand a risk, a claim Honor has denied."
    assert _status(passage) == "reported"


@pytest.mark.parametrize(
    "passage",
    [
        # its own results told by the writer
        "Motorola reported a net loss of $50 million for the quarter that ended in June.",
        "TCL posted an operating profit in the first half as its prepaid phones sold well in the US.",
        # its own document named as the source
        "Sony's phone unit lost money for the fifth year running, its results showed.",
        "Honor sells most of its phones in China, according to its prospectus.",
        "The unit lost money last year, according to Xiaomi's own filings.",
        "The company shipped 12 million phones last year, according to its annual impact report.",
    ],
)
def test_a_companys_own_results_are_the_company_on_the_record(passage):
    assert _status(passage) == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "Sony's US phone sales fell by a third last year, according to Counterpoint's figures.",
        "A filing in the FCC's database showed a Vivo phone with US bands, according to a report by a gadget blog.",
    ],
)
def test_others_documents_stay_reported(passage):
    assert _status(passage) == "reported"


def test_a_speaker_named_with_an_honorific_is_referred_back_to():
    before = "Honor's chief executive, Ming Zhao, spoke to reporters in Barcelona."
    passage = "The company has cut about 40 jobs at its Texas office this month, Mr. Zhao said."
    got = suggest_among(STATUS_LANES, passage, title="Phones in the US", before=before, published="2024-03-01")
    assert rules_answer(got, "status") == "confirmed"
