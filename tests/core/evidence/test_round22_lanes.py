"""Round 22, the lane (our own sentences): the maker bought was the deal's lane even when the buyer's clause runs long (the
buyer's since the guide's session 12, round 24);
a product line named in the plural ("older iPhones") says whose phones; a parent speaking of "its phone business" is
its unit's lane; the builder of a Nexus or Pixel, or of a phone built for another, is not the lane, and the Nexus line
says whose phone where its builder is the only maker named; a bare "TCL's BlackBerry" is the owner's where the lexicon
knows no hold of it on the brand; a brand's phone "made by Kyocera" is the builder's; the maker a spin-off came from
("spun out of Oppo", "the Oppo spinoff"), or its owner in "Under Google, …" or "As a Huawei unit, …", is background;
what a maker wins or seeks against another (a verdict, a ban, a complaint), or a company's business with a maker it
suspends, is the other's; "HUAWEI'S HONOR", "Huawei Technologies' Honor" are Honor's; a title names its subject as a
passage would (not "Google Fi", nor a yardstick); "BlackBerry's Android bet" is BlackBerry's own."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import suggest_among

LANES = ("Samsung", "Google", "Motorola", "Huawei", "Honor", "HTC", "Kyocera", "Apple")


def suggest(passage: str, *, title: str, before: str = ""):
    return suggest_among(LANES, passage, title=title, before=before, published="2015-03-10")


@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("Samsung said late on Friday that it had finally closed its $4 billion purchase of HTC Corp.", "samsung"),
        ("Apple said in a filing this week that it had completed its acquisition of Motorola Mobility.", "apple"),
    ],
)
def test_the_buyer_that_completes_a_purchase_is_the_deals_lane(passage, lane):
    """The bought maker's in round 22; the buyer's since the guide's session 12 (a whole maker bought: deal news with
    the buyer as its subject goes to the buyer)."""
    assert suggest(passage, title="Deals").lane == lane


def test_its_purchase_of_a_maker_without_a_lane_keeps_the_buyer():
    got = suggest("Kyocera said on Monday that it had completed its purchase of Sanyo's phone unit.", title="Deals")
    assert got.lane == "kyocera"


@pytest.mark.parametrize(
    "passage",
    [
        "Huawei told staff on Monday that it would sell its Honor unit to a group of dealers.",
        "Samsung's sales rose sharply in the quarter, the company said; its purchase of Motorola parts fell.",
    ],
)
def test_a_seller_or_a_purchase_in_another_clause_keeps_the_lane(passage):
    assert suggest(passage, title="Deals").lane == passage.split()[0].split("'")[0].lower()


@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("Regulators on Friday lifted a ban on imports of older iPhones.", "apple"),
        ("Verizon will stop selling Pixels in its stores next month.", "google"),
    ],
)
def test_a_product_line_named_in_the_plural_says_whose_phones(passage, lane):
    assert suggest(passage, title="Phones in the news").lane == lane


@pytest.mark.parametrize(
    "passage",
    [
        "Lenovo said on Wednesday that its handset business had lost money for a third quarter.",
        "Lenovo expects the smartphone unit to break even next year, its finance chief said.",
    ],
)
def test_a_parent_speaking_of_its_phone_business_is_its_units_lane(passage):
    assert suggest(passage, title="Results").lane == "motorola"


def test_a_parent_without_its_phone_business_keeps_its_own_name():
    got = suggest("Lenovo said on Wednesday that its PC business had a record quarter.", title="Results")
    assert got.new_lane == "Lenovo"


@pytest.mark.parametrize(
    "passage",
    [
        "Target will stock the Samsung-built Nexus 10 from Google from next Friday, the retailer said.",
        "Google's HTC-made Pixel 3 reached Verizon stores on Thursday.",
        "The Pixel line, built by Samsung and HTC over the years, gets a new model from Google in May.",
    ],
)
def test_the_builder_of_a_nexus_or_pixel_is_not_its_lane(passage):
    """The guide: Nexus and Pixel phones go to Google whoever built them."""
    assert suggest(passage, title="Phones in the news").lane == "google"


def test_a_phone_built_for_another_maker_is_the_others():
    got = suggest(
        "The phone, built for it by HTC, reaches stores on Friday.",
        title="Phones in the news",
        before="Apple unveiled its first keyboard phone on Monday.",
    )
    assert got.lane == "apple"


@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("The HTC-built myTouch goes on sale at T-Mobile on Friday.", "htc"),
        ("Sprint will sell a Kyocera-made phone under its own name next month.", "kyocera"),
    ],
)
def test_the_builder_of_another_phone_is_its_lane(passage, lane):
    assert suggest(passage, title="Phones in the news").lane == lane


@pytest.mark.parametrize(
    "passage",
    [
        "Target will stock the Samsung-built Nexus 10 from next Friday, the retailer said.",
        "An LG-made Nexus 5 goes on sale at Sprint next week.",
    ],
)
def test_a_nexus_whose_builder_is_the_only_maker_named_is_googles(passage):
    got = suggest(passage, title="Phones in the news")
    assert got.lane == "google"
    assert "product line" in got.hints["lane"]


def test_a_yardsticks_own_product_line_stays_in_the_comparison():
    got = suggest(
        "The phone uses the same chip Samsung puts in its Galaxy S7.",
        title="Phones in the news",
        before="Motorola unveiled the Moto Z on Monday.",
    )
    assert got.lane == "motorola"


LICENSED = ("BlackBerry", "TCL", "Motorola", "Google", "Honor", "Huawei", "BLU", "Vivo")


@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("TCL's BlackBerry Motion reaches Verizon stores next week.", "tcl"),
        ("BLU's Vivo XL sold out on Amazon in a day, the company said.", "blu"),
    ],
)
def test_a_bare_owners_name_before_a_brand_it_does_not_own_keeps_the_owner(passage, lane):
    """The guide: TCL-made BlackBerry phones go to TCL; a line named like a maker is its owner's."""
    assert suggest_among(LICENSED, passage, title="Phones", published="2017-10-02").lane == lane


