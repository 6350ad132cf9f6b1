"""Date phrases of periods: quarters, fiscal years, seasons, the end of a year, ranges of months, trade shows.

EDTF (as the file keeps it) holds no quarter or season, so these give the year they fall in, and a trade show its
month; a range of months gives its first and last month. ``date_phrases`` reads days, months and years, and
finds these too.
"""

from __future__ import annotations

import re

from gui.core.document.dates import PartialDate
from gui.core.evidence.date_words import FULL_MONTH as _FULL_MONTH
from gui.core.evidence.date_words import MONTH as _MONTH
from gui.core.evidence.date_words import MONTH_NUMBERS as _MONTH_NUMBERS
from gui.core.evidence.date_words import YEAR as _YEAR
from gui.core.evidence.date_words import Specificity, pattern_registry
from gui.core.evidence.date_words import month_of as _month_of
from gui.core.evidence.day_spans import Unit, count, relative_unit
from gui.core.evidence.tense import FUTURE, PAST, tense_at, tense_before

__all__ = ["DELAYED_TO", "OF_YEAR", "PATTERNS"]

#: A delay and where it moved to: "slipped to January", "pushed back to the spring", "held back until June".
DELAYED_TO = (
    r"(?P<delayed>(?:slipped|slip|slips|slipping|push(?:ed|es|ing)?(?:\s+back)?|delay(?:ed|s|ing)?|mov(?:ed|es|ing)"
    r"|postpone[ds]?|put(?:s|ting)?\s+off|h(?:e|o)ld(?:s|ing)?\s+back|push(?:ed|es)\s+out)"
    # the thing delayed: "the launch", "its US debut", "Motorola's Droid Bionic"
    r"(?:\s+(?:the|its|their|his|her|[A-Z][\w&.-]*['’]s)(?:\s+[\w'’-]+){1,8}?(?:\s+back)?)?"
    # where (a country, not a month): "delayed in the US until April", "held back in Canada until June"
    r"(?:\s+in\s+(?:the\s+)?(?:US|U\.S\.|(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))[A-Z][a-z]+))?"
    r"\s+(?:again\s+)?"
    r"(?:to|until|till|into))"
)

#: "… of last year", "… of next year": the years from the reference's.
OF_YEAR = {"last": -1, "this": 0, "next": 1}

PATTERNS, _pattern = pattern_registry()


@_pattern(rf"(?<!\w)(?P<lead>(?i:between|from))\s+(?P<month>{_FULL_MONTH})\s+(?:(?i:and|to|through|until)|[-–])\s+"
          rf"(?P<last>{_FULL_MONTH})(?:,?\s+(?:of\s+)?{_YEAR}(?!\w)|(?![\w-]|\s*(?:of\s+)?,?\s*\d))")  # fmt: skip
def _month_range(match, text, reference):
    """ "between January and June", "from March to May": months of the reference's year, or of the year before when
    the range has not begun at the reference and the verb is past."""
    first, last = _month_of(match), _MONTH_NUMBERS[match["last"]]
    if match["year"]:  # "between May and June 2020"
        year = int(match["year"]) - (1 if last < first else 0)
        return PartialDate(year, first), PartialDate(int(match["year"]), last), Specificity.EXPLICIT, ""
    if reference is None:
        return None
    year = reference.year
    if reference.month and first > reference.month and tense_at(text, match.start(), match.end()) == PAST:
        year -= 1
    end_year = year + (1 if last < first else 0)
    qualifiers = (reference.approximate, reference.uncertain)
    start, end = PartialDate(year, first, 0, *qualifiers), PartialDate(end_year, last, 0, *qualifiers)
    return start, end, Specificity.RELATIVE, "months of the year of"


#: Trade shows with a year mean their month: CES in January, MWC late February or early March, IFA September.
_TRADE_SHOWS = {"CES": (1, False), "MWC": (2, True), "Mobile World Congress": (2, True), "IFA": (9, False)}


@_pattern(r"(?<!\w)(?P<show>CES|MWC|Mobile World Congress|IFA)\s+" + _YEAR + r"(?!\w)")
def _trade_show(match, text, reference):
    month, approximate = _TRADE_SHOWS[match["show"]]
    reading = "its month" + (" (late February or early March: about February)" if approximate else "")
    return PartialDate(int(match["year"]), month, 0, approximate), None, Specificity.EXPLICIT, reading


