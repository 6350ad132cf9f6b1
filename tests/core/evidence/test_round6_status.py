"""Round 6 of #18, status: who stands behind a statement, and what is and is not a cancellation.

Sentences written for these tests (not taken from any file of benchmarks/extraction_set), one class per test:
analysts' forecasts are rumours, the company on the record in a headline (", company says") or in a denial
(", saying …") confirms, a cancellation denied ("has not been cancelled") is none, a thing abandoned is cancelled
(a plan abandoned is a setback told by whoever tells it).
"""

from __future__ import annotations

import pytest

from gui.core.document.model import Lane, Source, new_document
from gui.core.evidence.extract import suggest_event
from tests.core.evidence.titled_passages import rules_answer


def _document():
    document = new_document()
    document.lanes.extend([Lane("vivo", "Vivo"), Lane("asus", "Asus"), Lane("nothing", "Nothing"), Lane("zte", "ZTE")])
    return document


def suggest(passage: str, published: str = "2023-04-05"):
    return suggest_event(_document(), Source("s", published=published, text=passage), 0, len(passage))


def status(passage: str) -> str:
    got = suggest(passage)
    assert got.hints["status"]
    return got.status


@pytest.mark.parametrize(
    "passage",
    [
        "Analysts at Jefferies expect Cricket to pick up a second Asus model before the holidays.",
        "Analysts predict that Vivo will add Amazon as a seller of its unlocked phones.",
        "Industry watchers anticipate a Nothing phone at Verizon in the autumn.",
    ],
)
def test_an_analysts_forecast_is_a_rumour(passage):
    assert rules_answer(suggest(passage), "status") == "rumored"


@pytest.mark.parametrize(
    "passage",
    [
        "Boost Mobile to carry Asus's Zenfone 10, company says",
        "Vivo's phones head to Amazon this spring, company says",
    ],
)
def test_a_headline_naming_the_company_as_its_speaker_is_confirmed(passage):
    assert status(passage) == "confirmed"


def test_a_denial_in_the_makers_own_words_is_confirmed():
    passage = "Asus denied the story on Monday, saying it had no plans to sell the phone through AT&T."
    assert status(passage) == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "The Vivo launch at T-Mobile has slipped to June but has not been cancelled, a company spokeswoman said.",
        "The Asus deal with Cricket was never called off, the carrier said, only postponed.",
    ],
)
def test_a_cancellation_denied_is_not_a_cancellation(passage):
    assert status(passage) != "cancelled"


def test_a_phone_abandoned_is_cancelled_a_plan_abandoned_is_not():
    # (session 10: the learned status may differ where it is very sure; its hint names the rules' status)
    for passage, expected in (
        ("Asus has abandoned the Zenfone it was building for Verizon, a person familiar with the matter said.",
         "cancelled"),
        ("Asus has abandoned plans for a Verizon Zenfone, a person familiar with the matter said.", "reported"),
    ):  # fmt: skip
        assert rules_answer(suggest(passage), "status") == expected, passage


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo's first US phone is close, a new FCC filing suggests",
        "An Asus handset with American LTE bands showed up in a certification database this month, suggesting a launch soon.",
    ],
)
def test_what_a_filing_suggests_is_a_rumour(passage):
    assert status(passage) == "rumored"


@pytest.mark.parametrize(
    "passage",
    [
        "AT&T has killed the Asus model it was going to stock this winter, the carrier said.",
        "Cricket's deal for the Vivo Y35 is off, the carrier said on Monday.",
        "Verizon axed the Nothing phone it had planned to carry, two people said.",
    ],
)
def test_a_thing_killed_or_a_deal_that_is_off_is_cancelled(passage):
    assert status(passage) == "cancelled"


def test_a_plan_axed_is_not_cancelled():
    assert status("Asus axed its plans for a carrier version of the Zenfone, the company said.") == "confirmed"


def test_a_partner_speaks_after_a_side_clause_about_it():
    passage = "Metro, which has stocked ZTE phones since 2013, said the Blade will stay in its stores."
    assert status(passage) == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo phones are widely expected to reach Cricket stores in the autumn.",
        "Nothing is also expected to add Boost Mobile, according to a report in The Verge.",
        "Asus phones are tipped to arrive at Verizon, according to a report.",
    ],
)
def test_an_expectation_said_with_an_adverb_or_in_the_plural_is_a_rumour(passage):
    assert rules_answer(suggest(passage), "status") == "rumored"


@pytest.mark.parametrize(
    "passage",
    [
        "A Vivo spokesman said the company does not discuss talks with partners.",
        "An Asus spokeswoman said there was “nothing to announce” about American carriers.",
        "Nothing's US chief declined to elaborate on the Verizon plans.",
    ],
)
def test_no_answer_said_in_other_words_is_a_rumour(passage):
    assert status(passage) == "rumored"


