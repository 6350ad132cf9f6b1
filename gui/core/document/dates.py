"""Partial dates: the EDTF (ISO 8601-2) subset Inroads reads and writes.

A date is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, optionally followed by one
qualifier: ``~`` (approximate), ``?`` (uncertain) or ``%`` (both). A date keeps
its precision: ``"2018"`` is the whole of 2018, never 1 January 2018.

Time is counted in days since 1970-01-01 in the proleptic Gregorian calendar,
so every supported year (0000-9999) has a position, which ``datetime`` cannot
give for year 0.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import IntEnum
from itertools import compress, repeat
from typing import NamedTuple

import numpy as np

__all__ = [
    "DateError",
    "PartialDate",
    "Precision",
    "days_from_civil",
    "civil_from_days",
    "parse_date",
    "parsed_dates",
    "DATE_PATTERN",
    "EXPECTED_FORM",
    "date_at_day",
    "shifted",
    "units_for_days",
    "ends_before",
]

EXPECTED_FORM = "expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~, ? or %"

# The JSON Schema publishes this; the parser below applies the same grammar plus
# range checks that a regular expression cannot express (e.g. 30 February).
DATE_PATTERN = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?[~?%]?$"

_DATE_RE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?([~?%]?)")

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_ABBREVIATIONS = tuple(name[:3] for name in MONTH_NAMES)


class DateError(ValueError):
    """A string that is not a date Inroads supports; the message says why."""


class Precision(IntEnum):
    """How much of a date is known."""

    YEAR = 0
    MONTH = 1
    DAY = 2


def is_leap_year(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if is_leap_year(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def days_from_civil(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm)."""
    year -= month <= 2
    era = year // 400
    year_of_era = year - era * 400
    day_of_year = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 719468


def civil_from_days(days: int) -> tuple[int, int, int]:
    """The (year, month, day) of a day count since 1970-01-01; inverse of days_from_civil."""
    days += 719468
    era = days // 146097  # Python's // already floors; C's version needs a correction here
    day_of_era = days - era * 146097
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524 - day_of_era // 146096) // 365
    year = year_of_era + era * 400
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    mp = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * mp + 2) // 5 + 1
    month = mp + (3 if mp < 10 else -9)
    return year + (month <= 2), month, day


class PartialDate(NamedTuple):
    """A date known to a year, a month or a day, possibly approximate or uncertain.

    ``month`` and ``day`` are 0 when the precision does not include them.
    """

    year: int
    month: int = 0
    day: int = 0
    approximate: bool = False
    uncertain: bool = False

    @property
    def precision(self) -> Precision:
        if self.day:
            return Precision.DAY
        if self.month:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def qualifier(self) -> str:
        if self.approximate and self.uncertain:
            return "%"
        if self.approximate:
            return "~"
        if self.uncertain:
            return "?"
        return ""

    @property
    def is_qualified(self) -> bool:
        """True when the date is approximate, uncertain or both."""
        return self.approximate or self.uncertain

    def edtf(self) -> str:
        """The date as EDTF text, exactly as it is written in a file."""
        text = f"{self.year:04d}"
        if self.month:
            text += f"-{self.month:02d}"
            if self.day:
                text += f"-{self.day:02d}"
        return text + self.qualifier

    __str__ = edtf

    def first_day(self) -> int:
        """The first day the date covers, in days since 1970-01-01."""
        return days_from_civil(self.year, self.month or 1, self.day or 1)

    def end_day(self) -> int:
        """The day after the last day the date covers (an exclusive end)."""
        if self.day:
            return days_from_civil(self.year, self.month, self.day) + 1
        if self.month:
            if self.month == 12:
                return days_from_civil(self.year + 1, 1, 1)
            return days_from_civil(self.year, self.month + 1, 1)
        return days_from_civil(self.year + 1, 1, 1)

    def truncated(self, precision: Precision) -> tuple[int, int, int]:
        """(year, month, day) cut to ``precision`` or coarser, for comparing dates."""
        if precision >= Precision.DAY:
            return (self.year, self.month, self.day)
        if precision == Precision.MONTH:
            return (self.year, self.month, 0)
        return (self.year, 0, 0)

    def sort_key(self) -> tuple[int, int]:
        """Chronological order by earliest moment, with the coarser precision first."""
        return (self.first_day(), int(self.precision))

    def plain_words(self) -> str:
        """The date in words without its qualifier: "2018", "December 2017", "14 March 2018"."""
        if self.day:
            return f"{self.day} {MONTH_NAMES[self.month - 1]} {self.year}"
        if self.month:
            return f"{MONTH_NAMES[self.month - 1]} {self.year}"
        return str(self.year)

    def words(self) -> str:
        """The date in words as a reader would say it: "c. December 2017", "2018 (uncertain)"."""
        text = self.plain_words()
        if self.approximate:
            text = "c. " + text
        if self.uncertain:
            text += " (uncertain)"
        return text