@_pattern(r"(?<!\w)(?P<q>Q[1-4]|(?i:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of)\s+" + _YEAR + r"(?!\w)")
def _quarter(match, text, reference):
    return PartialDate(int(match["year"])), None, Specificity.EXPLICIT, "a quarter, which EDTF cannot hold: its year"


@_pattern(r"(?<![\w$])(?:[1-4]Q|Q[1-4]|[12]H|H[12])\s?['’]?(?P<yy>(?:19|20)?\d\d)(?![\w%-])")
def _analyst_period(match, text, reference):
    """ "1H24", "2H 2024", "3Q19", "Q3'19", "H1 2024": an analyst's half or quarter, its year (EDTF holds neither)."""
    year = int(match["yy"]) if len(match["yy"]) == 4 else 2000 + int(match["yy"])
    return PartialDate(year), None, Specificity.EXPLICIT, "a half or quarter, which EDTF cannot hold: its year"


_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


@_pattern(
    rf"(?<!\w)(?P<lead>(?i:{DELAYED_TO}|in|during|for|over|into|until|till|by|before|after"
    r"|(?:the\s+)?(?:end|start|beginning|middle|close)\s+of)\s+"
    r"(?:(?i:the|its|their)\s+)?)(?P<fiscal>(?i:fiscal)\s+)?"
    r"(?P<q>(?i:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?i:quarter)|Q[1-4]"
    rf"|(?P<first_month>{_FULL_MONTH})\s*(?:[-–]|-?to-?|\s+to\s+)\s*(?:{_FULL_MONTH})\s+(?i:quarter|period|months))"
    r"(?:\s+of\s+(?P<of>(?i:last|this|next))\s+(?i:year))?(?!\s+of\s+\d|\s*(?:19|20)\d\d)(?!\w)"
    rf"(?!,?\s+(?:that|which)\s+(?:ended|ends)\s+(?:(?:in|on)\s+)?(?:{_FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep"
    r"|Oct|Nov|Dec)\.))"  # "…quarter, which ended Dec. 26": the period named by its end
)
def _quarter_alone(match, text, reference):
    """ "in the third quarter", "in Q3", "in its fiscal second quarter": its year (EDTF holds no quarter), the year
    before when a calendar quarter had not begun at the reference and the verb is past ("shipped … in the fourth
    quarter" in a May article); a fiscal quarter is the company's own, so only the reference's year is sure."""
    if reference is None:
        return None
    q = match["q"].split()[0].lower()
    if match["first_month"]:  # "the July-September quarter", "the April-June period"
        quarter = (_MONTH_NUMBERS[match["first_month"]] - 1) // 3 + 1
    else:
        quarter = int(q[1]) if q.startswith("q") else _QUARTERS[q]
    year = reference.year
    if match["of"]:  # "in the fourth quarter of next year"
        return (
            PartialDate(year + OF_YEAR[match["of"].lower()]),
            None,
            Specificity.RELATIVE,
            "a quarter of the year named from",
        )
    return _quarter_of_the_reference(match, text, reference, quarter)


def _quarter_of_the_reference(match: re.Match[str], text: str, reference: PartialDate, quarter: int):
    """A calendar or fiscal quarter named without its year: the reference's year, or the year before for a calendar
    quarter not begun at the reference told in the past."""
    year = reference.year
    later = reference.month and (quarter - 1) * 3 + 1 > reference.month  # not begun yet at the article's date
    delayed = match.groupdict().get("delayed")  # "slipped to the fourth quarter": where a delay moved it, ahead
    if later and not match["fiscal"] and not delayed and tense_at(text, match.start(), match.end()) == PAST:
        reading = "a quarter not begun, in the past tense: the year before"
        return PartialDate(year - 1), None, Specificity.RELATIVE, reading
    # over a quarter or more before the article's date (results come in the quarter after: "expected third-quarter profit"
    # in October is this year's)
    over = reference.month and quarter * 3 + 3 < reference.month
    if over and not match["fiscal"] and tense_before(text, match.start()) == FUTURE:
        # "will launch the phone at Verizon in the first quarter" in a December article: next year's
        reading = "a quarter over, in the future tense: the year after"
        return PartialDate(year + 1), None, Specificity.RELATIVE, reading
    return PartialDate(year), None, Specificity.RELATIVE, "a quarter, which EDTF cannot hold: the year of"


