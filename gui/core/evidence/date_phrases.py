"""Date expressions in news text, read as EDTF dates.

"in 2018", "Dec. 5, 2017", "2017-12-05", "last year", "two years ago", "for years", "since 2015",
"recently"... Relative phrases are counted from a reference date, normally the source's publication
date, and never claim more than it knows: "last month" in an article dated only "2017" is "2017~",
not a made-up month. The reference's uncertainty (``?``) is carried over; vague phrases add ``~``.

Month and weekday names are matched case-sensitively, so "may" (the verb) and "march" are not dates,
and a bare number is a year only where it reads as one ("in 2018", "2018." but not "2000 stores").

Why not ``dateparser``: tried (1.5.0), its ``search_dates`` read "We may earn" as May, "sold 2000
phones" as the year 2000 and "Dec. 5, 2017" as two dates, gave no precision, knew none of "recently",
"for years" or "since 2015", and cost 100-170 ms to import plus 11 MB of dependencies.
"""

from __future__ import annotations

import re

from gui.core.document.dates import PartialDate, Precision, days_from_civil, days_in_month, ends_before
from gui.core.evidence.date_words import FULL_MONTH as _FULL_MONTH
from gui.core.evidence.date_words import MONTH as _MONTH
from gui.core.evidence.date_words import YEAR as _YEAR
from gui.core.evidence.date_words import DatePhrase, Reading, Specificity, pattern_registry
from gui.core.evidence.date_words import explicit as _explicit
from gui.core.evidence.date_words import month_of as _month_of
from gui.core.evidence.day_spans import (
    UNIT_NAMES,
    Unit,
    at_most,
    count,
    covering,
    duration_start,
    relative_unit,
)
from gui.core.evidence.named_days import PATTERNS as _NAMED_DAY_PATTERNS
from gui.core.evidence.near_phrases import PATTERNS as _NEAR_PATTERNS
from gui.core.evidence.near_phrases import this_week
from gui.core.evidence.numeric_dates import DAY_FIRST_PATTERNS as _DAY_FIRST_NUMERIC_PATTERNS
from gui.core.evidence.numeric_dates import PATTERNS as _NUMERIC_PATTERNS
from gui.core.evidence.period_phrases import DELAYED_TO, OF_YEAR
from gui.core.evidence.period_phrases import PATTERNS as _PERIOD_PATTERNS
from gui.core.evidence.tense import FUTURE, PAST, ahead_in_time, said_in_the_sentence, tense_at, tense_before

__all__ = ["NAMING_YEAR", "DatePhrase", "Specificity", "best_date_phrase", "find_date_phrases"]


def best_date_phrase(phrases: list[DatePhrase]) -> DatePhrase | None:
    """The phrase that most likely dates the passage: the most explicit one, then the first; and of two that
    agree, the finer ("at CES 2018 on Tuesday": the Tuesday, which falls in CES's month), or the sure one
    ("at MWC 2024 next month": February, which MWC's "about February" agrees with)."""
    best = min(phrases, key=lambda p: (p.specificity, p.offset), default=None)
    if best is None or best.end is not None:
        return best
    if "EDTF cannot hold" in best.reading:
        return best  # a quarter or season held as its year: a day inside the year need not fall inside it
    # an approximate month ("MWC 2026": about February) takes a day a few days past it ("… on Monday", March 2)
    slack = 7 if best.start.approximate and best.start.precision == Precision.MONTH else 0
    finer = [p for p in phrases if p.end is None and not p.start.is_qualified
             and (p.start.precision > best.start.precision
                  or (p.start.precision == best.start.precision and best.start.is_qualified))
             and best.start.first_day() - slack <= p.start.first_day()
             and p.start.end_day() <= best.start.end_day() + slack]  # fmt: skip
    return min(finer, key=lambda p: (-p.start.precision, p.specificity, p.offset), default=best)


# --- Words -----------------------------------------------------------------------------------

#: The reading of a year before a noun ("its 2004 flip phone", "the 2019 holiday season").
NAMING_YEAR = "a year naming a thing"

_SPEECH_VERBS = ("said", "says", "announced", "confirmed", "reported", "told reporters")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_ORD = r"(?:st|nd|rd|th)?"

_VAGUE_COUNTS = ("a couple of", "a few", "few", "several", "some", "many")
_COUNT = r"(?P<count>a couple of|a few|few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|many|\d{1,2})"

