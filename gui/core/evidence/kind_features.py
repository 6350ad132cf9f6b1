"""What the learned kind and status models see of a passage: its words and word pieces, with the names made general.

A passage is read as reporters' wording, not as who did it: each maker becomes "maker", each partner its
category ("carrier", "retailer", "online"), years, months and figures become "year", "month" and "num". So
"Xiaomi is in talks with Verizon" and "Oppo is in talks with AT&T" look the same, and a maker or carrier the
labelled passages never named is no stranger. The features are the words and pairs of words ("w:in talks")
and the letter groups of 3–5 inside each word ("c: tal"), which still match a word's other forms ("scrapped",
"scrapping") and spellings ("licence", "license").

The training script (``benchmarks/train_passage_models.py``) and the app use this same function, so a model
reads passages exactly as it was trained on them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from gui.core.evidence.date_words import FULL_MONTH

__all__ = ["passage_features", "general_words"]

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: Month names as written, capitalised: "may" and "march" in lower case are a verb, not a month.
_MONTH_WORD = re.compile(rf"\b(?:{FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?=\W|$)")
_FIGURE = re.compile(r"\$?\d[\d,.]*")
_WORD = re.compile(r"\b\w\w+\b")  # as scikit-learn's default token pattern: words of two letters or more
_SPACES = re.compile(r"\s+")


def general_words(passage: str, names: Iterable[tuple[int, int, str]]) -> str:
    """``passage`` in lower case with each named span replaced by its stand-in word, and years, months and
    figures by "year", "month" and "num". ``names``: (start, end, stand-in) of makers and partners found."""
    parts = []
    at = 0
    for start, end, word in sorted(names, key=lambda name: (name[0], -name[1])):
        if start < at:
            continue  # overlapping names: the one that starts first, and of those the longest, stands
        parts.append(passage[at:start])
        parts.append(f" {word} ")
        at = end
    parts.append(passage[at:])
    text = _MONTH_WORD.sub(" month ", "".join(parts)).lower()
    text = _YEAR.sub(" year ", text)
    return _FIGURE.sub(" num ", text)


def passage_features(text: str) -> list[str]:
    """The features of a passage already made general by ``general_words``: "w:" words and pairs of words,
    "c:" letter groups of 3–5 of each word padded with a space on each side (a word shorter than a group
    counts once, whole)."""
    words = _WORD.findall(text)
    features = [f"w:{word}" for word in words]
    features += [f"w:{a} {b}" for a, b in zip(words, words[1:])]
    for word in _SPACES.sub(" ", text).split():
        padded = f" {word} "
        for n in range(3, 6):
            if len(padded) <= n:
                features.append(f"c:{padded}")
                break
            features += [f"c:{padded[i:i + n]}" for i in range(len(padded) - n + 1)]
    return features
