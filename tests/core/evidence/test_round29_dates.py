"""Round 29 of #18: dates the rules read wrongly in the dev hands' passages, tested on sentences written for them, none
taken from the labelled set. The rules' own date (``rules_start``) is tested: the learned date model may overrule it on
top."""

from __future__ import annotations

import pytest

from tests.core.evidence.date_passages import suggest

# --- What a company expects "within days" or "within weeks": the month it was said, even beside the saying's day ------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # "within weeks" is as near as "within days"
        ("Alcatel said it expected Boost to carry its phones again within weeks.", "2020-03-18", "2020-03"),
        ("In a filing, Sonim said it expects shipments to Verizon to restart within several weeks.", "2022-10-05",
         "2022-10"),
        # the event's own time, a relative month, wins over the day it was said
        ("Kyocera said on Friday that it expected the recall of the DuraXV to end within days.", "2021-11-24",
         "2021-11"),
        # the month of the saying, when the passage dates it, not the article's
        ("TCL said on Monday that it expected its phones to return to Target within days.", "2022-03-02", "2022-02"),
        ("Nokia said in May that it expected Cricket to stock the G20 again within weeks.", "2021-07-14", "2021-05"),
    ],
)  # fmt: skip
def test_what_a_company_expects_within_days_or_weeks_is_the_month_it_said_so(passage, published, date):
    assert suggest(passage, published).rules_start == date


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # guards: a span after an event is no expectation, and neither is a conjecture of what could happen
        ("The Razr sold out at Verizon within weeks of its launch in February, the carrier said.", "2020-06-01",
         "2020-02"),
        ("Analysts said the ban could stop Honor's phone sales within weeks.", "2020-06-01", "2020-06-01~"),
    ],
)  # fmt: skip
def test_a_span_after_an_event_or_a_conjecture_is_no_expectation(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- A goal's horizon ("within three years") dates no event: the day it was said, else the article's, approximate ------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Realme's founder said the brand aimed to rank among the top five in the US within four years.", "2022-08-17",
         "2022-08-17~"),
        ("Analysts expect Honor to sell through a US carrier within the next two years.", "2024-03-06", "2024-03-06~"),
        # the day the goal was said on, as before; and a date of its own wins over the horizon
        ("TCL's chief said on Monday that the company wanted to double its US share within three years.", "2022-03-02",
         "2022-02-28"),
        ("Oppo plans to open a US web store in May and to reach Verizon within three years.", "2022-03-02", "2022-05"),
    ],
)  # fmt: skip
def test_a_goal_s_horizon_of_years_dates_no_event(passage, published, date):
    assert suggest(passage, published).rules_start == date
