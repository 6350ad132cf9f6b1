"""Round 13, the lane: a maker whose bare name is a common word ("Essential", like "Nothing") is the event's maker
where the article shows it means the company (our own sentences)."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import suggest_among

LANES = ("Samsung", "Google", "Motorola", "Apple", "OnePlus", "TCL")


def suggest(passage: str, *, title: str, before: str = ""):
    return suggest_among(LANES, passage, title=title, before=before, published="2017-08-10")


@pytest.mark.parametrize(
    "passage",
    [
        "Essential said on Tuesday that its first phone would reach Sprint stores next week.",
        "Essential's titanium phone will be sold unlocked at Best Buy.",
        "Essential, the start-up founded by Andy Rubin, began taking orders on its own website.",
        "Essential blamed carrier testing for the delay in an email to customers.",
    ],
)
def test_essential_by_its_bare_name_when_the_article_means_the_company(passage):
    got = suggest(
        passage,
        title="A start-up's phone heads to Sprint",
        before="Andy Rubin, who co-created Android, showed the Essential Phone in May.",
    )
    assert got.new_lane == "Essential"


def test_the_headline_of_an_article_about_essential():
    got = suggest("Essential's phone, late by weeks, gets a date at Sprint", title="Essential's phone gets a date")
    assert got.new_lane == "Essential"


@pytest.mark.parametrize(
    "passage",
    [
        "Essential to Motorola's plan is a cheaper phone at Verizon.",
        "Motorola said a carrier deal was essential before it would sell the phone at Verizon.",
    ],
)
def test_essential_as_a_word_names_no_maker(passage):
    got = suggest(passage, title="Motorola and Verizon")
    assert got.new_lane is None and got.lane == "motorola"


@pytest.mark.parametrize(
    ("passage", "maker"),
    [
        ("Essential shuts down, scrapping its second phone", "Essential"),
        ("Nothing removed its chat app from the Play Store on Saturday.", "Nothing"),
        ("Nothing pulls its chat app days after launch", "Nothing"),
    ],
)
def test_a_bare_name_before_any_verb_once_the_article_means_the_company(passage, maker):
    got = suggest(passage, title="A start-up's phone", before="Andy Rubin's Essential and Carl Pei's Nothing make phones.")
    assert got.new_lane == maker


def test_a_bare_name_before_a_verb_is_a_word_where_the_article_never_means_the_company():
    got = suggest("Nothing changes for Motorola at Verizon this year.", title="Motorola and Verizon")
    assert got.new_lane is None and got.lane == "motorola"
