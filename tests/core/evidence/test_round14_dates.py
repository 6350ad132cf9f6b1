"""Round 14 of #18: dates as other hands write them (datelines with the day first, ...), tested on sentences
written for them, none taken from the labelled set."""

from __future__ import annotations

import pytest

from tests.core.evidence.date_passages import suggest
from tests.core.evidence.titled_passages import rules_answer

# --- A dateline with the day before the month: the day the story was filed ------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # The weekday in the story is the event; the dateline's day is only when it was filed.
        ("OSAKA, 9 June — Sony said on Tuesday that it would stop selling Xperia phones at Best Buy.",
         "2022-06-09", "2022-06-07"),
        ("MUMBAI, 14 October — A US court on Friday lifted the ban on imports of Vivo handsets.",
         "2021-10-14", "2021-10-08"),
        ("HANGZHOU, 3/11/20 — ZTE said on Monday it would bring the Axon to Cricket.", "2020-11-03", "2020-11-02"),
        # A month or a year in the story dates it over the day it was filed.
        ("TAIPEI, 20 March 2019 — TCL plans to sell phones through Walmart next year.", "2019-03-20", "2020"),
        ("PARIS, 2 June — Vivo began selling phones through Amazon's US store last month.", "2023-06-02", "2023-05"),
        # A state under the dateline: the article's date, approximate (the guide).
        ("SEOUL, 5 May — ZTE is in talks with two American carriers about its next phone.", "2020-05-05",
         "2020-05-05~"),
    ],
)  # fmt: skip
def test_a_day_first_dateline_is_when_the_story_was_filed(passage, published, date):
    assert suggest(passage, published).start == date


def test_a_day_first_dateline_alone_still_dates_the_news():
    passage = "LISBON, 11 July — TCL launched its NxtPaper phone at Walmart."
    assert suggest(passage, "2024-07-11").start == "2024-07-11"


# --- A season or the holidays ahead, when a word in -ed before it is no past ----------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # A word in -ed after "a", "an", "its" is an adjective, not a verb in the past.
        ("Sony is considering whether to offer a refurbished model through Walmart in the summer.", "2019-02-11",
         "2019"),
        ("Vivo is unlikely to sell an unlocked phone in the US before the holidays, analysts say.", "2018-09-03",
         "2018"),
        # A verb inside a which-clause tells of its noun, not of the season after it.
        ("ZTE means to bring the Axon, which it showed in Shanghai in April, to Cricket by the fall.", "2020-06-08",
         "2020"),
        ("Vivo plans to sell the Y50, which it showed in March, at Walmart before the holidays.", "2022-07-01",
         "2022"),
        # A plan made in the past "for" a season is for the season ahead of it, this year's.
        ("Sony has pitched a cheaper Xperia to Cricket for the fall, a person briefed on it said.", "2021-06-20",
         "2021"),
    ],
)  # fmt: skip
def test_a_season_ahead_is_this_years(passage, published, date):
    assert suggest(passage, published).start == date


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # Still the last one: a verb in the past, and "by" a season told in the past.
        ("Vivo launched the phone in the summer.", "2019-02-11", "2018"),
        ("Best Buy stopped selling ZTE phones by the summer.", "2019-04-11", "2018"),
        ("Walmart added the TCL 30 in the spring.", "2022-02-01", "2021"),
    ],
)  # fmt: skip
def test_a_season_told_in_the_past_is_still_the_last(passage, published, date):
    assert suggest(passage, published).start == date


# --- "a year earlier" as the base a figure is compared with -------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("ZTE sold 4.1 million phones in the US in the three months to June, down from 5 million a year earlier.",
         "2018-08-20", "2018"),
        ("In the quarter to September, Sony's phone revenue rose 12 percent compared with a year ago.", "2019-11-02",
         "2019"),
        ("TCL shipped 9 million handsets in the first half of 2022, up a fifth from the year before.", "2022-08-30",
         "2022"),
    ],
)  # fmt: skip
def test_a_year_back_a_figure_is_compared_with_is_no_date(passage, published, date):
    assert suggest(passage, published).start == date


def test_a_year_back_that_is_the_event_still_dates_it():
    assert suggest("Vivo pulled its phones from Amazon a year ago.", "2020-05-05").start == "2019"


# --- A live blog's entry stamped with a time of day ------------------------------------------------------------


