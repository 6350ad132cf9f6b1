"""Dates of a sale told as settled: "will go on sale at Verizon on Oct. 21", "which will be sold … starting in
January"; a sale abroad beside the US's; and the day a sale was announced giving way to the sale's own date.

``date_choice.event_date`` and ``extract.suggest_event`` (a plan the company announced is confirmed) read them.
"""

from __future__ import annotations

import re

from gui.core.document.dates import PartialDate, Precision
from gui.core.evidence.date_phrases import DatePhrase
from gui.core.evidence.tense import FUTURE, tense_at

__all__ = [
    "abroad_beside_the_us",
    "gives_way_to_a_sale",
    "lead_of",
    "sale_said_after_an_unveiling",
    "sale_told_aside",
    "settled_sale",
    "vague_sale_after_an_unveiling",
]

#: A sale told as settled, in the future: "will go on sale … on Oct. 21", "which will be sold … starting in January".
_WILL = re.compile(r"(?i)\b(?:will|would|['’]ll)\b")
_SALE_WORD = re.compile(
    r"(?i)\b(?:sell\w*|sale|sold|available|carry|carries|offer\w*|ship\w*|stock\w*|reach\w*|arrive\w*|hit\w*"
    r"|launch\w*|open\w*|begin\w*|start\w*|stores?|shelves|come|coming|lands?|landing|debut\w*)\b"
)
#: Leads that bound a time rather than date it: a deadline ("by 2022") or an end ("until June").
_NOT_A_DATE_LEAD = re.compile(
    r"(?i)\b(?:by|until|till|through|before)\s+(?:at\s+least\s+|the\s+(?:end|close|middle|start)\s+of\s+)?$"
)
#: Leads that start a sale themselves: "starting today", "from Tuesday": not a mere announcement's day.
_SALE_START_LEAD = re.compile(r"(?i)\b(?:starting|beginning|from)\s+$")


def lead_of(passage: str, phrase: DatePhrase, width: int = 40) -> str:
    """The words before the phrase, its own leading preposition included ("on", "by the end of")."""
    head = re.match(r"(?i)(?:on|in|from|by|until|till|through|during|around|as of)\s+", phrase.text)
    return passage[max(0, phrase.offset - width) : phrase.offset] + (head[0] if head else "")


_CLAUSE_END = re.compile(r"[.;](?=\s)|;")


def settled_sale(
    passage: str, phrases: list[DatePhrase], reference: PartialDate | None, years: bool = False
) -> DatePhrase | None:
    """The first month or day after the source's date that a sale is set for, in the future tense, or None; with
    ``years``, also a year, season, half or quarter not before the source's year ("and said it will reach the US in
    the second half": the plan's time, over the day the phone was shown), unless a finer date of that year follows
    ("will launch in the US this summer, with pre-orders from 1 July": the day)."""
    if reference is None:
        return None
    sales = [phrase for phrase in phrases if _set_for_a_sale(passage, phrase, reference, years)]
    # "will launch in the US this summer, with pre-orders from 1 July": the day, which falls in the season's year
    finer = [p for p in sales[1:] if p.start.precision > Precision.YEAR and p.start.year == sales[0].start.year]
    if sales and sales[0].start.precision == Precision.YEAR and finer:
        return finer[0]
    return sales[0] if sales else None


def _set_for_a_sale(passage: str, phrase: DatePhrase, reference: PartialDate, years: bool) -> bool:
    """True for a month or day after the source's date (with ``years``, a year not before its year) that a sale is set
    for in the future tense: "will" and a word of sale before it in its clause, and no deadline or end as its lead."""
    if phrase.end is not None or phrase.start.is_qualified:
        return False
    if phrase.start.precision == Precision.YEAR:
        if not years or phrase.start.year < reference.year:
            return False
    elif phrase.start.first_day() < reference.end_day():
        return False
    if _NOT_A_DATE_LEAD.search(lead_of(passage, phrase)) or _ABROAD.search(lead_of(passage, phrase, 60)):
        return False  # ", and in Europe on Sept. 30": a sale abroad is no sale of the US timeline
    # a full stop ends a sentence only before a space: "OnePlus.com" does not
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(passage, 0, phrase.offset)), default=0)
    will = list(_WILL.finditer(passage, clause_start, phrase.offset))
    return bool(
        will
        and tense_at(passage, phrase.offset, phrase.stop) == FUTURE
        and _SALE_WORD.search(passage, will[-1].end(), phrase.offset)
    )


#: A place abroad right before a date: "go on sale in China on June 23", "in Europe on Sept. 30".
_ABROAD = re.compile(
    r"\bin\s+(?:China|Europe|India|Japan|(?:South\s+)?Korea|Taiwan|Hong\s+Kong|Britain|the\s+UK|Germany|France|Canada"
    r"|Asia|Latin\s+America|Russia|Brazil|Mexico|Australia)\s+(?:[a-z]+\s+){0,2}$"
)


_IN_THE_US = re.compile(r"\b(?:in|to)\s+(?:the\s+)?(?:United\s+States|US|U\.S\.|America)\s+(?:[a-z“”\"]+\s+){0,2}[“\"]?$")


def abroad_beside_the_us(passage: str, phrases: list[DatePhrase]) -> list[tuple[int, int]]:
    """The dates of places abroad when another date of the passage is the US's: that one is the event's."""
    if not any(_IN_THE_US.search(lead_of(passage, p, 60)) for p in phrases):
        return []
    return [(p.offset, p.stop) for p in phrases if _ABROAD.search(lead_of(passage, p, 60))]


