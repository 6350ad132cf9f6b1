"""Event dates in phrases (issue #18): past tense looks back, trade shows, numeric US dates, statement dates."""

from __future__ import annotations

import pytest

from gui.core.document.dates import parse_date
from gui.core.document.model import Lane, Source, new_document
from gui.core.evidence.date_phrases import best_date_phrase, find_date_phrases
from gui.core.evidence.extract import suggest_event
from tests.core.evidence.titled_passages import rules_answer


def first(text: str, reference: str = "2019-02-12") -> str:
    phrase = best_date_phrase(find_date_phrases(text, parse_date(reference)))
    assert phrase is not None, text
    return phrase.start.edtf()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The regulator had fined the company in November.", "2018-11"),
        ("The deal was announced on Nov. 14 by both companies.", "2018-11-14"),
        ("In October, Vivo quietly opened a US office.", "2018-10"),
        ("The Nov. 14 memo was sent to every store manager.", "2018-11-14"),
        # Future tense and plans may point ahead.
        ("The phone will go on sale at Cricket from March 3.", "2019-03-03"),
        ("Sales are expected to start in November.", "2019-11"),
        ("The carrier said it would sell it unlocked from April.", "2019-04"),
    ],
)
def test_a_month_without_a_year_looks_back_when_the_verb_is_past(text, want):
    assert first(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The handset made its debut at CES 2019 in Las Vegas.", "2019-01"),
        ("It showed a folding phone at MWC 2017.", "2017-02~"),
        ("Prototypes appeared at Mobile World Congress 2016.", "2016-02~"),
        ("The tablet was shown at IFA 2015.", "2015-09"),
        ("Preorders open 3/14/19 at Best Buy.", "2019-03-14"),
        ("The filing, dated 11/2/2018, names two carriers.", "2018-11-02"),
        ("It had talks earlier in the year with Verizon.", "2019"),
    ],
)
def test_trade_shows_numeric_us_dates_and_the_year_so_far(text, want):
    assert first(text) == want


def test_a_ratio_or_a_score_is_not_a_numeric_date():
    assert find_date_phrases("It runs 24/7 and scored 9/10 in tests.", parse_date("2019-02-12")) == []


def test_the_date_of_a_statement_gives_way_to_the_date_of_the_event():
    document = new_document()
    document.lanes.append(Lane("hmd", "HMD"))
    text = "HMD said at MWC 2019 on Sunday that the Nokia 7.1 will reach Cricket stores from March 8."
    got = suggest_event(document, Source("s", published="2019-02-25", text=text), 0, len(text))
    assert got.start == "2019-03-08"
    text = "HMD said on Sunday that it had signed with Cricket."  # no other date: the statement's it is
    got = suggest_event(document, Source("s", published="2019-02-25", text=text), 0, len(text))
    assert got.start == "2019-02-24"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A plan told in a late-year article points to next year's month or day.
        ("The folding phone will be sold only through Cricket starting in January.", "2020-01"),
        ("Vivo will open its first US store on Feb. 2.", "2020-02-02"),
        # A trailing attribution has the tense of the saying, not of the event.
        ("Preorders open at Sprint on Dec. 20, the carrier said in a statement.", "2019-12-20"),
        # Still the past when the verb is past.
        ("The company had opened a US office in January.", "2019-01"),
    ],
)
def test_a_month_or_day_before_the_articles_looks_ahead_when_the_verb_is_future(text, want):
    assert first(text, reference="2019-11-14") == want


def test_a_weekday_right_after_a_speech_verb_needs_no_on():
    assert first("Vivo and Sprint announced Tuesday that they had signed.", reference="2019-11-14") == "2019-11-12"
    # It dates the statement, so a date of the event in the same sentence wins.
    document = new_document()
    document.lanes.append(Lane("vivo", "Vivo"))
    text = "Vivo said Wednesday that its V30 will be available at Sprint on Dec. 2."
    got = suggest_event(document, Source("s", published="2019-11-14", text=text), 0, len(text))
    assert got.start == "2019-12-02"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Vivo shipped 3 million phones in the second quarter.", "2019"),
        ("Vivo shipped 3 million phones in the fourth quarter.", "2018"),
        ("Vivo will start selling at Sprint in the fourth quarter.", "2019"),
    ],
)
def test_a_quarter_without_a_year_is_its_year(text, want):
    assert first(text, reference="2019-08-20") == want


