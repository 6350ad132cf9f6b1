"""The dateline that opens wire copy: "SHENZHEN, China (Reuters) —", "WASHINGTON —", "BARCELONA, Feb. 25 -",
"SHENZHEN, 18 March —".

It says where the story was filed (and sometimes by which agency, on what day), not what happened: a
place like "Asia" in it is no cue that the passage is about markets abroad, and an agency in brackets is
no partner. ``dateline_length`` tells how much of a passage to leave out before reading it; ``DATELINE``
is the one pattern, which ``byline.read_byline`` also reads the article's date and publisher with.
"""

from __future__ import annotations

import re

from gui.core.evidence.makers import maker_named

__all__ = ["DATELINE", "dateline_length"]

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