@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("Google's Motorola cut 4,000 jobs on Monday.", "motorola"),
        ("Huawei's Honor will sell the 7X on Amazon from Dec. 5.", "honor"),
        ("TCL's other brand, BlackBerry, sold fewer phones this year.", "blackberry"),
    ],
)
def test_an_owners_unit_or_a_brand_set_out_as_its_own_is_the_units_lane(passage, lane):
    assert suggest_among(LICENSED, passage, title="Phones", published="2017-10-02").lane == lane


BUILT = ("Google", "HTC", "Kyocera", "Samsung", "LG")


@pytest.mark.parametrize(
    ("passage", "title", "lane"),
    [
        ("Pre-orders open on the carrier's website on Monday.", "Verizon's new Google phone, built by LG", "lg"),
        (
            "Sprint will sell the Sanyo Zio, a touch-screen phone made by Kyocera, from Oct. 11.",
            "Sprint's fall line-up",
            "kyocera",
        ),
    ],
)
def test_a_brands_phone_built_by_a_maker_is_the_builders(passage, title, lane):
    """The guide: a carrier-branded or licensed phone goes to its maker (myTouch → HTC)."""
    assert suggest_among(BUILT, passage, title=title, published="2009-09-01").lane == lane


@pytest.mark.parametrize(
    ("passage", "title"),
    [
        ("Pre-orders open on the carrier's website on Monday.", "Google's Nexus 7, built by Asus, reaches Sprint"),
        ("Google said on Monday that the phone would reach T-Mobile in May.", "A Google phone, built by HTC"),
    ],
)
def test_a_nexus_or_the_brands_own_acts_stay_the_brands(passage, title):
    assert suggest_among(BUILT, passage, title=title, published="2009-09-01").lane == "google"


ORIGINS = ("Oppo", "Realme", "Huawei", "Honor")


@pytest.mark.parametrize(
    "passage",
    [
        "The Huawei spin-off will open its first US store in Seattle next spring, a person familiar said.",
        "The brand, spun off from Huawei in 2020, plans to sell the Magic6 unlocked in the US.",
        "Set up in 2013 as an offshoot of Huawei, Honor now sells phones in 40 countries.",
    ],
)
def test_the_maker_a_spin_off_came_from_is_background(passage):
    got = suggest_among(ORIGINS, passage, title="Honor eyes America", published="2023-09-01")
    assert got.lane == "honor"


@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("Under Samsung, HTC closed two of its Taiwan plants in 2016.", "htc"),
        ("Under its new owner Google, Motorola cut its US headcount by a third.", "motorola"),
    ],
)
def test_an_owner_in_a_leading_under_clause_is_background(passage, lane):
    assert suggest(passage, title="Factories").lane == lane


@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("Motorola won a $20 million verdict against HTC in Delaware on Tuesday.", "htc"),
        ("Apple's request to block imports of four Google phones goes before a judge in May.", "google"),
        ("Samsung will seek import bans on six Motorola phones, its lawyers said.", "motorola"),
        ("The court hears Apple's complaint that HTC phones copy the iPhone next week.", "htc"),
        ("HTC countersued Apple in Delaware on Monday.", "apple"),
    ],
)
def test_what_a_maker_wins_or_seeks_against_another_is_the_others(passage, lane):
    """The guide: courts and suits go in the lane of the maker they hit."""
    assert suggest(passage, title="Patent fights").lane == lane


@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("Google said on Friday that it had suspended business with Honor after the ruling.", "honor"),
        ("Samsung cut ties with HTC's design studio last year, a person familiar said.", "htc"),
    ],
)
def test_a_company_ending_its_business_with_a_maker_is_the_makers_setback(passage, lane):
    assert suggest(passage, title="Sanctions").lane == lane


def test_doing_business_with_a_maker_stays_with_the_one_that_acts():
    got = suggest("Google said on Friday that it would keep doing business with Honor.", title="Sanctions")
    assert got.lane == "google"


@pytest.mark.parametrize(
    "passage",
    [
        "HUAWEI'S HONOR BRINGS THE 8 TO BEST BUY",
        "Huawei Technologies' Honor brand will open a US web store on Monday.",
    ],
)
def test_an_owners_brand_in_capitals_or_after_a_plain_apostrophe_is_the_brands(passage):
    assert suggest(passage, title="Phones").lane == "honor"


def test_the_owner_in_a_leading_as_a_unit_clause_is_background():
    got = suggest("As a Huawei subsidiary, Honor cannot buy chips from US suppliers.", title="Sanctions")
    assert got.lane == "honor"


@pytest.mark.parametrize(
    ("title", "lane"),
    [
        ("Google Fi starts selling HTC's U12", "htc"),
        ("Unlike Samsung, HTC will sell its U12 unlocked", "htc"),
    ],
)
def test_a_title_names_its_subject_as_a_passage_would(title, lane):
    """Not the carrier Google Fi, nor a yardstick: the maker the title is about."""
    assert suggest("Orders open on the website on Tuesday.", title=title).lane == lane


def test_a_makers_own_android_venture_is_its_own():
    got = suggest("Samsung's Android push reaches Verizon on Friday.", title="Phones: HTC's week")
    assert got.lane == "samsung"