@_pattern(r"(?<![\w-])(?P<fiscal>(?i:fiscal)\s+)?(?P<q>(?i:first|second|third|fourth))-(?i:quarter)(?=\s+[a-z])")
def _quarter_adjective(match, text, reference):
    """ "its third-quarter profit", "a second-quarter loss": the quarter's year, as "in the third quarter" is."""
    if reference is None:
        return None
    return _quarter_of_the_reference(match, text, reference, _QUARTERS[match["q"].lower()])


#: A plan moved from a time: "had slipped from the spring", "pushed back from the second half".
_MOVED_FROM = re.compile(r"(?i)\b(?:slipp\w*|slid|mov\w*|push\w*|delay\w*|postpon\w*|back)\s+from\s")


def _moved_from(text: str, match: re.Match[str]) -> bool:
    return _MOVED_FROM.search(text, max(0, match.start() - 30), match.start() + 5) is not None
_HALVES = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "h1": 1, "h2": 2}


@_pattern(
    r"(?<!\w)(?P<lead>(?i:in|during|for|over|from|by|starting|until|before|into|to"
    r"|(?:the\s+)?(?:end|start|beginning|middle|close)\s+of)\s+(?:(?i:the|its|their)\s+)?)"
    r"(?P<fiscal>(?i:fiscal)\s+)?"
    r"(?P<half>(?i:first|second|1st|2nd)(?=\s+(?i:half))|H[12])(?:\s+(?i:half))?"
    r"(?:\s+of\s+(?P<of>(?i:last|this|next|the))\s+(?i:year))?(?!\s+of\s+\d|\s*(?:19|20)\d\d)(?!\w)"
)
def _half(match, text, reference):
    """ "in the first half", "in H2": the reference's year, or the year before for a calendar half not begun at the
    reference in a past-tense sentence."""
    if reference is None:
        return None
    if match["lead"].split()[0].lower() == "from" and _moved_from(text, match):
        return None  # "slipped from the second half": where a plan was moved from
    year, half = reference.year, _HALVES[match["half"].lower()]
    if match["of"] and match["of"].lower() == "the":  # "in the second half of the year": the reference's, whatever the
        # tense ("the slide showed it reaching T-Mobile in the second half of the year"), as the dev labels have it
        return PartialDate(year), None, Specificity.RELATIVE, "a half-year, which EDTF cannot hold: the year of"
    if match["of"]:  # "in the first half of next year"
        return (
            PartialDate(year + OF_YEAR[match["of"].lower()]),
            None,
            Specificity.RELATIVE,
            "a half of the year named from",
        )
    not_begun = half == 2 and reference.month and reference.month < 7 and not match["fiscal"]
    if not_begun and tense_at(text, match.start(), match.end()) == PAST:
        reading = "a half-year not begun, in the past tense: the year before"
        return PartialDate(year - 1), None, Specificity.RELATIVE, reading
    return PartialDate(year), None, Specificity.RELATIVE, "a half-year, which EDTF cannot hold: the year of"


@_pattern(r"(?<![\w$])[FC]Y\s?['’]?(?P<year>(?:19|20)\d\d|\d\d)(?![\w%-])")
def _fiscal_year(match, text, reference):
    """ "FY2019", "FY19": the year the fiscal year is named for (where it begins and ends is the company's); "CY17",
    a calendar year."""
    year = int(match["year"]) if len(match["year"]) == 4 else 2000 + int(match["year"])
    return PartialDate(year), None, Specificity.EXPLICIT, "a fiscal year: the year it is named for"


@_pattern(
    r"(?i)(?<![\w-])(?:the\s+(?:end|close|start|beginning|middle)\s+of\s+the\s+year|year-end|year['’]s\s+end)(?![\w-])"
)
def _year_end(match, text, reference):
    """ "by the end of the year", "by year-end", "at the start of the year": the reference's year."""
    if reference is None:
        return None
    return relative_unit(reference, Unit.YEAR, 0), None, Specificity.RELATIVE, "the end of the year of"


