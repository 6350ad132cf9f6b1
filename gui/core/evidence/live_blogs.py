"""A live blog's entry, stamped with the time of day it was written ("10:02 a.m. ET: The phones are official."), and a
week's digest whose items open with their weekday ("Tuesday: Vivo says …").

The stamp dates the entry to the article's own day: what it tells as happening then ("is on stage", "pre-orders are
open", "doors open") is that day, not about it. A saying with no date of its own ("a spokesman says", "tells us",
"declines to say") stays a statement: the article's date, approximate, as the guide has it. A
weekday heading an item is that day of the article's week: the last such day on or before the article's date.
"""

from __future__ import annotations

import datetime
import re

from gui.core.document.dates import PartialDate

__all__ = ["heading_weekday", "stamped_happening"]

#: A clock time opening the passage, with its zone, before a colon or a dash: "7:05 p.m. ET:", "10:40 a.m. —".
_STAMP = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?\s*(?::|[—–]|--?)\s")
#: A saying or a question in the entry: what it tells is a statement, not a happening of the hour.
_SAYING = re.compile(
    r"(?i)\b(?:says?|said|tells?|told|asked|declines?|declined|confirms?|confirmed|won['’]t\s+say|comments?)\b"
)


def stamped_happening(passage: str) -> bool:
    """True when ``passage`` is a live blog's entry stamped with a time of day and tells what happens, not what
    someone says."""
    match = _STAMP.match(passage)
    return match is not None and _SAYING.search(passage, match.end()) is None


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: A weekday heading the passage, before a colon or a dash: "Monday: Vivo adds …", "Friday — TCL …".
_HEADING = re.compile(rf"(?i)(?P<day>{'|'.join(_WEEKDAYS)})\s*(?::|[—–]|--?)\s")


def heading_weekday(passage: str, reference: PartialDate) -> PartialDate | None:
    """The day a weekday heading ``passage`` names (the last such day on or before ``reference``), or None."""
    match = _HEADING.match(passage)
    if match is None or not reference.day:
        return None
    day = datetime.date(reference.year, reference.month, reference.day)
    back = (day.weekday() - _WEEKDAYS.index(match["day"].lower())) % 7
    found = day - datetime.timedelta(days=back)
    return PartialDate(found.year, found.month, found.day)
