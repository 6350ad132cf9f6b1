"""Round 6 of #18, kind, in text about who says what.

Sentences written for these tests (not taken from any file of benchmarks/extraction_set), one class per test:
what anonymous sources were briefed on ("people familiar with the discussions") is no cue for the kind; a carrier
deal only weighed is talks; a carrier that "does not comment on" a device asks about a deal not made; a pause is a
setback; "does not touch" its sales is the business's position; a carrier as the subject after "said that" is
the seller; an analysts' forecast of an event is that event, not a view.
"""

from __future__ import annotations

import pytest

from gui.core.document.model import Lane, Source, new_document
from gui.core.evidence.extract import suggest_event
from tests.core.evidence.titled_passages import rules_answer


def _document():
    document = new_document()
    document.lanes.extend([Lane("vivo", "Vivo"), Lane("asus", "Asus"), Lane("nothing", "Nothing"), Lane("zte", "ZTE")])
    return document


def kind(passage: str, published: str = "2023-04-05") -> str:
    got = suggest_event(_document(), Source("s", published=published, text=passage), 0, len(passage))
    assert got.hints["kind"]
    return got.kind


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo is considering a US debut for its X100 flagship, according to two people familiar with the negotiations.",
        "Asus is mulling whether to release its next Zenfone in the United States, a source close to the talks said.",
    ],
)
def test_what_sources_were_briefed_on_is_no_cue(passage):
    # The cue rules' kind: the prefill may be the learned model's guess over it, labelled as one (kind_model.py).
    got = suggest_event(_document(), Source("s", published="2023-04-05", text=passage), 0, len(passage))
    assert got.rules_kind == "launch"
    assert got.kind == "launch" or got.hints["kind"].startswith("a guess learned from")


def test_a_carrier_deal_only_weighed_is_talks():
    assert kind("Nothing is weighing whether to sell its Phone (2) through AT&T, one person said.") == "carrier-talks"


def test_a_carrier_that_does_not_comment_on_a_device_is_asked_about_selling_it():
    # Settled in session 12 (the guide's "split cases settled"): a carrier's sale of the phone asked about and not
    # answered is the sale, `carrier-deal`; round 6 had read it as talks.
    passage = "Asus would not say more. T-Mobile said it does not comment on devices it may or may not offer."
    assert kind(passage) == "carrier-deal"


@pytest.mark.parametrize(
    "passage",
    [
        "Cricket declined to comment on phones it might carry next year.",
        "Verizon would not say whether it may or may not stock the Zenfone.",
    ],
)
def test_a_sale_asked_about_with_a_modal_is_the_sale(passage):
    # The rules' own reading (the model may agree): "might carry", "may or may not stock" ask about the sale itself.
    got = suggest_event(_document(), Source("s", published="2023-04-05", text=passage), 0, len(passage))
    assert rules_answer(got, "kind") == "carrier-deal"


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo paused its push into American retail in March, a spokeswoman said.",
        "Asus has paused work on a Verizon edition of the Zenfone.",
    ],
)
def test_a_pause_is_a_setback(passage):
    assert kind(passage) == "setback"


def test_what_does_not_touch_its_sales_is_context():
    assert kind("The fine does not touch ZTE's handset sales at Metro and Cricket, the company said.") == "context"


def test_a_carrier_told_as_the_seller_after_said_that_is_a_deal():
    assert kind("Vivo said on Monday that Cricket and Metro would start selling the Y35 in May.") == "carrier-deal"


def test_an_analysts_forecast_of_an_event_is_that_event():
    assert kind("Analysts expect Vivo to start with unlocked phones sold on Amazon.") == "online-sales"


@pytest.mark.parametrize(
    "passage",
    [
        "A Vivo phone built for American networks has passed through the FCC, pointing to a US launch this spring.",
        "Asus's next Zenfone appeared in an FCC listing on Monday, ahead of its US release.",
    ],
)
def test_an_fcc_filing_is_a_hint_not_a_regulators_act(passage):
    assert rules_answer(suggest_event(_document(), Source("s", published="2023-04-05", text=passage), 0, len(passage)),
                        "kind") == "launch"  # fmt: skip


@pytest.mark.parametrize(
    "passage",
    [
        "Asus has no US plans for the Zenfone 11, its chief executive said.",
        "Vivo's Verizon deal is off, according to a person familiar with the matter.",
        "T-Mobile has killed the Asus variant it meant to sell in stores.",
    ],
)
def test_no_plans_a_deal_that_is_off_and_a_kill_are_setbacks(passage):
    assert kind(passage) == "setback"


def test_a_phone_that_remains_on_a_carriers_shelves_is_context():
    passage = "Cricket said the ZTE Blade remains on its shelves."
    got = suggest_event(_document(), Source("s", published="2023-04-05", text=passage), 0, len(passage))
    assert rules_answer(got, "kind") == "context"


