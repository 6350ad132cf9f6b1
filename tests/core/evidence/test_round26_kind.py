"""Kind cues of round 26 (#18): an unveiling whose sale is told in what the maker said of it (session 13: a launch on
the unveiling day), from our own sentences."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import vivo_rules_kind as _rules_kind


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo unveiled the X90 in New York on Tuesday and said it would go on sale through T-Mobile on May 20.",
        "Vivo announced the X90 on Wednesday and said it would ship in June through Amazon.",
        "Vivo showed the X90 at an event on Tuesday and said it would be sold at Best Buy from June 1.",
        "ZTE introduced two cheaper Axon phones on Monday, and said the phones would reach Cricket and Walmart in March.",
        # the carrier as the subject of the sale told, or the sale in a "saying" clause
        "Vivo showed a rugged phone at CES on Wednesday and said Verizon would begin selling it in the fall.",
        "Vivo unveiled the X90 Pro on Monday, saying Amazon would offer an unlocked version from July.",
    ],
)
def test_an_unveiling_with_the_sale_in_what_the_maker_said_is_a_launch(passage):
    assert _rules_kind(passage) == "launch"


@pytest.mark.parametrize(
    ("passage", "kind"),
    [
        # the sale as the main clause, the unveiling an aside: the channel's kind (session 10)
        ("The X90, which Vivo unveiled last month, goes on sale at Verizon on Thursday.", "carrier-deal"),
        # a sale ruled out in what the maker said
        ("Vivo unveiled the X90 on Tuesday and said it would not sell it through US carriers.", "setback"),
    ],
)
def test_a_sale_led_by_its_own_verb_or_ruled_out_is_not_this_case(passage, kind):
    assert _rules_kind(passage) == kind


@pytest.mark.parametrize(
    "passage",
    [
        # the phone business left, told with the products alone
        "ZTE quits smartphones after a decade of losses",
        "ZTE said on Monday it would quit phones by the end of July.",
        # staff cut, the share told in words or the verb "eliminate"
        "ZTE to cut a third of its US workforce",
        "ZTE said it would eliminate about 300 jobs at its Texas office.",
    ],
)
def test_a_business_left_or_its_staff_cut_is_a_setback(passage):
    assert _rules_kind(passage) == "setback"