def test_a_cancellation_not_ruled_out_is_a_possibility():
    assert status("Asus has not ruled out cancelling its AT&T model, its chief executive said.") == "rumored"


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo has supplied phones to Cricket since 2021, according to a company filing.",
        "The Asus phone reaches Boost Mobile on May 2, according to a statement from the carrier.",
    ],
)
def test_the_companys_own_document_is_on_the_record(passage):
    assert status(passage) == "confirmed"


def test_people_speaking_of_an_agency_are_not_the_agency():
    passage = "A ban on ZTE imports would take months to enforce, trade lawyers who follow the agency said."
    assert status(passage) == "reported"


@pytest.mark.parametrize(
    "passage",
    [
        "Asus's founder wrote on LinkedIn that Verizon would carry the Zenfone.",
        "The Vivo Y35 went on sale at Cricket in June, according to a representative for the company.",
        "The phone will not run Google's apps, the company acknowledged.",
        "The Commerce Department lifted the order on ZTE, the department said.",
        "Pre-orders for the Asus phone open at Amazon in May, according to the release.",
    ],
)
def test_more_ways_of_being_on_the_record(passage):
    assert status(passage) == "confirmed"


def test_no_immediate_answer_is_no_answer():
    assert (
        status("A Verizon spokesman did not immediately respond to a request for comment on the Vivo phone.")
        == "rumored"
    )


def test_would_only_say_is_no_answer():
    assert (
        status("A Boost Mobile spokesman would only say that the carrier “is always looking at new phones.”")
        == "rumored"
    )


def test_an_expectation_denied_is_still_an_expectation():
    assert status("Boost Mobile, which sold the last Vivo model, is not expected to carry the new one.") == "rumored"


@pytest.mark.parametrize(
    "passage",
    [
        "Asus shipped 2 million phones last year, according to its annual report.",
        "The Zenfone will stay on sale at Amazon through the summer, the statement said.",
    ],
)
def test_the_companys_report_and_statement_speak_for_it(passage):
    assert status(passage) == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "Asus has yet to say whether it will bring the Zenfone 11 to Verizon.",
        "Cricket has yet to decide whether to go ahead with the Vivo phone, two people said.",
        "A Boost Mobile version is coming, an Asus executive hinted in an interview.",
    ],
)
def test_what_is_not_said_yet_is_a_rumour(passage):
    assert status(passage) == "rumored"


def test_a_senator_by_abbreviation_is_on_the_record():
    assert status("Sen. Tom Cotton said on Monday that he would seek a ban on ZTE phones.") == "confirmed"


@pytest.mark.parametrize(
    "passage", ["Asus Zenfone for AT&T canned", "The Vivo phone for Cricket was canned in May, a person said."]
)
def test_canned_is_cancelled(passage):
    assert status(passage) == "cancelled"


def test_an_agencys_notice_is_its_own_word():
    passage = "The Commerce Department added ZTE to its Entity List, according to a notice published on Monday."
    assert rules_answer(suggest(passage), "status") == "confirmed"  # (session 10: the learned status may differ)


def test_could_not_be_reached_is_no_answer():
    assert status("Vivo could not be reached for comment on its Cricket plans.") == "rumored"


def test_someone_at_a_rival_is_not_the_company():
    assert status("An executive at a rival carrier said Vivo phones were selling poorly.") == "reported"


def test_the_makers_press_materials_speak_for_it():
    passage = "The cheaper Zenfone will be sold by Cricket, according to Asus's press materials."
    assert status(passage) == "confirmed"


def test_a_denial_of_plans_is_no_plan():
    # no plan hedged (not rumored); the maker denying is the maker speaking, confirmed (the guide, session 13)
    assert status("Vivo denies plans to enter US") == "confirmed"


def test_the_company_reporting_its_own_results_is_on_the_record():
    assert status("Asus's phone unit lost money again last year, the company reported in March.") == "confirmed"


@pytest.mark.parametrize(
    "passage",
    ["Cricket and Metro have not said when they will stock the Vivo phone.", "Neither company would comment."],
)
def test_not_saying_when_and_neither_commenting_are_no_answer(passage):
    assert status(passage) == "rumored"


def test_not_saying_after_a_fact_leaves_the_fact():
    assert status("Vivo has no carrier partner in the US and has not said whether it wants one.") == "reported"


@pytest.mark.parametrize(
    "passage",
    [
        "ZTE has 30 days to respond, according to the FCC's notice.",
        "Existing Asus models will stay on sale at Amazon until stock runs out, the email said.",
    ],
)
def test_an_agencys_notice_and_the_companys_email_speak_for_them(passage):
    assert status(passage) == "confirmed"


def test_scraps_a_thing_is_cancelled():
    assert status("Asus scraps its first foldable") == "cancelled"