def test_a_phone_opened_to_other_carriers_is_a_carrier_deal():
    assert kind("Vivo will open the phone to other carriers in the autumn, analysts said.") == "carrier-deal"


def test_a_carriers_stores_are_its_channel():
    assert kind("The Vivo Y35 is expected to reach Cricket and Boost stores in July.") == "carrier-deal"


@pytest.mark.parametrize(
    "passage",
    [
        "The complaint, filed in May, names two Asus phones.",
        "Vivo said it would defend itself against the claims.",
    ],
)
def test_a_complaint_and_a_defence_are_regulatory(passage):
    assert kind(passage) == "regulatory"


def test_wont_sell_is_a_setback():
    assert kind("Asus won't sell the Zenfone 11 Ultra in the US") == "setback"


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo's X100 won't come to the United States, a spokeswoman says",
        "The Zenfone 11 will not be sold in the US, Asus said.",
        "Asus has no plans to sell the Zenfone 11 Ultra in the United States, it said at a launch event in Taipei.",
    ],
)
def test_a_phone_that_will_not_come_is_a_setback_even_beside_launch_words(passage):
    assert kind(passage) == "setback"


def test_a_phone_not_sold_in_a_relative_clause_about_another_is_no_setback():
    passage = "Vivo unveiled the X100 at MWC 2024, alongside a cheaper model that will not be sold in the US."
    assert kind(passage) == "launch"


def test_what_came_from_a_ban_as_an_aside_does_not_make_it_regulatory():
    assert (
        kind("Vivo phones will not be available at Cricket, a consequence of the ban, the company said.") == "setback"
    )


def test_more_ways_of_telling_the_event():
    assert kind("Asus said more carriers would follow in the autumn.") == "carrier-deal"
    assert kind("The Zenfone 9 sold better than expected, Asus executives told analysts.") == "context"
    assert kind("Asus announced the Zenfone 11 on Tuesday and said it would ship in July.") == "launch"


def test_an_online_seller_among_retailers_is_online_sales():
    assert kind("The Vivo Y35 will be available at Amazon, Best Buy and Walmart from May 3.") == "online-sales"


def _kind_in(text: str, passage: str) -> str:
    start = text.index(passage)
    got = suggest_event(_document(), Source("s", published="2023-04-05", text=text), start, start + len(passage))
    return got.kind


def test_an_answer_withheld_is_about_the_event_naming_its_partner():
    text = (
        "Verizon dropped the Asus Zenfone 10 from its lineup in March, two people said.\n\n"
        "Cricket will keep selling the phone, the carrier said.\n\n"
        "A Verizon spokesman said the carrier had “nothing to add.”"
    )
    assert _kind_in(text, "A Verizon spokesman said the carrier had “nothing to add.”") == "setback"


def test_an_answer_withheld_about_a_deal_is_about_talks():
    text = (
        "Vivo phones could reach Boost Mobile and Cricket stores next year, one analyst said.\n\n"
        "A Vivo spokeswoman said the company does not discuss partners."
    )
    assert _kind_in(text, "A Vivo spokeswoman said the company does not discuss partners.") == "carrier-talks"


def test_an_answer_withheld_about_a_launch():
    text = "Vivo is weighing a US debut for its X100, a person said.\n\nVivo said it had “nothing to announce.”"
    assert _kind_in(text, "Vivo said it had “nothing to announce.”") == "launch"


@pytest.mark.parametrize(
    "passage",
    [
        "Cricket decided against stocking the Asus Zenfone after weeks of tests, people familiar with the decision said.",
        "T-Mobile opted against a Vivo model this year, a person said.",
    ],
)
def test_deciding_against_is_a_setback(passage):
    assert kind(passage) == "setback"


def test_more_ways_of_telling_a_launch_and_a_position():
    assert kind("Job ads hint at a Vivo US push") == "launch"
    assert kind("A Vivo spokesperson said the hires support its existing US business in laptops.") == "context"
    assert kind("Asus is widely seen as the most stable of the smaller brands selling phones in the US.") == "context"


def test_a_carrier_not_expected_to_carry_is_a_setback():
    assert kind("Verizon is not expected to carry the Asus Zenfone 11, analysts said.") == "setback"


def test_sales_that_remain_small_are_context():
    assert kind("Vivo's American sales remain tiny, according to Counterpoint estimates.") == "context"


def test_an_adverb_before_bringing_phones_to_the_us_keeps_the_launch():
    assert kind("The merger could eventually bring Vivo phones to the United States, analysts suggested.") == "launch"


def test_a_deal_sought_is_talks():
    assert (
        kind("Asus is still hoping to land a Verizon deal for a later Zenfone, its US chief said.") == "carrier-talks"
    )


