"""Kind cues of round 25 (#18): a launch told by the verb's role (a phone shown, a market entered, a phone brought to
the US), and a carrier in the other roles of a sale, from our own sentences."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import vivo_rules_kind as _rules_kind


@pytest.mark.parametrize(
    "passage",
    [
        # a phone shown: the verb's object is a phone or a named model
        "Vivo showed the X90, a phone with a large camera, at an event in Shenzhen on Monday.",
        "Vivo will show two new foldables in Los Angeles next week.",
        "Vivo first showed the handset in March.",
        # a market entered or returned to, without the word "market"
        "Vivo said in 2020 that it hoped to enter the US within two years.",
        "Vivo weighs a return to American phone sales",
        "Vivo eyes US smartphone entry in 2023",
        # a phone brought to the US, its object between the verb and the place
        "Vivo brings its cheapest foldable to the US for $599",
        # its own name on its phones
        "Vivo will put its own name on the phones it builds for regional carriers from next year.",
    ],
)
def test_launches_told_by_the_verbs_role(passage):
    assert _rules_kind(passage) == "launch"


@pytest.mark.parametrize(
    "passage",
    [
        "Data from Counterpoint showed the brand's share fell in the quarter.",
        "Asked whether its phones would return to US carriers, Vivo said it had nothing to announce.",
    ],
)
def test_what_figures_show_and_a_return_to_carriers_are_no_launch(passage):
    assert _rules_kind(passage) != "launch"


@pytest.mark.parametrize(
    "passage",
    [
        # the carrier as the subject of the sale inside the sentence, or as the one who says it
        "Vivo said Verizon would start selling the X60 next month.",
        "Vivo said it expected T-Mobile to begin selling the phone in June.",
        "Verizon says the X60 goes on sale in its stores on June 3.",
        # the place a phone reaches, the owner of a named phone, the buyer it is made for, the partner of a launch
        "Vivo's X60 launches in the US this week and reaches Verizon on Thursday",
        "Verizon's Vivo X60 goes on sale Friday",
        "Vivo's first phone for Verizon will go on sale in October, the company said.",
        "Vivo launches the X60 with Verizon",
    ],
)
def test_a_carrier_in_other_roles_of_a_sale_is_a_deal(passage):
    assert _rules_kind(passage) == "carrier-deal"


@pytest.mark.parametrize(
    "passage",
    [
        # a class of buyers left
        "Vivo to quit consumer phones but keep its rugged line",
        # making stopped, a phone late or short
        "Vivo said on Monday that it had ended production of the X60 for good.",
        "Vivo's American phones will be a few weeks late, its finance chief said.",
        "The X60 is running behind schedule because of problems with its hinge.",
        "Vivo admits it cannot make enough X60 screens",
    ],
)
def test_setbacks_of_making_and_leaving(passage):
    assert _rules_kind(passage) == "setback"


@pytest.mark.parametrize(
    "passage",
    [
        # session 12's settled reading: the carrier's sale asked about and not answered is the sale, rumoured
        "A Verizon spokesman declined to say whether the carrier would sell the X60.",
        "Verizon has not said whether it will carry the Vivo X70.",
    ],
)
def test_a_sale_asked_about_is_a_carrier_deal(passage):
    assert _rules_kind(passage) == "carrier-deal"


def test_talks_asked_about_stay_talks():
    assert _rules_kind("Vivo declined to say whether it was talking to Verizon.") == "carrier-talks"


@pytest.mark.parametrize(
    "passage",
    [
        # more regulators, and the acts of courts and agencies
        "The Consumer Product Safety Commission said Vivo had received four reports of chargers overheating.",
        "A jury in Texas found that Vivo had copied a rival's designs and awarded $20 million in damages.",
        "US opens inquiry into Vivo's sales to Iran",
        "Vivo recalls the X60 in the US",
    ],
)
def test_acts_of_courts_and_agencies_are_regulatory(passage):
    assert _rules_kind(passage) == "regulatory"


@pytest.mark.parametrize(
    "passage",
    [
        # stores opened, run or planned
        "Vivo opens its first American store, in Houston",
        "Vivo will run a temporary shop in Austin from Friday, where visitors can try the X60.",
        "Vivo plans more stores but has not said where, a spokeswoman said.",
    ],
)
def test_stores_opened_or_planned_are_retail(passage):
    assert _rules_kind(passage) == "retail"


@pytest.mark.parametrize(
    ("passage", "kind"),
    [
        ("Vivo opened an online store for American buyers on Monday.", "online-sales"),
        ("Vivo closed its Houston store in May.", "setback"),
    ],
)
def test_an_online_store_and_a_store_closed_are_not_retail(passage, kind):
    assert _rules_kind(passage) == kind


def test_a_named_store_opening_its_orders_is_no_shop():
    assert _rules_kind("Pre-orders opened on Monday on the Google Store and at Amazon.") == "online-sales"


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo sold about four million phones in the US last year, according to estimates.",
        "Vivo's American unit goes public",
    ],
)
def test_figures_in_words_and_a_listing_are_background(passage):
    assert _rules_kind(passage) == "context"
