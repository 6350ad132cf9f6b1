"""The year a maker or carrier rules a plan out for: "has no plans to sell phones in the US this year".

The guide dates a "no plans" by the year it names, or else by the day it was said; every hand since round 20 labels
"Xiaomi has no plans to sell its phones in the United States this year, its president told reporters on Tuesday"
with the year. The other given-up plans ("has shelved plans to sell … this year") stay dated by their giving up: the
event is the decision, not the plan's time (see ``clauses.given_up_plan_spans``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from gui.core.document.dates import PartialDate, Precision
from gui.core.evidence.date_words import DatePhrase

__all__ = ["year_ruled_out"]

#: "no plans to sell …", "no immediate plans for a carrier model …", "will not release a new model …", "won't sell …":
#: up to the end of its clause (not "would not say whether …": no answer, which rules nothing out).
_NO_PLANS = re.compile(
    r"(?i)(?:\bno\s+(?:immediate\s+|current\s+)?plans?\s+(?:to|for)"
    r"|\b(?:will|would|does|do)\s+not|\b(?:won|wouldn|doesn|don)['’]t)"
    r"(?!\s+(?:plan\s+to\s+)?(?:say|comment|disclose|give|confirm|reveal|respond|elaborate|specify|name|discuss)\b)"
    r"\b[^,;.]*"
)
#: A goal pushed back or a model shelved with it ("…, pushing back a goal it set last November", "…, shelving the
#: foldable"): the guide's delay and ended-things rules, not a year ruled out.
_DELAY_OR_END = re.compile(
    r"(?i)\b(?:push\w*\s+(?:\w+\s+){0,3}?back|delay\w*|postpon\w*|shelv\w+|scrap\w+|cancel\w*|kill\w*"
    r"|stop\w*\s+work|discontinu\w*)\b"
)  # "had stopped work on its Kin phones and would not release them …": an end, dated by its day
#: A place abroad in the clause ruled out ("won't sell the Pixel 6 in India this year"): no plan of the US market.
_ABROAD = re.compile(
    r"\bin\s+(?:China|Europe|India|Japan|(?:South\s+)?Korea|Taiwan|Hong\s+Kong|Britain|the\s+UK|Germany|France|Canada"
    r"|Asia|Latin\s+America|Russia|Brazil|Mexico|Australia)\b"
)
#: "before the end of 2020", "until next year": a bound the plan is ruled out up to, not the year it names.
_BOUND_LEAD = re.compile(r"(?i)(?:before|until|till|by|through)\s")  # "until 2027" as one phrase
_BOUND_BEFORE = re.compile(r"(?i)\b(?:before|until|till|by|through)\s+(?:the\s+(?:end|start|middle)\s+of\s+)?$")
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


def year_ruled_out(
    passage: str, date: DatePhrase | None, phrases: list[DatePhrase], reference: PartialDate | None
) -> DatePhrase | None:
    """The year a "no plans" or a "will not" of the passage names, over the day it was said and over the past dates of
    the passage's other clauses ("Honor, spun off from Huawei in 2020, has no plans … this year": the year it names, as
    the guide's session 13 settled), unless the passage answers a report or tells a delay or an end; else None."""
    if _ANSWERS_A_REPORT.search(passage) or _DELAY_OR_END.search(passage):
        return None
    for match in _NO_PLANS.finditer(passage):
        if date is not None and not _said_day(passage, date) and (
            match.start() <= date.offset < match.end() or _a_plan_told_first(date, match.start(), reference)
        ):
            return None  # the clause's own date ("will not sell it before March 2021"), or a plan the passage leads with
        if _ABROAD.search(match[0]):
            continue
        years = [
            p for p in phrases
            if match.start() <= p.offset < match.end() and p.end is None and p.start.precision == Precision.YEAR
            and not _BOUND_BEFORE.search(passage, match.start(), p.offset)
            and not _BOUND_LEAD.match(p.text) and (reference is None or p.start.year >= reference.year)
        ]  # fmt: skip  # (a year gone is none ruled out: "the phone it showed to partners last year" is what it is)
        if years:
            reading = f"{years[-1].reading}, the year a plan was ruled out for".lstrip(", ")
            return replace(years[-1], reading=reading)
    return None


def _a_plan_told_first(date: DatePhrase, clause: int, reference: PartialDate | None) -> bool:
    """True for a time ahead told before the ruled-out clause: the passage leads with another plan ("The first invitations
    will go out in May, …, adding that it had no plans to work with carriers this year"), which the ruling-out follows."""
    return date.offset < clause and reference is not None and date.start.first_day() > reference.end_day()


def _said_day(passage: str, date: DatePhrase) -> bool:
    """True when ``date`` is a day or a month told right after a speech verb ("said on Tuesday", "said in January"): when
    a statement was made."""
    told = date.start.precision in (Precision.DAY, Precision.MONTH)
    return told and _SAID_BEFORE.search(passage, 0, date.offset) is not None
