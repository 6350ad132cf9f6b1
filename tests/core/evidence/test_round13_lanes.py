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


@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("Apple asked a federal judge on Friday to block US sales of four Google phones.", "google"),
        ("Motorola petitioned the trade commission to ban imports of Samsung handsets.", "samsung"),
        ("Samsung files patent complaint against TCL over its foldable hinge", "tcl"),
        ("OnePlus sued Motorola in Delaware, saying its Razr copied a hinge patent.", "motorola"),
        ("Google's lawsuit against OnePlus over its app store rules was dismissed.", "oneplus"),
    ],
)
def test_a_maker_taken_to_court_is_the_events_lane(passage, lane):
    """The guide: courts and suits go in the lane of the maker they hit, not the one that brought them."""
    assert suggest(passage, title="Patent fights").lane == lane


@pytest.mark.parametrize(
    "passage",
    [
        "Samsung asked Verizon to stock more Galaxy phones than Motorola's this year.",
        "Apple's case for a cheaper iPhone at Google's urging went nowhere.",
    ],
)
def test_no_court_no_other_makers_lane(passage):
    assert suggest(passage, title="Phones").lane == passage.split()[0].split("'")[0].lower()


@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        # the buyer's since the guide's session 12: a purchase completed, told as the news, is the buyer's event
        ("Samsung completed its $3 billion purchase of Motorola on Friday, regulators having approved the deal.", "samsung"),
        ("Regulators in Beijing cleared Google's purchase of OnePlus on Tuesday.", "oneplus"),
        ("Apple, which agreed in May to buy TCL, is still waiting for approval from China's regulator.", "tcl"),
    ],
)
def test_a_maker_bought_by_another_is_the_events_lane(passage, lane):
    """The dev labels: a regulator's review, and a purchase told in an aside, are the bought maker's event, when the timeline
    follows it; a purchase completed with the buyer as its subject is the buyer's (the guide, session 12)."""
    assert suggest(passage, title="A phone maker changes hands").lane == lane


def test_a_buyer_keeps_the_lane_when_the_maker_it_buys_has_none():
    got = suggest("Motorola agreed on Monday to buy Sanyo's handset business for $400 million.", title="Deals")
    assert got.lane == "motorola"


def test_buying_far_from_the_maker_does_not_move_the_lane():
    got = suggest(
        "Motorola's share rose to 12 percent, helped by prepaid buyers who used to buy Samsung phones, a research firm said.",
        title="Prepaid phones",
    )
    assert got.lane == "motorola"
