"""Round 23, the lane (our own sentences): a maker's business, unit or team bought is the buyer's event (the guide: a buyer
of a maker's team or business), unless the article is about the seller, whose title names it and not the buyer (a whole
maker bought stays the bought maker's, rounds 13 and 22); a maker named by the platform or the song store a phone runs
("built for Google's Tango software") is not its maker; a maker cut off ("cuts ZTE off", "stop supplying Huawei with")
is the event's lane; a parent without a lane named alone in an article whose title names its unit ("Lenovo declined to
comment" under a Motorola title) is the unit's, unless it speaks of its own brand or of another maker; a licence told
"under a licence", or right after a title, names the licensee; "the Nexus 5X, which LG makes for Google" is Google's."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import suggest_among

LANES = ("Kyocera", "Casio", "Sanyo", "Sharp", "Microsoft", "HMD", "Motorola", "Google", "HTC", "Samsung", "Asus", "Palm",
         "Apple", "ZTE", "Huawei", "Honor", "Sony", "TCL", "BlackBerry", "LG")


def suggest(passage: str, *, title: str, before: str = ""):
    return suggest_among(LANES, passage, title=title, before=before, published="2011-06-14")


@pytest.mark.parametrize(
    "passage",
    [
        "Kyocera agreed on Friday to buy Casio's mobile phone division for about $200 million.",
        "Kyocera, which bought Casio's handset arm two years ago, wants to sell rugged flip phones at Verizon.",
        "Samsung said on Monday that it had completed its purchase of HTC's design team in Taipei.",
    ],
)
def test_a_business_bought_is_the_buyers_event(passage):
    assert suggest(passage, title="Phone makers").lane == passage.split()[0].strip(",").lower()


def test_a_passage_after_the_title_of_a_business_bought_is_the_buyers():
    got = suggest("The deal still needs the approval of regulators in Tokyo.", title="Kyocera to buy Casio's phone business")
    assert got.lane == "kyocera"


def test_a_business_bought_in_the_sellers_story_stays_the_sellers():
    got = suggest("Kyocera agreed last month to buy Casio's handset unit.", title="Casio's rugged flip phone reaches Verizon")
    assert got.lane == "casio"



@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("Sprint will sell the Zephyr, the first handset built for Google's Daydream virtual-reality platform, from May 2,"
         " Asus said.", "asus"),
        ("The Treo 650w, the first to run Microsoft's Windows Mobile software, reaches Sprint on Friday.", "palm"),
        ("Songs from Apple's iTunes store will play on the Rokr, which Motorola ships to Cingular on Sept. 7.", "motorola"),
    ],
)
def test_a_platform_or_a_song_store_a_phone_runs_is_not_its_maker(passage, lane):
    assert suggest(passage, title="Phones in the news").lane == lane


@pytest.mark.parametrize(
    ("passage", "lane"),
    [
        ("Google cut ZTE off from Android updates on Monday.", "zte"),
        ("Samsung will stop supplying Huawei with screens, a person familiar with the matter said.", "huawei"),
    ],
)
def test_a_maker_cut_off_or_no_longer_supplied_is_the_events_lane(passage, lane):
    assert suggest(passage, title="Sanctions").lane == lane


def test_a_maker_cut_off_far_from_the_subject_is_background():
    got = suggest("Honor was spun off from Huawei in 2020, months after the rules that cut Huawei off from chips.",
                  title="Honor's US plans")
    assert got.lane == "honor"


@pytest.mark.parametrize(
    "passage",
    [
        "Lenovo declined to comment on the carrier talks.",
        "Lenovo expects the phone to sell well, its finance chief told analysts on Thursday.",
    ],
)
def test_a_parent_without_a_lane_named_alone_in_its_units_article_is_the_units(passage):
    got = suggest(passage, title="Motorola's new Razr heads to Verizon")
    assert (got.lane, got.new_lane) == ("motorola", None)


@pytest.mark.parametrize(
    "passage",
    [
        "Lenovo will keep its own-brand tablets out of the US, it said.",
        "Lenovo approached Sony about a takeover last year, people familiar with the talks said.",
    ],
)
def test_a_parent_speaking_of_its_own_or_of_another_maker_keeps_its_name(passage):
    assert suggest(passage, title="Motorola's new Razr heads to Verizon").new_lane == "Lenovo"


@pytest.mark.parametrize(
    ("title", "before"),
    [
        ("BlackBerry Motion heads to Sprint",
         "TCL, which makes BlackBerry-branded phones under a long-term licence, said the Motion would sell for $449."),
        # the title's last word and the next paragraph's maker are not one name ("Motion TCL")
        ("Sprint to carry the BlackBerry Motion",
         "TCL Communication, which builds BlackBerry-branded handsets under licence, said the Motion would sell for $449."),
    ],
)
def test_a_licence_told_with_an_article_or_after_a_title_gives_the_licensee(title, before):
    got = suggest("Verizon will follow later in the year, an analyst said.", title=title, before=before)
    assert got.lane == "tcl"


def test_the_builder_of_a_nexus_told_in_a_which_clause_is_not_its_lane():
    got = suggest("T-Mobile began selling the Nexus 5X, which LG makes for Google, on Friday.", title="Phones in the news")
    assert got.lane == "google"


def test_the_builder_of_another_brands_phone_keeps_its_lane():
    got = suggest("The Priv, a slider that TCL builds for BlackBerry, reaches AT&T on Friday.", title="Phones in the news")
    assert got.lane == "tcl"
