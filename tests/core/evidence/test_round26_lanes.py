"""Round 26, the lane (our own sentences): makers the app did not know. OnwardMobility, the Texas start-up that
licensed the BlackBerry name, is offered as a new lane, and is the subject before the brand it licensed."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import suggest_among

LANES = ("Samsung", "Motorola", "Apple", "Google", "TCL", "BlackBerry", "Sharp")


def suggest(passage: str, *, title: str, before: str = ""):
    return suggest_among(LANES, passage, title=title, before=before, published="2021-03-12")


@pytest.mark.parametrize(
    ("passage", "maker"),
    [
        ("OnwardMobility pushed its keyboard phone back to the second half of the year, a spokesman said.", "OnwardMobility"),
        ("Onward Mobility, a start-up in Austin, is showing carriers a 5G keyboard phone.", "OnwardMobility"),
    ],
)
def test_a_maker_without_a_lane_is_offered_a_new_one(passage, maker):
    got = suggest(passage, title="Phone news")
    assert (got.lane, got.new_lane) == (None, maker)


def test_a_brand_licensee_is_the_subject_before_the_brand_it_licensed():
    got = suggest(
        "OnwardMobility said on Tuesday that it had signed a deal to put the BlackBerry name on a 5G phone.",
        title="A new BlackBerry phone is coming",
    )
    assert (got.lane, got.new_lane) == (None, "OnwardMobility")


# A parent with a lane of its own that speaks of the phones it sells under its unit's name: the unit's lane (Lenovo's
# US phones are Motorola's, HP's were Palm's); a parent that sells phones under its own name keeps its news.
PARENTS = ("Lenovo", "Motorola", "HP", "Palm", "Huawei", "Honor", "Oppo", "OnePlus")


def suggest_with_parents(passage: str, *, title: str):
    return suggest_among(PARENTS, passage, title=title, published="2019-05-20")


@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("Lenovo said on Thursday that its handset division had lost money for a third quarter running.", "motorola"),
        ("Lenovo, the owner of Motorola, told analysts that US sales of the Moto Z had doubled.", "motorola"),
        ("Lenovo, Motorola's parent since 2014, expects its mobile business to add two carriers this year.", "motorola"),
        ("HP said its phone unit would ship the Pre 3 to AT&T customers in the summer.", "palm"),
    ],
)
def test_a_parent_with_a_lane_speaking_of_the_phones_it_sells_under_its_units_name_is_the_unit(passage, lane):
    got = suggest_with_parents(passage, title="Quarterly results")
    assert (got.lane, got.new_lane) == (lane, None)


@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("Huawei said on Thursday that its handset division had lost money for a third quarter running.", "huawei"),
        ("Oppo, the owner of OnePlus, told analysts that it had no plans to sell its own phones in America.", "oppo"),
        ("Lenovo's own tablets will keep selling at Best Buy, the company said, while Motorola handles phones.", "lenovo"),
    ],
)
def test_a_parent_that_sells_phones_under_its_own_name_keeps_its_news(passage, lane):
    got = suggest_with_parents(passage, title="Quarterly results")
    assert (got.lane, got.new_lane) == (lane, None)


# Foxconn (Hon Hai), the contract manufacturer that bought Sharp in 2016: a new lane when it is the subject; its
# purchase of a share of a maker is its own news; Sharp's news told by Foxconn's people stays Sharp's.
@pytest.mark.parametrize(
    "passage",
    [
        "Foxconn will open a phone assembly line in Wisconsin next year, the governor's office said.",
        "Hon Hai Precision Industry posted its first fall in quarterly profit in four years on Friday.",
        "Hon Hai, better known as Foxconn, agreed on Monday to buy 66 percent of Sharp for $3.5 billion.",
        "Foxconn agreed on Monday to acquire a controlling stake in Sharp, the two companies said.",
    ],
)
def test_foxconn_as_the_subject_is_offered_a_new_lane(passage):
    got = suggest(passage, title="Phone news")
    assert (got.lane, got.new_lane) == (None, "Foxconn")


def test_sharps_plans_told_by_its_owners_chairman_are_sharps():
    got = suggest("Foxconn's chairman said on Monday that Sharp would try again to sell phones in America.",
                  title="Sharp eyes the US")  # fmt: skip
    assert (got.lane, got.new_lane) == ("sharp", None)


# Makers named only as a passage's investors, or as the place its phones are made, are not its subject.
@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("Investors including Samsung and Apple have put $300 million into Motorola, a filing showed.", "motorola"),
        ("Money from investors such as Apple helped TCL open a US office, the company said on Friday.", "tcl"),
        ("At a former Samsung plant in Texas, Motorola will assemble the Moto X from August.", "motorola"),
        ("The Apple factory in Brazil will make Moto phones for Motorola from next year.", "motorola"),
    ],
)
def test_investors_and_plants_are_not_the_subject(passage, lane):
    got = suggest(passage, title="Phone news")
    assert (got.lane, got.new_lane) == (lane, None)


# A brand whose phone business another maker took over: in an article about the buyer, the brand's phones are the
# buyer's (the guide: a buyer of a maker's business); the seller's own business told as such stays the seller's.
BUSINESS = ("Kyocera", "Sanyo", "Lenovo", "Motorola")
TAKEN_OVER = (
    "Kyocera said on Monday that it would take over Sanyo's handset business on April 1, adding the Sanyo name to its "
    "range of phones."
)


def test_a_brands_phones_after_the_buyer_took_over_its_phone_business_are_the_buyers():
    got = suggest_among(BUSINESS, "Sanyo-branded flip phones will stay at Sprint through the summer, a spokesman said.",
                        title="Kyocera's Sanyo phones stay at Sprint", before=TAKEN_OVER, published="2008-04-02")  # fmt: skip
    assert (got.lane, got.new_lane) == ("kyocera", None)


def test_the_sellers_phone_business_itself_stays_the_sellers():
    got = suggest_among(BUSINESS, "Sanyo's handset unit lost money last year, according to its annual report.",
                        title="Kyocera's Sanyo phones stay at Sprint", before=TAKEN_OVER, published="2008-04-02")  # fmt: skip
    assert (got.lane, got.new_lane) == ("sanyo", None)


def test_a_unit_bought_whole_stays_a_maker_of_its_own():
    got = suggest_among(BUSINESS, "Motorola sold two million Moto G phones in the United States last quarter.",
                        title="Lenovo's Motorola grows", published="2015-04-02",
                        before="Lenovo bought Motorola's phone business from Google in 2014.")  # fmt: skip
    assert (got.lane, got.new_lane) == ("motorola", None)


# A brand's licensee that has no lane: the brand's phone news goes to it as a new lane, as to a licensee with one; the
# brand's own company acting stays the brand's.
LICENSED = (
    "OnwardMobility, a small company in Austin that investors from Taiwan put money into last spring, has licensed the "
    "BlackBerry brand for a keyboard phone."
)


def test_a_licensed_brands_phone_goes_to_a_licensee_without_a_lane():
    got = suggest("The new BlackBerry will reach US carriers in the autumn, the start-up said.",
                  title="A keyboard BlackBerry returns", before=LICENSED)  # fmt: skip
    assert (got.lane, got.new_lane) == (None, "OnwardMobility")


def test_the_brands_own_company_in_an_aside_then_acting_stays_the_brands():
    got = suggest("BlackBerry, which now sells security software, declined to comment on the phone.",
                  title="A keyboard BlackBerry returns", before=LICENSED)  # fmt: skip
    assert (got.lane, got.new_lane) == ("blackberry", None)
