"""Round 22 of #18: dates the rules read wrongly in the newest hands' passages (dev-r23), tested on sentences written
for them, none taken from the labelled set. The rules' own date (``rules_start``) is tested: the learned date model may
overrule it on top."""

from __future__ import annotations

import pytest

from tests.core.evidence.date_passages import suggest

# --- A "no plans" with the year it rules out: that year, over the day it was said or the article's date --------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo has no plans to bring its foldables to the United States this year, a spokeswoman said.", "2022-04-20",
         "2022"),
        ("TCL had no plans for a US carrier phone this year, its chief told analysts on Wednesday.", "2022-04-21",
         "2022"),
        (("ZTE has no plans to sell its Nubia flagship in America this year, an executive told reporters at the IFA show "
          "in Berlin on Friday."), "2022-09-03", "2022"),
        ("Sony has no plans to offer the Xperia 10 through T-Mobile next year, the company said.", "2022-11-02", "2023"),
        ("Vivo: no plans for American stores this year, says regional chief", "2023-01-05", "2023"),
    ],
)  # fmt: skip
def test_no_plans_is_dated_by_the_year_it_names(passage, published, date):
    assert suggest(passage, published).rules_start == date


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # guards, right before the change too: another event dated in the passage keeps its date
        ("The first Vivo orders ship in June, its US head said, adding that it has no plans for carriers this year.",
         "2022-04-20", "2022-06"),
        ("TCL is weighing a US launch for 2024 at the earliest but has no plans to enter this year, an executive said.",
         "2022-04-20", "2024"),
        # an undated "no plans": the article's date
        ("Sony has no plans to sell the Xperia 1 through Verizon, a spokesman said.", "2022-04-20", "2022-04-20~"),
        # a given-up plan ("shelved") stays dated by the day it was given up
        ("ZTE said on Monday that it had shelved plans to sell phones in the US this year.", "2022-04-20",
         "2022-04-18"),
    ],
)  # fmt: skip
def test_other_dates_beside_a_no_plans_keep_their_reading(passage, published, date):
    assert suggest(passage, published).rules_start == date


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        (("TCL said on Wednesday it has no plans to sell phones in the US this year, rejecting a report that it was in "
          "talks with Verizon."), "2022-04-22", "2022-04-20"),
        (("A Vivo spokesman said on Monday that it had no plans for US stores this year, hours after a tipster posted "
          "a slide."), "2022-04-22", "2022-04-18"),
    ],
)  # fmt: skip
def test_a_no_plans_answering_a_report_is_dated_by_its_day(passage, published, date):
    assert suggest(passage, published).rules_start == date


# --- An unveiling on its day, with a sale told only by a year, season or quarter: the unveiling's day -----------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo unveiled the X90 at a show in Berlin on Friday and said it would reach US stores later this year.",
         "2022-09-03", "2022-09-02"),
        ("ZTE showed its Axon 40 at CES on Tuesday, and said Cricket would carry it in the second half.", "2022-01-06",
         "2022-01-04"),
        ("Sony on Wednesday introduced the Xperia 5 IV, which it said would reach Best Buy this fall.", "2022-09-02",
         "2022-08-31"),
    ],
)  # fmt: skip
def test_an_unveiling_day_is_not_given_up_for_a_vague_sale(passage, published, date):
    assert suggest(passage, published).rules_start == date


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # a sale's month or day told after an unveiling no longer wins over the day the phone was shown: the main
        # verb's time, as the guide's session 13 settled (these were guards for the opposite before round 25)
        ("Vivo unveiled the X90 in Berlin on Friday and said it would go on sale at Amazon on Sept. 20.", "2022-09-03",
         "2022-09-02"),
        ("ZTE showed its Axon 40 on Tuesday and said Cricket would carry it in March.", "2022-01-06", "2022-01-04"),
        # no unveiling: the sale's year over the day it was told
        ("Sony said on Wednesday that Best Buy would sell the Xperia 5 IV later this year.", "2022-09-02", "2022"),
    ],
)  # fmt: skip
def test_a_sale_after_an_unveiling_keeps_its_month_or_day(passage, published, date):
    assert suggest(passage, published).rules_start == date