#: Words before a bare year that make it read as a date ("in 2018", "early 2018", "fall 2018").
_POSSESSIVE = re.compile(r"(?:\b(?:its|their|his|her)|\w['’]s)\s+$")
_ARTICLE = re.compile(r"(?i)\bthe\s+$")
_YEAR_LEAD = re.compile(
    r"(?i)(?:\b(?:in|by|since|until|till|through|during|from|for|of|early|late|around|circa|c\.|before|after"
    r"|throughout|to|into|and|between|year|fiscal|spring|summer|fall|autumn|winter)\s+|\bmid-)$"
)
#: A capitalised word right before a year that no month, season or show is: the year ends a model's name ("Edge 2024").
_IN_A_NAME = re.compile(
    rf"(?<![.!?]\s)\b(?!(?:{_FULL_MONTH}|Spring|Summer|Fall|Autumn|Winter|CES|MWC|IFA|In|By|Since)\s)[A-Z][\w+]*\s+$"
)
_SINCE_LEAD = re.compile(r"(?i)\b(?:ever\s+)?since\s+$")
_BETWEEN_LEAD = re.compile(r"(?i)\b(?:between|from)\s+$")
#: Words kept with the phrase so that it reads as in the text: "in 2018", "between 2015 and 2017".
_LEAD = re.compile(
    r"(?i)(?<![\w-])(?:in|on|by|from|between|during|until|till|through|around|circa|as of|early|late|(?:in\s+)?mid-)"
    r"(?:\s+(?:early|late))?\s*$"
)
_RANGE_GAP = re.compile(r"(?i)\s*(?:-|–|—|to|until|till|through|thru)\s*")
_AND_GAP = re.compile(r"(?i)\s*(?:and|-|–|—)\s*")


# --- The phrases -----------------------------------------------------------------------------------

_PATTERNS, _pattern = pattern_registry()


@_pattern(r"(?<![\w-])(?P<year>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>\d\d)(?![\w-])")
def _iso_day(match, text, reference):
    return _explicit(int(match["year"]), int(match["m"]), int(match["d"]))


@_pattern(r"(?<![\w-])(?P<year>\d{4})-(?P<m>0[1-9]|1[0-2])(?![\w-])")
def _iso_month(match, text, reference):
    return _explicit(int(match["year"]), int(match["m"]))


@_pattern(rf"(?<!\w){_MONTH}\s+(?P<d>\d{{1,2}}){_ORD},?\s+{_YEAR}(?!\w)")
@_pattern(rf"(?<![\w.])(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}(?!\w)")
def _day_month_year(match, text, reference):
    return _explicit(int(match["year"]), _month_of(match), int(match["d"]))


@_pattern(rf"(?<!\w){_MONTH}\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?P<which>(?i:last|this|next))\s+year(?!\w)")
@_pattern(rf"(?<![\w.])(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH},?\s+(?P<which>(?i:last|this|next))\s+year(?!\w)")
def _day_month_of_a_named_year(match, text, reference):
    """ "on Nov. 1 last year", "24 July last year": that day of the year named from the reference."""
    if reference is None:
        return None
    year = reference.year + {"last": -1, "this": 0, "next": 1}[match["which"].lower()]
    month, day = _month_of(match), int(match["d"])
    if not 1 <= day <= days_in_month(year, month):
        return None
    date = PartialDate(year, month, day, reference.approximate, reference.uncertain)
    return date, None, Specificity.RELATIVE, "that day of the year named from"


@_pattern(rf"(?<!\w){_MONTH},?\s+(?:of\s+)?{_YEAR}(?!\w)")
def _month_year(match, text, reference):
    return _explicit(int(match["year"]), _month_of(match))


_NUMERIC_DAY_LEAD_WORDS = (
    "on|began|begins|from|since|starting|effective|until|by|launches|launch|start|starts|ships|ship|arrives|arrive|hits"
    "|opens|lands|avail|available|due|out"
)
_NUMERIC_DAY_LEADS = "|".join(rf"(?<=\b{word} )" for word in _NUMERIC_DAY_LEAD_WORDS.split("|"))


