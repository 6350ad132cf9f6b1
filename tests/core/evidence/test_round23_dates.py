"""Round 23 of #18: dates the rules read wrongly in the newest hands' passages (dev-r24, dev-r23), tested on sentences
written for them, none taken from the labelled set. The rules' own date (``rules_start``) is tested: the learned date
model may overrule it on top."""

from __future__ import annotations

import pytest

from tests.core.evidence.date_passages import suggest

# --- A plan told at a time, with a deadline of its own: the deadline, as session 12 settled --------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo told a Berlin newspaper in March that it expected to sell phones in America by 2024.", "2022-05-11",
         "2024"),
        ("TCL said last month that it would bring a 5G flip phone to Cricket by the end of the year.", "2022-05-11",
         "2022"),
        ("Sony said in February that it would close its Texas repair centre by the end of next year.", "2022-05-11",
         "2023"),
        ("ZTE expects the Axon deal with Metro to close by year-end, its US chief said last week.", "2022-05-11",
         "2022"),
        ("Kyocera told dealers in April that the rugged flip would reach UScellular stores by July.", "2022-05-11",
         "2022-07"),
    ],
)  # fmt: skip
def test_a_plan_told_at_a_time_is_dated_by_its_own_deadline(passage, published, date):
    assert suggest(passage, published).rules_start == date


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # guards, right before the change too: a hope told in the past stays dated by the saying
        ("Vivo said in March that it hoped to be selling phones in America by 2024.", "2022-05-11", "2022-03"),
        # a plan with no time of its own: when it was told
        ("TCL said last month that it would bring a 5G flip phone to Cricket.", "2022-05-11", "2022-04"),
    ],
)  # fmt: skip
def test_a_hope_or_a_plan_without_its_own_time_keeps_the_time_it_was_told(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- The year back a figure is compared with ("from 6 percent a year earlier"): not the event's ---------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("TCL's phone revenue was $1.2 billion in the quarter that ended in March, roughly flat from a year earlier.",
         "2022-05-20", "2022"),
        ("Sony said in April that its US phone shipments had doubled from a year earlier.", "2022-05-20", "2022-04"),
    ],
)  # fmt: skip
def test_the_year_back_a_figure_is_compared_with_is_not_the_event(passage, published, date):
    assert suggest(passage, published).rules_start == date


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # guards, right before the change too: a figure that fell from another is compared already
        (("Vivo's share of US online phone sales slipped to 2 percent in the three months to April, from 3 percent a "
          "year earlier, a research firm said."), "2022-05-20", "2022"),
        # "from Amazon a year ago" is when it was pulled
        ("ZTE pulled the Axon 30 from Amazon a year ago.", "2022-05-20", "2021"),
    ],
)  # fmt: skip
def test_a_year_back_that_is_no_figure_compared_keeps_its_reading(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- A "no plans" with the year it rules out, said in a month: the year, as when said on a day ----------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo has no plans to bring its foldables to the United States this year, a spokeswoman said in March.",
         "2022-05-20", "2022"),
        ("ZTE's US chief said in February that it had no plans for a carrier phone this year.", "2022-05-20", "2022"),
    ],
)  # fmt: skip
def test_a_no_plans_said_in_a_month_is_dated_by_the_year_it_names(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- Two months named as alternatives ("in late August or early September"): their year -----------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo will sell the X90 at Amazon in June or July.", "2022-05-11", "2022"),
        ("The rugged flip is now due at Cricket in late October or early November, a dealer said.", "2022-09-01",
         "2022"),
        ("TCL now expects the tablet in Walmart stores in late January or February.", "2022-12-08", "2023"),
    ],
)  # fmt: skip
def test_two_months_named_as_alternatives_are_their_year(passage, published, date):
    assert suggest(passage, published).rules_start == date


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # guards, right before the change too: two months for two things keep the event's month
        ("Vivo will sell the X90 at Amazon in June, and in Canada in July.", "2022-05-11", "2022-06"),
        ("Sony said in March that the Xperia 10 would reach Best Buy in June.", "2022-05-11", "2022-06"),
    ],
)  # fmt: skip
def test_months_that_are_no_alternatives_keep_their_month(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- "The same day" counts from a day, not from a month, a year or "now" told near it ------------------------------


@pytest.mark.parametrize(
    ("before", "passage", "published", "date"),
    [
        ("Sony said the Xperia 5 would go on sale at Verizon on Oct. 7. The phone was first shown in September.",
         "Best Buy will also sell it in its stores from the same day, a spokesman said.", "2022-09-28", "2022-10-07"),
        ("Vivo's X90 reaches Amazon on June 14. Vivo now sells phones in more than 40 countries.",
         "Walmart will carry the phone from the same day, the retailer said.", "2022-06-01", "2022-06-14"),
    ],
)  # fmt: skip
def test_the_same_day_counts_from_the_day_before_it(before, passage, published, date):
    assert suggest(passage, published, before=before).rules_start == date


def test_the_same_day_passes_over_a_side_clauses_year():
    before = "Verizon will sell the Vivo X90 from April 10."
    passage = "Mint Mobile, which T-Mobile bought last year, will offer the phone from the same day, it said."
    assert suggest(passage, "2025-03-19", before=before).rules_start == "2025-04-10"


def test_the_same_day_keeps_a_month_when_the_day_before_is_only_a_sayings():
    # a guard, right before the change too: "on Wednesday" dates the saying, and "next week" is a month
    before = "Amazon will sell the Vivo Y16 to Prime members from next week, the retailer said on Wednesday."
    passage = "Walmart said its own version would go on sale on the same day at $99."
    assert suggest(passage, "2022-06-16", before=before).rules_start == "2022-06"


# --- A saying's time after a named venue ("said in an interview at MWC in Barcelona last month"): not the event's ----


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        (("Vivo aims to have its phones at a US carrier before the end of 2023, its chief said in an interview at MWC in "
          "Barcelona last month."), "2023-03-20", "2023"),
        (("Sony's mobile chief told reporters at the Consumer Electronics Show in Las Vegas in January 2021 that the "
          "Xperia line would reach Verizon by 2022."), "2021-06-10", "2022"),
    ],
)  # fmt: skip
def test_a_sayings_time_after_a_named_venue_is_not_the_event(passage, published, date):
    assert suggest(passage, published).rules_start == date


def test_a_store_after_at_is_no_venue_of_a_saying():
    # a guard, right before the change too: "at Best Buy in June" is where and when the phone is sold
    passage = "Vivo said it would sell the phone at Best Buy in June, and Sony said on Monday that it would follow."
    assert suggest(passage, "2022-05-11").rules_start == "2022-06"
