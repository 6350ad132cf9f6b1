"""A plan overtaken: the time a plan was for, told in the past, then undone in the same sentence.

"Kyocera had planned to ship the phone in February, but it failed a drop test": the event is the delay or the end,
not the February that no longer holds. The guide dates a delay by its new date when the passage gives one, else by
the day it was announced; an undated delay of a plan named for a date takes the article's date, approximate.
"""

from __future__ import annotations

import re

from gui.core.evidence.clauses import inside
from gui.core.evidence.date_phrases import DatePhrase, best_date_phrase

__all__ = ["plan_overtaken"]

#: A plan told in the past perfect, or as what was supposed to be, right before its time: "had planned to bring … this
#: spring", "had been expected in October", "was supposed to ship in June", "was originally due in May".
_PLAN_WAS = re.compile(
    r"(?i)\b(?:had\s+(?:been\s+)?(?:planned|hoped|aimed|expected|due|set|scheduled|slated|intended|meant)"
    r"|(?:was|were)\s+(?:originally\s+)?(?:supposed|due|scheduled|slated)"
    r"|originally\s+(?:due|planned|scheduled|expected|set))\b[^;.]{0,90}$"
)
#: What put it off, after its time, in any tense: a slip, a push back, a hold, a failed test ("the launch slipped").
_PUT_OFF = (
    r"slipped|slipping|pushed\s+(?:[\w'’-]+\s+){0,3}?(?:back|into|to)\b|held\s+(?:[\w'’-]+\s+){0,3}?back"
    r"|put\s+(?:[\w'’-]+\s+){0,3}?(?:off|on\s+hold)|on\s+hold|postponed|delayed|forced\s+a\s+delay|failed"
    r"|moved\s+the\s+date"
)
#: What ended it, told as news of now ("has been cancelled", "that launch is now off"); an end told in the simple past
#: ("but scrapped it", "was shelved") is dated by the plan's time in most dev labels, the plan and its end being one.
_ENDED_NOW = (
    r"(?:has|have)\s+(?:now\s+)?(?:been\s+)?(?:cancell?ed|called\s+off|scrapped|shelved|dropped|killed|abandoned)"
    r"|(?:is|are)\s+now\s+off"
)
_UNDONE = re.compile(rf"(?i)\b(?:{_PUT_OFF}|{_ENDED_NOW})\b")
#: An end or a delay in any tense, between the plan and the date: the date is then the end's, not the plan's.
_UNDONE_BEFORE = re.compile(
    rf"(?i)\b(?:{_PUT_OFF}|cancell?ed|called\s+off|scrapped|shelved|dropped|killed|abandoned)\b"
)
#: The sentence goes on to here at most: a full stop before a capital, or the passage's end.
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z“\"‘'])")


def plan_overtaken(
    passage: str, date: DatePhrase, phrases: list[DatePhrase], side: list[tuple[int, int]]
) -> tuple[bool, DatePhrase | None]:
    """(True, the date of what undid the plan, or None for the article's) when ``date`` is the time of a plan told in
    the past and undone after it in its sentence; (False, None) when it is not. What undid it is dated by a phrase
    after the undoing: the new date ("slipped to late spring"), or the day it was told ("…, an executive said on
    Tuesday")."""
    plan = _PLAN_WAS.search(passage, max(0, date.offset - 90), date.offset) if date.end is None else None
    if plan is None or _UNDONE_BEFORE.search(passage, plan.start(), date.offset):
        return False, None  # "had planned to show it at CES was scrapped in late 2019": the date is the end's own
    stop = (m.start() if (m := _SENTENCE_END.search(passage, date.stop)) else len(passage))
    undone = _UNDONE.search(passage, date.stop, stop)
    if undone is None:
        return False, None
    aside = [(a, b) for a, b in side if not a <= undone.start() < b]  # ", before the carrier pushed it back …" is its own
    after = [p for p in phrases if p.offset >= undone.start() and p.end is None and not inside(p.offset, aside)]
    return True, best_date_phrase(after)
