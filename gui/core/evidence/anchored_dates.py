"""Dates counted from another date the text told before them: "days later", "a week earlier", "the next day".

"Google said days later that it would stop …", after "added Huawei to the list on May 16", is some days after
May 16, not the article's date. Such a phrase is found here with what it counts (``AnchoredPhrase``) and read
against the date it counts from (``resolve``); which date that is, the caller decides (the passage's own date
before it, or the event of the sentence before). Vague counts give no finer date than the spread allows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gui.core.document.dates import PartialDate, Precision
from gui.core.document.textquote import normalize_space
from gui.core.evidence.date_words import DatePhrase, Specificity
from gui.core.evidence.day_spans import COUNTS, Unit, count, covering, shift, unit_span

__all__ = ["COUNTED_FROM", "AnchoredPhrase", "find_anchored", "resolve", "since_the_deed"]

#: How the reading of a date counted from another begins.
COUNTED_FROM = "counted from "

_COUNT = r"(?P<count>a couple of|a few|few|several|some|an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_ANCHORED = re.compile(
    rf"(?i)(?<![\w-])(?:(?:{_COUNT}\s+)?(?P<unit>days?|weeks?|fortnights?|months?|years?)\s+"
    r"(?P<way>later|earlier|(?:before|after)(?=[,.;])|(?P<ahead>before|after)(?=\s+(?:the|its|their|a|an)\s))"
    r"|the\s+(?P<next>next|following)\s+(?P<next_unit>day|week|month|year)(?!\s+or\s+(?:two|so|more)\b)"
    r"|(?:the\s+same|that)\s+(?P<same_unit>day|date|week|month|year|hour|morning|afternoon|evening|night)"
    r"|(?<![.,;:]\s)(?<!^)(?P<day_one>on\s+day\s+one|at\s+the\s+same\s+time(?!,)))(?![\w-])(?![”\"’']?\s+than\b)"
)  # "on day one", "at the same time" (not "At the same time, …", which joins thoughts): the date before
_UNITS = {"day": Unit.DAY, "date": Unit.DAY, "week": Unit.WEEK, "month": Unit.MONTH, "year": Unit.YEAR}
_UNITS.update(dict.fromkeys(("hour", "morning", "afternoon", "evening", "night"), Unit.DAY))  # "that morning": its day
#: How far "days later", "weeks later", "months later", "years later" reach when no count says: (fewest, most) days.
_SPREAD = {Unit.DAY: (2, 10), Unit.WEEK: (14, 42), Unit.MONTH: (60, 180), Unit.YEAR: (730, 1825)}
_VAGUE = {"a couple of", "a few", "few", "several", "some"}


@dataclass(frozen=True)
class AnchoredPhrase:
    """A phrase that counts from another date: how many units (None: "days later", a few), which way."""

    text: str
    offset: int
    unit: Unit
    n: int | None
    later: bool
    #: counts from a date told right after it ("a fortnight before the launch event on 4 October"), or from none
    from_after: bool = False
    #: "the following week": the calendar week after the anchor's, not the same weekday a week on
    calendar: bool = False


def find_anchored(passage: str) -> list[AnchoredPhrase]:
    """Every "days later", "a week earlier", "the next day", "that month" of the passage, in order (not "64 days earlier than
    in 2018", a comparison)."""
    found = []
    for match in _ANCHORED.finditer(passage):
        if match["same_unit"] or match["day_one"]:  # "the same day", "that month": the anchor's own
            unit, n, later = _UNITS[(match["same_unit"] or "day").lower()], 0, True
        elif match["next"]:
            unit, n, later = _UNITS[match["next_unit"].lower()], 1, True
        else:
            word = " ".join((match["count"] or "").lower().split())
            plural = match["unit"].lower().endswith("s")
            if not word and not plural:
                continue  # "day later" is not English: a fragment of something else
            name = match["unit"].lower().rstrip("s")
            unit = Unit.WEEK if name == "fortnight" else _UNITS[name]
            n = None if not word or word in _VAGUE else count(word) if word in COUNTS or word.isdigit() else None
            if name == "fortnight" and n is not None:
                n *= 2
            later = match["way"].lower() in ("later", "after")  # "a week before," stands alone: earlier
        calendar = bool(match["next"]) and unit == Unit.WEEK
        found.append(AnchoredPhrase(match[0], match.start(), unit, n, later, bool(match["ahead"]), calendar))
    return found


def resolve(phrase: AnchoredPhrase, anchor: DatePhrase, where: str) -> DatePhrase:
    """The date ``phrase`` gives counted from ``anchor`` (told ``where``: "in the sentence before")."""
    start = anchor.start
    sign = 1 if phrase.later else -1
    if phrase.calendar and start.precision == Precision.DAY:  # "the following week": that week's days, its month
        lo, hi = unit_span(shift(start.first_day(), Unit.WEEK, 1), Unit.WEEK)
        finest = Precision.MONTH
    elif phrase.n is not None:
        lo = shift(start.first_day(), phrase.unit, sign * phrase.n)
        hi = shift(start.end_day() - 1, phrase.unit, sign * phrase.n) + 1
        finest = {Unit.YEAR: Precision.YEAR, Unit.MONTH: Precision.MONTH}.get(phrase.unit, Precision.DAY)
    else:
        fewest, most = _SPREAD[phrase.unit]
        if phrase.later:
            lo, hi = start.first_day() + fewest, start.end_day() - 1 + most + 1
        else:
            lo, hi = start.first_day() - most, start.end_day() - 1 - fewest + 1
        finest = Precision.YEAR if phrase.unit == Unit.YEAR else Precision.MONTH
    date = covering(lo, hi, finest, start)
    reading = f'{COUNTED_FROM}"{normalize_space(anchor.text)}" ({start.edtf()}) {where}'
    return DatePhrase(phrase.text, phrase.offset, date, None, Specificity.RELATIVE, reading)


#: "comes nine months after BLU agreed …", "came a week after BlackBerry ended …": a count after a deed, told by a
#: clause of coming that happens at the article's time; not an aside ("…, a week after Washington blacklisted Huawei",
#: which the guide leaves to the main clause), a span ("in the three months after its launch") nor a vague count
#: ("came weeks after …"), which the labels leave at the article's date.
_SINCE_THE_DEED = re.compile(
    rf"(?i)\b(?:comes?|came|arrives?|arrived|follows?|followed)\s+(?:just\s+|only\s+|about\s+|nearly\s+)?"
    rf"(?P<phrase>{_COUNT}\s+(?P<unit>days?|weeks?|months?)\s+after)\s+(?!the\s+(?:launch|release|sale)\b)"
)


def since_the_deed(passage: str, reference: PartialDate | None) -> list[DatePhrase]:
    """The deed's date of every "… comes N months after <deed>" of the passage: counted back from the article's date,
    at most its month ("The talks come nine months after BLU agreed to settle …", article of January 2019 → April
    2018), as the guide's "days before" an event is the month."""
    if reference is None or reference.precision < Precision.MONTH:
        return []
    found = []
    for match in _SINCE_THE_DEED.finditer(passage):
        word = " ".join(match["count"].lower().split())
        plural = match["unit"].lower().endswith("s")
        if word in _VAGUE or plural == (word in ("a", "an", "one")):
            continue  # "several weeks after": too vague to count back; "a weeks", "two month": not a count
        n, unit = count(word), _UNITS[match["unit"].lower().rstrip("s")]
        end = reference.end_day() - 1 if reference.precision == Precision.DAY else reference.first_day()
        lo, hi = shift(reference.first_day(), unit, -n), shift(end, unit, -n) + 1
        date = covering(lo, hi, Precision.MONTH, reference)
        reading = "a deed before the time it is told, counted back from"
        found.append(DatePhrase(match["phrase"], match.start("phrase"), date, None, Specificity.VAGUE, reading))
    return found
