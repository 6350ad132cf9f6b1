"""The date the form shows for the phrase ``date_choice.event_date`` chose: the start, the end and the hints that say
why, read against the source's own date (``reference_date``), the one relative phrases are counted from.
"""

from __future__ import annotations

from gui.core.document.dates import DateError, PartialDate, parse_date
from gui.core.document.model import Source
from gui.core.document.textquote import normalize_space
from gui.core.evidence.anchored_dates import COUNTED_FROM
from gui.core.evidence.date_phrases import DatePhrase

__all__ = ["date_fields", "reference_date"]


def reference_date(source: Source) -> tuple[PartialDate | None, str]:
    """The date relative phrases are counted from, and how to say what it is (None: the source has none)."""
    problems = []
    for field, words in (("published", "the source's date"), ("accessed", "the date the source was read")):
        value = getattr(source, field)
        if not value:
            continue
        try:
            date = parse_date(value)
        except DateError:
            problems.append(f'its {field} date "{value}" is not EDTF')
            continue
        if field == "accessed":
            # Published on or before it was read: about then, at best.
            date = date._replace(approximate=True)
            words += " (it gives no publication date)"
        return date, f"{words} ({date.edtf()})"
    return None, "; ".join(problems)


def date_fields(
    date: DatePhrase | None, phrases: list[DatePhrase], reference: PartialDate | None, reference_words: str
) -> tuple[PartialDate | None, str | None, str, str]:
    """start (None when there is no date to give), end, and their hints."""
    if date is None and reference is None:
        why = f" ({reference_words})" if reference_words else ""
        return None, None, f"no date in the passage and the source has none{why}: type one", "none"
    if date is None:
        start = reference._replace(approximate=True)
        return start, None, f"no date in the passage: {reference_words}, marked approximate", "none: a point in time"
    hint = f'"{normalize_space(date.text)}" in the passage'
    if date.relative and date.reading.startswith(COUNTED_FROM):  # "days later": from a date told before it
        hint += f": {date.reading}"
    elif date.relative:
        hint += f": {date.reading} {reference_words}" if date.reading else f", read against {reference_words}"
        if date.start.approximate and not reference.approximate:
            hint += ", marked approximate"
    elif date.reading:
        hint += f": {date.reading}" + (f" {reference_words}" if date.reading == "until" else "")
    others = [p for p in phrases if p is not date]
    if others:
        hint += "; also in the passage: " + ", ".join(f'"{normalize_space(p.text)}" ({p.start.edtf()})' for p in others)
    if date.end is None:
        return date.start, None, hint, "none: the passage gives a point in time"
    end_hint = f'"{normalize_space(date.text)}" in the passage' + (
        f": until {reference_words}" if date.end == reference else ""
    )
    return date.start, date.end.edtf(), hint, end_hint
