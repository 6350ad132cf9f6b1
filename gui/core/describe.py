"""Events in words, for tooltips, the detail pane and exports: "c. December 2017 – ongoing"."""

from __future__ import annotations

from .dates import DateError, parse_date
from .model import ONGOING, Event

__all__ = ["date_words", "when_words"]


def date_words(text: str | None) -> str:
    """An EDTF date as words; an unparsable one is shown as written."""
    if text is None:
        return ""
    try:
        return parse_date(text).words()
    except DateError:
        return text


def when_words(event: Event) -> str:
    """The event's time in words: "c. December 2017", "2018 (uncertain)", "March 2018 – ongoing"."""
    start = date_words(event.start)
    if event.end is None:
        return start
    if event.end == ONGOING:
        return f"{start} – ongoing"
    return f"{start} – {date_words(event.end)}"
