"""Round 5 of #18: how dates are said (weekdays, "days later", quarters, fiscal years, deadlines, ranges), tested on
sentences written for them, none taken from the labelled set."""

from __future__ import annotations

import pytest

from gui.core.document.dates import parse_date
from gui.core.document.model import Lane, Source
from gui.core.evidence.date_phrases import find_date_phrases
from gui.core.evidence.extract import suggest_event
from tests.core.evidence.date_passages import _document, suggest
from tests.core.evidence.titled_passages import rules_answer

# --- A settled sale date over the day it was announced (2021-06-10 is a Thursday) -------------------------------


@pytest.mark.parametrize(
    ("passage", "date"),
    [
        # The unveiling's weekday and the sale's day: the unveiling, the main verb (the guide's session 13).
        ("Vivo unveiled the Y72 on Tuesday and said it will go on sale at Cricket on July 9.", "2021-06-08"),
        # The sale in a side clause about the phone unveiled: the unveiling, the main clause (the guide's session 10
        # rule, "Motorola unveiled the Moto G Stylus on Tuesday, which will sell at Verizon and Amazon from May 1" →
        # launch on the unveiling day; round 5 had dated it by the sale, before that rule).
        ("TCL on Monday showed its 30 XE, which will be sold through Metro starting in August.", "2021-06-07"),
        # A deal reached earlier and the sale ahead.
        (
            "ZTE signed with Boost Mobile last month and will ship the Blade A72 to its stores from July 2.",
            "2021-07-02",
        ),
        # A dateline's day against the sale's.
        ("DALLAS, June 9 — Sony will begin selling the Xperia 10 III at Best Buy on June 28.", "2021-06-28"),
    ],
)
def test_a_settled_future_sale_date_wins_over_the_announcements_day(passage, date):
    assert suggest(passage).start == date


@pytest.mark.parametrize(
    ("passage", "date"),
    [
        # Available from today, with a later date for another channel: today is when the sale began.
        (
            "The Y72 can be bought unlocked from Vivo's site starting today and will reach Walmart on June 30.",
            "2021-06-10",
        ),
        # A deadline is a plan's limit, not its date: the statement's month stays.
        ("Vivo had said in March that it hoped to sell phones in the US by the end of 2022.", "2021-03"),
        # A sale that was postponed: the given-up date is not the event's.
        ("Sony on Monday delayed the Xperia Pro, which had been scheduled to go on sale on June 25.", "2021-06-07"),
    ],
)
def test_dates_that_are_not_a_settled_sale_keep_their_place(passage, date):
    assert suggest(passage).start == date


# --- Counted from the sentence before: "days later", "a week earlier" -----------------------------------------


@pytest.mark.parametrize(
    ("before", "passage", "date"),
    [
        (
            "Regulators added Vivo to a trade list on April 12.",
            "Best Buy pulled its phones days later, a spokesman said.",
            "2021-04",
        ),
        (
            "TCL said on Tuesday that the phone will reach Metro on June 21.",
            "Metro's parent will stock it two days later.",
            "2021-06-23",
        ),
        (
            "Sony unveiled the phone on Monday.",
            "A week earlier, the company had briefed carriers on its plans.",
            "2021-05-31",
        ),
        (
            "Vivo unveiled the X60 on Monday and said it will go on sale on July 1.",
            "A week earlier, the company had briefed carriers.",
            "2021-05-31",
        ),
        ("ZTE was fined on March 22.", "The next day, Boost stopped ordering its phones.", "2021-03-23"),
    ],
)
def test_a_date_counted_from_the_sentence_before(before, passage, date):
    assert suggest(passage, before=before).start == date


def test_a_date_counted_from_the_sentence_before_says_so():
    got = suggest("Best Buy pulled its phones days later.", before="Regulators added Vivo to a trade list on April 12.")
    assert "April 12" in got.hints["start"]


def test_days_later_with_no_date_before_it_is_the_articles_date():
    assert suggest("Best Buy pulled Vivo's phones days later.").start == "2021-06-10~"


# --- Quarters and fiscal years, year-ends, abbreviated months alone -----------------------------------------------