def test_legal_steps_and_rulings_are_regulatory():
    document = new_document()
    document.lanes.append(Lane("vivo", "Vivo"))
    for text in ("Vivo said it would take every legal step to protect its interests.",
                 "Vivo will appeal, the company said.", "The ruling hits Vivo's US business."):  # fmt: skip
        got = suggest_event(document, Source("s", published="2019-08-20", text=text), 0, len(text))
        assert rules_answer(got, "kind") == "regulatory", (text, got.rules_hints["kind"])


def test_a_span_ahead_is_no_date_back():
    assert find_date_phrases("Regulators would keep a team at ZTE for ten years.", parse_date("2018-07-16")) == []
    assert first("ZTE has sold phones in the US for ten years.", reference="2018-07-16") == "2008~"


def test_only_the_verb_before_a_date_moves_it_into_next_year():
    # "from supplying it" after the date is no future: the list was added to in May, this year.
    text = "The Commerce Department added Vivo to the Entity List on May 16, barring firms from supplying it."
    assert first(text, reference="2019-06-03") == "2019-05-16"
    assert first("Vivo will add Sprint on May 16.", reference="2019-06-03") == "2020-05-16"


@pytest.mark.parametrize(
    ("text", "reference", "want"),
    [
        ("Vivo pitched its phones to Sprint last summer.", "2021-01-12", "2020"),
        ("Vivo pitched its phones to Sprint last summer.", "2021-10-12", "2021"),
        ("Vivo will reach Sprint stores next fall.", "2021-01-12", "2021"),
        ("Vivo will reach Sprint stores next fall.", "2021-10-12", "2022"),
    ],
)
def test_a_season_is_its_year(text, reference, want):
    assert first(text, reference=reference) == want


def test_now_in_a_dated_statement_is_the_statements_day():
    document = new_document()
    document.lanes.append(Lane("vivo", "Vivo"))
    text = "Vivo said Tuesday that its new Vivo Y20 Plus 5G phone is now available unlocked from Amazon."
    got = suggest_event(document, Source("s", published="2017-05-04", text=text), 0, len(text))
    assert got.start == "2017-05-02", got.hints["start"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The cheaper model will follow later in the summer.", "2023"),
        ("Vivo had launched the phone in the fall.", "2022"),
    ],
)
def test_in_the_season_is_its_year(text, want):
    assert first(text, reference="2023-02-01") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "plan" as a noun is no future: the verb before it ("had dropped") is past.
        ("Sprint had dropped a similar plan in December after a review.", "2018-12"),
        ("The carrier shelved the plan in November, two people said.", "2018-11"),
        # "plans to" still looks ahead.
        ("The maker plans to open a store in Chicago in October.", "2019-10"),
    ],
)
def test_plan_as_a_noun_does_not_make_a_month_future(text, want):
    assert first(text) == want


@pytest.mark.parametrize(
    ("text", "reference", "want"),
    [
        # Two phrases that agree: the finer one dates the event.
        ("Its chief executive told the audience at CES 2020 on Wednesday that the deal was off.", "2020-01-10", "2020-01-08"),
        ("The company said in March 2017 that talks had resumed on March 9.", "2017-04-02", "2017-03-09"),
        # One that does not fall inside the other leaves the explicit one.
        ("The phone was shown at IFA 2016 and reached stores on Tuesday.", "2017-03-02", "2016-09"),
    ],
)
def test_of_two_dates_that_agree_the_finer_one_wins(text, reference, want):
    assert first(text, reference) == want