@_pattern(rf"(?:{_NUMERIC_DAY_LEADS})(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![\d/%]|\.\d)")
def _us_numeric_no_year(match, text, reference):
    """ "began 8/27", "from 9/1": an analyst's numeric day without a year (only after a word that leads a date), read
    as a day of the month is ("Aug. 27")."""
    if reference is None:
        return None
    month, day = int(match["m"]), int(match["d"])
    if not 1 <= day <= days_in_month(reference.year, month):
        return None
    return _day_month_reading(text, match.start(), match.end(), reference, month, day)


@_pattern(rf"(?i:the\s+week\s+of)\s+{_MONTH}\s+(?P<d>\d{{1,2}}){_ORD}(?:,?\s+{_YEAR})?(?![\w%])")
def _week_of(match, text, reference):
    """ "the week of Oct. 10": a week, which EDTF cannot hold here: the month it starts in."""
    reading = _explicit(int(match["year"]), _month_of(match)) if match["year"] else _day_month(match, text, reference)
    if reading is None:
        return None
    date, _end, specificity, words = reading
    return (
        date._replace(day=0),
        None,
        specificity,
        "a week, which EDTF cannot hold here: its month" + (f", {words}" if words else ""),
    )


#: How far back (about nine months) a day or month without a year, still ahead in the article's year, may be read
#: as last year's when told in the past: a writer leaves the year out of a date of the last months ("sent a letter
#: on Dec. 14" in a February article), not of one nearly a year old: "has invited reporters to an event on Jan. 11"
#: in an article of Jan. 10 is tomorrow's event, whatever its verb's tense.
_RECENT_DAYS = 275


#: A day a few weeks before the article told in the future, in a sentence that says it was said, is a future seen from
#: that earlier statement ("will be available from Nov. 3, OnePlus announced last week", in an article of Nov. 10), not
#: next year's: a writer gives the year of a day nearly a year ahead.
_JUST_OVER_DAYS = 31


def _long_over(month: int, reference: PartialDate) -> bool:
    """Whether ``month`` ended more than ``_RECENT_DAYS`` before the reference in its year ("January" in November)."""
    return month < reference.month and (reference.month - month) * 30.5 > _RECENT_DAYS


def _recent(month: int, reference: PartialDate) -> bool:
    """Whether ``month``, ahead of the reference's in its year, is within ``_RECENT_DAYS`` before it a year back."""
    return month > reference.month and (reference.month + 12 - month) * 30.5 <= _RECENT_DAYS


@_pattern(rf"(?<!\w){_MONTH}\s+(?P<d>\d{{1,2}}){_ORD}(?![\w%])")
@_pattern(rf"(?<![\w.])(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH}(?!\w)")
def _day_month(match, text, reference):
    if reference is None:
        return None
    year, month, day = reference.year, _month_of(match), int(match["d"])
    if not 1 <= day <= days_in_month(year, month):
        return None
    return _day_month_reading(text, match.start(), match.end(), reference, month, day)


def _day_month_reading(text: str, start: int, stop: int, reference: PartialDate, month: int, day: int) -> Reading:
    """A day of a month without a year: in the reference's year, the year before when it is still ahead and told in
    the past, the year after when it is over and told in the future."""
    year = reference.year
    later = reference.precision == Precision.DAY and (month, day) > (reference.month, reference.day)
    earlier = reference.precision == Precision.DAY and (month, day) < (reference.month, reference.day)
    back = later and days_from_civil(*reference[:3]) - days_from_civil(year - 1, month, day) <= _RECENT_DAYS
    if back and tense_at(text, start, stop) == PAST:  # "was announced on Nov. 14" in a February article
        date = PartialDate(year - 1, month, day, reference.approximate, reference.uncertain)
        return date, None, Specificity.RELATIVE, "the past tense: the year before"
    just_over = (
        earlier
        and days_from_civil(*reference[:3]) - days_from_civil(year, month, day) <= _JUST_OVER_DAYS
        and said_in_the_sentence(text, start, stop)
    )
    if earlier and not just_over and tense_before(text, start) == FUTURE:  # "will ship on Jan. 5" in a November article
        date = PartialDate(year + 1, month, day, reference.approximate, reference.uncertain)
        return date, None, Specificity.RELATIVE, "the future tense: the year after"
    date = PartialDate(year, month, day, reference.approximate, reference.uncertain)
    return date, None, Specificity.RELATIVE, "in the year of"


