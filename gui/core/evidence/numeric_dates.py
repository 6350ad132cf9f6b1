"""Numeric dates that write their year: "14.3.2019" (day first, as European wire copy has it), "2019/3/14", and
"3/14/19", "10-11-09" with the day or the month first. Read by ``date_phrases.find_date_phrases`` with its other
patterns.

Which comes first is the writer's habit: a US desk writes the month first, a British, Irish, Indian, Australian or
continental one the day ("07/05/2018" from London is 7 May). A number over 12 settles it for its own date
("31/01/2023"); a note beside the date settles it ("5/4/19 (5 April; the company writes the day first)"); else the
article's habit does (``writes_day_first``): ``PATTERNS`` read the month first, ``DAY_FIRST_PATTERNS`` the day.
"""

from __future__ import annotations

from functools import lru_cache

import re

from gui.core.document.dates import PartialDate, days_from_civil, days_in_month
from gui.core.evidence.date_words import FULL_MONTH, pattern_registry
from gui.core.evidence.date_words import explicit as _explicit

__all__ = ["DAY_FIRST_PATTERNS", "PATTERNS", "writes_day_first"]

PATTERNS, _pattern = pattern_registry()
DAY_FIRST_PATTERNS, _day_first_pattern = pattern_registry()

_PART = r"3[01]|[12]\d|0?[1-9]"
_TWO_DIGITS = r"3[01]|[12]\d|0[1-9]"
_SLASHED = rf"(?<![\w/.])(?P<a>{_PART})/(?P<b>{_PART})/(?P<y>(?:19|20)\d\d|\d\d)(?![\w/])"
_DASHED = rf"(?<![\w/.-])(?P<a>{_TWO_DIGITS})-(?P<b>{_TWO_DIGITS})-(?P<y>(?:19|20)\d\d|\d\d)(?![\w/-])"

#: A note beside a date that says how it is written: "(5 April; the company writes the day first)", "which the agency
#: writes month first".
_ORDER_NOTE = re.compile(
    r"(?i)\bwrites?\s+(?:it\s+|them\s+|dates\s+)?(?:with\s+)?(?:the\s+)?(?P<first>day|month)\s+first\b"
)
_NOTE_REACH = 80
#: A date told day before month in words, as the desks that write numbers day first tell it: "on 6 February",
#: "NEW DELHI, 10 April —".
_DAY_BEFORE_MONTH = re.compile(rf"(?<![\w.,$£€-])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:{FULL_MONTH})\b")
_NUMERIC = re.compile(f"{_SLASHED}|{_DASHED.replace('?P<', '?P<d_')}")  # (the dashed one's groups renamed)


@_pattern(r"(?<![\w./])(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>(?:19|20)\d\d)(?![\w]|\.\d)")
@_day_first_pattern(r"(?<![\w./])(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>(?:19|20)\d\d)(?![\w]|\.\d)")
def _dotted(match, text, reference):
    """ "14.3.2019": day, month, year, as European wire copy writes them (a year of four digits: never a decimal)."""
    return _explicit(int(match["y"]), int(match["m"]), int(match["d"]))


@_pattern(r"(?<![\w/])(?P<y>(?:19|20)\d\d)/(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![\w/])")
@_day_first_pattern(r"(?<![\w/])(?P<y>(?:19|20)\d\d)/(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![\w/])")
def _slashed_ymd(match, text, reference):
    return _explicit(int(match["y"]), int(match["m"]), int(match["d"]))


def _day_first(match: re.Match[str], text: str, habit: bool) -> bool | None:
    """Whether the numeric date ``match`` writes the day first: by a number over 12, a note beside it, else ``habit``;
    None when neither order makes a date."""
    a, b = int(match["a"]), int(match["b"])
    if a > 12 and b > 12:
        return None
    if a > 12 or b > 12:
        return a > 12
    note = _ORDER_NOTE.search(text, match.end(), match.end() + _NOTE_REACH)
    return note["first"].lower() == "day" if note else habit


def _numeric(habit: bool):
    def read(match, text, reference):
        day_first = _day_first(match, text, habit)
        if day_first is None:
            return None
        year = int(match["y"]) if len(match["y"]) == 4 else 2000 + int(match["y"])
        day, month = (int(match["a"]), int(match["b"])) if day_first else (int(match["b"]), int(match["a"]))
        return _explicit(year, month, day)

    return read


_pattern(_SLASHED)(_numeric(habit=False))
_pattern(_DASHED)(_numeric(habit=False))
_day_first_pattern(_SLASHED)(_numeric(habit=True))
_day_first_pattern(_DASHED)(_numeric(habit=True))


@lru_cache(maxsize=8)  # asked once per passage, of the whole article: Draft Events reads each article ~200 times
def writes_day_first(text: str, published: PartialDate | None = None) -> bool:
    """Whether the article ``text`` writes numeric dates day first: it has one that can only be read so ("21/05/2019")
    and none that can only be read month first ("5/21/2019"); failing those, one that is the day it was ``published``
    (or just before) only when read day first ("BERLIN, 1/9/2023 —" on 1 September); failing that, it tells dates day
    before month in words ("on 6 February")."""
    day_first = month_first = near_day_first = near_month_first = 0
    for match in _NUMERIC.finditer(text):
        a, b = (int(match["a"]), int(match["b"])) if match["a"] else (int(match["d_a"]), int(match["d_b"]))
        y = match["y"] or match["d_y"]
        year = int(y) if len(y) == 4 else 2000 + int(y)
        day_first += a > 12 >= b
        month_first += b > 12 >= a
        if a <= 12 and b <= 12 and a != b and published is not None and published.day:
            near_day_first += _near(published, year, b, a)
            near_month_first += _near(published, year, a, b)
    if day_first or month_first:
        return day_first > month_first
    if near_day_first or near_month_first:
        return near_day_first > near_month_first
    return _DAY_BEFORE_MONTH.search(text) is not None


#: How many days before the article's date a numeric date still reads as the day it was filed.
_FILED_DAYS = 2


def _near(published: PartialDate, year: int, month: int, day: int) -> bool:
    """Whether ``year-month-day`` is the article's date or a day or two before it (a dateline's day, say)."""
    if not 1 <= day <= days_in_month(year, month):
        return False
    return 0 <= published.first_day() - days_from_civil(year, month, day) <= _FILED_DAYS