#: Average length of each precision's unit in days, for turning a drag distance into whole units.
UNIT_DAYS = {Precision.YEAR: 365.2425, Precision.MONTH: 30.436875, Precision.DAY: 1.0}
FIRST_SUPPORTED_DAY = 0  # filled in below: 0000-01-01
LAST_SUPPORTED_DAY = 0  # 9999-12-31


def date_at_day(day: int, precision: Precision, approximate: bool = False, uncertain: bool = False) -> PartialDate:
    """The date of the given precision that contains ``day`` (clamped to years 0000-9999)."""
    day = min(max(int(day), FIRST_SUPPORTED_DAY), LAST_SUPPORTED_DAY)
    year, month, dom = civil_from_days(day)
    if precision == Precision.YEAR:
        return PartialDate(year, 0, 0, approximate, uncertain)
    if precision == Precision.MONTH:
        return PartialDate(year, month, 0, approximate, uncertain)
    return PartialDate(year, month, dom, approximate, uncertain)


def shifted(date: PartialDate, units: int) -> PartialDate:
    """The date moved by whole units of its own precision (years, months or days), keeping qualifiers."""
    if units == 0:
        return date
    if date.precision == Precision.YEAR:
        year = min(max(date.year + units, 0), 9999)
        return date._replace(year=year)
    if date.precision == Precision.MONTH:
        total = min(max(date.year * 12 + date.month - 1 + units, 0), 9999 * 12 + 11)
        return date._replace(year=total // 12, month=total % 12 + 1)
    moved = date_at_day(date.first_day() + units, Precision.DAY)
    return date._replace(year=moved.year, month=moved.month, day=moved.day)


def units_for_days(days: float, precision: Precision) -> int:
    """How many whole units of ``precision`` a distance in days rounds to."""
    return int(round(days / UNIT_DAYS[precision]))


def ends_before(end: PartialDate, start: PartialDate) -> bool:
    """True when ``end`` lies before ``start``, compared at the coarser of their precisions."""
    precision = min(start.precision, end.precision)
    return end.truncated(precision) < start.truncated(precision)


FIRST_SUPPORTED_DAY = days_from_civil(0, 1, 1)
LAST_SUPPORTED_DAY = days_from_civil(9999, 12, 31)

_cache: dict[str, PartialDate] = {}
_CACHE_LIMIT = 1_000_000


def parse_date(text: str) -> PartialDate:
    """Parse an EDTF date of the supported subset; raise DateError saying what is wrong.

    Results are cached: real files repeat a few thousand distinct dates across
    millions of events, so a dictionary lookup replaces most parses.
    """
    try:
        return _cache[text]
    except (KeyError, TypeError):
        pass
    if not isinstance(text, str):
        raise DateError(f"{_show(text)} is not a date ({EXPECTED_FORM})")
    match = _DATE_RE.fullmatch(text)
    if match is None:
        raise DateError(f"{_show(text)} is not a date ({_explain_form(text)})")
    year_text, month_text, day_text, qualifier = match.groups()
    year = int(year_text)
    month = int(month_text) if month_text else 0
    day = int(day_text) if day_text else 0
    if month_text is not None and not 1 <= month <= 12:
        if 21 <= month <= 41:
            reason = f"{month} is an EDTF season or quarter code, which Inroads does not support; {EXPECTED_FORM}"
        else:
            reason = f"month {month_text} is out of range 01-12"
        raise DateError(f"{_show(text)} is not a date ({reason})")
    if day_text is not None and day == 0:
        raise DateError(f"{_show(text)} is not a date (day 00 is out of range)")
    if day_text is not None and not 1 <= day <= days_in_month(year, month):
        reason = f"{MONTH_NAMES[month - 1]} {year} has {days_in_month(year, month)} days"
        raise DateError(f"{_show(text)} is not a date ({reason})")
    date = PartialDate(year, month, day, qualifier in ("~", "%"), qualifier in ("?", "%"))
    if len(_cache) < _CACHE_LIMIT:
        _cache[text] = date
    return date


def parsed_dates(texts: Iterable[str]) -> dict[str, PartialDate]:
    """Each of the texts that is a date, parsed; those that are not are left out. Quicker than
    ``parse_date`` one at a time: cached dates are looked up, and many new ones are parsed together
    (``_parse_together``)."""
    cached = _cache.get
    texts = list(texts)
    if len(texts) >= _TOGETHER_FROM:
        new = [text for text, date in zip(texts, map(cached, texts)) if date is None]
        if len(new) >= _TOGETHER_FROM and len(_cache) + len(new) <= _CACHE_LIMIT:
            _cache.update(_parse_together(new))
    parsed = {}
    for text in texts:
        date = cached(text)
        if date is None:
            try:
                date = parse_date(text)
            except DateError:
                continue
        parsed[text] = date
    return parsed


#: From this many new texts on, ``parsed_dates`` parses them together with numpy.
_TOGETHER_FROM = 64
_LONGEST = len("2018-03-14~")
_DIGIT_PLACES = {4: (0, 1, 2, 3), 7: (0, 1, 2, 3, 5, 6), 10: (0, 1, 2, 3, 5, 6, 8, 9)}
_DAYS_IN_MONTH = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int32)
_TILDE, _QUESTION, _PERCENT, _HYPHEN = map(ord, "~?%-")