@_pattern(
    r"(?i)(?<![\w-])(?:the\s+(?:end|close|start|beginning|middle)\s+of\s+(?:the|this)\s+month|month-end|month['’]s\s+end"
    r"|later\s+this\s+month)(?![\w-])"
)
def _month_end(match, text, reference):
    """ "by the end of the month", "later this month": the reference's month."""
    if reference is None or not reference.month:
        return None
    return relative_unit(reference, Unit.MONTH, 0), None, Specificity.RELATIVE, "the end of the month of"


#: A plan's word right before a season: "due in the fall", "planned for the spring", "was expected in the summer"
#: (told in the past: the plan is over).
_PLAN_LEAD = re.compile(
    r"(?i)\b(?P<over>(?:was|were|had\s+been)\s+(?:\w+ly\s+|once\s+|first\s+)?)?(?:due|expected|planned|slated|scheduled)\s+$"
)
#: The month each season begins in (northern hemisphere, as US reporting means it); winter spans two years.
_SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9}


#: A bound ahead that takes a season without "the": "expected by summer", "will wait until spring".
_BARE_SEASON_LEAD = r"(?:(?<=\bby)|(?<=until)|(?<=\btill)|(?<=before)|(?<=\bto)|(?<=into))"  # "slips to spring"


@_pattern(r"(?i)(?<![\w-])(?P<which>last|this|next|past|(?:later |early |late )?in the|(?:over|during|through|throughout) the|(?:the\s+)?(?:end|start|beginning"
          r"|middle|close)\s+of(?:\s+(?:the|this)|(?=\s+(?:spring|summer|fall|autumn)))|(?:much|most|part|all|rest)\s+of\s+the"
          r"|early|late|mid-?|since the"
          r"|(?P<ahead>(?:as soon as|as early as|for|by|until|till|before|after|from|starting)"
          rf"|{DELAYED_TO})(?: the|{_BARE_SEASON_LEAD}))\s*(?<=\s|-)(?P<season>spring|summer|fall|autumn)"
          r"(?:\s+(?:of\s+)?(?P<of>last|this|next)\s+year(?!['’]))?(?![\w-])")  # fmt: skip
def _season(match, text, reference):
    """ "last summer", "later in the summer", "over the summer", "by the end of the summer", "in late summer": the
    season's year (EDTF holds no season here): the latest one over for "last", the coming one for "next", the
    reference's otherwise, or the year before for a season not yet begun told in the past tense ("had launched in
    the fall" in a February article)."""
    if reference is None or not reference.month:
        return None
    if match["which"].lower() == "from the" and _moved_from(text, match):
        return None  # "had slipped from the spring": where a plan was moved from, no time of the event
    which, first = match["which"].lower(), _SEASON_START[match["season"].lower()]
    plan = _PLAN_LEAD.search(text, max(0, match.start() - 40), match.start())
    if plan and which in ("in the", "for the", "by the"):
        # "the Pixel 6, due in the fall", "a phone planned for the fall was cancelled": a plan's season is this year's
        # unless it is over, and then the next only while the plan still stands ("was expected in the spring": over)
        over = reference.month >= first + 3
        told_over = plan["over"] or tense_before(text, match.start()) == PAST
        year = reference.year + (1 if over and not told_over else 0)
        return PartialDate(year), None, Specificity.RELATIVE, "a season planned, which EDTF cannot hold here: its year, from"
    if which == "since the":  # "had been courting AT&T since the spring": the latest one begun
        year = reference.year - (0 if reference.month >= first else 1)
        return PartialDate(year), None, Specificity.RELATIVE, "a season, which EDTF cannot hold here: its year, from"
    if match["ahead"] and (match["delayed"] or tense_before(text, match.start()) != PAST):
        # "planning a cheaper model for the spring", "pushed back to the spring": the next one not yet over
        year = reference.year + (1 if reference.month >= first + 3 else 0)
        return (
            PartialDate(year),
            None,
            Specificity.RELATIVE,
            "a season ahead, which EDTF cannot hold here: its year, from",
        )
    # "by the end of the summer", "in late summer": a part of the season, read as "in the" ("of this": as "this")
    if which.endswith(" this"):
        which = "this"
    elif which not in ("last", "this", "next", "past") and not which.endswith("in the"):
        which = "in the"
    year = reference.year
    if match["of"]:  # "in the fall of last year"
        year += OF_YEAR[match["of"].lower()]
    elif which in ("last", "past"):
        year -= 0 if reference.month >= first + 3 else 1  # this year's is over, or not yet
    elif which == "next":
        year += 1 if reference.month >= first else 0
    elif (which.endswith("in the") and (match["ahead"] or "").lower() != "for" and reference.month < first
          and tense_before(text, match.start()) == PAST):  # fmt: skip  # "pitched it for the autumn": ahead still
        year -= 1
    elif which.endswith("in the") and reference.month >= first + 3 and tense_before(text, match.start()) == FUTURE:
        year += 1  # "will hold its next event in the spring" in a December article: next spring
    return PartialDate(year), None, Specificity.RELATIVE, "a season, which EDTF cannot hold here: its year, from"


