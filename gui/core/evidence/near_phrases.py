"""Date phrases near the reference that no day, month or year of their own names: "over the weekend", "last quarter".

The weekend is its two days at the precision they share (EDTF holds no pair of days here: usually a month); a
quarter is its year (EDTF holds no quarter). Both are vague, so that the day a statement about them was made wins.
``date_phrases`` finds these with the others.
"""

from __future__ import annotations

import re

from gui.core.document.dates import PartialDate, Precision
from gui.core.evidence.date_words import DatePhrase, Specificity, pattern_registry
from gui.core.evidence.day_spans import Unit, at_most, covering, unit_span
from gui.core.evidence.tense import FUTURE, PAST, ahead_in_time, tense_at

__all__ = ["PATTERNS", "expected_in_the_month_said", "this_week"]

PATTERNS, _pattern = pattern_registry()


@_pattern(r"(?i)(?<![\w-])(?:(?:over|during|at|on)\s+the|(?P<which>last|this|next|past))\s+weekend(?![\w-])")
def _weekend(match, text, reference):
    """ "over the weekend", "last weekend": the Saturday and Sunday before the reference (the coming ones for "next",
    or told in the future), at the precision both days share (a month, usually: EDTF holds no pair of days here)."""
    if reference is None or reference.precision < Precision.DAY:
        return None
    which, day = (match["which"] or "").lower(), reference.first_day()
    weekday = (day + 3) % 7  # 0 = Monday
    saturday = day - ((weekday - 5) % 7)  # the latest Saturday, the reference's own day included
    if which == "next" or (which != "last" and which != "past" and ahead_in_time(text, match.start())):
        saturday += 7 if saturday + 1 < day else 0  # the coming weekend (this one, on a Saturday or a Sunday)
    date = covering(saturday, saturday + 2, Precision.DAY, reference)
    # vague, so that a statement's day still wins: "showed its phone over the weekend but has no plans …, a
    # spokeswoman said Monday" is the Monday (which also dates "sold a million over the weekend, … said on Monday")
    return date, None, Specificity.VAGUE, "the weekend nearest to"


@_pattern(r"(?i)(?<![\w-])(?:the\s+)?(?P<which>last|previous|this|current|next|coming)\s+quarter(?![\w-])")
@_pattern(
    r"(?i)(?<![\w-])(?<=\bin\s)(?P<which>the)\s+quarter(?![\w-]|\s+(?:that|which|ended|ending|to|through)\b|,\s+which)"
)
def _this_last_next_quarter(match, text, reference):
    """ "last quarter", "next quarter", "in the quarter" (told in the past: the last one over): the year that quarter
    falls in (EDTF holds no quarter); vague, so that the day a statement about it was made wins ("rose in the last
    quarter, the company said in May")."""
    if reference is None or not reference.month:
        return None
    n = {"last": -1, "previous": -1, "this": 0, "current": 0, "the": 0, "next": 1, "coming": 1}[match["which"].lower()]
    if match["which"].lower() == "the" and tense_at(text, match.start(), match.end()) == PAST:
        n = -1  # "shipped 10 million phones in the quarter": the last one reported, over before the reference
    quarter = (reference.month - 1) // 3 + n  # 0-based, may step out of the year
    year = reference.year + quarter // 4
    return (
        PartialDate(year, 0, 0, reference.approximate, reference.uncertain),
        None,
        Specificity.VAGUE,
        "a quarter, which EDTF cannot hold: the year of that quarter from",
    )


def this_week(match, text, reference):
    """ "this week": its month, as EDTF holds no week; of a week across two months, the part on the side the tense
    says (told in the past: the days up to the reference; ahead: the days from it), which is often in one month."""
    day = reference.first_day()
    lo, hi = unit_span(day, Unit.WEEK)
    mod, tense = (match["mod"] or "").lower(), tense_at(text, match.start(), match.end())
    if mod in ("earlier", "early") or (mod not in ("later", "late") and tense == PAST):
        hi = day + 1
    elif mod in ("later", "late") or tense == FUTURE:
        lo = day
    return covering(lo, hi, Precision.MONTH, reference), None, Specificity.RELATIVE, "this week's days, counted from"


@_pattern(r"(?i)(?<![\w-])(?:(?:by|before|until|at)\s+)?(?:the\s+)?end\s+of\s+the\s+week(?![\w-])")
def _end_of_the_week(match, text, reference):
    """ "by the end of the week", not told in the past: the days from the reference to its week's end, at the
    precision they share (EDTF holds no week: usually the month)."""
    if reference is None or reference.precision != Precision.DAY or tense_at(text, match.start(), match.end()) == PAST:
        return None
    day = reference.first_day()
    hi = unit_span(day, Unit.WEEK)[1]
    return covering(day, hi, Precision.MONTH, reference), None, Specificity.RELATIVE, "the rest of the week of"


#: A company's expectation before "within days", in the same sentence: "expected Amazon to restore the listings".
_EXPECTED_BEFORE = re.compile(r"(?i)\bexpect(?:s|ed|ing)?\b[^.;]{1,120}$")


@_pattern(r"(?i)(?<![\w-])within\s+(?:a\s+few\s+|several\s+)?(?:days|weeks)(?![\w-])")
def _expected_within_days(match, text, reference):
    """ "expected Amazon to restore the listings within days" (or "within weeks"): what a company expects that soon is
    dated by the month it was said, as the guide has it (session 12). It is the event's own time, a relative month, so
    it wins over the day of the saying ("said on Tuesday that he expected … within days": that month, as most labels
    have it since round 29; the event's own date wins over the day it was announced)."""
    if reference is None or not reference.month:
        return None
    if not _EXPECTED_BEFORE.search(text, max(0, match.start() - 130), match.start()):
        return None  # "sold out within days": a span after an event, no time of its own
    date = PartialDate(reference.year, reference.month, 0, reference.approximate, reference.uncertain)
    return date, None, Specificity.RELATIVE, f"expected {match.group(0).lower()}: the month it was said, from"


def expected_in_the_month_said(date: DatePhrase, phrases: list[DatePhrase]) -> DatePhrase:
    """``date`` itself, unless it is what a company expects "within days" and the passage dates the saying before it
    ("said in August that it expected … within days", "said on Monday", from an article of the next month): then the
    month of that saying, as the labels have it."""
    if not date.reading.startswith("expected within"):
        return date
    said = [p for p in phrases if p.stop <= date.offset and p.end is None and p.start.precision >= Precision.MONTH]
    if not said:
        return date
    month = at_most(said[-1].start, Precision.MONTH)
    return DatePhrase(date.text, date.offset, month, None, date.specificity, f"{date.reading} {said[-1].text}:")