def _parse_together(texts: list[str]) -> dict[str, PartialDate]:
    """The texts written in a plain shape (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, each maybe followed by one
    qualifier) that are dates, parsed all at once with numpy, exactly as ``parse_date`` would.

    Every other text (an error, or anything odd) is left out, for ``parse_date`` to parse or to say
    what is wrong with it.
    """
    parsed: dict[str, PartialDate] = {}
    # A few thousand at a time, in bytes: numpy's arrays stay small enough for the allocator to reuse
    # their memory (large ones would leave the process bigger after they are freed).
    for begin in range(0, len(texts), _CHUNK):
        parsed.update(_parse_chunk(texts[begin : begin + _CHUNK]))
    return parsed


_CHUNK = 2048


def _parse_chunk(texts: list[str]) -> dict[str, PartialDate]:
    plain = [len(text) <= _LONGEST and text.isascii() for text in texts]
    texts = list(compress(texts, plain))
    if not texts:
        return {}
    lengths = np.fromiter(map(len, texts), dtype=np.intp, count=len(texts))
    # One row of bytes per text, zeros after its end.
    codes = np.array(texts, dtype=f"S{_LONGEST}").view(np.uint8).reshape(len(texts), _LONGEST)
    last = codes[np.arange(len(texts)), lengths - 1]
    qualified = (last == _TILDE) | (last == _QUESTION) | (last == _PERCENT)
    bare = lengths - qualified
    digits = codes.astype(np.int16) - ord("0")
    is_digit = (digits >= 0) & (digits <= 9)
    shaped = np.zeros(len(texts), dtype=bool)
    for size, places in _DIGIT_PLACES.items():
        shaped |= (bare == size) & is_digit[:, list(places)].all(axis=1)
    shaped &= (bare < 7) | (codes[:, 4] == _HYPHEN)
    shaped &= (bare < 10) | (codes[:, 7] == _HYPHEN)
    digits = digits.astype(np.int32)
    year = digits[:, 0] * 1000 + digits[:, 1] * 100 + digits[:, 2] * 10 + digits[:, 3]
    month = np.where(bare >= 7, digits[:, 5] * 10 + digits[:, 6], 0)
    day = np.where(bare >= 10, digits[:, 8] * 10 + digits[:, 9], 0)
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    month_days = _DAYS_IN_MONTH[np.clip(month, 0, 12)] + (leap & (month == 2))
    fine = shaped & ((bare < 7) | ((month >= 1) & (month <= 12))) & ((bare < 10) | ((day >= 1) & (day <= month_days)))
    approximate = qualified & ((last == _TILDE) | (last == _PERCENT))
    uncertain = qualified & ((last == _QUESTION) | (last == _PERCENT))
    columns = (year, month, day, approximate, uncertain)
    rows = zip(*(column[fine].tolist() for column in columns))
    # ``tuple.__new__`` makes each PartialDate at C speed (its own ``__new__`` is a Python function).
    return dict(zip(compress(texts, fine.tolist()), map(tuple.__new__, repeat(PartialDate), rows)))


