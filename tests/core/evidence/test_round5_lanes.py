"""Round 5, the lane: the maker that is the event's subject, not the first one named (our own sentences)."""

from __future__ import annotations

import pytest

from gui.core.evidence.compared_makers import compared_spans
from gui.core.evidence.makers import maker_named
from tests.core.evidence.titled_passages import suggest_among

LANES = ("Samsung", "Google", "Motorola", "Apple", "OnePlus", "TCL")


def suggest(passage: str, *, title: str = "Phones at US carriers", before: str = "", published: str = "2023-05-10"):
    return suggest_among(LANES, passage, title=title, before=before, published=published)


def lane_of(suggestion) -> str | None:
    return suggestion.new_lane or (suggestion.lane.capitalize() if suggestion.lane else None)


@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("Like Samsung and Apple before it, Motorola will now sell its phones at Visible.", "Motorola"),
        ("Unlike Apple, which relies on the big three, OnePlus sells mostly through its own site.", "Oneplus"),
        ("Following Google's lead, TCL will offer three years of updates on its phones.", "Tcl"),
        ("Motorola priced the phone $100 lower than Samsung's cheapest foldable.", "Motorola"),
        ("Two years after Samsung left Sprint, Motorola signed on as the carrier's top supplier.", "Motorola"),
        ("Shortly before Apple's event, OnePlus cut the price of its phone at T-Mobile.", "Oneplus"),
    ],
)
def test_a_maker_named_as_a_yardstick_is_not_the_subject(passage, lane):
    assert lane_of(suggest(passage)) == lane


def test_when_every_maker_named_is_a_yardstick_the_article_says_whose_event_it_is():
    got = suggest(
        "The new phone uses a Tensor chip, the same one Google puts in its own handsets.",
        title="Motorola readies a cheaper foldable for US carriers",
    )
    assert lane_of(got) == "Motorola"


def test_a_supplier_of_the_phone_is_not_its_maker():
    got = suggest(
        "MediaTek makes the chip, and Google will give it three years of security updates.",
        title="OnePlus brings a budget phone to Amazon",
    )
    assert lane_of(got) == "Oneplus"


@pytest.mark.parametrize(
    ("passage", "maker"),
    [
        ("Sonim Technologies said its rugged XP10 would be sold at AT&T from June.", "Sonim"),
        ("Tecno, the Transsion brand big in Africa, has no plans for the US.", "Transsion"),
        ("Nothing's second phone will go on sale in the US next month.", "Nothing"),
        ("Palm will sell its new Treo through Sprint this summer, the company said.", "Palm"),
        ("Pantech, the South Korean maker, shipped a messaging phone to AT&T in May.", "Pantech"),
        ("LONDON — Nothing, the start-up behind the see-through phone, said it would open US sales.", "Nothing"),
    ],
)
def test_makers_without_a_lane_are_known_and_offered(passage, maker):
    assert suggest(passage).new_lane == maker


def test_the_word_nothing_is_no_maker():
    assert maker_named("Nothing") is not None  # the lexicon knows the maker...
    got = suggest("Nothing in the filing suggests Motorola will drop Verizon.")
    assert got.new_lane is None and lane_of(got) == "Motorola"  # ...but not the common word


def test_comparison_spans_cover_the_leading_clause_and_the_yardstick():
    passage = "Unlike Samsung, which sells everywhere, Google sells mainly at Verizon, as does Apple."
    spans = compared_spans(passage)
    assert spans[0] == (0, passage.index("Google"))


@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("The Galaxy A15 goes on sale at Cricket on Friday for $139.", "Samsung"),
        ("Verizon will stop selling the Pixel Fold next month.", "Google"),
        ("The Razr Plus will reach Visible in July.", "Motorola"),
    ],
)
def test_a_product_line_says_whose_phone_when_no_maker_is_named(passage, lane):
    got = suggest(passage, title="Which phones US carriers add this summer", before="OnePlus and Apple lead the list.")
    assert lane_of(got) == lane


def test_a_maker_named_beats_a_product_line():
    got = suggest("Motorola undercut the Galaxy Z Flip with a $699 Razr at T-Mobile.")
    assert lane_of(got) == "Motorola"


@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("Pei, a co-founder of OnePlus, said Nothing's phone would reach US stores in the spring.", "Nothing"),
        ("Rick Osterloh, who runs Google's hardware unit, said Motorola would keep its Verizon deal.", "Motorola"),
    ],
)
def test_a_maker_in_an_aside_about_a_person_is_not_the_subject(passage, lane):
    assert lane_of(suggest(passage)) == lane


def test_a_maker_alone_in_an_aside_still_speaks():
    assert lane_of(suggest("Lei Jun, Apple's longtime rival in China, said nothing about the US.")) == "Apple"


def test_a_makers_parent_group_names_it():
    got = suggest("Alphabet will sell its phones through Visible, its finance chief said.", title="Carrier results")
    assert lane_of(got) == "Google"


def test_nothing_by_its_bare_name_when_the_article_means_the_company():
    got = suggest(
        "Nothing will sell the Phone (3) through T-Mobile from May, the company said.",
        title="A London start-up's phone heads to a US carrier",
        before="Carl Pei founded the company in 2020 after leaving OnePlus.",
    )
    assert got.new_lane == "Nothing"


def test_nothing_as_a_word_when_the_article_never_means_the_company():
    got = suggest("Nothing has changed for Motorola at Verizon since the spring.", title="Motorola and Verizon")
    assert got.new_lane is None and lane_of(got) == "Motorola"


@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("Google-owned Motorola will sell the Droid Razr through Verizon from November.", "Motorola"),
        ("Samsung rival Apple said it would open orders at T-Mobile on Friday.", "Apple"),
        ("Apple's longtime rival Samsung cut the Galaxy's price at AT&T.", "Samsung"),
    ],
)
def test_a_maker_that_only_describes_the_subject_is_not_it(passage, lane):
    assert lane_of(suggest(passage)) == lane