@_pattern(r"(?<![\w-])(?P<lead>(?i:on|since|by|until|from)\s+|(?i:day|date|deadline),\s+)the\s+(?P<d>[12]\d|3[01]|0?[1-9])"
          r"(?:st|nd|rd|th)(?![\w-]|\s+(?:of|century)\b)")  # fmt: skip
def _day_of_month(match, text, reference):
    """ "on the 27th": that day of the reference's month, or of the month before when the day is still ahead of the
    reference and the verb is past (or of the month after, told in the future, when it is already over)."""
    if reference is None or reference.precision < Precision.DAY:
        return None
    day, year, month = int(match["d"]), reference.year, reference.month
    if day > reference.day and tense_at(text, match.start(), match.end()) == PAST:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    elif day < reference.day and tense_before(text, match.start()) == FUTURE:
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    if day > days_in_month(year, month):
        return None
    date = PartialDate(year, month, day, reference.approximate, reference.uncertain)
    return date, None, Specificity.RELATIVE, "a day of the month, counted from"


#: "had been set for", "had been planned for": a plan the passage tells was overtaken.
_OVERTAKEN = re.compile(r"(?i)\bhad\s+been\s+(?:\w+ly\s+)?[a-z]+\s+$")


@_pattern(rf"(?P<lead>(?i:{DELAYED_TO}\s+|(?:in|on|since|by|until|till|through|during|from|early|late|last|next|this|of"
          r"|after|between|for|expect|expects|expected|expecting|as\s+(?:early|soon|recently|late)\s+as)\s+|mid-))"
          rf"(?P<month>{_FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)"
          r"(?:\s+(?:of\s+)?(?P<of>last|this|next)\s+year(?!['’]))?(?![\w-]|\s*(?:of\s+)?\d)")  # fmt: skip
def _month_alone(match, text, reference):
    if reference is None:
        return None
    month, lead = _month_of(match), match["lead"].strip().lower()
    year, approximate = reference.year, reference.approximate
    if lead == "for" and _OVERTAKEN.search(text, max(0, match.start() - 40), match.start()):
        return None  # "a hearing that had been set for January was cancelled": a plan overtaken, not a time
    if match["delayed"]:  # "slipped to January", "held back until June": where a delay moved it, ahead (or this month)
        later = reference.month and month < reference.month
        date = PartialDate(year + (1 if later else 0), month, 0, approximate, reference.uncertain)
        return date, None, Specificity.RELATIVE, "where a delay moved it, ahead of"
    if match["of"]:  # "in January of last year"
        date = PartialDate(year + OF_YEAR[match["of"]], month, 0, approximate, reference.uncertain)
        return date, None, Specificity.RELATIVE, "in the year named from"
    if reference.month and (lead in ("since", "as recently as")
                            or _SINCE_LEAD.search(text, max(0, match.start() - 12), match.start())):
        # "has been sold since March", "closed since late March", "as recently as July": the latest such month
        date = PartialDate(year - (1 if month > reference.month else 0), month, 0, approximate, reference.uncertain)
        return date, None, Specificity.RELATIVE, "the latest such month up to"
    if lead in ("last", "next"):
        if reference.month:
            after = month > reference.month if lead == "last" else month < reference.month
            year += (-1 if lead == "last" else 1) if after or month == reference.month else 0
        else:
            approximate = True  # "last March" in an article dated only by year: this year's or last year's
    elif lead == "this":  # "until this October": this year's, whatever the tense
        pass
    elif reference.month and _recent(month, reference) and PAST in (
        tense_at(text, match.start(), match.end()), tense_before(text, match.start())
    ):  # "had sent a letter in December" in a January article: last December, not next; "ruled in December that
        # … could not be imported" in May: the verb in -ed before it is the clause's, not the "could" after it
        date = PartialDate(year - 1, month, 0, approximate, reference.uncertain)
        return date, None, Specificity.RELATIVE, "the past tense: the year before"
    elif reference.month and month < reference.month and tense_before(text, match.start()) == FUTURE:
        # "will be sold starting in January" in a November article: next January.
        date = PartialDate(year + 1, month, 0, approximate, reference.uncertain)
        return date, None, Specificity.RELATIVE, "the future tense: the year after"
    elif reference.month and _long_over(month, reference) and tense_at(text, match.start(), match.end()) != PAST:
        # "plans pop-up stores in January" in a November article: a writer gives the year of a month that far back
        date = PartialDate(year + 1, month, 0, approximate, reference.uncertain)
        return date, None, Specificity.RELATIVE, "a month long over in the year, not told in the past: the year after"
    date = PartialDate(year, month, 0, approximate, reference.uncertain)
    return date, None, Specificity.RELATIVE, "in the year of"


