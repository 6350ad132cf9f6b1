"""Publication dates as pages and front matter write them, read as EDTF dates."""

from __future__ import annotations

import re

from gui.core.document.dates import MONTH_ABBREVIATIONS, DateError, parse_date
from gui.core.document.textquote import normalize_space

__all__ = ["edtf_from_timestamp"]


_DAY_WORDS = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+"
_MONTH_WORD = r"([a-z]{3,9})\.?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_DATE_FORMS = (
    # ISO 8601 and its common relatives; the time and zone after the date are ignored.
    ("ymd", re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])")),
    ("ymd", re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})(?![\d])")),
    ("ymd", re.compile(r"(\d{4})\.(\d{1,2})\.(\d{1,2})(?![\d])")),
    ("ymd", re.compile(r"(\d{4})(\d{2})(\d{2})(?:t|$)")),
    ("ym", re.compile(r"(\d{4})-(\d{2})$")),
    ("y", re.compile(r"(\d{4})$")),
    # "Tue, 05 Dec 2017 14:30:00 GMT", "5 December 2017", "5th Dec. 2017"
    ("dmy", re.compile(rf"(?:{_DAY_WORDS})?(\d{{1,2}}){_ORDINAL}\s+{_MONTH_WORD},?\s+(\d{{4}})(?!\d)")),
    # "December 5, 2017", "Dec. 5th 2017", "Tuesday, December 5, 2017"
    ("mdy", re.compile(rf"(?:{_DAY_WORDS})?{_MONTH_WORD}\s+(\d{{1,2}}){_ORDINAL},?\s+(\d{{4}})(?!\d)")),
    ("my", re.compile(rf"{_MONTH_WORD},?\s+(\d{{4}})$")),
)


def _month_number(word: str) -> int:
    word = word[:3]
    return MONTH_ABBREVIATIONS.index(word.title()) + 1 if word.title() in MONTH_ABBREVIATIONS else 0


def edtf_from_timestamp(value: str) -> str | None:
    """The EDTF date (day, month or year precision) of a date as pages write it; None if unreadable.

    The calendar date is taken as written: "2017-12-05T23:30:00-05:00" is
    2017-12-05, the publisher's own day, even though it is 6 December in UTC.
    Numeric dates with the day and month in an unknown order ("05/12/2017") are not read.
    """
    text = normalize_space(value).lower()[:100]
    for form, pattern in _DATE_FORMS:
        match = pattern.match(text)
        if not match:
            continue
        parts = match.groups()
        if form == "ymd":
            edtf = f"{int(parts[0]):04d}-{int(parts[1]):02d}-{int(parts[2]):02d}"
        elif form == "ym":
            edtf = f"{parts[0]}-{parts[1]}"
        elif form == "y":
            edtf = parts[0]
        else:
            month = _month_number(parts[1] if form == "dmy" else parts[0])
            if not month:
                continue  # not a month name after all
            if form == "my":
                edtf = f"{parts[1]}-{month:02d}"
            else:
                day, year = (parts[0], parts[2]) if form == "dmy" else (parts[1], parts[2])
                edtf = f"{year}-{month:02d}-{int(day):02d}"
        try:
            parse_date(edtf)
        except DateError:
            return None
        return edtf
    return None