@pytest.mark.parametrize(
    ("passage", "date"),
    [
        # A quarter without a year: its year (EDTF holds no quarter).
        ("Vivo was the fifth-largest brand in Latin America in Q1, a research firm said.", "2021"),
        ("Sony said on Tuesday that its phone sales fell in its fiscal fourth quarter.", "2021"),
        ("TCL's US shipments doubled in the fiscal first quarter.", "2021"),
        # A fiscal year written short.
        ("Sony's phone unit lost money in FY2018 and FY2019, its filings show.", "2018"),
        ("ZTE expects US sales to recover in FY22.", "2022"),
        # The end of the year: the source's year.
        ("Vivo plans to bring a phone to Cricket by the end of the year, the company said.", "2021"),
        ("TCL wants its own brand on US shelves by year-end.", "2021"),
        # A month abbreviated with a full stop and no day: past tense, not yet this year: last year's.
        ("Sony stopped selling the Xperia 1 II at Best Buy in Dec., a spokesman said.", "2020-12"),
        ("ZTE has sold the Blade at Boost since Feb., when the carrier's new owner took over.", "2021-02"),
    ],
)
def test_quarters_fiscal_years_year_ends_and_short_months(passage, date):
    assert suggest(passage).start == date


def test_a_short_month_needs_a_lead_and_a_quarter_with_a_year_keeps_its_explicit_reading():
    reference = parse_date("2021-06-10")
    assert find_date_phrases("The Dec. issue of the magazine", reference) == []
    [phrase] = find_date_phrases("in Q3 2020", reference)
    assert (phrase.start.edtf(), phrase.relative) == ("2020", False)


# --- Two dates that agree, a span and a season, a range's end with a when-clause ---------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # A trade show's "about February" and "next month" agree: the sure month.
        ("Vivo will show its US phone at MWC 2022 next month, a spokesman said.", "2022-01-20", "2022-02"),
        # A span counted back from the article and a season that dates it: the season.
        ("ZTE's orders from Boost stopped for two months last summer.", "2021-03-02", "2020"),
        ("Sony's US sales fell for six weeks in the spring, the company said.", "2021-07-01", "2021"),
        # A range whose end a when-clause tells of: the end is the event's date.
        (
            "Cricket sold TCL phones from 2015 until last year, when the carrier cut its budget range.",
            "2021-03-02",
            "2020",
        ),
        ("Boost carried the Blade from 2016 to 2019, when it dropped ZTE.", "2021-03-02", "2019"),
        # Without a when-clause, a range's start stays.
        ("Cricket sold TCL phones from 2015 until last year.", "2021-03-02", "2015"),
        # "since …, when …" starts at the when-clause's date, which is the range's start.
        ("Vivo has had no US partner since 2019, when Cricket dropped it.", "2021-03-02", "2019"),
    ],
)
def test_agreeing_dates_spans_and_range_ends(passage, published, date):
    assert suggest(passage, published=published).start == date


# --- The act the passage is about, dated in a side clause; another maker's clause ----------------------------------


@pytest.mark.parametrize(
    ("passage", "date"),
    [
        # 2021-06-10 is a Thursday: last Thursday is a week before.
        ("The export rule, announced last Thursday, bars chipmakers from supplying Vivo.", "2021-06-03"),
        ("The ban, imposed on May 3, keeps ZTE phones off Boost's shelves.", "2021-05-03"),
        # Told of before is not the act: the article's date.
        ("Vivo's deal with Boost, first reported in January, still awaits approval.", "2021-06-10~"),
        # A side clause about something else stays background.
        ("Vivo, which entered Europe last year, has no US carrier.", "2021-06-10~"),
    ],
)
def test_an_act_dated_in_a_side_clause_right_after_it(passage, date):
    assert suggest(passage).start == date


def test_another_makers_coordinate_clause_is_not_the_events():
    document = _document()
    document.lanes.append(Lane("oppo", "Oppo"))
    passage = "Vivo has never sold phones in the US, and its sister brand Oppo has sold through Cricket since 2019."
    got = suggest_event(document, Source("s", published="2021-06-10", text=passage), 0, len(passage))
    assert (got.lane, got.start, rules_answer(got, "partners")) == ("vivo", "2021-06-10~", ())


