"""A linear yes/no model over named features: is this candidate (a partner named in a passage, say) one the analyst
would keep? The arithmetic the candidate models share.

A model is a file of numbers shipped with the package (the feature names, one weight each, an intercept), written by
``benchmarks/train_candidate_models.py`` from the labelled dev passages; reading it needs only numpy, and nothing is
downloaded. Each feature is present or not (a word beside the name, the rules' own answer, …): the score is the
intercept plus the weights of the features present, the probability its logistic. The same arithmetic as
scikit-learn's ``DictVectorizer`` and a binary ``LogisticRegression``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from pathlib import Path

import numpy as np

__all__ = ["CandidateModel", "load_candidate_model"]


class CandidateModel:
    """One weight per feature name, an intercept, and how many labelled passages it was learned from."""

    def __init__(self, features, coef, intercept: float, passages: int) -> None:
        weights = np.asarray(coef, dtype=np.float64)
        self._weight = dict(zip((str(f) for f in features), weights.tolist(), strict=True))
        self._intercept = float(intercept)
        self.passages = int(passages)  #: how many labelled passages it was learned from

    @classmethod
    def load(cls, path: Path) -> CandidateModel:
        """The model in ``path``; OSError, KeyError or ValueError when it can't be read."""
        with np.load(path, allow_pickle=False) as data:
            return cls(data["features"].tolist(), data["coef"], float(data["intercept"]), int(data["passages"]))

    def score(self, features: Iterable[str]) -> float:
        """The log-odds that the candidate is kept: each distinct feature counts once; unknown ones not at all."""
        return self._intercept + sum(self._weight.get(feature, 0.0) for feature in set(features))

    def probability(self, features: Iterable[str]) -> float:
        score = self.score(features)
        return 1.0 / (1.0 + math.exp(-score)) if score > -700 else 0.0


def load_candidate_model(path: Path) -> CandidateModel | None:
    """The model in ``path``, or None when its file is missing or unreadable (the rules alone decide)."""
    try:
        return CandidateModel.load(path)
    except (OSError, KeyError, ValueError):
        return None
