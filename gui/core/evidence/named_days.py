"""Date phrases of the US days the trade press names: Thanksgiving, Black Friday, Cyber Monday, Christmas, New Year's
Day, Labor Day, Memorial Day, the Fourth of July, Veterans Day, Valentine's Day, Halloween, Easter, Mother's and
Father's Day, Presidents' Day, Martin Luther King Jr. Day, Columbus Day, St. Patrick's Day, Super Bowl Sunday; and "the
day before"/"the day after"/"the eve of" one of them, and "the Thursday after" one (the first such weekday after it).

Each is a calendar fact, not a phrase of one article: a fixed day of the month, the nth weekday of a month, or counted
from Easter (computed by the Gregorian rule).

Each is a day of its year: the year written after it ("Black Friday 2019"), else the reference's, or the year before
when the day has not come at the reference and the verb is past ("sold … on Black Friday" in a December article is
this year's, in a March article last year's), or the year after when it has passed and the verb is future.
``date_phrases`` finds these with the others.
"""

from __future__ import annotations

import datetime
import re

from gui.core.document.dates import PartialDate
from gui.core.evidence.date_words import Specificity, pattern_registry
from gui.core.evidence.tense import FUTURE, PAST, tense_at, tense_before

__all__ = ["PATTERNS"]

PATTERNS, _pattern = pattern_registry()


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> datetime.date:
    """The ``n``th ``weekday`` (Monday 0) of the month; n = -1: the last."""
    if n < 0:
        last = datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)
        return last - datetime.timedelta(days=(last.weekday() - weekday) % 7)
    first = datetime.date(year, month, 1)
    return first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _thanksgiving(year: int) -> datetime.date:
    return _nth_weekday(year, 11, 3, 4)  # the fourth Thursday of November


def _easter(year: int) -> datetime.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


def _super_bowl(year: int) -> datetime.date | None:
    """The Super Bowl's Sunday: the first of February from 2004 to 2021, the second since 2022 (none known before)."""
    if year < 2004:
        return None
    return _nth_weekday(year, 2, 6, 1 if year <= 2021 else 2)


