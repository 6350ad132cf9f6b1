"""Round 25, the lane (our own sentences): makers the app did not know. NUU (NUU Mobile), Lava and Light (the Light
Phone's maker) are offered as new lanes; "Light" is a common word, so only the forms that can't be it ("Light Phone",
"Light's", "Light, the …") name the maker, and the bare name followed by a verb only where the article shows it means
the company, as for Nothing and Essential."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import suggest_among

LANES = ("Samsung", "Motorola", "Apple", "Google", "TCL")


def suggest(passage: str, *, title: str, before: str = ""):
    return suggest_among(LANES, passage, title=title, before=before, published="2024-03-12")


@pytest.mark.parametrize(
    ("passage", "maker"),
    [
        ("NUU Mobile will sell its new $129 handset through Best Buy from next month.", "NUU"),
        ("NUU said on Thursday that its budget phones would reach Target stores in April.", "NUU"),
        ("Lava, the Indian handset maker, is weighing unlocked sales in the United States.", "Lava"),
        ("The Light Phone II goes on sale at Best Buy on Friday, the company said.", "Light"),
        ("Light, the New York start-up behind a minimalist phone, raised prices by $50 on Monday.", "Light"),
        ("Light's new handset will ship to US buyers in June.", "Light"),
    ],
)
def test_a_small_maker_without_a_lane_is_offered_a_new_one(passage, maker):
    got = suggest(passage, title="Phone news")
    assert (got.lane, got.new_lane) == (None, maker)


def test_light_as_a_bare_name_acting_is_the_maker_where_the_article_means_the_company():
    got = suggest("Light said it would not sell through carriers.", title="The Light Phone III reaches stores")
    assert (got.lane, got.new_lane) == (None, "Light")


@pytest.mark.parametrize(
    "passage",
    [
        "Light sales of the Moto G kept Motorola's US share flat, the research firm said.",
        "Motorola will sell a light version of the Moto G at Verizon from May.",
        "Light rain did not keep buyers away from Motorola's launch in Chicago.",
    ],
)
def test_light_as_a_common_word_is_no_maker(passage):
    got = suggest(passage, title="Motorola's quarter")
    assert (got.lane, got.new_lane) == ("motorola", None)


def test_amazons_phone_offers_amazon_a_new_lane():
    got = suggest("Amazon cut the Fire Phone's price to 99 cents on Friday.", title="Phone news")
    assert (got.lane, got.new_lane) == (None, "Amazon")


def test_amazon_as_a_store_is_no_maker():
    got = suggest("The Moto G will sell unlocked on Amazon and at Best Buy from May 3.", title="Phone news")
    assert (got.lane, got.new_lane, "Amazon" in got.partners) == ("motorola", None, True)


@pytest.mark.parametrize(
    "passage",
    [
        "T-Mobile, which also stocks phones from Samsung, Apple and Google, will sell the Razr from June 6.",
        "The Razr will share shelf space at Target with models from Apple and Samsung, the retailer said.",
        "Cricket said the new line-up would include handsets from Samsung, TCL and Google alongside the Razr.",
    ],
)
def test_makers_listed_as_a_channels_range_are_not_the_subject(passage):
    assert suggest(passage, title="Motorola's Razr comes to T-Mobile").lane == "motorola"


def test_a_range_listed_leaves_the_article_maker_when_no_other_is_named():
    got = suggest("Best Buy, which carries phones from Samsung, Apple and Google, will stock it from May.",
                  title="Motorola's new Razr reaches Best Buy")
    assert got.lane == "motorola"


def test_a_maker_named_as_the_power_of_anothers_phone_is_not_its_maker():
    got = suggest("Verizon will carry a Google-powered handset built by Motorola from October.", title="Phone news")
    assert got.lane == "motorola"


def test_a_title_naming_a_phones_power_leaves_its_builder_for_the_article():
    got = suggest("Sprint customers can order it online from Friday.",
                  title="Sprint to sell a Microsoft-powered phone from Samsung")
    assert got.lane == "samsung"


def test_its_sister_company_named_is_the_subject():
    got = suggest("Its sister company, Google, will open a store in Chicago next year.", title="Motorola trims its US line-up")
    assert got.lane == "google"


@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("Motorola's parent, Google, will open its first US store in New York next month.", "google"),
        ("Motorola's owner, Google, said on Monday that it had no plans to sell the unit.", "google"),
    ],
)
def test_a_brands_parent_set_out_as_the_subject_is_the_parents(passage, lane):
    assert suggest(passage, title="Motorola's new Razr").lane == lane


def test_a_brands_parent_set_out_in_an_object_stays_with_the_subject():
    passage = "Carriers raised concerns about Motorola's former owner, Google, a person familiar with the talks said."
    assert suggest(passage, title="Motorola's new Razr").lane == "motorola"


@pytest.mark.parametrize(
    "passage",
    [
        "Court rejects Apple's bid to block Motorola phones at the border",
        "A judge on Friday granted Apple's request for a preliminary ban on imports of three Motorola handsets.",
        "The commission turned down Apple's motion to bar sales of older Motorola models.",
    ],
)
def test_a_bid_to_ban_another_makers_phones_is_the_hit_makers(passage):
    assert suggest(passage, title="Patent fights").lane == "motorola"


def test_a_brand_licensed_by_a_maker_in_other_words_goes_to_the_licensee():
    title = "Motorola Edge to reach Walmart, TCL says"
    before = "TCL, the Chinese group that licensed the Motorola name for phones, said the Edge would sell for $299."
    got = suggest("The Edge was first shown in Las Vegas in January.", title=title, before=before)
    assert got.lane == "tcl"


@pytest.mark.parametrize(
    "passage",
    ["Its Motorola unit's plans for a US store are on hold, people familiar said.",
     "Its Motorola brand will sell the Edge at Verizon from June."],
)
def test_its_unit_named_before_the_word_unit_is_the_subject(passage):
    assert suggest(passage, title="Google trims its hardware plans").lane == "motorola"
