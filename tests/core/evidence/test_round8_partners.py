"""Round 8 of #18: carriers and retailers named in a role other than the maker's partner (an owner, a store for its
household goods, a network a phone works on), tested on sentences written for them, none taken from the labelled set."""

from __future__ import annotations

import pytest

from gui.core.evidence.partner_roles import not_partner_spans
from tests.core.evidence.date_passages import suggest
from tests.core.evidence.titled_passages import rules_answer


@pytest.mark.parametrize(
    ("passage", "partners"),
    [
        # An owner named after its brand is a partner too, since session 13 ("An owner named after its brand": both
        # names); round 8 had it as no partner.
        ("Metro, now owned by T-Mobile, added ZTE's Blade V2 to its line-up on Tuesday.", ["Metro", "T-Mobile"]),
        ("Visible, the Verizon-owned prepaid service, will sell Vivo's Y50 from next month.", ["Verizon", "Visible"]),
        ("TCL's phones are also sold by Straight Talk, which Verizon acquired with Tracfone.", ["Straight Talk", "Verizon"]),
        ("Sony's Xperia 10 reached Cricket, a unit of AT&T, in May.", ["AT&T", "Cricket"]),
        # Household goods at a store are not the phone business.
        ("Vivo does not sell phones in the US, but its air purifiers are sold at Target.", []),
        ("TCL's televisions fill Walmart and Best Buy aisles, and its phones are sold at Metro.", ["Metro"]),
        # A network a phone works on is not a carrier that sells it.
        ("The Xperia 5 is sold unlocked by Sony and works on Verizon and T-Mobile networks.", []),
        ("ZTE's Axon was built with AT&T's network in mind, a spokesman said.", []),
    ],
)  # fmt: skip
def test_names_in_another_role_are_no_partners(passage, partners):
    assert sorted(rules_answer(suggest(passage), "partners")) == partners


@pytest.mark.parametrize(
    ("passage", "partners"),
    [
        ("Phones from Vivo can now be bought by American shoppers through a store on Amazon.", ["Amazon"]),
        ("Verizon will offer the ZTE Axon on its 5G network from Friday.", ["Verizon"]),
        ("The company's US sales of laptops continue through Best Buy.", ["Best Buy"]),
        ("Sony's phones are owned by few buyers on Verizon.", ["Verizon"]),
    ],
)
def test_partners_that_stay(passage, partners):
    """Guards: a passive "bought by" shoppers, a carrier's own network, computers, lower-case "owned by"."""
    assert sorted(suggest(passage).partners) == partners


def test_the_spans_name_the_owner_not_the_brand():
    passage = "Boost Mobile, now owned by Dish, sells the Blade."
    ((start, end),) = not_partner_spans(passage)
    assert "Dish" in passage[start:end] and "Boost" not in passage[start:end]


@pytest.mark.parametrize(
    ("passage", "partners"),
    [
        ("Most of Sony's US sales run through Verizon, which competes with AT&T for premium buyers.", ["Verizon"]),
        ("Metro cut the ZTE Blade to $49 to lure buyers away from Cricket.", ["Metro"]),
        ("Vivo's smart-home gear, including its air purifiers, is sold at Target and on Amazon.", []),
    ],
)
def test_rivals_and_other_goods_in_a_side_clause(passage, partners):
    assert sorted(rules_answer(suggest(passage), "partners")) == partners


@pytest.mark.parametrize(
    ("passage", "partners"),
    [
        ("Cox Mobile and Optimum Mobile, the cable carriers, began selling the Vivo Y52 on Tuesday.",
         ["Cox Mobile", "Optimum Mobile"]),
        ("ZTE's first US phones reached Alltel and Virgin Mobile USA in 2006.", ["Alltel", "Virgin Mobile"]),
        ("Sony Ericsson phones were sold at Circuit City and through Cingular Wireless.", ["Cingular", "Circuit City"]),
        ("TCL's prepaid phones hang on racks at Walgreens and CVS.", ["CVS", "Walgreens"]),
        ("Tello and Red Pocket Mobile offer the Vivo phone unlocked.", ["Red Pocket", "Tello"]),
    ],
)  # fmt: skip
def test_regional_carriers_mvnos_and_older_retailers_are_known(passage, partners):
    assert sorted(suggest(passage).partners) == partners


@pytest.mark.parametrize(
    ("passage", "partners"),
    [
        ("Vivo's Y52 costs $100 less than ZTE's Axon 30, which reached Cricket in May.", []),
        # A guard: a which-clause after the maker's own sales still names its partners.
        ("The ban could hurt Vivo's US sales, which run through Metro and Boost.", ["Boost", "Metro"]),
    ],
)
def test_a_which_clause_after_another_makers_name_names_its_partners(passage, partners):
    assert sorted(rules_answer(suggest(passage), "partners")) == partners


def test_an_owner_with_a_hyphen_in_its_name():
    # (named as the brand's owner: both names since session 13; round 8 had the owner as no partner)
    got = suggest("The Vivo Y52 reached the T-Mobile-owned Metro on Friday.")
    assert set(rules_answer(got, "partners")) == {"Metro", "T-Mobile"}


@pytest.mark.parametrize(
    ("passage", "partners"),
    [
        ("TCL, best known for its TVs, will sell the Revvl 7 at T-Mobile.", ["T-Mobile"]),
        ("TCL, which sells scooters and TVs in Europe, put the Revvl on Amazon.", ["Amazon"]),
        ("Hisense sells its TVs at Best Buy and Walmart.", []),
    ],
)
def test_a_sentence_that_names_a_phone_by_its_model_keeps_its_partners(passage, partners):
    """Found in review: a sentence naming TVs and a phone only by its model ("the Revvl 7") lost its partners."""
    assert sorted(rules_answer(suggest(passage, "2021-06-10"), "partners")) == partners
