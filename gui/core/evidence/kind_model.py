"""A second opinion on the kind: a linear model learned from the labelled passages of the dev set.

The cue rules (``cues.kind_of``) are right on nine passages in ten of the text they were written from, but
on text by other hands they miss wordings nobody listed. A logistic regression over the passage's words and
word pieces (``kind_features``), trained on every dev passage by ``benchmarks/train_kind_model.py``, reads
those better. It is used where it measured better on passages it was not trained on (``overrules``): when
the rules find no cue, and when the model is sure of another kind on a passage long enough to judge. Its
guess says so in the hint, with how sure it is and what the rules said. It was learned and measured on whole
paragraphs; Draft Events gives it single sentences, drafts only those where the rules find an effort cue, and a
sentence under ``LONG_ENOUGH`` words is never overruled.

The model is a file of numbers shipped with the package (``kind_model.npz``: the features, their inverse
document frequencies, one weight per kind and feature); nothing is downloaded, and reading it needs only
numpy. It is loaded on first use.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from gui.core.evidence.kind_features import general_words, passage_features

__all__ = [
    "LONG_ENOUGH", "MODEL_FILE", "SURE", "KindGuess", "KindModel",
    "general_passage", "kind_model", "learned_kind", "may_overrule", "overrules",
]  # fmt: skip

MODEL_FILE = Path(__file__).with_name("kind_model.npz")


@dataclass(frozen=True)
class KindGuess:
    """The kind the model finds likeliest for a passage, and its probability."""

    kind: str
    probability: float  #: the model's probability for ``kind``, 0–1


class KindModel:
    """tf–idf weighted features (1 + log count, times idf, scaled to length 1) times one weight row per kind,
    plus its intercept; the kinds' probabilities by softmax. The same arithmetic as scikit-learn's
    ``TfidfTransformer(sublinear_tf=True)`` and a multinomial ``LogisticRegression``."""

    def __init__(self, features, idf, coef, intercept, kinds, passages: int) -> None:
        self._index = {feature: i for i, feature in enumerate(features)}
        self._idf = np.asarray(idf, dtype=np.float64)
        self._coef = np.asarray(coef, dtype=np.float64)
        self._intercept = np.asarray(intercept, dtype=np.float64)
        self.kinds = tuple(str(kind) for kind in kinds)
        self.passages = int(passages)  #: how many labelled passages it was learned from

    @classmethod
    def load(cls, path: Path | None = None) -> KindModel:
        """The model in ``path`` (the shipped ``MODEL_FILE`` by default); OSError or KeyError when it can't be read."""
        with np.load(path or MODEL_FILE, allow_pickle=False) as data:
            return cls(data["features"].tolist(), data["idf"], data["coef"], data["intercept"],
                       data["kinds"].tolist(), data["passages"])  # fmt: skip

    def probabilities(self, general_text: str) -> dict[str, float]:
        """Each kind's probability for a passage already made general (``kind_features.general_words``)."""
        counts = Counter(map(self._index.get, passage_features(general_text)))
        counts.pop(None, None)  # features the model never saw
        scores = self._intercept.copy()
        if counts:
            columns = np.fromiter(counts, dtype=np.intp, count=len(counts))
            weights = np.fromiter((1.0 + math.log(n) for n in counts.values()), dtype=np.float64, count=len(counts))
            weights *= self._idf[columns]
            weights /= np.sqrt(weights @ weights)
            scores += self._coef[:, columns] @ weights
        scores = np.exp(scores - scores.max())
        scores /= scores.sum()
        return dict(zip(self.kinds, scores.tolist(), strict=True))

    def guess(self, general_text: str) -> KindGuess:
        probabilities = self.probabilities(general_text)
        kind = max(probabilities, key=probabilities.__getitem__)
        return KindGuess(kind, probabilities[kind])


def general_passage(passage: str, vocabulary) -> str:
    """``passage`` as the model reads it: the makers and partners that ``vocabulary`` (an
    ``extract.Vocabulary``) knows replaced by "maker" and the partner's category."""
    names = [(start, end, "maker") for start, end, _lane in vocabulary.lanes.finditer(passage)]
    names += [
        (start, end, vocabulary.partner_categories.get(partner) or "partner")
        for start, end, partner in vocabulary.partners.finditer(passage)
    ]
    return general_words(passage, names)


@lru_cache(maxsize=1)
def kind_model() -> KindModel | None:
    """The shipped model, or None when its file is missing (a source checkout without it: the rules alone)."""
    try:
        return KindModel.load()
    except (OSError, KeyError, ValueError):
        return None


#: How sure the model must be to overrule a cue the rules found, and how many words the passage must have
#: (a short sentence's few words say too little). Chosen by leaving one dev file out at a time (0.6 on the first
#: 1,307 passages; 0.7 on 1,830, better both on the batches after the kind rules and on the others)
#: (``benchmarks/train_kind_model.py`` prints the figures).
SURE = 0.7
LONG_ENOUGH = 15
_WORDS = re.compile(r"\w+")


def overrules(rules_kind: str, guess: KindGuess, general_text: str) -> bool:
    """Whether the model's guess replaces the rules' kind: always when the rules found no cue ("other"); else
    when it is another kind, ``SURE`` or more, on a passage of ``LONG_ENOUGH`` words, and the rules did not find
    a setback (a setback outweighs the effort it befell, and words alone can't tell which came last)."""
    return may_overrule(rules_kind, general_text) and (
        rules_kind == "other" or (guess.kind != rules_kind and guess.probability >= SURE)
    )


def may_overrule(rules_kind: str, general_text: str) -> bool:
    """Whether any guess could overrule the rules' kind on this passage (else the model need not be asked)."""
    return rules_kind == "other" or (rules_kind != "setback" and len(_WORDS.findall(general_text)) >= LONG_ENOUGH)


def learned_kind(general_text: str, kind: str, why: str) -> tuple[str, str]:
    """The kind to prefill and why: the rules' ``kind`` and ``why``, or the model's guess where it
    ``overrules`` them, saying that it is a guess, how sure it is and what the rules said."""
    model = kind_model()
    if model is None or not may_overrule(kind, general_text):
        return kind, why
    guess = model.guess(general_text)
    if not overrules(kind, guess, general_text):
        return kind, why
    rules = "found no cue" if kind == "other" else f"said {kind} ({why})"
    return guess.kind, (
        f"a guess learned from {model.passages:,} labelled passages, {guess.probability:.0%} sure; the rules {rules}"
    )
