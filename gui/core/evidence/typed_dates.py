"""Dates as people type them ("Dec 2017", "5 Dec 2017", "c. 2017", "mid-2017"), read as EDTF.

The file keeps EDTF; only entry is forgiving. A typed date is read by the same date-phrase reader the
extraction uses, so "Dec. 5, 2017" means the same in a form as in an article. What the format can't
hold ("mid-", "early", a quarter) is dropped to the nearest value it can, and the reading says so: a
typed date never gains precision it didn't have.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gui.core.document.dates import DateError, PartialDate, parse_date
from gui.core.evidence.date_phrases import Specificity, find_date_phrases

__all__ = ["TypedDate", "TypedDateError", "read_typed_date", "TRY_INSTEAD"]

TRY_INSTEAD = "Try 2018, Dec 2017 or 5 Dec 2017."


class TypedDateError(ValueError):
    """The text is not a date this reader understands; the message says what to type instead."""


@dataclass(frozen=True)
class TypedDate:
    """What a typed date is stored as, how it reads, and what (if anything) was dropped to store it."""

    edtf: str
    words: str
    #: "" when the text was stored as typed (or as an exact equivalent), else what was changed and why.
    mapping: str = ""


_APPROXIMATE = re.compile(r"(?i)^(?:c\.|ca\.|circa|about|around|approx\.?|approximately|~)\s*")
#: Parts of a period the format can't hold: the period itself is kept.
_PART_OF_PERIOD = re.compile(
    r"(?i)^(?P<part>early|mid|middle of|late|the end of|end of|the start of|start of|the beginning of|beginning of"
    r"|spring|summer|fall|autumn|winter)(?:\s+|\s*-\s*)(?:of\s+)?"
)
_QUARTER = re.compile(
    r"(?i)^(?:q(?P<q>[1-4])|(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?)\s*,?\s*(?P<rest>.+)$"
)
_QUARTER_NUMBERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_NUMERIC_DAY = re.compile(r"^\d{1,2}[./]\d{1,2}[./]\d{2,4}$")
_EDTF_SHAPE = re.compile(r"^[+-]?[\dXx]+(?:-[\dXx]+)*[~?%]?$")


def _with_qualifiers(date: PartialDate, approximate: bool, uncertain: bool) -> PartialDate:
    return date._replace(approximate=date.approximate or approximate, uncertain=date.uncertain or uncertain)


def _explicit_date(text: str) -> PartialDate | None:
    """The one explicit date that is the whole of ``text`` ("Dec. 5, 2017", "December 2017"), else None."""
    body = text.strip().rstrip(".,;")
    phrases = find_date_phrases(body)
    if len(phrases) != 1:
        return None
    phrase = phrases[0]
    if phrase.specificity != Specificity.EXPLICIT or phrase.end is not None:
        return None
    if body[: phrase.offset].strip(" ,") or body[phrase.stop :].strip(" .,"):
        return None  # other words around it: not a date on its own
    return phrase.start


def _fail(text: str, reason: str = "") -> TypedDateError:
    shown = text if len(text) <= 40 else text[:37] + "..."
    lead = f"Not a date I can read: '{shown}'"
    return TypedDateError(f"{lead} ({reason}). {TRY_INSTEAD}" if reason else f"{lead}. {TRY_INSTEAD}")


def read_typed_date(text: str) -> TypedDate:
    """Read a date as typed into EDTF; raise TypedDateError with a message that says what to type."""
    typed = " ".join(text.split())
    if not typed:
        raise _fail(text, "it is empty")
    try:
        date = parse_date(typed)
    except DateError as error:
        if _EDTF_SHAPE.match(typed):
            # It is written like EDTF, so the grammar's own reason ("month 13 is out of range") is the help.
            reason = str(error).split("(", 1)[-1].rstrip(")")
            raise _fail(typed, reason) from None
    else:
        return TypedDate(typed, date.words())

    rest, approximate, uncertain, dropped = typed, False, False, ""
    if rest.endswith("?"):
        rest, uncertain = rest[:-1].rstrip(), True
    if rest.endswith("~"):
        rest, approximate = rest[:-1].rstrip(), True
    match = _APPROXIMATE.match(rest)
    if match:
        rest, approximate = rest[match.end() :], True
    match = _PART_OF_PERIOD.match(rest)
    if match:
        dropped, rest = match.group("part").lower(), rest[match.end() :]
    quarter = _QUARTER.match(rest)
    if quarter:
        number = quarter.group("q") or str(_QUARTER_NUMBERS[quarter.group("nth").lower()])
        dropped, rest = f"Q{number}", quarter.group("rest")
    if _NUMERIC_DAY.match(rest):
        raise _fail(typed, "numbers alone can be day-month or month-day; write the month as a word or as 2017-12-05")

    date = None
    try:
        date = parse_date(rest)
    except DateError:
        date = _explicit_date(rest)
    if date is None:
        raise _fail(typed)
    date = _with_qualifiers(date, approximate, uncertain)
    if quarter:
        date = date._replace(month=0, day=0)
    mapping = ""
    if dropped:
        mapping = f'"{dropped}" is not kept: the file holds years, months and days, so this is {date.words()}'
    return TypedDate(date.edtf(), date.words(), mapping)