@_pattern(rf"(?:\b(?i:its|their)|\w['’]s)\s+(?P<month>{_FULL_MONTH})\s+(?=(?:launch|debut|release|rollout|event|deadline"
          r"|deal|order|announcement|unveiling|start|sale|shipments?)\b)")  # fmt: skip
def _month_before_a_noun(match, text, reference):
    """ "The Fold's April launch", "its February launch": a month as an adjective, the last such month when told in the
    past, the next when told in the future, else the reference's year's."""
    if reference is None or not reference.month:
        return None
    month, year = _month_of(match), reference.year
    tense = tense_at(text, match.start(), match.end())
    if month > reference.month and tense == PAST:
        year -= 1
    elif month < reference.month and tense == FUTURE:
        year += 1
    date = PartialDate(year, month, 0, reference.approximate, reference.uncertain)
    return date, None, Specificity.RELATIVE, "a month before a noun, in the year of"


@_pattern(r"(?<![\w$£€#/.,])(?P<year>(?:19|20)\d\d)\s*[-–—]\s*(?P<last>(?:19|20)\d\d|\d\d)(?![\w%-])")
def _year_range(match, text, reference):
    first, last = int(match["year"]), match["last"]
    end = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
    if end <= first:
        return None
    return PartialDate(first), PartialDate(end), Specificity.EXPLICIT, ""


@_pattern(r"(?<![\w$£€#/.,])(?P<year>(?:19|20)\d\d)(?![\w%/-]|[.,]\d)")
def _year(match, text, reference):
    before = text[max(0, match.start() - 16) : match.start()]
    if before.endswith("-") and not before.lower().endswith("mid-"):
        return None
    # A year followed by a lower-case word ("2000 stores") is a count, unless a preposition says otherwise.
    # After a possessive, a year before a singular noun is an adjective ("its 2004 debut"); "its 2000 stores" counts.
    # So is one after "the" ("the 2019 holiday season"); "the 2000 stores" still counts.
    adjective = (_POSSESSIVE.search(before) or _ARTICLE.search(before)) and re.match(
        r"\s+[a-z]+(?<!s)\b", text[match.end() : match.end() + 30]
    )
    if not _YEAR_LEAD.search(before) and not adjective and re.match(r"\s+[a-z]", text[match.end() : match.end() + 2]):
        return None
    if not _YEAR_LEAD.search(before) and _IN_A_NAME.search(before):
        return None  # "Motorola's Edge 2024", "the Razr 2023": a model's name, not a date
    reading = _explicit(int(match["year"]))
    naming = (_POSSESSIVE.search(before) or _ARTICLE.search(before)) and re.match(
        r"\s+[A-Za-z][a-z]+(?<!s)\b", text[match.end() : match.end() + 30]
    )  # "its 2004 flip phone", "the 2003 Alcatel flip"
    if naming and not _YEAR_LEAD.search(before) and reading is not None:
        return (*reading[:3], NAMING_YEAR)  # "its 2004 flip phone": the year of a thing named, which another date beats
    return reading


@_pattern(
    r"(?i)(?<![\w-])(?:(?P<mod>earlier|later|early|late|mid-?|the)\s+)?"
    r"(?P<which>last|this|next|previous|coming|past)\s+(?P<unit>year|month|week)(?!\w)(?!\s+or\s+(?:two|so|more)\b)"
)  # not "in the next year or two": a horizon, no date
def _this_last_next(match, text, reference):
    if reference is None:
        return None
    unit = UNIT_NAMES[match["unit"].lower()]
    which = match["which"].lower()
    over = re.search(r"(?i)\b(?:over|for|throughout|during)\s+$", text[max(0, match.start() - 12) : match.start()])
    if which == "past" or (
        which in ("last", "previous") and (match["mod"] or "").lower() == "the" and (which == "last" or over)
    ):  # "the past year", "over the previous year": the twelve months up to the reference
        return _duration(reference, unit, 1, f"the {unit.name.lower()} before")
    n = {"last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[which]
    if unit == Unit.WEEK and n == 0 and reference.precision == Precision.DAY:
        return this_week(match, text, reference)
    date = relative_unit(reference, unit, n)
    if which == "coming":
        date = date._replace(approximate=True)
    if re.match(r"['’]s\s+[A-Za-z]", text[match.end() : match.end() + 4]):  # "last year's defence bill": a thing named
        return date, None, Specificity.RELATIVE, NAMING_YEAR + ", counted from"
    return date, None, Specificity.RELATIVE, "counted from"


@_pattern(
    r"(?i)(?<![\w-])(?P<word>yesterday|today|tomorrow|this\s+(?:morning|afternoon|evening)|tonight|last\s+night)(?![\w-])"
)
def _day_word(match, text, reference):
    if reference is None:
        return None
    word = " ".join(match["word"].lower().split())
    n = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)  # "this morning", "tonight": the day itself
    return relative_unit(reference, Unit.DAY, n), None, Specificity.RELATIVE, "counted from"