def _show(value: object) -> str:
    """A value quoted for an error message, cut short so one line stays one line."""
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return '"' + shown.encode("unicode_escape").decode("ascii").replace('"', '\\"') + '"'
    return f"{type(value).__name__} {value!r}"[:60]


#: A time of day after a date (``1985-04-12T23:20``, ``2018-01-01 10:30``): a T between digits, or a colon.
#: Only between digits: the T of "Tuesday" is no time.
_TIME_OF_DAY = re.compile(r"\d[Tt]\d|\d:\d")
#: A date with EDTF's unspecified digits (``201X``, ``1985-XX-XX``): an X where a digit goes. The x of
#: "next tuesday" is not one.
_UNSPECIFIED_DIGITS = re.compile(r"(?=.*[Xx])[\dXx]{4}(-[\dXx]{2}){0,2}[~?%]?")


def _explain_form(text: str) -> str:
    """Say why a string that failed the grammar failed, for the common near misses."""
    stripped = text.strip()
    if stripped != text:
        return f"it has spaces around it; {EXPECTED_FORM}"
    if text == "":
        return f"it is empty; {EXPECTED_FORM}"
    if text == "..":
        return 'an open end ".." is only allowed as an end date'
    if re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", text):
        return f"write dates year first; {EXPECTED_FORM}"
    if "/" in text:
        return f"intervals are written as separate start and end dates; {EXPECTED_FORM}"
    if _TIME_OF_DAY.search(text):
        return f"times of day are not supported; {EXPECTED_FORM}"
    if _UNSPECIFIED_DIGITS.fullmatch(text):
        return f"unspecified digits (X) are not supported; {EXPECTED_FORM}"
    if text.startswith("-") or text.startswith("Y") or re.match(r"\d{5}", text):
        return "only years 0000 to 9999 are supported"
    if re.fullmatch(r"\d{4}(-\d{2}){0,2}[~?%]{2,}", text):
        return "use a single qualifier: ~ approximate, ? uncertain, % both"
    if re.search(r"\d[~?%]-", text) or re.match(r"[~?%]", text):
        return f"qualifiers inside or before a date are not supported; put ~, ? or % at the end ({EXPECTED_FORM})"
    return EXPECTED_FORM
