"""The start of a state beside the event a passage tells: "AT&T will deliver 60,000 iPhones to Parcelway from
October, replacing the scanners its drivers have carried since 2016" is dated October, not 2016.

A "since" date says when something that still holds began ("has sold the Sidekick since 2002"); when the passage
also dates an event of its own ("from October", "on Feb. 10", "last month"), that date is the event's, as the dev
labels have it. A "since" date alone still dates the passage (the date rules' older reading), and "now" or "until
now" beside it dates no event (it is when the state is told).
"""

from __future__ import annotations

from gui.core.evidence.date_words import DatePhrase, Specificity

__all__ = ["without_state_starts"]


def _a_state_start(phrase: DatePhrase) -> bool:
    """True for "since 2016", "ever since May", "since last year": the time a state began."""
    return phrase.text.lower().startswith(("since ", "ever since "))


def without_state_starts(phrases: list[DatePhrase]) -> list[DatePhrase]:
    """``phrases`` less their "since" dates when another phrase dates an event outright (not "now")."""
    starts = [p for p in phrases if _a_state_start(p)]
    others = [p for p in phrases if p not in starts and p.specificity < Specificity.VAGUE]
    return others if starts and others else phrases
