"""The shared parts of the date-phrase readers: what a phrase found is (``DatePhrase``), how sure it is
(``Specificity``), the registry each reader module keeps its patterns in, and the month words."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum

from gui.core.document.dates import MONTH_NAMES, PartialDate, days_in_month
from gui.core.evidence.word_start import gated

__all__ = [
    "FULL_MONTH",
    "MONTH",
    "MONTH_NUMBERS",
    "YEAR",
    "DatePhrase",
    "Handler",
    "Reading",
    "Specificity",
    "explicit",
    "month_of",
    "pattern_registry",
]


class Specificity(IntEnum):
    """How directly a phrase gives its date; lower is more trustworthy."""

    EXPLICIT = 0  # a year is written: "in 2018", "Dec. 5, 2017", "since 2015"
    RELATIVE = 1  # counted from the reference: "last year", "two years ago", "for years", "in March"
    VAGUE = 2  # about the reference itself: "currently", "recently"


@dataclass(frozen=True)
class DatePhrase:
    """A date expression found in a text and what it resolves to."""

    text: str  #: the words as they appear, e.g. "last year"
    offset: int  #: where ``text`` starts in the searched text
    start: PartialDate
    end: PartialDate | None = None  #: for ranges: "2015-2017", "since 2015", "for years"
    specificity: Specificity = Specificity.EXPLICIT
    #: How a relative phrase was read, to be followed by the reference: "at least 2 years before" (+ " 2017?").
    reading: str = ""

    @property
    def stop(self) -> int:
        """Where ``text`` ends in the searched text."""
        return self.offset + len(self.text)

    @property
    def relative(self) -> bool:
        """True when the date was counted from the reference date."""
        return self.specificity > Specificity.EXPLICIT


# --- Words -----------------------------------------------------------------------------------

MONTH_NUMBERS = {name: i for i, name in enumerate(MONTH_NAMES, 1)}
MONTH_NUMBERS.update({name[:3]: i for i, name in enumerate(MONTH_NAMES, 1)})
MONTH_NUMBERS["Sept"] = 9
FULL_MONTH = "|".join(MONTH_NAMES)
# Abbreviations only where a number follows, so "Mar" or "Dec" alone never count.
MONTH = rf"(?P<month>{FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
YEAR = r"(?P<year>(?:19|20)\d\d)"


# --- The registry ------------------------------------------------------------------------------

# A handler gets the match, the whole text and the reference, and returns
# (start, end, specificity, reading) or None when the match is not a date after all.
Reading = tuple[PartialDate, PartialDate | None, Specificity, str]
Handler = Callable[[re.Match[str], str, PartialDate | None], Reading | None]


def pattern_registry() -> tuple[list[tuple[re.Pattern[str], Handler]], Callable[[str], Callable[[Handler], Handler]]]:
    """A list of (regex, handler) and the decorator that adds a handler to it with its regex."""
    patterns: list[tuple[re.Pattern[str], Handler]] = []

    def pattern(regex: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            patterns.append((gated(re.compile(regex)), handler))  # (word_start: the same matches, faster)
            return handler

        return register

    return patterns, pattern


def month_of(match: re.Match[str]) -> int:
    return MONTH_NUMBERS[match["month"].rstrip(".")]


def explicit(year: int, month: int = 0, day: int = 0) -> Reading | None:
    if month and day and not 1 <= day <= days_in_month(year, month):
        return None
    return PartialDate(year, month, day), None, Specificity.EXPLICIT, ""
