"""Round 8 of #18, the lane: the maker that is the event's subject (sentences written for these tests, not taken from
any file of benchmarks/extraction_set): a rival named inside a quote, a maker's name inside a carrier's ("Google
Fi"), what a maker supplies ("Google's apps", "Qualcomm chips"), the title's brand after its owner ("Amazon's
Ring"-style "Google's Motorola"), "its parent", and a parent with no lane speaking of its unit's phones or of itself.
"""

from __future__ import annotations

import pytest

from gui.core.document.model import Lane, Source, new_document
from gui.core.evidence.extract import suggest_event
from tests.core.evidence.titled_passages import suggest_among

LANES = ("Samsung", "Google", "Motorola", "Apple", "OnePlus", "Huawei", "Honor", "Vivo", "LG")


def suggest(passage: str, *, title: str = "Phones at US carriers", before: str = "", published: str = "2022-06-08"):
    return suggest_among(LANES, passage, title=title, before=before, published=published)


def lane_of(suggestion) -> str | None:
    if suggestion.new_lane:
        return suggestion.new_lane
    return next(name for name in LANES if name.lower() == suggestion.lane) if suggestion.lane else None


@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("“Apple sells a lifestyle; we sell a tool,” a Vivo vice president said at the launch.", "Vivo"),
        ("“Nobody needs to copy Samsung any more,” Motorola's design chief told the audience on Monday.", "Motorola"),
        (
            "Honor's chief executive said in an interview that “Apple and Samsung have the premium end sewn up.”",
            "Honor",
        ),
    ],
)
def test_a_maker_named_inside_a_quote_is_not_the_subject_when_the_speakers_maker_is_named(passage, lane):
    assert lane_of(suggest(passage)) == lane


@pytest.mark.parametrize(
    ("passage", "title", "lane"),
    [
        ("A plan to offer the Razr through Google Fi was dropped in the spring.", "Motorola's quiet year", "Motorola"),
        ("Google Fi will also carry the Vivo phone from July, the carrier said.", "Vivo goes west", "Vivo"),
    ],
)
def test_a_makers_name_inside_a_carriers_name_is_the_carrier(passage, title, lane):
    assert lane_of(suggest(passage, title=title)) == lane


@pytest.mark.parametrize(
    ("passage", "title", "lane"),
    [
        (
            "Google's apps will be missing from the phone because of the export rules.",
            "Huawei's new flagship",
            "Huawei",
        ),
        ("Samsung displays and Sony sensors are inside the phone, the company said.", "Vivo's US debut", "Vivo"),
    ],
)
def test_what_a_maker_supplies_does_not_make_it_the_subject(passage, title, lane):
    assert lane_of(suggest(passage, title=title)) == lane


def test_a_brand_after_its_owner_in_the_title_is_the_subject_of_passages_that_name_no_maker():
    passage = "The phone will reach Verizon and AT&T in September, the company said."
    assert lane_of(suggest(passage, title="Google's Motorola readies a cheaper phone")) == "Motorola"


@pytest.mark.parametrize(
    ("passage", "title", "lane"),
    [
        ("Its parent has had no carrier partner in the US since 2018.", "Honor shows a new foldable", "Huawei"),
        ("Its former parent remains on the Entity List.", "Honor's Magic phone heads to Europe", "Huawei"),
        ("Its parent company does not sell phones in the US either.", "OnePlus cuts the price of the 12", "Oppo"),
    ],
)
def test_its_parent_is_the_parent_of_the_maker_named_before(passage, title, lane):
    assert lane_of(suggest(passage, title=title)) == lane


@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("Lenovo's smartphone business lost money in the US last year, the company said.", "Motorola"),
        ("Lenovo wants the Razr in every carrier's stores by the holidays, its chief executive said.", "Motorola"),
        ("Lenovo itself has not sold phones under its own name in the US since 2016.", "Lenovo"),
        ("Lenovo, which owns Motorola, sells no Lenovo-branded phones in the US itself.", "Lenovo"),
    ],
)
def test_a_parent_without_a_lane_speaks_for_its_units_phones_but_not_of_itself(passage, lane):
    assert lane_of(suggest(passage)) == lane


@pytest.mark.parametrize(
    ("passage", "title", "lane"),
    [
        ("The Galaxy maker declined to comment.", "Apple's new iPhone reaches every carrier", "Samsung"),
        ("The Pixel maker said the phones would reach Verizon in October.", "Samsung cuts Galaxy prices", "Google"),
        ("AT&T will stock it from May, the iPhone maker said.", "OnePlus gets a new carrier", "Apple"),
    ],
)
def test_a_maker_called_by_its_product_line_is_that_maker(passage, title, lane):
    assert lane_of(suggest(passage, title=title)) == lane


@pytest.mark.parametrize(
    ("passage", "title", "lane"),
    [
        ("The Korean giant ranked third in the US last year, behind Apple and Samsung.", "LG quits phones", "LG"),
        ("The Chinese start-up trails Samsung and Motorola in US prepaid sales.", "Vivo's US plans", "Vivo"),
        ("Motorola now ranks ahead of Google in US shipments, Counterpoint said.", "Phones in 2023", "Motorola"),
    ],
)
def test_a_maker_ranked_against_others_is_the_subject_not_its_yardsticks(passage, title, lane):
    assert lane_of(suggest(passage, title=title)) == lane


