"""Words that point back: a passage that names its partners or its event only as "the same carriers", "the deal",
"the talks", "the listing" refers to the sentence before it, which says who and what.

``pointing_back`` finds such a word in the passage; ``sentence_before`` gives the span of the sentence it points
back to (the one right before the passage, in its paragraph or the paragraph before); ``resolve`` takes the
partners, and the kind where the passage says too little, from it. Pure rules, no model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

from gui.core.document.dates import PartialDate
from gui.core.document.textquote import normalize_space
from gui.core.evidence.clauses import blank, side_spans
from gui.core.evidence.cues import kind_of

__all__ = [
    "CHANNELS",
    "Antecedent",
    "answered_about",
    "continued",
    "pointed_within",
    "pointing_back",
    "resolve",
    "sentence_before",
]

#: "the same retailers", "those carriers", "the carrier", "the deal", "the talks", "the two companies' agreement"
_POINTING_BACK = re.compile(
    r"(?i)\b(?:the|that|this|those|these|both)\s+(?:same\s+|two\s+|new\s+|exclusive\s+)?"
    r"(?P<noun>carriers?|retailers?|stores|chains?|partners?|deal|agreement|arrangement|partnership|exclusive|exclusivity"
    r"|contract|talks|negotiations|discussions|listing|loss|setback|blow|decision|move|outcome|ruling|verdict)\b"
    # a noun that only qualifies the next one points back to nothing: "the carrier deal", "the retailer's site"
    r"(?![-\s]+(?:deals?|agreements?|stores?|shelves|partnerships?|business|market|version|certification|sales"
    r"|customers?|network|plans?|subsidies|website)\b|['’]s\s)"
)
#: Nouns that name where the phones are sold: the channel's kind is the sentence before's.
CHANNELS = frozenset(
    {"carrier", "carriers", "operator", "retailer", "retailers", "stores", "chain", "chains", "partner", "partners"}
)
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+(?=[A-Z“\"‘'])|\n\s*")
#: How far back the sentence before is looked for.
REACH = 1_000


#: One carrier or store named earlier in the article, also with a word before it or in the possessive: "the discount
#: retailer", "the regional carrier", "in the carrier's tests", "according to the carrier's website" (the guide lists it
#: as if the passage named it). Not "the carrier deal", which names a kind of deal.
_ONE_CHANNEL = re.compile(
    r"(?i)\bthe\s+(?:(?!same\b|two\b|new\b|exclusive\b)[a-z][\w-]*\s+)?(?P<noun>carrier|operator|retailer)\b"
    r"(?![-\s]+(?:deals?|agreements?|stores?|shelves|partnerships?|business|market|version|certification|sales"
    r"|customers?|network|plans?|subsidies|website)\b)(?=['’]s\s|\s+[^'’])(?!\s+(?-i:[A-Z]))"  # "the carrier EE" names it
)


def pointing_back(passage: str, skip: list[tuple[int, int]] = ()) -> re.Match[str] | None:
    """The first word pointing back to the sentence before, outside the ``skip`` spans, or None."""
    matches = sorted([*_POINTING_BACK.finditer(passage), *_ONE_CHANNEL.finditer(passage)], key=lambda m: m.start())
    for match in matches:
        if not any(start <= match.start() < end for start, end in skip):
            return match
    return None


def sentence_before(text: str, start: int) -> tuple[int, int] | None:
    """(start, end) of the last sentence ending before ``text[start]``, or None at the text's beginning."""
    low = max(0, start - REACH)
    before = text[low:start].rstrip()
    if not before.strip():
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(before) if m.end() < len(before)]
    first = ends[-1] if ends else 0
    return low + first, low + len(before)


class Antecedent(NamedTuple):
    """Where to look back from: the text, where the passage starts, and the word pointing back."""

    text: str
    start: int
    word: re.Match[str]


