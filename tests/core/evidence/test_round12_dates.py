"""Round 12 of #18: how dates fail on text by other hands (a period named by the day or month it ended, ...),
tested on sentences written for them, none taken from the labelled set."""

from __future__ import annotations

import pytest

from tests.core.evidence.date_passages import suggest

# --- A fiscal period named by its end is a year, not the day or month that ends it ------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Sonim lost $3 million in the quarter that ended Sept. 27.", "2020-11-10", "2020"),
        ("TCL's handset revenue rose 4 percent in the quarter ended Oct. 2.", "2021-11-15", "2021"),
        ("HMD's US shipments doubled in the fiscal year that ended in April.", "2021-06-10", "2021"),
        ("Vivo's phone unit broke even in the quarter which ended in May.", "2021-06-10", "2021"),
        # Not over yet at the article's date: the year before.
        ("Nokia's device arm shrank in the fiscal year that ended in September.", "2021-06-10", "2020"),
        # A year written with it: that year.
        ("Kyocera will quit the consumer market by the fiscal year that ends in March 2027.", "2025-05-12", "2027"),
    ],
)  # fmt: skip
def test_a_period_named_by_its_end_is_its_year(passage, published, date):
    assert suggest(passage, published).start == date


def test_the_day_of_the_event_still_beats_a_period_named_by_its_end():
    passage = "Sonim said on Tuesday that it would cut 90 jobs after a loss in the quarter that ended Sept. 27."
    assert suggest(passage, "2020-11-11").start == "2020-11-10"
