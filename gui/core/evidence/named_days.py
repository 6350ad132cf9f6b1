"""Date phrases of the US days the trade press names: Thanksgiving, Black Friday, Cyber Monday, Christmas, New Year's
Day, Labor Day, Memorial Day, the Fourth of July.

Each is a day of its year: the year written after it ("Black Friday 2019"), else the reference's, or the year before
when the day has not come at the reference and the verb is past ("sold … on Black Friday" in a December article is
this year's, in a March article last year's), or the year after when it has passed and the verb is future.
``date_phrases`` finds these with the others.
"""

from __future__ import annotations

import datetime

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
}


@_pattern(
    r"(?<![\w-])(?P<before>(?i:(?:in\s+)?the\s+(?:run-up|lead-up|build-up|weeks|days)\s+(?:to|before)|ahead\s+of)\s+)?"
    r"(?P<day>Thanksgiving(?:\s+Day)?|Black\s+Friday|Cyber\s+Monday|Christmas(?:\s+(?:Eve|Day))?"
    r"|New\s+Year['’]s\s+(?:Day|Eve)|Labor\s+Day|Memorial\s+Day|(?i:the)\s+Fourth\s+of\s+July|Independence\s+Day)"
    r"(?:\s+(?P<year>(?:19|20)\d\d))?(?P<weekend>\s+weekend)?"
    r"(?![\w-]|\s+(?i:season|holidays?|shopping|sales?|deals?|weekend|week)\b)"
)
def _named_day(match, text, reference):
    reading = _day_itself(match, text, reference)
    if reading is None or not (match["before"] or match["weekend"]):
        return reading
    date, end, specificity, words = reading  # "in the run-up to Christmas": the weeks before it, its month at best
    return date._replace(day=0), end, specificity, ("the weekend of " if match["weekend"] else "the weeks before ") + words


def _day_itself(match, text, reference):
    name = " ".join(match["day"].replace("’", "'").split()).lower().removesuffix(" day")
    name = name if name in _DAYS else name + " day"
    day_of = _DAYS[name]
    if match["year"]:
        day = day_of(int(match["year"]))
        return PartialDate(day.year, day.month, day.day), None, Specificity.EXPLICIT, "a named day of its year"
    if reference is None or not reference.month:
        return None
    year = reference.year
    day = day_of(year)
    known = datetime.date(year, reference.month, reference.day or 1)
    if day > known and tense_at(text, match.start(), match.end()) == PAST:
        year -= 1
    elif day < known and reference.day and tense_before(text, match.start()) == FUTURE:
        year += 1
    day = day_of(year)
    qualifiers = (reference.approximate, reference.uncertain)
    date = PartialDate(day.year, day.month, day.day, *qualifiers)
    return date, None, Specificity.RELATIVE, "a named day, in the year of"