_CHANNEL_KINDS = ("carrier-deal", "online-sales", "retail")
#: "the same retailers" are retailers (or online sellers) named before, "the carrier" a carrier.
_CHANNEL_CATEGORIES = {
    "carrier": ("carrier",), "operator": ("carrier",), "retailer": ("retailer", "online"), "store": ("retailer", "online"),
    "chain": ("retailer",),
}  # fmt: skip
#: What an event noun points back to: the nearest sentence (of the few before) that names such a thing, so that "the
#: listing" after a sentence about scooters finds the Pentagon's list two sentences up.
_FAMILIES = {
    noun: re.compile(regex, re.IGNORECASE)
    for nouns, regex in (
        (("listing",), r"\blist(?:s|ed|ing)?\b|\bdesignat\w*|\bblacklist\w*"),
        (("deal", "agreement", "arrangement", "partnership", "contract"), r"\bdeals?\b|\bagree\w*|\barrangement\b|\bpartner\w*|\bcontracts?\b"),
        (("talks", "negotiations", "discussions"), r"\btalks\b|\bnegotiat\w*|\bdiscuss\w*"),
    )
    for noun in nouns
}


def _naming(text: str, span: tuple[int, int] | None, family: re.Pattern[str]) -> tuple[int, int] | None:
    """The span of the nearest of the three sentences from ``span`` back that names something of ``family``, or None."""
    for _ in range(3):
        if span is None:
            return None
        if family.search(text, span[0], span[1]):
            return span
        span = sentence_before(text, span[0])
    return None


#: "the decision", "the move": the maker's step, whose kind is the sentence before's but not its partners; "the
#: outcome", "the ruling", "the verdict" likewise (a case's end).
_STEPS = frozenset({"decision", "move", "outcome", "ruling", "verdict"})


#: "the carrier", "the carrier's plans", "to the operator" in a passage: the one its side clause named before.
_WITHIN = re.compile(r"(?i)\bthe\s+(?P<noun>carrier|operator|retailer|chain)(?:['’]s)?\b")
_WITHIN_CATEGORIES = {
    "carrier": ("carrier",), "operator": ("carrier",), "retailer": ("retailer", "online"), "chain": ("retailer",)
}  # fmt: skip


def pointed_within(passage: str, named: Iterable[tuple[int, str, str]]) -> tuple[str, str] | None:
    """(name, the words) of the partner that "the carrier" points back to when the passage itself names it before, in
    a side clause ("LG's G5, which Verizon began selling in April, has sold below the carrier's forecasts"), or None.
    ``named`` holds (where, name, category) of every partner named in the passage."""
    named = list(named)
    for word in _WITHIN.finditer(passage):
        wanted = _WITHIN_CATEGORIES[word["noun"].lower()]
        before = [(start, name) for start, name, category in named if start < word.start() and category in wanted]
        if before:
            return max(before)[1], normalize_space(word[0])
    return None


#: Carriers or stores as a group, not the ones named before: "all the carriers", "the carriers' brands", "analysts said
#: those carriers could …", "a mandate that carriers oppose" (a relative "that"). "The same carriers", "the two
#: retailers" and "both carriers" are the ones named before.
_A_GROUP = re.compile(
    r"(?i)(?:the|those|these|that|this)\s+(?:new\s+|exclusive\s+)?(?:carriers|retailers|stores|chains|partners)\b"
)


#: What a source knows or will not discuss: "people familiar with the talks", "a person briefed on the discussions",
#: "declined to comment on the deal". The words name the source's matter, not the partners of the passage's event
#: (the spokeswoman's refusal, a state of talks told without names).
_SOURCE_OF = re.compile(
    r"(?i)\b(?:familiar\s+with|briefed\s+on|involved\s+in|knowledge\s+of|close\s+to|discuss"
    r"|(?:comment|commented|elaborate)\s+(?:on|about))\s+$"
)