@_pattern(
    rf"(?i)(?<!\w){_COUNT}\s+(?P<unit>year|month|week|day|fortnight)s?\s+ago(?P<this_month>\s+this\s+month)?(?!\w)"
)
def _ago(match, text, reference):
    if reference is None:
        return None
    n, unit = count(match["count"]), match["unit"].lower()
    if match["this_month"] and unit == "year" and reference.month:  # "two years ago this month"
        date = PartialDate(reference.year - n, reference.month, 0, reference.approximate, reference.uncertain)
        return date, None, Specificity.RELATIVE, "the same month, counted back from"
    if unit == "fortnight":  # "a fortnight ago": two weeks
        n, unit = 2 * n, "week"
    date = relative_unit(reference, UNIT_NAMES[unit], -n)
    if " ".join(match["count"].lower().split()) in _VAGUE_COUNTS:
        date = date._replace(approximate=True)
    return date, None, Specificity.RELATIVE, "counted back from"


# News style drops the "on" after a speech verb: "the companies announced Tuesday", "said Wednesday that", and
# after other verbs: "opened Thursday", "goes on sale Friday".
_NOT_BEFORE_A_BARE_WEEKDAY = frozenset(
    ("the", "a", "an", "every", "each", "of", "by", "until", "till", "from", "to", "this", "that", "last", "next",
     "on", "since", "before", "after")
)  # fmt: skip
#: Leads that bound a time ahead unless the verb is past: "available from Monday", "must answer by Friday".
_LEADS_AHEAD = re.compile(r"(?:from|starting|until|by)$")
_MONTH_WORD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_DATE_AFTER = re.compile(rf",?\s+(?:on\s+)?(?:{_MONTH_WORD}\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD})")
#: British "Monday week", "a week on Friday": the such day a week after the coming one.
_WEEK_AFTER = re.compile(r"\s+week\b(?!['’]|end)")
_A_WEEK_ON = re.compile(r"(?i)\ba\s+week\s+(?:on|from)\s+$")
_AFTER_SPEECH = "|".join(f"(?<={verb} )" for verb in _SPEECH_VERBS)


@_pattern(
    rf"(?<!\w)(?P<lead>(?i:on|last|this|next|late|early|as\s+of|since|from|starting|until|by)\s+)(?P<weekday>{'|'.join(_WEEKDAYS)})(?!\w)"
)
@_pattern(rf"(?:{_AFTER_SPEECH})(?P<lead>)(?P<weekday>{'|'.join(_WEEKDAYS)})(?!\w)")
@_pattern(rf"(?<=[a-z] )(?P<lead>)(?P<weekday>{'|'.join(_WEEKDAYS)})(?!\w)")
def _weekday(match, text, reference):
    if reference is None:
        return None
    word = re.search(r"\b([A-Za-z]+)\s+$", text[max(0, match.start() - 20) : match.start()])
    if not match["lead"] and (word is None or not word[1].islower() or word[1] in _NOT_BEFORE_A_BARE_WEEKDAY):
        return None  # "opened Thursday", "went on sale Friday"; not "the Friday meeting", "every Monday"
    if _DATE_AFTER.match(text, match.end()):
        return None  # "Thursday, Oct. 13": the date says which Thursday
    weekday = _WEEKDAYS.index(match["weekday"])
    lead = " ".join(match["lead"].lower().split())
    past = tense_before(text, match.start()) == PAST  # "sold it from Monday": the last one
    if reference.precision == Precision.DAY:
        day = reference.first_day()
        back = (((day + 3) % 7) - weekday) % 7  # days back to the latest such weekday, the reference included
        ahead = (weekday - (day + 3) % 7) % 7  # days on to the next such weekday, the reference included
        week_on = _A_WEEK_ON.search(text, max(0, match.start("weekday") - 16), match.start("weekday"))
        if _WEEK_AFTER.match(text, match.end()) or week_on:
            target, reading = day + (ahead or 7) + 7, "a week after the coming such day from"  # "on Monday week"
        elif lead == "next":
            target, reading = day + (ahead or 7), "the next such day after"
        elif lead != "last" and (ahead_in_time(text, match.start()) or _LEADS_AHEAD.match(lead) and not past):
            target, reading = day + ahead, "the future tense: the coming such day from"  # "will go on sale this Friday"
        else:
            target = day - back - (7 if lead == "last" and back == 0 else 0)
            reading = "the nearest such day to"
        return covering(target, target + 1, Precision.DAY, reference), None, Specificity.RELATIVE, reading
    lo, hi = reference.first_day() - 7, reference.end_day() + (7 if lead == "next" else 0)
    return covering(lo, hi, Precision.DAY, reference, True), None, Specificity.RELATIVE, "in the week of"


