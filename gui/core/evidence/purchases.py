"""Whether a maker's purchase of another is the passage's news (the buyer's lane) or background (the bought maker's).

The guide (session 12, "a whole maker bought"): the passage whose event is the purchase itself, with the buyer as its
subject (the deal agreed, expected to close or completed, and its headline), is the buyer's; a sentence that recalls the
purchase as background ("Lenovo bought Motorola from Google in 2014", "since Google bought it", "a year after HP bought
it") and a regulator's review or clearance of the deal keep the bought maker. Pure rules on the words around the
buyer and the maker it buys: the verb's form and tense, and the date it is told with.
"""

from __future__ import annotations

import re

__all__ = ["purchase_is_news", "reviews_a_deal", "speaks_of_its_deal", "tells_a_review_of_a_deal"]

#: a share bought is the deal too: "to buy 66 percent of Sharp", "to acquire a controlling stake in Sharp"
_SHARE = r"(?:\s+(?:an?\s+)?(?:[\w.%-]+\s+){0,2}(?:stake|percent|per\s+cent)\s+(?:of|in))?"
_BUY = rf"(?:buy|acquire|purchase|take\s+over){_SHARE}"
_PRICE = r"(?:[$€£]?[\d.,]+\s*(?:billion|million|bn|m)?\s+)?"
_DEAL = r"(?:purchase|acquisition|takeover|buyout|deal|merger)"

#: Between the buyer and the maker it buys, when the purchase is being agreed, made or done now: "agreed on Wednesday
#: to buy", "HP to buy", "said it would buy", "Lenovo buys", "completed its purchase of", "closes $12.5 billion purchase
#: of", "completes" (a headline's "Lenovo completes Motorola purchase"). A simple past "bought" or "acquired" is how a
#: purchase is recalled, not reported.
_BUYING_NOW = re.compile(
    rf"(?i)(?:\bagree\w*\b[^.;]{{0,40}}?\bto\s+{_BUY}"
    rf"|(?:^|\s)(?:to|will|would|is\s+to|plans?\s+to|is\s+set\s+to)\s+{_BUY}"
    rf"|\b(?:buys|acquires|is\s+buying|is\s+acquiring)"
    rf"|\b(?:complet|clos|finali[sz]|seal)\w*\s+(?:(?:its|the)\s+)?{_PRICE}{_DEAL}\s+(?:of|for)"
    rf"|\b(?:completes|closes|finali[sz]es|seals))\s+$"
)
#: A buyer named in a subordinate clause or an aside: "after Google closed its purchase of …", "Lenovo, which agreed in
#: January to buy …": the purchase describes, it is not the news.
_SUBORDINATE = re.compile(r"(?i)\b(?:after|since|when|before|until|once|(?<!known\s)as|because)\s+$")  # not "known as"
_ASIDE = re.compile(r"\s*,\s*(?:which|who|whose)\b")
#: A purchase dated in a month or a year gone by ("closed its purchase of Motorola in May of last year", "in late October
#: 2014"): recalled. A day of the week ("on Tuesday") is the news's own.
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATED_BEFORE = re.compile(
    rf"\bin\s+(?:(?:late|early|mid-?)\s*)?(?:{_MONTHS}|\d{{4}}\b|last\s+year)|\blast\s+(?:year|{_MONTHS})\b|\byears?\s+ago\b"
)
#: The deal's close in the passage: "the deal should close by the end of July", "expected the purchase to close".
_CLOSING = re.compile(
    rf"(?i)\b{_DEAL}\b[^.;]{{0,80}}?\b(?:to|should|would|will|could|might)\s+(?:close|be\s+(?:completed|closed))\b"
)
#: A regulator that reviews, clears or blocks a deal: "The Justice Department will review the deal", "needs the blessing
#: of regulators in Europe", "China's commerce ministry approved the purchase".
_REVIEW = re.compile(
    r"(?i)\b(?:regulators?|Justice\s+Department|antitrust|FTC|Federal\s+Trade\s+Commission|CFIUS|commerce\s+ministry"
    r"|Ministry\s+of\s+Commerce|competition\s+(?:authority|regulator|commission))\b"
)
_A_DEAL = re.compile(rf"(?i)\b{_DEAL}\b")
_SENTENCE_END = re.compile(r"[.;!?](?=\s|$)")


def purchase_is_news(text: str, buyer_start: int, bought_start: int, bought_end: int) -> bool:
    """True when the buyer named at ``buyer_start`` buys the maker named at ``bought_start:bought_end`` as the news of
    the sentence: the deal agreed, made or closing, told in the present or by the day (not recalled, not in an aside)."""
    gap = text[buyer_start:bought_start]
    end = _SENTENCE_END.search(text, bought_end)
    rest = text[bought_end : end.start() if end else len(text)]
    # "…, less than what Google paid for it in 2012": another purchase's date; a title ends at its line
    clause = re.split(r"[,\n]", rest, maxsplit=1)[0]
    if _SUBORDINATE.search(text[max(0, buyer_start - 12) : buyer_start]):
        return False
    if _ASIDE.match(text, _name_end(text, buyer_start, bought_start)):
        return _CLOSING.search(rest) is not None  # "Lenovo, which agreed to buy Motorola, expects the deal to close"
    # "agreed in August to buy", "closed its purchase of Motorola in May of last year": recalled
    return _BUYING_NOW.search(text, buyer_start, bought_start) is not None and not _DATED_BEFORE.search(gap + clause)


def reviews_a_deal(passage: str) -> bool:
    """True when the passage tells of a regulator's review or clearance of a deal ("The Justice Department will review
    the deal"): the bought maker's, as the guide has it."""
    return _REVIEW.search(passage) is not None


def tells_a_review_of_a_deal(passage: str) -> bool:
    """True when a regulator reviews, clears or awaits a deal the passage names ("China's commerce ministry approved the
    purchase", "the deal still awaits approval from the Justice Department"), and no buyer tells of its close."""
    return reviews_a_deal(passage) and _A_DEAL.search(passage) is not None and not speaks_of_its_deal(passage)


def speaks_of_its_deal(passage: str) -> bool:
    """True when the passage tells of a deal's close ("HP said the deal should close by the end of July")."""
    return _CLOSING.search(passage) is not None


def _name_end(text: str, start: int, stop: int) -> int:
    """Where the buyer's name starting at ``start`` ends: its first comma or space-led word boundary before ``stop``."""
    found = re.compile(r"[\w.&'’-]+(?:\s+(?:Group|Inc\.?|Corp\.?|Co\.?|Ltd\.?))?").match(text, start, stop)
    return found.end() if found else start