def test_a_carrier_undecided_is_talks_and_a_sale_not_answered_is_the_sale():
    assert (
        kind("AT&T has yet to decide whether to go ahead with the Vivo phone, people familiar said.") == "carrier-talks"
    )
    # a sale through carriers asked about and not answered: `carrier-deal` (settled in session 12; round 6: talks)
    assert kind("Asus has yet to say whether it will sell the phone through other carriers.") == "carrier-deal"


def test_what_an_act_does_not_bar_is_context():
    assert kind("The order does not bar Vivo from selling phones in the US, which it does not do.") == "context"


def test_a_maker_speaking_after_a_regulators_act_goes_on_with_it():
    text = (
        "The Commerce Department added Vivo to the Entity List on Monday.\n\n"
        "Vivo said it would take “all necessary steps” to protect its customers."
    )
    assert _kind_in(text, "Vivo said it would take “all necessary steps” to protect its customers.") == "regulatory"


def test_a_reprieve_or_what_the_us_grants_is_regulatory():
    assert kind("US grants ZTE a 30-day reprieve") == "regulatory"
    assert kind("The waiver lets ZTE keep buying American chips.") == "regulatory"


def test_skipping_a_carrier_is_a_setback():
    assert kind("Asus Zenfone 11 skips Verizon again") == "setback"


def test_a_carrier_testing_the_phone_is_talks():
    assert kind("Verizon has been testing the Zenfone 11 since March, a person said.") == "carrier-talks"


def test_the_speakers_noun_is_no_channel():
    assert kind("Vivo's X100 is coming to the US, retailer says") == "launch"


def test_sales_too_small_are_context():
    assert kind("An analyst said Vivo's US sales were too small to matter.") == "context"


def test_shelving_us_plans_is_a_setback():
    assert kind("Vivo shelves US plans") == "setback"


def test_a_phone_planned_or_readied_is_a_launch():
    for passage in (
        "Asus is reportedly planning a cheaper Zenfone 11 for the autumn.",
        "Vivo is readying a rugged phone, people familiar with the matter said.",
    ):
        got = suggest_event(_document(), Source("s", published="2023-04-05", text=passage), 0, len(passage))
        assert rules_answer(got, "kind") == "launch", passage


def test_figures_and_staff_are_context():
    for passage in (
        "Asus would not say how many Zenfones it had sold.",
        "The company had hired staff for an office in Texas, the people said.",
    ):  # (session 10: the learned kind may differ; its hint names the rules' context)
        got = suggest_event(_document(), Source("s", published="2023-04-05", text=passage), 0, len(passage))
        assert rules_answer(got, "kind") == "context", passage


@pytest.mark.parametrize(
    "passage",
    [
        "Asus quietly ended sales of the Zenfone 9 at Cricket, according to the carrier's website.",
        "A carrier launch is not planned, an Asus spokesman said.",
        "More cuts are possible next year, according to an internal memo.",
        "Vivo denies plans to enter US",
    ],
)
def test_more_setbacks(passage):
    assert kind(passage) == "setback"


@pytest.mark.parametrize(
    "passage",
    [
        "The company has no retail stores in the US.",
        "Asus said the cuts would not affect its carrier partnerships with Verizon and AT&T.",
        "The ban on government purchases is unlikely to dent Vivo's US phone sales, analysts said.",
    ],
)
def test_more_positions(passage):
    assert kind(passage) == "context"


def test_trying_the_us_market_is_a_launch():
    assert kind("Some analysts expect Vivo to try the US market within three years.") == "launch"


def test_shipping_to_us_carriers_is_a_carrier_deal():
    assert kind("ZTE said it would start shipping phones to US carriers again within weeks.") == "carrier-deal"


def test_alarming_washington_is_regulatory():
    assert kind("Vivo's new chip alarms Washington") == "regulatory"


def test_neither_commenting_is_about_the_talks_before():
    text = (
        "Vivo and AT&T have held early discussions about a 5G phone, a person said.\n\nNeither company would comment."
    )
    assert _kind_in(text, "Neither company would comment.") == "carrier-talks"


def test_what_would_not_affect_its_sales_at_named_stores_is_context():
    assert kind("The fine is unlikely to affect Vivo's sales at Walmart and Metro, analysts said.") == "context"


def test_a_launch_that_slipped_is_a_setback():
    assert (
        kind("The Zenfone's launch had slipped from the spring because of chip shortages, Asus said in May.")
        == "setback"
    )


def test_a_return_to_the_market_is_a_launch():
    assert kind("Asus could return if the market changes, the company said.") == "launch"


def test_phones_for_the_us_are_a_launch_and_imports_are_a_position():
    assert kind("Vivo said in June that it was exploring cheaper phones for the US.") == "launch"
    assert kind("Vivo phones sold on Amazon US are imports, the company says") == "context"