def test_a_coordinate_clause_of_the_same_maker_still_counts():
    passage = "Vivo has no US carrier yet, but Vivo has sold through Cricket since 2019."
    got = suggest(passage)
    assert (got.start, got.partners) == ("2019", ("Cricket",))


# --- Status: the maker on the record by what it is; a sale set ahead in the passage -------------------------------


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo will stop selling its phones through Boost, the Chinese company said on Monday.",
        "The company had said in March that it would bring the X70 to Cricket.",
    ],
)
def test_the_company_on_the_record_by_what_it_is_confirms(passage):
    assert suggest(passage).status == "confirmed"


def test_a_sale_set_ahead_beside_one_that_starts_today_is_announced():
    passage = "The Y72 can be ordered from Vivo's site starting today and will be in Walmart stores from June 30."
    got = suggest(passage)
    assert (got.start, got.status) == ("2021-06-10", "confirmed")


def test_a_plan_told_by_others_stays_a_report():
    passage = "Vivo will bring the Y72 to Walmart stores from June 30, according to people familiar with the plans."
    assert suggest(passage).status == "reported"


# --- Weekdays ahead, comparisons, month ranges, quarters named by their months ---------------------------------


@pytest.mark.parametrize(
    ("passage", "date"),
    [
        # 2021-06-08 is a Tuesday. A weekday the sale is set for is the coming one...
        ("Vivo will sell the Y72 at Cricket from this Friday, the carrier said.", "2021-06-11"),
        ("The Y72 goes on sale at Walmart on Friday.", "2021-06-11"),
        # ... the day of a saying, or of what happened, the one before.
        ("Vivo will sell the Y72 at Cricket, the carrier said on Friday.", "2021-06-04"),
        ("Vivo said on Friday it will sell the Y72 at Cricket.", "2021-06-04"),
        ("The Y72 went on sale at Walmart on Friday.", "2021-06-04"),
    ],
)
def test_a_weekday_in_the_future_tense_is_the_coming_one(passage, date):
    assert suggest(passage, published="2021-06-08").start == date


@pytest.mark.parametrize(
    ("passage", "date"),
    [
        # A date compared with is not the event's.
        ("Vivo said last week it had sold 50 million phones this year, 20 days earlier than in 2020.", "2021"),
        ("TCL shipped more phones to Cricket this year than in 2019, the carrier said.", "2021"),
        # Month ranges without a year, and with one.
        ("TCL sold 3 million phones in the US between January and April, a research firm said.", "2021-01"),
        ("ZTE's Boost sales fell between August and October, the carrier said.", "2020-08"),
        ("Sony's US sales fell between May and July 2019.", "2019-05"),
        # A quarter named by its months.
        ("Sony returned to profit in the January-March quarter, the company said on May 12.", "2021"),
        ("Vivo's US imports stopped in the October-December quarter, customs data show.", "2020"),
    ],
)
def test_comparisons_month_ranges_and_quarters_by_months(passage, date):
    assert suggest(passage).start == date


# --- Which clause states the event: a when-clause after its date; the maker speaking with "had first said" ---------


@pytest.mark.parametrize(
    ("passage", "partners"),
    [
        ("Vivo has had no US partner since 2019, when Cricket dropped its phones.", ("Cricket",)),
        ("The Y72 has been sold online since late March, when Walmart began taking orders.", ("Walmart",)),
        # A when-clause that is not a date's stays background.
        ("Vivo, when Cricket asked about it, said nothing of its US plans.", ()),
    ],
)
def test_a_when_clause_right_after_the_date_names_the_events_partners(passage, partners):
    assert rules_answer(suggest(passage), "partners") == partners


def test_a_maker_that_had_first_said_it_is_on_the_record():
    got = suggest("Vivo had first said in March that it wanted a US carrier.")
    assert (got.start, got.status) == ("2021-03", "confirmed")


