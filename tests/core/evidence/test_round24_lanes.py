"""Round 24, the lane (our own sentences): a whole maker bought, settled in session 12 of the guide. The deal told as the
news with the buyer as its subject (agreed, "to buy", completed, expected to close, and its headline) is the buyer's,
a new lane when it has none ("HP"); a purchase recalled (dated in a month or year gone by, in an aside, after "since")
and a regulator's review keep the bought maker. HP, Palm's parent, speaking of its webOS phones is Palm's. A brand's
phone told as another maker's ("the BlackBerry phone designed and sold by TCL", "made by TCL under the BlackBerry
name") is that maker's, as the guide's licensed and built brands say."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import suggest_among

LANES = ("Samsung", "HTC", "Kyocera", "Sharp", "Motorola", "Google", "Apple", "Palm", "Sony")


def suggest(passage: str, *, title: str, before: str = ""):
    return suggest_among(LANES, passage, title=title, before=before, published="2012-05-22")


@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("Samsung agreed on Friday to buy HTC for about $4 billion in cash, the two companies said.", "samsung"),
        ("Kyocera to acquire Sharp for $3 billion", "kyocera"),
        ("Apple buys Sony in a $20 billion deal", "apple"),
        ("Samsung said on Tuesday that it had completed its $4 billion purchase of HTC.", "samsung"),
        ("Samsung agreed on Friday to buy HTC for $4 billion, a third of what Apple paid for Sony in 2010.", "samsung"),
        ("Google is to buy Sharp for $30 a share, the companies said, a deal they expect to close in the autumn.", "google"),
    ],
)
def test_a_maker_buying_another_as_the_news_is_the_buyers(passage, lane):
    assert suggest(passage, title="Deals of the week").lane == lane


def test_a_buyer_without_a_lane_is_offered_a_new_one():
    got = suggest("Hewlett-Packard agreed on Thursday to buy Palm for about $1.2 billion.", title="Deals of the week")
    assert (got.lane, got.new_lane) == (None, "HP")


def test_a_parent_telling_of_its_deals_close_is_the_buyers_not_its_units():
    got = suggest("HP said it expected the deal to close by the end of June.", title="HP to buy Palm")
    assert (got.lane, got.new_lane) == (None, "HP")


@pytest.mark.parametrize(
    ("news", "recalled"),
    [
        ("Samsung agreed on Monday to buy HTC.", "Samsung agreed in March to buy HTC, a deal regulators cleared this week."),
        ("Samsung closes its purchase of HTC", "Samsung closed its purchase of HTC in June of last year."),
        ("Samsung to buy HTC", "Since Samsung completed its purchase of HTC, the One has reached every carrier."),
    ],
)
def test_a_purchase_recalled_is_the_bought_makers(news, recalled):
    title = "HTC's new One reaches Sprint"
    assert (suggest(news, title=title).lane, suggest(recalled, title=title).lane) == ("samsung", "htc")


@pytest.mark.parametrize(
    "passage",
    ["HP will stop making webOS phones, the company said on Thursday.", "The Pre 3 will not reach Verizon, an HP spokesman said."],
)
def test_hp_speaking_of_its_webos_phones_is_palms(passage):
    assert suggest(passage, title="HP's phone plans").lane == "palm"



@pytest.mark.parametrize(
    "passage",
    [
        "Europe's competition regulator cleared the purchase on Friday, provided that Google licenses the patents fairly.",
        "Google's $12 billion takeover of the handset maker still awaits the blessing of the Justice Department.",
    ],
)
def test_a_regulators_review_of_a_deal_naming_only_the_buyer_is_the_bought_makers(passage):
    """Not when the buyer tells of the deal's close: "Google expects the purchase to close … once the Justice Department
    approves it" is Google's news."""
    title = "Google completes its purchase of Motorola"
    expects = "Google expects the purchase to close next month, once the Justice Department approves it."
    assert (suggest(passage, title=title).lane, suggest(expects, title=title).lane) == ("motorola", "google")


@pytest.mark.parametrize(
    "before",
    [
        "The Key3, the second BlackBerry handset designed and sold by TCL Communication, costs $599.",
        "The Key3 is a keyboard phone built by TCL Communication under the BlackBerry name.",
    ],
)
def test_a_brands_phone_told_as_another_makers_is_the_makers(before):
    got = suggest_among(("BlackBerry", "TCL"), "AT&T will stock the Key3 from June.", title="BlackBerry Key3 reaches AT&T",
                        before=before, published="2019-05-02")  # fmt: skip
    assert got.lane == "tcl"



@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("A trade judge on Monday recommended a ban on imports of two older iPhone models that infringe Sony patents.", "apple"),
        ("Sony asked the court to block US sales of the Galaxy Note, citing three of its camera patents.", "samsung"),
    ],
)
def test_the_product_line_a_ban_hits_is_the_lane(passage, lane):
    assert suggest(passage, title="Patent fights").lane == lane


@pytest.mark.parametrize(
    ("passage", "back"),
    [
        ("Verizon, which has carried Samsung's Galaxy phones for years, turned down the Treo 800 in March.", "palm"),
        ("T-Mobile, which sells the iPhone, has no plans to offer the Centro, a spokeswoman said.", "palm"),
    ],
)
def test_a_maker_named_in_an_aside_about_a_carrier_is_not_the_lane_when_the_carrier_acts_on_a_named_phone(passage, back):
    """Unless the main clause refers back to the aside's phones: "…, which stopped ordering Sony phones, will not sell
    them again" is Sony's."""
    refers_back = "Best Buy, which stopped ordering Sony phones last year, will not sell them again."
    got = (suggest(passage, title="Palm's Treo").lane, suggest(refers_back, title="Palm's Treo").lane)
    assert got == (back, "sony")


@pytest.mark.parametrize(
    "passage",
    [
        "Danger said on Monday that it would bring a Sidekick to Cingular next year.",
        "Cingular will sell the Sidekick LX, a new version of Danger's messaging phone built by Sharp, from May.",
        "About two million Sidekicks have been sold since 2002, analysts estimate.",
    ],
)
def test_danger_where_the_text_means_the_company_and_its_sidekick(passage):
    got = suggest(passage, title="A Sidekick for Cingular")
    assert (got.lane, got.new_lane) == (None, "Danger")


@pytest.mark.parametrize(
    "passage",
    [
        "AT&T has dropped its plans for the phone and will push Samsung's Galaxy Note instead, a spokesman said.",
        "Sprint shelved the phone in favor of the Sony Xperia Z, which it will carry from June.",
    ],
)
def test_another_makers_phone_chosen_instead_is_a_yardstick(passage):
    got = suggest(passage, title="The Nexus 4 loses its carriers", before="Google's Nexus 4 was due at two carriers.")
    assert got.lane == "google"


def test_a_business_sold_to_a_maker_is_the_buyers_but_a_sale_to_come_is_the_sellers():
    sold = "Sony sold the Ericsson handset unit to Kyocera in 2009 for $500 million."
    to_come = "Sony agreed on Monday to sell its handset unit to Kyocera for $500 million."
    got = (suggest(sold, title="Kyocera's phones").lane, suggest(to_come, title="Kyocera's phones").lane)
    assert got == ("kyocera", "sony")