_DURATION_UNITS = {"year": Unit.YEAR, "month": Unit.MONTH, "week": Unit.WEEK, "day": Unit.DAY}


#: A past perfect other than "had been", in the clause before a span: "Dish had tried for a year …" (not "had a store").
_PAST_PERFECT = re.compile(
    r"(?i)\b(?:had|['’]d)\s+(?:\w+ly\s+)?(?!been\b)[a-z]+(?:ed|en|ght|wn|ld|nt|pt|ne|de|un|ung)\b[^,;.]*$"
)


@_pattern(
    rf"(?i)(?<!\w)(?P<prep>for|over|in|during)\s+(?:the\s+)?(?:(?P<scope>past|last|recent)\s+)?(?:{_COUNT}\s+)?"
    r"(?P<unit>years|months|weeks|decades|decade|year|month)(?!\w|['’]s\b)(?!\s+(?:to\s+come|ahead|from\s+now))"
)
def _for_years(match, text, reference):
    if reference is None:
        return None
    unit_word = match["unit"].lower()
    plural = unit_word.endswith("s")
    count_word = (match["count"] or "").lower()
    if match["prep"].lower() in ("in", "during") and not match["scope"]:
        return None  # "in two years" looks ahead, "in years" is too loose
    if not (plural or count_word or match["scope"]):
        return None  # "for the year"
    if match["scope"] and not (plural or count_word) and not re.search(r"(?i)\bthe\s", match[0]):
        return None  # "revenue for last year": the calendar year (read as "last year"), not the twelve months before
    if not match["scope"] and tense_at(text, match.start(), match.end()) == FUTURE:
        return None  # "would keep a team there for ten years": a span ahead, not back
    if not match["scope"] and _PAST_PERFECT.search(text, max(0, match.start() - 50), match.start()):
        return None  # "had tried for a year": a span over before some past time, not one up to the reference
    if unit_word.startswith("decade"):
        unit, n = Unit.YEAR, 10 * (count(count_word) if count_word else (2 if plural else 1))
    else:
        unit = _DURATION_UNITS[unit_word.rstrip("s")]
        n = count(count_word) if count_word else (1 if not plural else (3 if match["scope"] else 2))
    words = "at least " if not count_word and plural else ("about " if count_word in _VAGUE_COUNTS else "")
    return _duration(reference, unit, n, f"{words}{n} {unit.name.lower()}{'s' * (n != 1)} before")


@_pattern(
    r"(?i)(?<![\w-])(?P<word>currently|presently|nowadays|these days|at present|at the moment|at this point|right now"
    r"|as of now|so far|thus far|to date|as yet|now)(?![\w-])"
)
def _now(match, text, reference):
    if reference is None:
        return None
    return reference._replace(approximate=True), None, Specificity.VAGUE, "around"


@_pattern(r"(?i)(?<![\w-])(?P<word>recently|lately|of late|in recent (?:weeks|months|days))(?![\w-])")
def _recently(match, text, reference):
    if reference is None:
        return None
    date = at_most(reference, Precision.MONTH)._replace(approximate=True)
    return date, None, Specificity.VAGUE, "shortly before"


