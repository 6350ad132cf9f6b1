"""Kind cues of round 28 (#18), from our own sentences: suits and the law's other forums (regulatory), an unveiling
that leads the passage with the channel after it (a launch, sessions 10 and 13), channels of several kinds told as
what the maker sells (context, session 13), a plan denied without its owner ("there are no plans": a setback), and a
channel's own step back from a phone (cut orders, dropped, slipped, not getting it: a setback)."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import vivo_rules_kind as _rules_kind


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo sues ZTE over a patented hinge",
        "Owners of the X90 sue Vivo over cracked screens",
        "A Vivo spokeswoman said the company does not comment on pending litigation.",
        "The two companies agreed to let an arbitration panel set what Vivo owes in royalties.",
    ],
)
def test_a_suit_and_the_laws_other_forums_are_regulatory(passage):
    assert _rules_kind(passage) == "regulatory"


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo unveils the X90 at MWC; AT&T to carry it",
        "Vivo unveiled the X90 in New York on Tuesday, a $749 phone that T-Mobile and its own website will sell from Oct. 23.",
        (
            "Vivo will show a phone built on new software at CES next week, two people said, and Sprint will be the"
            " first carrier to sell it."
        ),
        "Vivo showed a rugged flip phone at its booth on Tuesday and said Verizon would sell it from March.",
    ],
)
def test_an_unveiling_that_leads_the_passage_is_a_launch(passage):
    assert _rules_kind(passage) == "launch"


@pytest.mark.parametrize(
    "passage",
    [
        # the sale leads, the unveiling an aside: the channel's kind (session 10)
        "Verizon began selling the X90 on Thursday, hours after Vivo unveiled it.",
        "T-Mobile will sell the X90, which Vivo unveiled last month, from May 1.",
        # a document that shows the phone at a carrier is no unveiling
        "A leaked slide shows the X90 at AT&T, Verizon and T-Mobile from late August.",
    ],
)
def test_a_sale_that_leads_keeps_the_channels_kind(passage):
    assert _rules_kind(passage) == "carrier-deal"


@pytest.mark.parametrize(
    ("passage", "kind"),
    [
        ("Vivo's phones are sold in the US by Cricket, by Tracfone and on Amazon, among others.", "context"),
        ("Vivo's cheaper phones sell in the US through Cricket, Metro by T-Mobile and Walmart.", "context"),
        ("Vivo sells the X90 through Verizon and AT&T, and unlocked on Amazon and at Best Buy.", "context"),
        # one kind of channel, or a sale with a time of its own: the channel's kind
        ("Vivo will sell the X90 through Verizon and on Amazon from May 1.", "carrier-deal"),
        ("Cricket and Walmart began selling the X90 on Friday.", "carrier-deal"),
    ],
)
def test_channels_of_several_kinds_as_what_it_sells_are_context(passage, kind):
    assert _rules_kind(passage) == kind


@pytest.mark.parametrize(
    "passage",
    [
        (
            "The X90 will go on sale in Europe this summer, but there are no plans to sell it in the United States, a"
            " Vivo spokesman said."
        ),
        "Vivo's X90 went on sale in Europe in March; there is no US release planned for it, a spokeswoman said.",
    ],
)
def test_a_plan_denied_without_its_owner_is_a_setback(passage):
    assert _rules_kind(passage) == "setback"


@pytest.mark.parametrize(
    "passage",
    [
        "The analysts' note said T-Mobile had cut its order for the X90 by about a third.",
        "Vivo's X90 slips again at Metro by T-Mobile",
        "Vivo said the X90 would reach AT&T stores in late April rather than this month, blaming a shortage of parts.",
        "Sprint drops Vivo's phone a year after its debut",
        "Sprint, which sells Vivo's X80, will not get the X90, a Sprint spokesman said.",
        "Vivo's X90 leaves Sprint's line-up",
        "Vivo loses AT&T slot for its X90 as losses mount",
        "Verizon: no plans to carry Vivo phones",
    ],
)
def test_a_channels_step_back_from_the_phone_is_a_setback(passage):
    assert _rules_kind(passage) == "setback"


def test_no_plans_to_drop_the_phone_is_still_a_deal_that_goes_on():
    assert _rules_kind("T-Mobile, which sells the X90, said it had no plans to drop the phone.") == "carrier-deal"


def test_due_to_and_a_verb_is_no_cause():
    # "due to" and a verb is a thing scheduled, not a cause: the clause after it is still the passage's own
    passage = "A Vivo phone that T-Mobile had been due to sell in the fall has been shelved, two people said."
    assert _rules_kind(passage) == "setback"
