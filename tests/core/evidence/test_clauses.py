"""The event's own clause (issue #18): side clauses neither date the event, name its partners nor hedge it."""

from __future__ import annotations

from gui.core.document.model import Lane, Source, new_document
from gui.core.evidence.clauses import blank, other_subject_spans, side_spans
from gui.core.evidence.extract import suggest_event
from tests.core.evidence.titled_passages import rules_answer


def suggest(passage: str, published: str = "2021-06-09"):
    document = new_document()
    document.lanes.extend([Lane("vivo", "Vivo"), Lane("zte", "ZTE"), Lane("oppo", "Oppo")])
    return suggest_event(document, Source("s", published=published, text=passage), 0, len(passage))


def test_a_date_in_an_appositive_or_a_relative_clause_is_background():
    got = suggest("Vivo, the brand that entered India in 2014, will not sell phones in the US this year, "
                  "its marketing chief told reporters on Monday.")  # fmt: skip
    # not 2014, the aside's; the year ruled out, not the day it was said, since the guide's session 13 ("will not …
    # this year": the year it names)
    assert got.start == "2021", got.hints["start"]
    got = suggest("ZTE, which was fined by the Commerce Department in 2017, has won a deal with Sprint.")
    assert got.start == "2021-06-09~", got.hints["start"]
    got = suggest("The Vivo Y72 launch, which had been set for July 1, was put off after a shortage of chips.")
    assert got.start == "2021-06-09~"


def test_a_comparison_sets_neither_the_date_nor_the_partner():
    got = suggest("Vivo signed with Sprint in March, as Oppo had done with Boost two years earlier.")
    assert (got.lane, got.start, rules_answer(got, "partners")) == ("vivo", "2021-03", ("Sprint",))


def test_partners_in_a_side_clause_are_background():
    got = suggest("Oppo, which sells its phones through Boost and Walmart, said the ruling was unfair.")
    assert got.partners == ()
    assert "side clause" in got.hints["partners"]
    # The rules' reading: the learned partners of session 12 add Boost, 59 % sure. Dev labels list a name found only
    # in a side clause often enough that forbidding the model to add one cost 0.4 point under ten folds (97.4 → 97.0 %
    # of 19,114 passages), so this test pins the rules, and the form shows the model's guess as a guess.
    got = suggest("After years of selling only through Boost, Vivo will offer its phones at Sprint.")
    assert rules_answer(got, "partners") == ("Sprint",)


def test_the_time_of_a_plan_given_up_is_not_the_event_date():
    got = suggest("Oppo has dropped plans to sell phones in the US next year, its chief executive said on Tuesday.")
    assert got.start == "2021-06-08", got.hints["start"]


def test_a_hedge_about_someone_else_is_no_doubt_about_the_event():
    got = suggest("Vivo's sales at Sprint rose in May, but investors could grow nervous, analysts said.")
    assert got.status == "reported", got.hints["status"]
    # A clause that carries the event on keeps its words.
    got = suggest("Vivo held talks with Sprint in May, but those talks were called off.")
    assert got.status == "cancelled"


def test_spans_keep_offsets():
    text = "ZTE, which sells phones at Boost, said so; analysts may disagree."
    assert len(blank(text, side_spans(text))) == len(text)
    assert [text[a:b] for a, b in other_subject_spans(text)] == ["; analysts may disagree"]