@_pattern(r"(?i)(?<![\w-])(?:(?:earlier|later|early|late)\s+in|(?:the\s+)?(?:end|close|middle)\s+of)"
          r"\s+the\s+(?:current\s+)?quarter(?![\w-])")  # fmt: skip
def _in_the_quarter(match, text, reference):
    """ "later in the quarter", "by the end of the quarter": the reference's quarter, which EDTF cannot hold: its
    year."""
    if reference is None:
        return None
    return PartialDate(reference.year), None, Specificity.RELATIVE, "a quarter, which EDTF cannot hold: the year of"


@_pattern(r"(?i)(?<![\w-])(?:(?:by|until|till|before|around|at|after)\s+mid-?year|within\s+the\s+year)(?![\w-])")
def _midyear(match, text, reference):
    """ "by midyear", "within the year": the reference's year (a half EDTF cannot hold, or the rest of the year)."""
    if reference is None:
        return None
    return PartialDate(reference.year), None, Specificity.RELATIVE, "a part of the year, which EDTF cannot hold: the year of"


@_pattern(rf"(?<![\w-])(?i:in|by|for|during|through)\s+(?i:the|its)\s+(?:(?i:fiscal)\s+)?(?P<month>{_FULL_MONTH})"
          r"\s+(?i:quarter)(?![\w-])")  # fmt: skip
def _month_quarter(match, text, reference):
    """ "in the June quarter", "by the March quarter": the quarter that ends in that month, its year (EDTF holds no
    quarter): the reference's, the next when it is over and told in the future, the last when it has not begun and
    is told in the past."""
    if reference is None or not reference.month:
        return None
    month, year = _month_of(match), reference.year
    if month < reference.month and tense_before(text, match.start()) == FUTURE:
        year += 1  # "expects a profit by the March quarter" in a November article
    elif month - 2 > reference.month and tense_at(text, match.start(), match.end()) == PAST:
        year -= 1
    return PartialDate(year), None, Specificity.RELATIVE, "a quarter, which EDTF cannot hold: the year of"


@_pattern(r"(?i)(?<![\w-])(?:earlier|later|early|late)\s+in\s+the\s+(?P<unit>year|month|week)(?![\w-])")
def _in_the_year(match, text, reference):
    """ "later in the year", "earlier in the month", "earlier in the week": the reference's own (a week: its month,
    as EDTF holds no week)."""
    if reference is None:
        return None
    unit = {"year": Unit.YEAR, "month": Unit.MONTH, "week": Unit.WEEK}[match["unit"].lower()]
    return relative_unit(reference, unit, 0), None, Specificity.RELATIVE, "counted from"


@_pattern(r"(?i)(?<![\w-])the\s+first\s+(?P<count>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\s+"
          r"of\s+(?:the|(?P<which>this|last|next))\s+year(?![\w-])")  # fmt: skip