# --- "of last year", dotted days, halves, the start of the year, a year as an adjective --------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("in the fall of last year", "2020"),
        ("in January of last year", "2020-01"),
        ("in March of next year", "2022-03"),
        ("on 14.3.2019", "2019-03-14"),
        ("dated 2019/03/14", "2019-03-14"),
        ("in the first half", "2021"),
        ("in H2", "2020"),  # not begun at the reference, in a past-tense sentence below: see the next test
        ("at the start of the year", "2021"),
        ("by the middle of the year", "2021"),
        ("in the 2019 holiday season", "2019"),
    ],
)
def test_more_ways_of_saying_a_date(text, date):
    phrases = find_date_phrases(f"Sales fell {text}.", parse_date("2021-06-10"))
    assert [p.start.edtf() for p in phrases] == [date]


def test_the_year_before_a_year_as_a_count_stays_a_count():
    assert find_date_phrases("It has the 2000 stores it had.", parse_date("2021-06-10")) == []


@pytest.mark.parametrize(
    ("before", "passage", "date"),
    [
        ("ZTE entered the US market in 2011.", "A year later, Cricket began selling its phones.", "2012"),
        ("Sony left T-Mobile in 2015.", "Two years earlier, it had won a deal with Verizon.", "2013"),
        ("Vivo opened a US office in 2019.", "The following year, it hired a sales chief from Boost.", "2020"),
        ("Regulators fined ZTE on March 22.", "Boost stopped ordering its phones the same day.", "2021-03-22"),
        ("Vivo's Y72 reached Cricket in April.", "Walmart added it that month as well.", "2021-04"),
    ],
)
def test_more_dates_counted_from_the_sentence_before(before, passage, date):
    assert suggest(passage, before=before).start == date


# --- Bare weekdays after a verb, the previous year as a span, trailing which-clauses, the same day in the past ------


@pytest.mark.parametrize(
    ("passage", "date"),
    [
        # 2021-06-10 is a Thursday.
        ("Pre-orders for the Y72 opened Tuesday on Vivo's site.", "2021-06-08"),
        ("The Y72 will go on sale Friday at Cricket.", "2021-06-11"),
        # A weekday with its date: the date says which.
        ("The Y72 goes on sale Thursday, June 17, at Cricket.", "2021-06-17"),
        # Not a weekday of the event: a name, a habit.
        ("Sales of the Y72 at Cricket rose on Black Friday deals, the carrier said.", "2021-06-10~"),
        # "over the previous year" is a span up to the statement: the statement's month dates the passage.
        ("Vivo said in May that its US sales had doubled over the previous year.", "2021-05"),
        ("Vivo's US sales fell in the previous year, a research firm said.", "2020"),
        # A which-clause ending the sentence is background too.
        ("The letter, sent in late March, named Vivo, which was added to a trade list in May 2019.", "2021-03"),
    ],
)
def test_bare_weekdays_spans_and_trailing_which_clauses(passage, date):
    assert suggest(passage).start == date


def test_the_same_day_in_the_past_tense_counts_from_the_announcements_day():
    before = "Vivo will start selling the X70 on July 6, the company announced on Tuesday."
    assert suggest("Pre-orders opened the same day on Amazon.", before=before).start == "2021-06-08"
    assert suggest("Cricket will stock it the same day.", before=before).start == "2021-07-06"


def test_partners_of_a_when_clause_a_few_words_after_the_date():
    passage = "ZTE's phones left US carriers after the 2018 export ban, when Cricket stopped ordering them."
    assert suggest(passage).partners == ("Cricket",)


# --- Periods named by months, an end ahead that something lasts until ---------------------------------------------


@pytest.mark.parametrize(
    ("passage", "date"),
    [
        ("Vivo said Wednesday it sold more phones in the US in the January-March period than ever.", "2021"),
        # An end ahead is no date of the event: the article's date.
        ("Vivo has said it will keep the Y72 on sale through at least 2023.", "2021-06-10~"),
        ("Cricket will carry the Y72 until 2022, the carrier said.", "2021-06-10~"),
        # An end that is over still dates it.
        ("Cricket carried TCL phones alone until 2019.", "2019"),
    ],
)
def test_periods_named_by_months_and_ends_ahead(passage, date):
    assert suggest(passage).start == date


# --- Tense of passives and schedules, superlatives since a year, periods beside a statement's week ------------------