#: A partner left unnamed: "without naming the carrier", "would not identify the retailer". The article never says
#: who (the guide: no partner), whichever carrier the sentence before names.
_LEFT_UNNAMED = re.compile(r"(?i)\b(?:nam(?:e|ed|ing)|identif(?:y|ied|ying)|disclos(?:e|ed|ing))\s+$")


#: A deal that closes or awaits regulators is a company bought or sold ("expects the deal to close within a year,
#: pending approval from regulators"), not a deal with the carriers or stores the sentence before may name.
_A_PURCHASE = re.compile(
    r"(?i)\bto\s+close\b|\bclose\s+(?:by|in|within)\b|\bapprov(?:al|e|ed)\b|\bregulators?\b|\bantitrust\b"
)
_DEALS = frozenset({"deal", "agreement", "arrangement", "contract"})


def _names_no_one(word: re.Match[str]) -> bool:
    """Whether a word pointing back brings no partners: carriers as a group, an event noun that is only what a source
    knows or will not discuss ("people familiar with the talks"), a partner left unnamed, or a company's purchase."""
    if _A_GROUP.match(word[0]) or _LEFT_UNNAMED.search(word.string, 0, word.start()):
        return True
    if word["noun"].lower() in _DEALS and _A_PURCHASE.search(word.string):
        return True
    return word["noun"].lower() not in CHANNELS and bool(_SOURCE_OF.search(word.string, 0, word.start()))


def resolve(
    back: Antecedent,
    partners_in: Callable[[str], tuple[tuple[str, ...], tuple[tuple[str, str], ...], str]],
    got: tuple[tuple[str, ...], tuple[tuple[str, str], ...], str],
    future: bool,
    start_date: PartialDate | None,
    hints: dict[str, str],
) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...], str]:
    """(partners, their categories, kind) with what the sentence before gives for a passage that points back.

    ``partners_in(sentence)`` finds the partners of a sentence as the caller knows them; ``got`` is what the
    passage gave by itself. Partners are taken only when the passage names none; the kind only when it has no
    cue, or, for a channel ("the same retailers"), when both are channels. The hints say so.
    """
    partners, categories, kind = got
    noun = back.word["noun"].lower()
    wanted = _CHANNEL_CATEGORIES.get(noun.rstrip("s"))
    span, sentence, found, found_categories = sentence_before(back.text, back.start), "", (), ()
    where = "the sentence before"
    family = _FAMILIES.get(noun)
    if family is not None:  # "the listing": the nearest sentence that names a listing, else the one before
        span = _naming(back.text, span, family) or span
    for step in range(3):  # the sentence before, or the one before it when that names no such partner
        where = "the sentence before" if step == 0 else "an earlier sentence"
        if span is None:
            return got
        sentence = back.text[span[0] : span[1]]
        found, found_categories, _ = partners_in(sentence)
        if wanted is not None:
            found_categories = tuple(item for item in found_categories if item[1] in wanted)
            if not noun.endswith("s"):  # "the carrier": one, the first named
                found_categories = found_categories[:1]
            found = tuple(name for name, _category in found_categories)
        if found or wanted is None:
            break
        span = sentence_before(back.text, span[0])
    words = f'"{normalize_space(back.word[0])}"'
    if not partners and noun not in _STEPS and found and not _names_no_one(back.word):
        partners, categories = found, found_categories
        hints["partners"] = f"none named in the passage; {words} points back to {where}: " + ", ".join(found)
    channel = noun in CHANNELS
    # a passage that names its own partners keeps its channel's kind when it only mentions "the carrier's stores"
    own = back.word.re is _ONE_CHANNEL and bool(got[0])
    if kind == "other" or (channel and not own and kind in _CHANNEL_KINDS):
        earlier, why = kind_of(blank(sentence, side_spans(sentence)), categories, future, start_date)
        if earlier != "other" and (not channel or earlier in _CHANNEL_KINDS):
            kind = earlier
            hints["kind"] = f"{words} points back to {where}: {why}"
    return partners, categories, kind