def gives_way_to_a_sale(passage: str, date: DatePhrase, reference: PartialDate) -> bool:
    """True for a date before the source's end that only tells when the sale was announced or agreed ("on
    Thursday", "last month", a dateline's day), not one that starts a sale itself ("starting today")."""
    if date.end is not None or date.start.first_day() >= reference.end_day():
        return False
    starts_a_sale = re.match(r"(?i)(?:starting|beginning|from)\s", date.text)
    return not (starts_a_sale or _SALE_START_LEAD.search(passage[max(0, date.offset - 20) : date.offset]))


#: An unveiling in the main clause: "OnePlus unveiled the 8T …", "ZTE on Tuesday unveiled …", "Nothing showed its …".
_UNVEILED = re.compile(r"(?i)\b(?:unveil(?:ed|s)|showed|shows|introduced|introduces|took\s+the\s+wraps\s+off)\b")
#: The phone shown, told in the passive: "The phone was first shown at CES in January, …", "had shown the phone".
#: (not set off by a comma: "the Nokia 8.3, first shown in March, would go on sale …" is an aside of the sale)
_SHOWN = re.compile(r"(?i)(?<!,\s)(?<!,\sfirst\s)\b(?:shown|unveiled|introduced)\s+(?:at|in|to|on)\b|\bhad\s+(?:first\s+)?shown\b")
#: A side clause that names the thing shown and tells its sale: ", a $749 phone that will sell …", ", a phone with …,
#: which Sprint will sell …", ", phones that will reach …" (after the date, or after the unveiled thing).
_ASIDE_SALE = re.compile(r",\s+(?:[^,;]*?,\s+)?(?:which\b|[^,;]*?\b(?:that|which)\b)[^;]*$")
#: A sale told as a statement of its own: "… and said it would go on sale …", "Sprint said it would sell …".
_SAID = re.compile(r"(?i)\b(?:said|says|added|announced)\b")


def sale_told_aside(passage: str, date: DatePhrase, sale: DatePhrase) -> bool:
    """True when ``date`` dates an unveiling in the main clause and ``sale`` is told only in a side clause about the
    thing unveiled ("OnePlus unveiled the 8T on Wednesday, a $749 phone that will sell at T-Mobile from Oct. 23"): the
    unveiling is the event, as the guide's settled case has it, not the sale."""
    if sale.offset <= date.stop:
        return False
    unveiled = _UNVEILED.search(passage, 0, sale.offset)
    if unveiled is None or _SAID.search(passage, 0, sale.offset):
        return False
    between = passage[max(date.stop, unveiled.end()) : sale.offset]
    return _ASIDE_SALE.search(between) is not None


def vague_sale_after_an_unveiling(passage: str, date: DatePhrase, sale: DatePhrase) -> bool:
    """True when ``date`` is the day or the month of an unveiling and ``sale`` only a year, season, half or quarter told
    after it ("unveiled the X90 at IFA on Friday and said it would reach the US later this year", "first showed it at CES
    in January, where it said only that it would arrive in the second quarter"): the unveiling, dated to its day or
    month, is the event the passage tells, as the hands since round 14 label it and the guide's session 12 keeps it; the
    vague plan is its aside."""
    if (sale.start.precision != Precision.YEAR or date.start.precision not in (Precision.DAY, Precision.MONTH)
            or sale.offset <= date.stop):  # fmt: skip
        return False
    unveiled = _UNVEILED.search(passage, 0, sale.offset) or _SHOWN.search(passage, 0, sale.offset)
    # "ZTE will sell the Grand S, a phone it showed at CES on Monday, in the US later this year": the sale is the main
    # clause, the showing its aside
    return unveiled is not None and _WILL.search(passage, 0, unveiled.start()) is None


#: The unveiling as the sentence's main verb, with what it shows: "unveiled the 7T", "announced the Pixel Fold", "on
#: Tuesday showed off its …" ("announced that …" is a saying, not an unveiling).
_UNVEILING_VERB = re.compile(
    r"(?i)\b(?:unveil(?:ed|s)|show(?:ed|s)(?:\s+off)?|introduc(?:ed|es)|announc(?:ed|es)(?!\s+(?:that|on|in|it)\b)"
    r"|took\s+the\s+wraps\s+off|debut(?:ed|s))\b"
)
#: The saying joined to the unveiling, after its time: "… on Thursday and said it will …", ", and said …", "; it said".
_AND_SAID = re.compile(r"(?i)(?:\band|[,;])\s+(?:(?:it|the\s+company)\s+)?(?:also\s+)?(?:said|says|added)\b")
#: A speech verb before the unveiling: "Sony said it unveiled …" makes the unveiling what was said.
_SPEECH = re.compile(r"(?i)\b(?:said|says|told|according\s+to)\b")


def sale_said_after_an_unveiling(passage: str, date: DatePhrase, sale: DatePhrase) -> bool:
    """True when ``date`` dates an unveiling that is the sentence's main verb and ``sale`` sits inside what the maker
    "said" after it ("OnePlus unveiled the 7T on Thursday and said it will go on sale at T-Mobile on Oct. 18"): the
    main verb's time dates the passage, as the guide's session 13 settled (the unveiling is an event of its own, so
    "the event's own date wins" does not move it). A sale in the main clause, with the showing its aside, is not this
    case ("ZTE will sell the Grand S, a phone it showed at CES on Monday, from May 1")."""
    if sale.offset <= date.stop:
        return False
    unveiled = _UNVEILING_VERB.search(passage, 0, sale.offset)
    if unveiled is None or _WILL.search(passage, 0, unveiled.start()) or _SPEECH.search(passage, 0, unveiled.start()):
        return False
    # the unveiling's time: right after the verb and what it shows, or right before the verb ("on Tuesday unveiled")
    said = _AND_SAID.search(passage, max(date.stop, unveiled.end()), sale.offset)
    return said is not None and not _SPEECH.search(passage, unveiled.end(), said.start())