@pytest.mark.parametrize(
    "passage",
    [
        "2:40 p.m. ET: Sony's Xperia 1 is official, and the crowd at the launch claps.",
        "9:15 a.m. PT: The doors open at the Walmart in Bentonville and the first TCL phones are sold.",
        "11:02 a.m.: Update to our 10:30 entry: Vivo's phones are now listed on Amazon's US store as well.",
    ],
)
def test_a_time_stamped_happening_is_the_articles_day(passage):
    assert suggest(passage, "2022-09-14").start == "2022-09-14"


@pytest.mark.parametrize(
    "passage",
    [
        "3:05 p.m.: A ZTE spokesman says the company is still talking to Cricket.",
        "4:20 p.m. ET: Asked about a US launch, Vivo's manager declines to say more.",
        # No stamp of the hour: a state, about the article's date.
        "Sony's Xperia 1 is official in Japan, and the crowd at the launch claps.",
    ],
)
def test_a_time_stamped_saying_or_an_unstamped_state_stays_approximate(passage):
    assert suggest(passage, "2022-09-14").start == "2022-09-14~"


# --- A week's digest: an item headed by its weekday --------------------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "date"),
    [
        ("Tuesday: Vivo says it will not sell phones in the US", "2023-05-09"),
        ("Thursday: TCL's tablet phone reaches Cricket stores", "2023-05-11"),
        ("Friday — Sony cuts the Xperia 5's price at Best Buy", "2023-05-12"),  # the article's own day
    ],
)
def test_a_weekday_heading_an_item_is_that_day_of_the_articles_week(passage, date):
    assert suggest(passage, "2023-05-12").start == date  # a Friday


# --- A plan set after its noun, told as over: "a launch planned for the spring was delayed" ----------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("A Vivo store opening planned for Chicago in May was called off, a spokesman said.", "2021-06-03", "2021-05"),
        ("A Sony sale scheduled for Thanksgiving was quietly cancelled at Best Buy.", "2019-12-02", "2019-11-28"),
        ("A ZTE launch slated for the summer was postponed after the carrier's tests.", "2019-10-01", "2019"),
    ],
)  # fmt: skip
def test_a_plan_set_after_its_noun_and_told_as_over_is_the_last(passage, published, date):
    assert suggest(passage, published).start == date


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # Still ahead: the plan's noun has no verb in the past, or a subject planned it.
        ("A Vivo store opening planned for Chicago in May will go ahead, a spokesman said.", "2021-06-03", "2022-05"),
        ("ZTE has planned a launch for the spring.", "2019-10-01", "2020"),
    ],
)  # fmt: skip
def test_a_plan_still_ahead_stays_ahead(passage, published, date):
    assert suggest(passage, published).start == date


# --- A period "ending" in a month not yet come, or named in the future: the coming one -----------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Sony cut its phone sales forecast for the fiscal year ending in March.", "2019-01-30", "2019"),
        ("ZTE said the ban would hurt its results in the three months to December.", "2018-10-20", "2018"),
        # Over: the latest such month.
        ("Sony sold 2 million phones in the fiscal year that ended in March.", "2019-01-30", "2018"),
    ],
)  # fmt: skip
def test_a_period_ending_ahead_is_the_coming_one(passage, published, date):
    assert suggest(passage, published).start == date


# --- "since March": the latest such month up to the article, whatever the tense ----------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("The Xperia 5 has been sold unlocked at Best Buy since March.", "2022-01-20", "2021-03"),
        ("Vivo said it would sell online only until its stores, shut since late October, reopen.", "2021-02-02",
         "2020-10"),
    ],
)  # fmt: skip
def test_since_a_month_is_the_latest_such_month(passage, published, date):
    assert suggest(passage, published).start == date


# --- A period named by its end keeps its own year over the day or month it was said (the guide) -----------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("ZTE sold 11 million phones in the quarter that ended June 30, the company said last month.", "2017-08-15",
         "2017"),
        ("Sony said on Tuesday that its phone revenue in the three months to September fell by a third.",
         "2018-10-31", "2018"),
        ("Vivo's US unit broke even in the fiscal year that ended in March, it said in May.", "2021-06-01", "2021"),
    ],
)  # fmt: skip
def test_a_period_named_by_its_end_keeps_its_year_over_the_statement(passage, published, date):
    assert suggest(passage, published).start == date


def test_a_period_in_a_cause_after_the_event_gives_way_to_the_statement():
    passage = "TCL said on Monday that it would close its US unit, after a loss in the quarter that ended June 30."
    assert suggest(passage, "2019-07-24").start == "2019-07-22"