#: A passage that is only an answer withheld: "A TCL spokesperson said the company does not discuss customer
#: relationships", "An AT&T spokesperson said the carrier has “nothing to share at this time.”"
_NO_ANSWER = re.compile(
    r"(?i)\b(?:declined|refused) to (?:comment|elaborate|discuss|say more)\b"
    r"|\bdid not (?:immediately )?(?:respond|reply)\b|\bwould (?:only say|say only|not say)\b"
    r"|\bnothing to (?:share|announce|say|add)\b|\b(?:does|do) not (?:comment|discuss)\b"
    r"|\bcould not be reached\b|^(?:neither|none)\b[^.;]{0,30}\b(?:would|will|could) (?:comment|confirm|say)\b"
)
#: ... that says what it was asked about is not only that: "declined to comment on whether it would reach Verizon".
_ASKED_WHAT = re.compile(
    r"(?i)\b(?:whether|if|how (?:many|much)|about (?:the|its|their|any) (?!United States|US\b)\w+"
    r"|on (?:the|its|their|any) \w+)"
)
#: The deals a withheld answer is about were not made (yet): talks at most.
_NOT_MADE = {"carrier-deal": "carrier-talks"}


def answered_about(
    text: str,
    start: int,
    passage: str,
    partners_in: Callable[[str], tuple[tuple[str, ...], tuple[tuple[str, str], ...], str]],
    future: bool,
    start_date: PartialDate | None,
) -> tuple[str, str] | None:
    """(kind, why) of the event a withheld answer is about, or None when the passage is more than that.

    The event is the nearest of the three sentences before that names one of the passage's partners (the AT&T
    spokesperson answers about AT&T's decision), else the sentence right before; a deal there is asked about, talks.
    """
    withheld = _NO_ANSWER.search(passage)
    if withheld is None or _ASKED_WHAT.search(passage, withheld.end()) or len(passage) > 200:
        return None
    own, _categories, _ = partners_in(passage)
    span = sentence_before(text, start)
    chosen = span
    for _ in range(3):
        if span is None or not own:
            break
        if set(own) & set(partners_in(text[span[0] : span[1]])[0]):
            chosen = span
            break
        span = sentence_before(text, span[0])
    if chosen is None:
        return None
    sentence = text[chosen[0] : chosen[1]]
    _names, categories, _ = partners_in(sentence)
    kind, why = kind_of(blank(sentence, side_spans(sentence)), categories, future, start_date)
    if kind == "other":
        return None
    kind = _NOT_MADE.get(kind, kind)
    return kind, f"“{normalize_space(withheld[0])}”: an answer withheld about the event before ({why})"


def continued(
    text: str,
    start: int,
    partners_in: Callable[[str], tuple[tuple[str, ...], tuple[tuple[str, str], ...], str]],
    future: bool,
    start_date: PartialDate | None,
    about_another_maker: Callable[[str], bool] = lambda _sentence: False,
) -> tuple[str, str] | None:
    """(kind, why) for a passage with no cue of its own after a regulator's act: it goes on with that matter, an answer
    or a step in it ("Xiaomi said it would take “appropriate courses of action”" after the Pentagon's listing), or
    None. Not after a sentence about another maker (``about_another_maker``): ZTE's fine is no matter of Vivo's.
    (After other kinds a passage with no cue is too often about something else: it stays "other", to be checked.)"""
    span = sentence_before(text, start)
    if span is None:
        return None
    sentence = text[span[0] : span[1]]
    if about_another_maker(sentence):
        return None
    _names, categories, _ = partners_in(sentence)
    kind, why = kind_of(blank(sentence, side_spans(sentence)), categories, future, start_date)
    if kind != "regulatory":
        return None
    return kind, f"no cue in the passage; it goes on with the regulatory matter of the sentence before ({why})"
