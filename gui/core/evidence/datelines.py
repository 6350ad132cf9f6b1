"""The dateline that opens wire copy: "SHENZHEN, China (Reuters) —", "WASHINGTON —", "BARCELONA, Feb. 25 -",
"SHENZHEN, 18 March —".

It says where the story was filed (and sometimes by which agency, on what day), not what happened: a
place like "Asia" in it is no cue that the passage is about markets abroad, and an agency in brackets is
no partner. ``dateline_length`` tells how much of a passage to leave out before reading it; ``DATELINE``
is the one pattern, which ``byline.read_byline`` also reads the article's date and publisher with.

An update added to a story later opens with its own day ("Update, Oct. 11: Samsung has ended …"): ``update_day``
reads it, the day the passage's news was told.
"""

from __future__ import annotations

import re

from gui.core.document.dates import PartialDate, days_from_civil, days_in_month
from gui.core.evidence.date_words import MONTH, month_of
from gui.core.evidence.makers import maker_named

__all__ = ["DATELINE", "dateline_length", "update_day"]

DATELINE = re.compile(
    r"[\"“‘']?(?P<place>[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,3})"  # SAN FRANCISCO, HONG KONG
    r"(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"  # , China / , Calif. / , South Korea
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?"  # , Feb. 25 / , March 3, 2019
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:,?\s+\d{4})?|\d{1,2}/\d{1,2}/\d{2,4}))?"  # , 18 March / , 14/3/19
    r"\s*(?:\((?P<publisher>[A-Z][\w&.'’ -]{1,40})\)\s*)?"  # (Reuters)
    r"(?:[—–]|--?)\s+"
)


def dateline_length(passage: str) -> int:
    """How many characters of ``passage`` its opening dateline takes (0 when it has none).

    A maker's name in capitals is not a place ("ZTE — the Chinese maker — said …"), nor is a word of two
    letters ("US — …"). A dateline's day is the day the news was filed, which may date the event: only
    the place before it is left out then.
    """
    match = DATELINE.match(passage)
    if match is None or maker_named(match["place"]) is not None:
        return 0
    return match.start("date") if match["date"] else match.end()


#: An update's note with its day, at the passage's start: "Update, Oct. 11:", "UPDATE (March 24):", "Updated May 5 —".
_UPDATE_NOTE = re.compile(
    rf"[\[(]?(?:Update|UPDATE|Updated|UPDATED)\s*[,(]?\s*{MONTH}\s+(?P<day>\d{{1,2}})\s*[)\]]?\s*(?::|[—–]|--?)\s"
)

#: How far before the source's date an update's day may fall and still be of its year (the source's date may be that of a
#: later change); further back, the update is of the next year ("Update, Jan. 21:" under a story of November).
_UPDATE_DAYS_BACK = 60


def update_day(passage: str, published: PartialDate | None) -> PartialDate | None:
    """The day an update's note that opens ``passage`` gives, in the source's year, or the next when that day would be
    months before the source's date (an update is added after the story; a day just before it is the source's date
    given as that of its latest change); None without such a note or a source's day to count from."""
    match = _UPDATE_NOTE.match(passage)
    if match is None or published is None or not published.day:
        return None
    month, day = month_of(match), int(match["day"])
    if not 1 <= day <= days_in_month(published.year, month):
        return None
    back = days_from_civil(*published[:3]) - days_from_civil(published.year, month, day)
    year = published.year + (1 if back > _UPDATE_DAYS_BACK else 0)
    if not 1 <= day <= days_in_month(year, month):
        return None
    return PartialDate(year, month, day, published.approximate, published.uncertain)
