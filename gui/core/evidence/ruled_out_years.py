"""The year a maker or carrier rules a plan out for: "has no plans to sell phones in the US this year".

The guide dates a "no plans" by the year it names, or else by the day it was said; every hand since round 20 labels
"Xiaomi has no plans to sell its phones in the United States this year, its president told reporters on Tuesday"
with the year. The other given-up plans ("has shelved plans to sell … this year") stay dated by their giving up: the
event is the decision, not the plan's time (see ``clauses.given_up_plan_spans``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from gui.core.document.dates import Precision
from gui.core.evidence.date_words import DatePhrase

__all__ = ["year_ruled_out"]

#: "no plans to sell …", "no immediate plans for a carrier model …": up to the end of its clause.
_NO_PLANS = re.compile(r"(?i)\bno\s+(?:immediate\s+|current\s+)?plans?\s+(?:to|for)\b[^,;.]*")
#: "before the end of 2020", "until next year": a bound the plan is ruled out up to, not the year it names.
_BOUND_BEFORE = re.compile(r"(?i)\b(?:before|until|till|by)\s+(?:the\s+(?:end|start|middle)\s+of\s+)?$")
#: A day right after a speech verb ("said on Tuesday", "told reporters at MWC in Barcelona on Monday"): the day the
#: plan was ruled out.
_SAID_BEFORE = re.compile(
    r"(?i)\b(?:said|says|told|added|confirmed|announced|insisted|repeated|reiterated)\b[^,;.]{0,60}$"
)

#: A "no plans" told as the answer to a report ("…, rejecting a report that it was in talks", "a day after a tipster
#: posted …"): a denial, dated by the day it was said, as a denial of talks is.
_ANSWERS_A_REPORT = re.compile(
    r"(?i)\b(?:reject\w*|den(?:y|ies|ied|ying)|dismiss\w*|respond\w*\s+to|in\s+response\s+to)\s+(?:\w+\s+){0,3}?"
    r"(?:reports?|rumou?rs?|claims?|stor(?:y|ies)|leaks?)\b|\bafter\s+(?:an?\s+)?(?:tipster|leaker|report)"
)


def year_ruled_out(passage: str, date: DatePhrase | None, phrases: list[DatePhrase]) -> DatePhrase | None:
    """The year a "no plans" of the passage names, when the passage has no other date than the day it was said
    (``date`` is that day, or None) and does not answer a report; else None."""
    if date is not None and not (_said_day(passage, date) and not _ANSWERS_A_REPORT.search(passage)):
        return None
    for match in _NO_PLANS.finditer(passage):
        years = [
            p for p in phrases
            if match.start() <= p.offset < match.end() and p.end is None and p.start.precision == Precision.YEAR
            and not _BOUND_BEFORE.search(passage, match.start(), p.offset)
        ]  # fmt: skip
        if years:
            reading = f"{years[-1].reading}, the year a plan was ruled out for".lstrip(", ")
            return replace(years[-1], reading=reading)
    return None


def _said_day(passage: str, date: DatePhrase) -> bool:
    """True when ``date`` is a day or a month told right after a speech verb ("said on Tuesday", "said in January"): when
    a statement was made."""
    told = date.start.precision in (Precision.DAY, Precision.MONTH)
    return told and _SAID_BEFORE.search(passage, 0, date.offset) is not None