_DAYS = {
    "thanksgiving": _thanksgiving,
    "black friday": lambda year: _thanksgiving(year) + datetime.timedelta(days=1),
    "cyber monday": lambda year: _thanksgiving(year) + datetime.timedelta(days=4),
    "christmas eve": lambda year: datetime.date(year, 12, 24),
    "christmas day": lambda year: datetime.date(year, 12, 25),
    "christmas": lambda year: datetime.date(year, 12, 25),
    "new year's eve": lambda year: datetime.date(year, 12, 31),
    "new year's day": lambda year: datetime.date(year, 1, 1),
    "labor day": lambda year: _nth_weekday(year, 9, 0, 1),
    "memorial day": lambda year: _nth_weekday(year, 5, 0, -1),
    "the fourth of july": lambda year: datetime.date(year, 7, 4),
    "independence day": lambda year: datetime.date(year, 7, 4),
    "veterans day": lambda year: datetime.date(year, 11, 11),
    "valentine's day": lambda year: datetime.date(year, 2, 14),
    "halloween": lambda year: datetime.date(year, 10, 31),
    "st. patrick's day": lambda year: datetime.date(year, 3, 17),
    "easter": _easter,
    "easter sunday": _easter,
    "easter monday": lambda year: _easter(year) + datetime.timedelta(days=1),
    "good friday": lambda year: _easter(year) - datetime.timedelta(days=2),
    "mother's day": lambda year: _nth_weekday(year, 5, 6, 2),
    "father's day": lambda year: _nth_weekday(year, 6, 6, 3),
    "presidents day": lambda year: _nth_weekday(year, 2, 0, 3),
    "martin luther king jr. day": lambda year: _nth_weekday(year, 1, 0, 3),
    "columbus day": lambda year: _nth_weekday(year, 10, 0, 2),
    "super bowl sunday": _super_bowl,
    "super bowl": _super_bowl,
}
#: "the day before Valentine's Day", "on the eve of Thanksgiving": days from the named one.
_SHIFTS = {"the day before": -1, "the eve of": -1, "the day after": 1}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@_pattern(
    r"(?<![\w-])(?P<before>(?i:(?:in\s+)?the\s+(?:run-up|lead-up|build-up|weeks|days)\s+(?:to|before)|ahead\s+of)\s+)?"
    r"(?P<shift>(?i:the\s+day\s+(?:before|after)|the\s+eve\s+of"
    r"|the\s+(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?P<side>before|after))"
    r"(?:\s+the(?=\s+Super\s+Bowl))?\s+)?"
    r"(?P<day>Thanksgiving(?:\s+Day)?|Black\s+Friday|Cyber\s+Monday|Christmas(?:\s+(?:Eve|Day))?"
    r"|New\s+Year['’]s\s+(?:Day|Eve)|Labor\s+Day|Memorial\s+Day|(?i:the)\s+Fourth\s+of\s+July|Independence\s+Day"
    r"|Veterans['’]?\s+Day|Veteran['’]s\s+Day|(?:St\.?|Saint)\s+Patrick['’]s\s+Day|Valentine['’]s\s+Day|Halloween"
    r"|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Mother['’]s\s+Day|Father['’]s\s+Day|Presidents['’]?\s+Day"
    r"|(?:Martin\s+Luther\s+King(?:\s+Jr\.?|,\s+Jr\.)?|MLK)\s+Day|Columbus\s+Day|Super\s+Bowl(?:\s+Sunday)?)"
    r"(?:\s+(?P<year>(?:19|20)\d\d))?(?P<weekend>\s+weekend)?"
    r"(?![\w-]|\s+(?i:season|holidays?|shopping|sales?|deals?|weekend|week|eggs?)\b)"
)
def _named_day(match, text, reference):
    reading = _day_itself(match, text, reference)
    if reading is not None and match["shift"] and not (match["before"] or match["weekend"]):
        date, end, specificity, words = reading  # "the day before Valentine's Day": the day next to it
        day = datetime.date(date.year, date.month, date.day)
        if match["weekday"]:  # "the Thursday after the Super Bowl": the first such weekday after it (or last before)
            weekday = _WEEKDAYS.index(match["weekday"].lower())
            after = match["side"].lower() == "after"
            gap = (weekday - day.weekday()) % 7 if after else (day.weekday() - weekday) % 7
            shift = (gap or 7) * (1 if after else -1)
        else:
            shift = _SHIFTS[" ".join(match["shift"].lower().split())]
        day += datetime.timedelta(days=shift)
        return date._replace(year=day.year, month=day.month, day=day.day), end, specificity, "a day next to " + words
    if reading is None or not (match["before"] or match["weekend"]):
        return reading
    date, end, specificity, words = reading  # "in the run-up to Christmas": the weeks before it, its month at best
    return date._replace(day=0), end, specificity, ("the weekend of " if match["weekend"] else "the weeks before ") + words


def _day_itself(match, text, reference):
    name = " ".join(match["day"].replace("’", "'").split()).lower()
    name = re.sub(r"^veteran'?s'? day$", "veterans day", re.sub(r"^presidents'? day$", "presidents day", name))
    name = re.sub(r"^(?:saint|st\.?) patrick's", "st. patrick's", name)
    name = re.sub(r"^(?:martin luther king(?: jr\.?|, jr\.)?|mlk) day$", "martin luther king jr. day", name)
    name = name.removesuffix(" day")
    name = name if name in _DAYS else name + " day"
    day_of = _DAYS[name]
    if match["year"]:
        day = day_of(int(match["year"]))
        if day is None:
            return None
        return PartialDate(day.year, day.month, day.day), None, Specificity.EXPLICIT, "a named day of its year"
    if reference is None or not reference.month:
        return None
    year = reference.year
    day = day_of(year)
    if day is None:
        return None
    known = datetime.date(year, reference.month, reference.day or 1)
    if day > known and tense_at(text, match.start(), match.end()) == PAST:
        year -= 1
    elif day < known and reference.day and tense_before(text, match.start()) == FUTURE:
        year += 1
    day = day_of(year)
    if day is None:
        return None
    qualifiers = (reference.approximate, reference.uncertain)
    date = PartialDate(day.year, day.month, day.day, *qualifiers)
    return date, None, Specificity.RELATIVE, "a named day, in the year of"