def _first_months(match, text, reference):
    """ "in the first nine months of the year": a span from January, which EDTF cannot hold: its year, the reference's
    unless more months are counted than had begun at it (then the year before)."""
    if reference is None:
        return None
    year = reference.year + OF_YEAR.get((match["which"] or "").lower(), 0)
    if not match["which"] and reference.month and count(match["count"]) > reference.month:
        year -= 1  # "the first ten months of the year" in a March article: last year's
    reading = "the first months of a year, which EDTF cannot hold: its year, from"
    return PartialDate(year), None, Specificity.RELATIVE, reading


@_pattern(r"(?i)(?<![\w-])(?:the\s+)?(?:fiscal\s+)?(?:year|(?:12|twelve|six|three|nine)\s+months|quarter|half)"
          r"(?:,?\s+(?:that|which))?\s+(?P<verb>to|ended|ending|ends|through)\s+(?:(?:in|on)\s+)?(?:the\s+end\s+of\s+)?"
          r"(?:(?P<which>last|next|this)\s+)?(?:(?P<d0>\d{1,2})\s+)?"  # "ended last March", "ending 31 March"
          rf"(?:{_MONTH}(?:\s+(?P<d>\d{{1,2}})(?!\d))?(?:,?\s+(?:of\s+)?{_YEAR})?"
          r"|\d{1,2}/(?P<m>\d{1,2})/(?P<y>(?:19|20)?\d\d))(?![\w-])")  # fmt: skip  # "ending 31/3/2022": day first
def _period_to_a_month(match, text, reference):
    """ "the year to December", "the 12 months to March", "the quarter that ended Aug. 30", "the fiscal year that
    ended in March", "the year ending 31 March": a period named by its end, which EDTF cannot hold: the year it ended
    (the latest such month not after the reference; the next one when it "ends" ahead; last year's or next year's
    month when it says "last" or "next"), not the day or month that ends it."""
    if match["y"] and 1 <= int(match["m"]) <= 12:  # a day-first date: "the financial year ending 31/3/2022"
        year = int(match["y"]) + (2000 if len(match["y"]) == 2 else 0)
        return PartialDate(year), None, Specificity.EXPLICIT, "a period named by its end: the year it ends"
    if match["year"]:
        return PartialDate(int(match["year"])), None, Specificity.EXPLICIT, "a period named by its end: the year it ends"
    if reference is None or not reference.month or match["y"]:
        return None
    month = _month_of(match)
    if (which := (match["which"] or "").lower()) in ("last", "next"):  # "ended last March", "ending next March"
        return PartialDate(_last_or_next(which, month, reference)), None, Specificity.RELATIVE, (
            f"a period ending in the {which} such month from"
        )
    verb = match["verb"].lower()
    ahead = (verb != "ended" and tense_at(text, match.start(), match.end()) == FUTURE) or (
        verb == "ending" and month >= reference.month  # "its forecast for the year ending in May" in March: this May
    )
    year = reference.year + (1 if ahead and month < reference.month else 0) - (
        1 if not ahead and month > reference.month else 0
    )
    reading = "a period ending in the coming such month from" if ahead else "a period ending in the latest such month before"
    return PartialDate(year), None, Specificity.VAGUE, reading


def _last_or_next(which: str, month: int, reference: PartialDate) -> int:
    """The year of "last March" (the latest March before the reference's month) or "next March" (the first after)."""
    if which == "last":
        return reference.year - (1 if month >= reference.month else 0)
    return reference.year + (1 if month <= reference.month else 0)


@_pattern(r"(?i)(?<![\w-])(?:(?P<which>last|this|next|past)\s+|(?:over|during|in|for|through|into|before|by)\s+the\s+)"
          r"(?:(?:year-end|christmas)\s+)?(?:holiday(?:\s+(?:shopping\s+)?(?:season|quarter))?s?|christmas\s+season)(?![\w-])")  # fmt: skip
def _holidays(match, text, reference):
    """ "over the holiday season", "last holiday season", "the holiday quarter": the year of those holidays (late
    November to December): the latest one over when told in the past before November, else the reference's."""
    if reference is None or not reference.month:
        return None
    which, year = (match["which"] or "").lower(), reference.year
    if which in ("last", "past"):
        year -= 1
    elif which == "next" and reference.month == 12:
        year += 1
    elif not which and reference.month < 11 and tense_before(text, match.start()) == PAST:
        year -= 1  # "shipped more phones over the holiday season" in a January article: last year's
    elif not which and reference.month <= 2 and tense_before(text, match.start()) != FUTURE:
        year -= 1  # "Apple sells a record number of iPhones in the holiday quarter" in January: the ones just over
    return (
        PartialDate(year),
        None,
        Specificity.RELATIVE,
        "a holiday season, which EDTF cannot hold here: its year, from",
    )