# --- "in April last year"; an infinitive is no past ("to quit"); "the carrier added" is an attribution ------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Cricket dropped ZTE's phones after the ban in May last year.", "2019-03-14", "2018-05"),
        ("Vivo hopes to reach Walmart in February next year.", "2019-03-14", "2020-02"),
        ("Sony to quit selling phones at Best Buy by the end of August", "2019-03-14", "2019-08"),
        ("Orders open on Halloween at Best Buy, the retailer added.", "2022-10-04", "2022-10-31"),
    ],
)  # fmt: skip
def test_a_month_of_a_named_year_an_infinitive_and_an_added_attribution(passage, published, date):
    assert suggest(passage, published).start == date


# --- "reported" is a saying: the day it was reported dates the statement, not the figures -------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo reported on Monday that its US sales doubled in the first half.", "2020-08-12", "2020"),
        ("Sony's phone unit lost money in the second quarter, the company reported last week.", "2019-08-09", "2019"),
    ],
)  # fmt: skip
def test_reported_is_a_saying(passage, published, date):
    assert suggest(passage, published).start == date


# --- What a denied report said is not the denial's time ------------------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo on Monday denied a report that it would start selling phones at Walmart next year.", "2021-05-20",
         "2021-05-17"),
        ("ZTE said on Friday that it was staying in the US, rejecting a report by a trade site that it would leave "
         "this year.", "2022-02-01", "2022-01-28"),
        # Not denied: the plan's time.
        ("Vivo said on Monday that it would start selling phones at Walmart next year.", "2021-05-20", "2022"),
    ],
)  # fmt: skip
def test_what_a_denied_report_said_is_not_the_denials_time(passage, published, date):
    assert suggest(passage, published).start == date


# --- "the Thursday after the Super Bowl": the first such weekday after a named day ----------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("TCL's phone reaches Cricket stores the Thursday after the Super Bowl.", "2023-01-20", "2023-02-16"),
        ("Sony will cut the Xperia's price at Best Buy the Monday after Thanksgiving.", "2022-11-01", "2022-11-28"),
        ("Vivo opens US orders the Friday before Christmas.", "2021-12-01", "2021-12-24"),  # Christmas on a Saturday
        ("ZTE ships the Axon the Sunday before Easter.", "2022-03-01", "2022-04-10"),
    ],
)  # fmt: skip
def test_a_weekday_before_or_after_a_named_day(passage, published, date):
    assert suggest(passage, published).start == date


# --- An appositive set off by commas (", a phone already sold in Europe,") tells of its noun, not the tense ----------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # 2021-06-09 is a Wednesday: the coming Friday, and next January.
        ("Cricket will sell the Axon 30, a phone already sold in China, in its stores on Friday.", "2021-06-09",
         "2021-06-11"),
        ("Sony will bring the Xperia 1, a model it launched in Japan, to Best Buy on Friday.", "2021-06-09",
         "2021-06-11"),
    ],
)  # fmt: skip
def test_an_appositive_is_no_past_for_what_follows(passage, published, date):
    assert suggest(passage, published).start == date


# --- A sale abroad ("on sale in China on June 23") is no sale of the US timeline to date the passage by -------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo showed the X80 in Beijing on Monday and said it would go on sale in China on May 30.", "2022-05-18",
         "2022-05-16"),
        ("Sony unveiled the Xperia 5 on Tuesday and said it would be sold in Europe from October.", "2021-08-18",
         "2021-08-17"),
        # A sale in the US still dates what was said …
        ("Sony said on Tuesday that the Xperia 5 would be sold at Best Buy from October.", "2021-08-18", "2021-10"),
        # … but not an unveiling, the sentence's main verb, which keeps its own day (the guide's session 13)
        ("Sony unveiled the Xperia 5 on Tuesday and said it would be sold at Best Buy from October.", "2021-08-18",
         "2021-08-17"),
    ],
)  # fmt: skip
def test_a_sale_abroad_does_not_date_the_passage(passage, published, date):
    assert rules_answer(suggest(passage, published), "start") == date  # (session 10: the learned date may differ)


# --- A trade show held about a month, with a day a few days past that month: the day (the guide) -------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Sony's phone chief told reporters at MWC 2024 in Barcelona on Monday that no Xperia would reach the US.",
         "2024-02-28", "2024-02-26"),
        ("Vivo will show its X200 at MWC 2025 in Barcelona on March 3, it said.", "2025-02-10", "2025-03-03"),
    ],
)  # fmt: skip
def test_a_trade_show_with_a_day_is_that_day(passage, published, date):
    assert suggest(passage, published).start == date


