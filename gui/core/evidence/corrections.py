"""What a correction says was wrong: "An earlier version of this story said … on March 22; it was March 2.",
"… on Sept. 14, not Sept. 7". The wrong date is not the event's; the right one, told after it, is; nor is the day
in a correction's heading ("Correction, Nov. 19: …"), the day it was made."""

from __future__ import annotations

import re

__all__ = ["corrected_spans"]

#: What an earlier version said, up to the end of its clause.
_EARLIER_VERSION = re.compile(
    r"(?i)\b(?:an?\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:story|article|report|post|brief)"
    r"[^;:.]*?\b(?:said|stated|reported|gave|misstated|put|listed)\b"
    # "This story previously said": the adverb right before the verb ("The report earlier this week said" is news)
    r"|(?:this|the)\s+(?:story|article|report|post|answer|piece|column|item|brief|review|list|note)"
    r"\s+(?:previously|originally|incorrectly|mistakenly|wrongly)\s+(?:said|stated|reported|gave|misstated|put|listed)\b)"
    r"[^;:]*?(?=[;:]|\.\s|\.$|,\s+(?:but|when)\b)"
)
#: "…, not Sept. 7", "rather than in March": a date named only as wrong, up to the end of its clause.
_NOT_THEN = re.compile(r"(?:,\s+not|\s(?i:rather\s+than|instead\s+of))\s+(?i:on\s+|in\s+|at\s+)?(?=[A-Z0-9])[^,;.]*")
_MISSTATED_AS = re.compile(
    r"(?i)\b(?:misstated|misreported|given\s+incorrectly|wrongly\s+given)\s+(?:it\s+)?as\s+[^,;.]*"
)


#: A correction's heading, with the day it was made: "Correction, Nov. 19:", "Update (March 3):".
_HEADING = re.compile(r"(?i)^\s*(?:correction|clarification|update|editor['’]s\s+note)\b[^:;]{0,30}:")


def corrected_spans(passage: str) -> list[tuple[int, int]]:
    """The spans of ``passage`` that tell what a correction says was wrong, and its heading's day."""
    spans = [(m.start(), m.end()) for m in _EARLIER_VERSION.finditer(passage)]
    spans += [(m.start(), m.end()) for m in _HEADING.finditer(passage)]
    spans += [(m.start(), m.end()) for m in _NOT_THEN.finditer(passage)]
    spans += [(m.start(), m.end()) for m in _MISSTATED_AS.finditer(passage)]
    return spans