@pytest.mark.parametrize(
    ("passage", "published", "date"),
    [
        # "will be sold" is future: the later day is this year's, not last year's.
        ("Vivo said Monday the Y72 will be sold at Cricket beginning Feb. 26.", "2021-02-09", "2021-02-26"),
        # A schedule in the present tense is not the past...
        ("The Y72 goes on sale unlocked at Best Buy on Sept. 1.", "2021-06-10", "2021-09-01"),
        # ... nor strong enough to move an earlier day into next year.
        ("Vivo phones go on sale at Cricket after March 3.", "2021-03-10", "2021-03-03"),
        # Irregular past verbs: a quarter not begun is last year's.
        ("Vivo's share rose to 10 percent in the fourth quarter from 5 percent, a firm said.", "2021-02-09", "2020"),
        # "this October" is this year's, even after "until".
        ("Vivo sold only through Cricket until this October, when Boost joined.", "2021-12-01", "2021-10"),
        # A season ahead in the future tense: the next one.
        ("Vivo will hold its next US event in the spring, a person familiar said.", "2021-12-01", "2022"),
        # A superlative since a year compares; the statement's day is the event's.
        (
            "Vivo's X70 will skip the US, a spokesman confirmed Wednesday, the first time since 2018.",
            "2021-06-10",
            "2021-06-09",
        ),
        # A count after "more than" is no comparison.
        ("Vivo last sold a phone through Cricket more than three years ago.", "2021-06-10", "2018"),
        # A quarter beside a statement's week: the quarter's year, not the week's month.
        ("Vivo's US sales doubled in the third quarter, IDC estimated this week.", "2021-12-01", "2021"),
        # A quarter named with "to".
        ("Vivo overtook TCL in the April-to-June quarter, IDC said.", "2021-12-01", "2021"),
    ],
)
def test_tense_superlatives_and_periods(passage, published, date):
    assert suggest(passage, published=published).start == date


def test_a_week_earlier_than_a_sale_ahead_counts_from_the_sale():
    before = "Vivo said Monday that the Y72 will be sold at Cricket beginning Feb. 26."
    got = suggest("Unlocked versions go on sale a week earlier at Best Buy.", published="2021-02-09", before=before)
    assert got.start == "2021-02-19"


@pytest.mark.parametrize(
    ("passage", "date"),
    [
        # 2021-06-10: the 27th told in the past is May's; the 4th is June's; told ahead, the 2nd is July's.
        ("Vivo's chief executive said on the 27th that US sales would double.", "2021-05-27"),
        ("Cricket began selling the Y72 on the 4th.", "2021-06-04"),
        ("Boost will add the Y72 on the 2nd.", "2021-07-02"),
        # "last year's" is last year, not a span of it.
        ("The discount follows one on the Y70 during last year's holiday season.", "2020"),
    ],
)
def test_a_day_of_the_month_alone_and_last_years(passage, date):
    assert suggest(passage).start == date


def test_a_participle_clause_after_the_subject_is_background_to_the_statements_day():
    # 2021-06-10 is a Thursday: last Thursday is June 3.
    passage = "Vivo's X70, released in Europe in early May, will not be sold in the US, the company said last Thursday."
    assert suggest(passage).start == "2021-06-03"
    # Nothing else dates it: the release's day does.
    assert suggest("The phone, released unlocked in the US on May 2, has sold poorly.").start == "2021-05-02"


def test_a_week_before_standing_alone_counts_back():
    before = "Vivo said on Monday that the X70 will skip the US."
    assert suggest("Cricket had dropped its plans a week before, citing costs.", before=before).start == "2021-05-31"


@pytest.mark.parametrize(
    ("passage", "date"),
    [
        # A plan told in the past perfect is over: January is this year's, not next.
        ("Cricket had planned to carry the Y72 in January, but pulled out.", "2021-01"),
        ("Vivo had hoped to launch the X60 in the US in March.", "2021-03"),
        # Told ahead, an earlier month is next year's.
        ("Cricket plans to carry the Y72 in January.", "2022-01"),
    ],
)
def test_a_plan_in_the_past_perfect_is_over(passage, date):
    assert suggest(passage).start == date


def test_a_fortnight_ago_is_two_weeks_back():
    # Like "two weeks ago" (and "last week" in the set): the month the week fell in.
    assert (
        suggest("A Vivo executive said a fortnight ago that the US remained off the table for now.").start == "2021-05"
    )
