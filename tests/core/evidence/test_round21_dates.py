"""Round 21 of #18: dates the rules read wrongly in the newest hands' passages, tested on sentences written for them,
none taken from the labelled set. The rules' own date (``rules_start``) is tested: the learned date model may overrule
it on top."""

from __future__ import annotations

import pytest

from tests.core.evidence.date_passages import suggest

# --- A plan told in the past, undone in its sentence: the undoing's date, or the article's ---------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # no new date: the article's date, approximate
        ("Vivo had planned to bring the X60 to Amazon in March, but the phone failed a carrier test, a dealer said.",
         "2021-05-12", "2021-05-12~"),
        ("The Xperia 5 had been expected at Verizon this spring, but testing held the launch back, two people said.",
         "2021-05-12", "2021-05-12~"),
        ("ZTE had hoped to open a store in Dallas next year; that opening is now off, a person briefed on it said.",
         "2021-05-12", "2021-05-12~"),
        ("The TCL tablet was supposed to reach Best Buy in April, but supply problems pushed it back.", "2021-05-12",
         "2021-05-12~"),
        # a new date after the undoing: the new date
        ("The Axon had been due at Cricket in February but was pushed into 2022 while Cricket tested it.",
         "2021-05-12", "2022"),
        # the day the undoing was told
        (("Sony had aimed to sell the phone through T-Mobile this summer, but has put that plan on hold, an "
          "executive told reporters on Monday."), "2021-05-12", "2021-05-10"),
    ],
)  # fmt: skip
def test_a_plan_undone_is_dated_by_its_undoing(passage, published, date):
    assert suggest(passage, published).rules_start == date


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # guards, right before the change too: a plan still standing keeps its time
        ("Vivo had planned all along to bring the X60 to Amazon in March, a dealer said.", "2021-01-12", "2021-03"),
        # the plan ended on a date told after it: that date (not a new rule's case, kept)
        ("TCL had planned a phone for Sprint this spring but cancelled it in April, two people said.", "2021-06-02",
         "2021-04"),
    ],
)  # fmt: skip
def test_a_plan_not_undone_or_ended_on_a_date_keeps_its_reading(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- A fiscal year named by its end's day ("ending 31 March", "ended on 31/3/2022", "ending next March"): its year -----


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo's American arm lost money in the year ending 31 March, a filing shows.", "2021-02-10", "2021"),
        ("ZTE's handset unit grew in the fiscal year that ended on 30 June, the company said.", "2021-08-20", "2021"),
        ("Sony will review its US phone line in the financial year ending 31/3/2023.", "2021-06-21", "2023"),
        ("TCL expects its phone unit to break even in the fiscal year ending next March.", "2021-08-05", "2022"),
        ("Sony's phone unit lost money in the fiscal year that ended last March, its annual report said.", "2021-03-03",
         "2020"),
    ],
)  # fmt: skip
def test_a_fiscal_year_named_by_its_end_is_its_year(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- An unveiling in the main clause, its sale told only in a side clause about the thing: the unveiling's day -------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo unveiled the X70 on Tuesday, a $499 phone that T-Mobile will sell from June 18.", "2021-06-09",
         "2021-06-08"),
        (("Sony showed the Xperia 10 in Tokyo on Wednesday, a mid-range phone with a tall screen, which Verizon will "
          "sell starting July 2."), "2021-06-10", "2021-06-09"),
        ("ZTE on Monday unveiled the Axon 30, a phone with a camera under its screen that Amazon will sell from July 9.",
         "2021-06-09", "2021-06-07"),
    ],
)  # fmt: skip
def test_an_unveiling_with_its_sale_in_a_side_clause_is_dated_by_the_unveiling(passage, published, date):
    assert suggest(passage, published).rules_start == date


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # guards, right before the change too: the sale said outright, or the sale the main clause
        ("Vivo said on Tuesday that the X70 would go on sale at T-Mobile on June 18.", "2021-06-09", "2021-06-18"),
        ("The X70, which Vivo unveiled on Tuesday, goes on sale at T-Mobile on June 18.", "2021-06-09", "2021-06-18"),
    ],
)  # fmt: skip
def test_a_sale_said_outright_or_in_the_main_clause_keeps_its_day(passage, published, date):
    # (an unveiling that then "said" the sale, once a guard here, keeps the unveiling's day since the guide's session 13:
    # tests/core/evidence/test_round25_dates.py)
    assert suggest(passage, published).rules_start == date