@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("The Mate 30 Pro will not be sold in the United States.", "Huawei"),
        ("The Magic5 Pro went on sale in Europe in May.", "Honor"),
        ("Walmart has stocked the Blade A3 since the spring.", "ZTE"),
        ("T-Mobile's Revvl 7 arrives in stores on Friday.", "TCL"),
        ("Verizon will sell the DuraForce Ultra to field crews.", "Kyocera"),
        ("The Find X5 will not come to American carriers.", "Oppo"),
        ("The Red Magic 9 Pro sells through Amazon in the US.", "ZTE"),
    ],
)
def test_more_product_lines_say_whose_phone_when_no_maker_is_named(passage, lane):
    got = suggest(passage, title="Phones at US carriers this week")
    assert (got.new_lane or got.lane or "").lower() == lane.lower()


@pytest.mark.parametrize(
    ("passage", "maker"),
    [
        ("Microsoft will sell the Surface Duo unlocked through Best Buy from Sept. 10.", "Microsoft"),
        ("Casio's rugged G'zOne phones were a Verizon staple for years.", "Casio"),
        ("Dell sold its Streak through AT&T in 2010.", "Dell"),
        ("LeEco planned to sell its phones in the US through its own website and Amazon.", "LeEco"),
        ("Acer briefly sold a Windows phone unlocked in the US.", "Acer"),
    ],
)
def test_phone_makers_of_other_years_are_offered_a_new_lane(passage, maker):
    got = suggest(passage, title="Phones at US carriers this week")
    assert got.new_lane == maker


@pytest.mark.parametrize(
    ("passage", "title", "lane"),
    [
        ("Its rival Samsung is still recalling the Galaxy phone.", "Apple's new iPhone", "Samsung"),
        (
            "Its biggest competitor, Motorola, cut prices at Cricket the same week.",
            "OnePlus's budget phone",
            "Motorola",
        ),
    ],
)
def test_its_rival_named_is_the_subject(passage, title, lane):
    assert lane_of(suggest(passage, title=title)) == lane


@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("Led by a former Apple designer, Vivo's US studio has begun work on a phone for Verizon.", "Vivo"),
        ("Backed by Google money, OnePlus expanded its T-Mobile line-up.", "OnePlus"),
        (
            "Former Samsung manager Kim Ha, who now runs Motorola's carrier team, said Cricket would add the phone.",
            "Motorola",
        ),
        ("A former Apple engineer who joined Vivo last year said the company was courting AT&T.", "Vivo"),
        ("Ex-Google staff make up half of OnePlus's US office.", "OnePlus"),
    ],
)
def test_a_maker_in_someones_past_or_behind_a_leading_participle_is_not_the_subject(passage, lane):
    assert lane_of(suggest(passage)) == lane


@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("Motorola Android phones will reach Visible in June, the carrier said.", "Motorola"),
        ("OnePlus parts ways with Verizon after a year of talks.", "OnePlus"),
    ],
)
def test_a_maker_before_its_own_phones_or_a_verb_is_no_supplier(passage, lane):
    assert lane_of(suggest(passage, title="Samsung's quiet quarter")) == lane


LICENSED = "The BlackBerry Key3, made under licence by TCL, will go on sale at Amazon in June."


@pytest.mark.parametrize(
    ("passage", "before"),
    [
        (LICENSED, ""),
        ("No carrier has agreed to sell the phone, two people familiar with the talks said.", LICENSED),
        ("TCL, which makes BlackBerry phones under license, will add Verizon in the fall.", ""),
    ],
)
def test_a_brand_made_under_licence_is_its_licensees(passage, before):
    document = new_document("t")
    document.lanes.extend([Lane("blackberry", "BlackBerry"), Lane("tcl", "TCL")])
    title = "BlackBerry Key3 coming to the US"
    text = f"{title}\n\n{before}\n\n{passage}" if before else f"{title}\n\n{passage}"
    start = text.index(passage)
    got = suggest_event(
        document, Source("s", title=title, published="2021-03-02", text=text), start, start + len(passage)
    )
    assert got.lane == "tcl"


def test_a_brand_not_said_to_be_licensed_stays_its_own():
    document = new_document("t")
    document.lanes.extend([Lane("blackberry", "BlackBerry"), Lane("tcl", "TCL")])
    passage = "BlackBerry will sell the Priv through AT&T from Nov. 6."
    text = f"BlackBerry's first Android phone\n\n{passage}"
    start = text.index(passage)
    got = suggest_event(document, Source("s", published="2015-10-14", text=text), start, start + len(passage))
    assert got.lane == "blackberry"


@pytest.mark.parametrize(
    ("passage", "title", "lane"),
    [
        (
            "On rivals, Liu was blunt: “Samsung and Google spend more on marketing than we do.”",
            "OnePlus's US chief",
            "OnePlus",
        ),
        ("“Apple taught buyers to pay $1,000 for a phone,” the Vivo executive said.", "Vivo's US plans", "Vivo"),
    ],
)
def test_when_every_maker_named_is_quoted_the_speakers_maker_is_named_before(passage, title, lane):
    assert lane_of(suggest(passage, title=title)) == lane