def _duration(reference: PartialDate, unit: Unit, n: int, reading: str) -> Reading:
    """From n units before the reference (approximate) until the reference."""
    return duration_start(reference, unit, n), reference, Specificity.RELATIVE, reading


# --- Finding them ------------------------------------------------------------------------------------


def find_date_phrases(text: str, reference: PartialDate | None = None, *, day_first: bool = False) -> list[DatePhrase]:
    """Every date expression in ``text``, in order, resolved against ``reference``; numeric dates such as "07/05/2018"
    day first when ``day_first`` (the writer's habit: ``numeric_dates.writes_day_first``), else month first.

    Without a reference only explicit dates (those that give a year) are found. Overlapping
    matches keep the longest ("since December 2017" over "December 2017" over "2017").
    """
    found: list[tuple[int, int, Reading]] = []
    numeric = _DAY_FIRST_NUMERIC_PATTERNS if day_first else _NUMERIC_PATTERNS
    for regex, handler in (*_PATTERNS, *numeric, *_NEAR_PATTERNS, *_PERIOD_PATTERNS, *_NAMED_DAY_PATTERNS):
        for match in regex.finditer(text):
            reading = handler(match, text, reference)
            if reading is not None:
                found.append((match.start(), match.end(), reading))
    # Longest first, then leftmost; the order of _PATTERNS breaks ties ("2011-12" is a month).
    found.sort(key=lambda item: (item[0] - item[1], item[0]))
    taken: list[tuple[int, int]] = []
    kept: list[DatePhrase] = []
    for start, stop, (date, end, specificity, reading) in found:
        if any(start < other_stop and other_start < stop for other_start, other_stop in taken):
            continue
        taken.append((start, stop))
        kept.append(DatePhrase(text[start:stop], start, date, end, specificity, reading))
    kept.sort(key=lambda phrase: phrase.offset)
    return [_with_lead(_with_since(phrase, text, reference), text) for phrase in _merge_ranges(kept, text)]


def _merge_ranges(phrases: list[DatePhrase], text: str) -> list[DatePhrase]:
    """Join "from 2015 to 2017", "between March and June 2018", "2015 – 2017" into one range."""
    merged: list[DatePhrase] = []
    for phrase in phrases:
        if merged and merged[-1].end is None and phrase.end is None:
            first = merged[-1]
            gap = text[first.stop : phrase.offset]
            lead = text[max(0, first.offset - 10) : first.offset]
            joined = _RANGE_GAP.fullmatch(gap) or (_AND_GAP.fullmatch(gap) and _BETWEEN_LEAD.search(lead))
            if joined and not ends_before(phrase.start, first.start) and phrase.start != first.start:
                specificity = max(first.specificity, phrase.specificity)
                reading = first.reading or phrase.reading
                text_span = text[first.offset : phrase.stop]
                merged[-1] = DatePhrase(text_span, first.offset, first.start, phrase.start, specificity, reading)
                continue
        merged.append(phrase)
    return merged


def _with_lead(phrase: DatePhrase, text: str) -> DatePhrase:
    """The phrase with the preposition before it, if any: "in 2018" rather than "2018"."""
    window_start = max(0, phrase.offset - 16)
    lead = _LEAD.search(text[window_start : phrase.offset])
    if lead is None or phrase.text[:1].islower():
        return phrase
    offset = window_start + lead.start()
    return DatePhrase(text[offset : phrase.stop], offset, phrase.start, phrase.end, phrase.specificity, phrase.reading)


def _with_since(phrase: DatePhrase, text: str, reference: PartialDate | None) -> DatePhrase:
    """ "since 2015": from the date until the reference date (when that is not before it)."""
    if phrase.end is not None:
        return phrase
    window_start = max(0, phrase.offset - 12)
    lead = _SINCE_LEAD.search(text[window_start : phrase.offset])
    if lead is not None:
        offset = window_start + lead.start()
    elif phrase.text[:6].lower() == "since ":  # "since March": the month pattern took the word along
        offset = phrase.offset
    else:
        return phrase
    end = reference if reference is not None and not ends_before(reference, phrase.start) else None
    reading = "until" if end is not None else phrase.reading
    return DatePhrase(text[offset : phrase.stop], offset, phrase.start, end, phrase.specificity, reading)