# --- A span counted back from the article ("for years", "over three years", "for two decades"): a state up to now, ----
# --- the article's date, approximate ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo has sold unlocked phones through Amazon resellers for years.", "2021-06-10", "2021-06-10~"),
        ("ZTE has agreed to buy at least $2 billion of American chips over three years, a filing shows.", "2021-06-10",
         "2021-06-10~"),
        ("Under the consent order, Sony must keep records of its US phone sales for two decades.", "2021-06-10",
         "2021-06-10~"),
        ("TCL has made phones for Cricket under the Alcatel name for five years, a spokesman said.", "2021-06-10",
         "2021-06-10~"),
    ],
)  # fmt: skip
def test_a_span_counted_back_from_the_article_is_the_article_date(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- The figure a change is measured from ("fallen below 1 percent, from nearly half in 2009"): not the event's date --


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo's share of US phone sales has fallen below 1 percent, from nearly 6 percent in 2015, a research firm said.",
         "2021-06-10", "2021-06-10~"),
        ("ZTE's share of US phone sales fell to about 5 percent last year from 11 percent in 2017, a research firm said.",
         "2021-06-10", "2020"),
        ("Sony's US revenue has risen to $2 billion, up from $1.2 billion in 2016, its annual report shows.",
         "2021-06-10", "2021-06-10~"),
    ],
)  # fmt: skip
def test_the_figure_a_change_is_measured_from_does_not_date_the_event(passage, published, date):
    assert suggest(passage, published).rules_start == date


def test_a_thing_bought_from_someone_in_a_year_keeps_that_year():
    # a guard, right before the change too: "from HP in 2015" names a seller, not a figure
    assert suggest("TCL licensed the Palm brand from HP in 2015.", "2021-06-10").rules_start == "2015"


# --- Periods the reader did not see: a delay's new quarter or season with its thing named ("pushes Sony's Xperia back --
# --- to the third quarter", "slips to spring"), "by midyear", "within the year", "the end of summer", "the end of the ---
# --- quarter": their year -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("T-Mobile pushes Sony's Xperia 5 back to the third quarter", "2021-03-10", "2021"),
        ("Vivo delays its US launch to the fall", "2021-03-10", "2021"),
        ("TCL's foldable for Verizon slips to summer", "2021-03-10", "2021"),
        ("The Axon's launch at Cricket slipped to the fourth quarter while ZTE waited for parts.", "2021-08-10", "2021"),
        ("Sony said on Tuesday that it would bring the Xperia 10 to US carriers by midyear.", "2021-03-10", "2021"),
        ("TCL said it expected the purchase to close within the year, once regulators approve it.", "2021-03-10",
         "2021"),
        ("Cricket will get two Vivo models by the end of summer, Vivo said in a statement.", "2021-03-10", "2021"),
        ("ZTE expects to finish the sale of its US unit by the end of the quarter, it said.", "2021-03-10", "2021"),
    ],
)  # fmt: skip
def test_periods_the_reader_did_not_see_are_their_year(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- A plan given up now ("has shelved a plan to …", "has put on hold a plan to …"): its time is not the event's ------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo has shelved a plan to start selling phones in the US next year, two people familiar with it said.",
         "2021-06-10", "2021-06-10~"),
        ("Sony has put on hold a plan to bring the Xperia 1 to Verizon this fall, an executive said on Tuesday.",
         "2021-06-10", "2021-06-08"),
    ],
)  # fmt: skip
def test_a_plan_given_up_now_is_dated_by_the_giving_up(passage, published, date):
    assert suggest(passage, published).rules_start == date


def test_a_plan_given_up_in_the_simple_past_keeps_its_time():
    # a guard, right before the change too: most dev labels date it by the plan's time
    assert suggest("ZTE scrapped a plan to sell a tablet through Boost last fall, the person said.",
                   "2021-06-10").rules_start == "2020"  # fmt: skip