# --- A deadline given as a month of a written year ("by March 2025") is a schedule, as one given to the day --------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Sony will close its US phone shops by June 2020, the company said on Thursday.", "2019-05-24", "2020-06"),
        ("TCL said on Monday that it would stop selling phones at Metro by the end of January 2023.", "2022-08-10",
         "2023-01"),
        # A year alone stays a hope: the day it was said.
        ("ZTE said on Monday that it hoped to be back at Cricket by 2024.", "2022-09-14", "2022-09-12"),
    ],
)  # fmt: skip
def test_a_deadline_of_a_month_and_year_is_a_schedule(passage, published, date):
    assert suggest(passage, published).start == date


# --- "by the end of the week": the rest of the article's week, at the precision its days share ---------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo expects its phones to be back on Amazon by the end of the week, a spokesman said.", "2022-03-09",
         "2022-03"),
        # 2021-06-30 is a Wednesday: the rest of its week is mostly July, about July (as "this week" across months).
        ("TCL will restock Walmart by the end of the week.", "2021-06-30", "2021-07~"),
        # Told in the past: no date of the article's week.
        ("By the end of the week Sony had sold out at Best Buy.", "2021-06-30", "2021-06-30~"),
    ],
)  # fmt: skip
def test_the_end_of_the_week(passage, published, date):
    assert suggest(passage, published).start == date


# --- "as recently as July": that month, the latest such one ---------------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo was pitching its phones to Cricket as recently as June, a person briefed said.", "2021-08-20",
         "2021-06"),
        ("As recently as November, ZTE had said it would stay in the US.", "2019-02-03", "2018-11"),
    ],
)  # fmt: skip
def test_as_recently_as_a_month(passage, published, date):
    assert suggest(passage, published).start == date


# --- A date abroad gives way to the passage's date in the US ---------------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Sony said on Monday the Xperia 10 would reach stores in Japan on March 3 and in the US in the spring.",
         "2021-02-24", "2021"),
        ("Vivo opened orders in India on May 2 and will open them in the United States in June.", "2023-05-10",
         "2023-06"),
        # Abroad alone: its date still dates the passage.
        ("ZTE's phone went on sale in China on March 3.", "2021-03-10", "2021-03-03"),
    ],
)  # fmt: skip
def test_a_date_abroad_gives_way_to_the_us_date(passage, published, date):
    assert suggest(passage, published).start == date


# --- "wrote in a note on Friday": a saying, whose day dates the note, not the forecast in it ------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("An analyst wrote in a note on Monday that Cricket would drop ZTE's phones before the end of the year.",
         "2019-06-12", "2019"),
        ("Analysts at a brokerage wrote on Friday that Vivo would reach Walmart in the autumn.", "2022-03-10",
         "2022"),
    ],
)  # fmt: skip
def test_wrote_is_a_saying(passage, published, date):
    assert suggest(passage, published).start == date


# --- A sale "from the summer", "from the second half": the season or half ahead; not a plan moved from it ----------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        ("Vivo will sell its phones through Amazon from the summer, the company said on Tuesday.", "2021-04-08",
         "2021"),
        ("ZTE said on Monday it would sell phones under its own name in the US from the second half.", "2010-03-10",
         "2010"),
        ("TCL's NxtPaper phone to reach Cricket from the fall", "2023-03-01", "2023"),
        # Where a plan was moved from is no time of the event: the month it was said.
        ("Sony's launch had slipped from the spring because of a chip shortage, the company said in May.",
         "2022-06-10", "2022-05"),
    ],
)  # fmt: skip
def test_a_sale_from_a_season_or_half(passage, published, date):
    assert suggest(passage, published).start == date


# --- "the following week": the calendar week after the date told before, at its month (no day invented) -------------


@pytest.mark.parametrize(
    ("before", "date"),
    [
        ("Vivo's phone reaches Verizon on May 13.", "2022-05"),  # a Friday: the week of May 16 to 22
        ("Vivo's phone reaches Verizon on May 27.", "2022-06~"),  # the week of May 30 to June 5: about its middle
    ],
)
def test_the_following_week_is_a_week_not_a_day(before, date):
    passage = "Cricket's stores will get it the following week, a spokesman said."
    assert suggest(passage, "2022-05-02", before=before).start == date


# --- “a few weeks later” than something, in quotes: a comparison, as without them -----------------------------------


@pytest.mark.parametrize(
    "passage",
    [
        "Sony said on Monday that its Xperia would reach Best Buy “a few weeks later” than last year's.",
        "Vivo said on Monday that its phones would ship 'two weeks later' than planned.",
    ],
)
def test_a_quoted_count_before_than_is_a_comparison(passage):
    assert suggest(passage, "2021-07-14").start == "2021-07-12"
