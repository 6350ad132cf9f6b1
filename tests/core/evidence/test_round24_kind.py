"""Kind cues of round 24 (#18): the forms and roles the cues missed on the newest dev hands, from our own sentences."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import vivo_rules_kind as _rules_kind


@pytest.mark.parametrize(
    "passage",
    [
        # a closing, in the verb's every form, of what the maker runs
        "Vivo will close its three showrooms in Texas by the end of the year.",
        "Vivo to close its research lab in Austin",
        "The Vivo-branded kiosk at a Houston mall closed in 2019 after eight months.",
        "Vivo, the Dongguan phone maker, shuts down its American arm",
        # the business left, a market skipped, a plan scrapped
        "Vivo said it would leave the handset business by the end of the year.",
        "Vivo's new flagship will skip the US again",
        "Vivo and a Texas distributor scrap plan for a joint venture",
        "Vivo is laying off 30 people who worked on its American website.",
        "Vivo stopped developing phones for the US carriers last spring.",
        # a date that slipped, an offer turned down, a phone held back
        "Vivo's first American phone slips past its promised March date",
        "Vivo offered the X60 to a regional carrier, which turned it down over its price.",
        "Vivo had planned the phone for May, but held it back to add a faster modem.",
        "Vivo pushes its American phones into 2023",
        "Vivo's phones will not reach American buyers until the spring, the company said.",
        # a refusal, a step not planned
        "Vivo's phone works on two national networks, but neither carrier will sell it.",
        "Vivo does not plan to sell the phone in the US, a spokeswoman said.",
        "Vivo will not enter the United States before 2023, an executive said.",
        "Two regional carriers pulled Vivo handsets from their lineups in May.",
    ],
)
def test_setbacks_in_forms_the_cues_missed(passage):
    assert _rules_kind(passage) == "setback"


@pytest.mark.parametrize(
    "passage",
    [
        "Verizon is expected to add the Vivo X70 this fall, though neither company would comment.",
        "A regional carrier will sell the phone online from May 3, as most of its stores remain closed for repairs.",
    ],
)
def test_no_comment_and_stores_closed_a_while_are_no_setback(passage):
    assert _rules_kind(passage) != "setback"


@pytest.mark.parametrize(
    "passage",
    [
        # results: a loss, in money or in a run of quarters
        "Vivo lost $40 million in the quarter that ended in June.",
        "Vivo's phone unit posts its seventh straight quarterly loss",
        # a figure sold, a base of subscribers
        "Vivo sold about 120,000 X60 phones in its first week, an analyst estimated.",
        "Vivo added 2.1 million cloud subscribers in the quarter that ended in March.",
        # who buys whom, and for how much
        "ZTE to buy Vivo for $3 billion",
        "ZTE said on Monday that it had agreed to buy Vivo's handset business from its parent for about $900 million.",
        "Vivo sold its budget brand to a group of investors in 2020.",
        # a forecast
        "Vivo said it expected demand for phones to stay weak through the end of the year.",
        # the networks a phone works on
        "The X70 works on T-Mobile's and AT&T's networks but lacks some of the bands Verizon uses.",
    ],
)
def test_background_the_cues_missed(passage):
    assert _rules_kind(passage) == "context"