@_pattern(r"(?i)(?<![\w-])(?:this|the\s+same)\s+time\s+(?:last\s+year|a\s+year\s+(?:ago|earlier|before))(?![\w-])")
def _this_time_last_year(match, text, reference):
    """ "this time last year", "the same time a year ago": about the reference's month, a year back."""
    if reference is None or not reference.month:
        return None
    date = PartialDate(reference.year - 1, reference.month, 0, True, reference.uncertain)
    return date, None, Specificity.RELATIVE, "about the same month a year before"


@_pattern(r"(?i)(?<![\w-])(?:(?P<which>last|this|next|past)\s+|(?:the|in|for|over|during|before|by)\s+(?:the\s+)?)"
          r"back-to-school(?:\s+(?:shopping\s+)?(?:season|period|rush|quarter))?(?![\w-])")  # fmt: skip
def _back_to_school(match, text, reference):
    """ "the back-to-school season" (July to September): its year, the latest one over when "last" or told in the past
    before July, next year's for "next" after it."""
    if reference is None or not reference.month:
        return None
    which, year = (match["which"] or "").lower(), reference.year
    if which in ("last", "past"):
        year -= 0 if reference.month > 9 else 1
    elif which == "next":
        year += 1 if reference.month >= 7 else 0
    elif not which and reference.month < 7 and tense_before(text, match.start()) == PAST:
        year -= 1
    return (
        PartialDate(year),
        None,
        Specificity.RELATIVE,
        "the back-to-school season, which EDTF cannot hold: its year, from",
    )


@_pattern(r"(?i)(?<![\w-])the\s+turn\s+of\s+(?:the\s+year|(?P<which>this|next|last)\s+year|" + _YEAR + r")(?![\w-])")
def _turn_of_the_year(match, text, reference):
    """ "around the turn of the year": about the January it turns into (EDTF holds no week around New Year): the
    reference's own after its first months only when told in the future, then next January."""
    if match["year"]:
        return PartialDate(int(match["year"]), 1, 0, True), None, Specificity.EXPLICIT, "about the January of the year"
    if reference is None or not reference.month:
        return None
    year = reference.year + OF_YEAR.get((match["which"] or "").lower(), 0)
    if not match["which"] and reference.month > 2 and tense_before(text, match.start()) == FUTURE:
        year += 1
    date = PartialDate(year, 1, 0, True, reference.uncertain)
    return date, None, Specificity.RELATIVE, "about the January the year turns into, from"


@_pattern(r"(?i)(?<![\w-])(?:in|for|by|early\s+in|later\s+in|after)\s+the\s+new\s+year(?![\w-])")
def _the_new_year(match, text, reference):
    """ "in the new year", "early in the new year": the year after the reference's, told in its last months (in its
    first two, the reference's own; in between, no year is sure). Not "slips into the new year": the dev labels give
    such a slip the article's date (three of three), though the guide dates a delay by its new date."""
    if reference is None or not reference.month or 2 < reference.month < 9:
        return None
    year = reference.year + (1 if reference.month >= 9 else 0)
    return PartialDate(year), None, Specificity.RELATIVE, "the year that comes next, counted from"


@_pattern(r"(?i)(?<![\w-])within\s+(?:the\s+next\s+)?(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
          r"\s+years(?![\w-])")  # fmt: skip
def _within_years(match, text, reference):
    """ "within three years": a goal's horizon, which dates no event of its own: the goal is a statement, dated by the
    day it was said on when the passage gives one ("said on the 27th that … within three years"), else by the article's
    date, approximate, as the guide dates a quote (none of the dev labels, 27,256 passages in round 29, gives the year
    the horizon ends: 19 of them the day or month it was said). Vague, so that any other date wins."""
    if reference is None:
        return None
    return reference._replace(approximate=True), None, Specificity.VAGUE, "a goal's horizon, no time of its own: around"
