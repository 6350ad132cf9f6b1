"""Two months named as alternatives: "in late August or early September", "in late January or February".

The guide gives a time at the precision the text gives it; a writer who cannot say which of two months gives only
their year, as the dev labels have it (a sale "in late August or early September" → the year).
"""

from __future__ import annotations

import re
from dataclasses import replace

from gui.core.document.dates import PartialDate, Precision
from gui.core.evidence.date_words import FULL_MONTH, DatePhrase

__all__ = ["months_as_alternatives"]

_MONTH = rf"(?:{FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)"
#: " or early September" right after a month, and "late August or " right before one.
_OR_AFTER = re.compile(rf"\s+or\s+(?:(?i:early|late|mid)[\s-]+)?{_MONTH}(?![\w-]|\s*\d)")
_OR_BEFORE = re.compile(rf"{_MONTH}\s+or\s+(?:(?i:early|late|mid)[\s-]+)?$")


def months_as_alternatives(passage: str, phrases: list[DatePhrase]) -> list[DatePhrase]:
    """``phrases`` with each month named as one of two alternatives read as its year."""
    return [_as_its_year(p) if _an_alternative(passage, p) else p for p in phrases]


def _an_alternative(passage: str, phrase: DatePhrase) -> bool:
    if phrase.end is not None or phrase.start.precision != Precision.MONTH:
        return False
    return (_OR_AFTER.match(passage, phrase.stop) is not None
            or _OR_BEFORE.search(passage, max(0, phrase.offset - 30), phrase.offset) is not None)  # fmt: skip


def _as_its_year(phrase: DatePhrase) -> DatePhrase:
    start = phrase.start
    year = PartialDate(start.year, 0, 0, start.approximate, start.uncertain)
    return replace(phrase, start=year, reading="one of two months named as alternatives: its year, counted from")