def test_a_vague_sale_in_the_main_clause_keeps_its_year_over_the_unveiling_aside():
    # a guard, right before the change too: the showing is an aside of the sale
    passage = "Vivo will sell the X90, a phone it showed in Berlin on Friday, in the United States later this year."
    assert suggest(passage, "2022-09-03").rules_start == "2022"


# --- What the event ended, told after it (", ending a run that began in 2019"): its time is not the event's --------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        (("Vivo said on Monday that it would stop selling phones through Amazon, ending a partnership that began in "
          "2019."), "2022-05-11", "2022-05-09"),
        (("ZTE told a court on Tuesday that it had settled with the Commerce Department, ending a fight that began in "
          "March."), "2022-05-11", "2022-05-10"),
        ("Sony will stop selling the Xperia 10 in the US, ending a run it had kept up since 2017, a spokesman said.",
         "2022-05-11", "2022-05-11~"),
        (("TCL said on Wednesday that Metro would drop its phones, capping a slide that started late last year."),
         "2022-05-12", "2022-05-11"),
    ],
)  # fmt: skip
def test_the_time_of_what_the_event_ended_is_not_its_date(passage, published, date):
    assert suggest(passage, published).rules_start == date


def test_an_ending_clause_alone_leaves_the_main_clauses_own_date():
    # the main clause's own date, not the start of what it ended
    passage = "Vivo stopped selling phones at Amazon in March, ending a partnership that began in 2019."
    assert suggest(passage, "2022-05-11").rules_start == "2022-03"


def test_an_attribution_after_an_ending_clause_still_dates_the_event():
    # a guard, right before the change too
    passage = "Sony phones will be sold by Verizon, ending AT&T's hold on the Xperia line, Sony said on Tuesday."
    assert suggest(passage, "2022-05-11").rules_start == "2022-05-10"


# --- A report confirmed in the passage: the report's time is not the confirmed event's ------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        (("Cricket will carry the Vivo Y20, the carrier said on Wednesday, confirming a report from March by a "
          "dealer newsletter."), "2022-05-12", "2022-05-11"),
        (("ZTE confirmed on Monday that Boost will sell its Blade, a deal first reported by a trade site in April."),
         "2022-05-12", "2022-05-09"),
        ("Sony confirms Verizon deal first reported last month", "2022-05-12", "2022-05-12~"),
        (("The TCL deal with Metro was first reported in March by a blog; TCL confirmed it on Tuesday."), "2022-05-12",
         "2022-05-10"),
    ],
)  # fmt: skip
def test_a_confirmed_reports_time_is_not_the_events(passage, published, date):
    assert suggest(passage, published).rules_start == date


def test_a_first_report_alone_keeps_its_time():
    # a guard, right before the change too: the guide's "first reported … earlier this month" is the report's month
    passage = "The Vivo deal with Cricket was first reported by a trade site in March."
    assert suggest(passage, "2022-05-12").rules_start == "2022-03"


# --- A named contact clause after a noun ("the brand Huawei sold in 2020"): what the noun is, not the event ---------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Regulators in Texas sued Vivo on Monday over the app store Google opened in 2019.", "2022-05-12",
         "2022-05-09"),
        ("A ZTE phone, the model TCL built in 2020, was recalled by Metro last week.", "2022-05-12", "2022-05"),
        ("Sony must pay royalties on the patents LG licensed to it last year, a court ruled on Tuesday.", "2022-05-12",
         "2022-05-10"),
    ],
)  # fmt: skip
def test_a_named_contact_clause_is_what_its_noun_is(passage, published, date):
    assert suggest(passage, published).rules_start == date


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # guards, right before the change too: a name that is the noun itself, and a measure's period
        ("The Federal Communications Commission approved the Vivo Y20 on Monday.", "2022-05-12", "2022-05-09"),
        ("Vivo made up 5 percent of the phones Cricket sold last year, a research firm said.", "2022-05-12", "2021"),
    ],
)  # fmt: skip
def test_a_name_that_is_the_noun_or_a_measures_period_keeps_its_reading(passage, published, date):
    assert suggest(passage, published).rules_start == date
