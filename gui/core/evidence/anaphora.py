"""Words that point back: a passage that names its partners or its event only as "the same carriers", "the deal",
"the talks", "the listing" refers to the sentence before it, which says who and what.

``pointing_back`` finds such a word in the passage; ``sentence_before`` gives the span of the sentence it points
back to (the one right before the passage, in its paragraph or the paragraph before). Pure rules, no model.
"""

from __future__ import annotations

import re

__all__ = ["CHANNELS", "pointing_back", "sentence_before"]

#: "the same retailers", "those carriers", "the carrier", "the deal", "the talks", "the two companies' agreement"
_POINTING_BACK = re.compile(
    r"(?i)\b(?:the|that|this|those|these|both)\s+(?:same\s+|two\s+|new\s+|exclusive\s+)?"
    r"(?P<noun>carriers?|retailers?|stores|chains?|partners?|deal|agreement|arrangement|partnership|exclusive|exclusivity"
    r"|contract|talks|negotiations|discussions|listing|loss|setback|blow|decision|move)\b"
)
#: Nouns that name where the phones are sold: the channel's kind is the sentence before's.
CHANNELS = frozenset({"carrier", "carriers", "retailer", "retailers", "stores", "chain", "chains", "partner", "partners"})
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+(?=[A-Z“\"‘'])|\n\s*")
#: How far back the sentence before is looked for.
REACH = 1_000


def pointing_back(passage: str, skip: list[tuple[int, int]] = ()) -> re.Match[str] | None:
    """The first word pointing back to the sentence before, outside the ``skip`` spans, or None."""
    for match in _POINTING_BACK.finditer(passage):
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
