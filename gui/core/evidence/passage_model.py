"""A linear model over a passage's words, learned from the labelled passages of the dev set: the arithmetic the
kind and status models share.

Each model is a file of numbers shipped with the package (the features, their inverse document frequencies, one
weight row per label, an intercept), written by ``benchmarks/train_passage_models.py``; reading it needs only
numpy, and nothing is downloaded. A model reads the passage made general (``kind_features.general_words``) and,
where it was trained so, the label the cue rules gave, as one more feature, and how they came to it
(``RulesReading``: the other field's label, what their hints say of the way they decided, whether the passage is
the headline): it learns where the rules are to be trusted and where their wording misleads them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import numpy as np

from gui.core.evidence.kind_features import general_words, passage_features

__all__ = ["Guess", "PassageModel", "RulesReading", "general_passage", "load_model", "model_features", "second_opinion"]


@dataclass(frozen=True)
class Guess:
    """The label the model finds likeliest for a passage, and its probability."""

    label: str
    probability: float  #: the model's probability for ``label``, 0–1


#: Words of the rules' hints that say how they decided: by a cue, in a side clause, by a default, from a source not
#: named… (cues.py, status_cues.py, extract.py word them). Hint texts the models were not trained on only lose these
#: features; ``tests/benchmarks/test_train_passage_models.py`` checks that the shipped models are what the script
#: learns from today's hints.
_HINT_MARKS = (
    "side clause", "background", "answer withheld", "goes on with", "no cue", "not named", "default", "hedge",
    "source", "cue", "statement", "told", "said", "headline",
)  # fmt: skip
_RUNNER_UP = re.compile(r"\(([a-z]+(?:-[a-z]+)?)\)")  # 'cue "in talks" over "carrying" (carrier-deal)'


@dataclass(frozen=True)
class RulesReading:
    """What the cue rules made of a passage beyond a field's label, as the learned models weigh it: the other
    field's label (a kind read from a rumour is often another kind than from a statement), how each hint says
    they decided, and whether the passage is the article's headline (whose statuses the guide settles apart).

    Learned with these, on 13,139 dev passages cross-validated by file, kind rose from 86.57 to 86.58 % and
    status from 92.89 to 93.12 % (``benchmarks/train_passage_models.py``). The kind also reads the article around
    the passage (its headline, the passage's place and length), the maker's verb and the words the hints quote
    (``_article_features``)."""

    kind: str = ""
    status: str = ""
    kind_why: str = ""
    status_why: str = ""
    headline: bool = False
    #: The words the kind rules read: the passage without its side clauses, comments and other subjects' clauses.
    kind_text: str = ""
    #: The passage made general (``general_passage``), as the models read it: for its maker's verb and its length.
    general_text: str = ""
    #: The article's headline made general: what the article as a whole is about.
    headline_text: str = ""
    #: The passage's place in its article: the number of its paragraph, 0 for the first (None: not known).
    paragraph: int | None = None

    def features(self, field: str) -> list[str]:
        """The features for the model of ``field`` ("kind" or "status")."""
        features = [f"other:{self.status if field == 'kind' else self.kind}"]
        if self.headline:
            features.append("pos:headline")
        if field == "kind":
            features += _main_clause_features(self.kind_text)
            features += _article_features(self.headline_text, self.paragraph, self.general_text)
            features += _maker_verb_features(self.general_text)
        for name, why in (("hk", self.kind_why), ("hs", self.status_why)):
            features += [f"{name}:over:{label}" for label in _RUNNER_UP.findall(why)]
            features += [f"{name}:{mark}" for mark in _HINT_MARKS if mark in why]
            if field == "kind":
                features += _cue_word_features(name, why)
        return features


#: Words in lower case as written: names ("Verizon", "iPhone") and figures are left out, as the passage's own
#: features already read them made general.
_LOWER_WORD = re.compile(r"\b[a-z][a-z']+\b")


def _main_clause_features(text: str) -> list[str]:
    """"m:" words and pairs of words of the clauses the kind rules read. The passage's own features mix in what its
    side clauses say ("Xiaomi, which sells through Amazon, is in talks with Verizon"); these tell the model which
    words the event's own clause holds. Ten folds by file on dev (16,243 passages): kind 87.29 → 87.72 %, on the
    round 23 hands (2,293) 88.49 → 88.97 %; the status gained nothing from them, so its model does not read them."""
    words = _LOWER_WORD.findall(text)
    return [f"m:{word}" for word in words] + [f"m:{a} {b}" for a, b in pairwise(words)]


#: Words as ``kind_features.passage_features`` finds them (two letters or more).
_WORD = re.compile(r"\b\w\w+\b")


def _article_features(headline_text: str, paragraph: int | None, general_text: str) -> list[str]:
    """"t:" words of the article's headline, "at:" the passage's place in its article, "len:" its length in words.
    A passage often names its event in passing ("The deal, announced in March, …"); the headline says what the
    article is about, and where a passage stands and how long it is say whether it tells the news or its background.
    With the maker's verb and the rules' cue words (``_maker_verb_features``, ``_cue_word_features``), ten folds by
    file on 19,114 dev passages: kind 88.36 → 88.81 %, on the batches no rule was written from (17,264) 88.49 →
    88.95 %; the status gained nothing from them (94.21 → 94.23 %), so its model does not read them."""
    features = [f"t:{word}" for word in _WORD.findall(headline_text)]
    if paragraph is not None:
        features.append(f"at:{_bucket(paragraph, (1, 2, 3, 6), ('0', '1', '2', '3-5', '6+'))}")
    if general_text:
        words = len(_WORD.findall(general_text))
        features.append(f"len:{_bucket(words, (10, 20, 35, 60), ('<10', '<20', '<35', '<60', '60+'))}")
    return features


def _bucket(value: int, limits: tuple[int, ...], names: tuple[str, ...]) -> str:
    """The name of the first of ``limits`` that ``value`` is below (the last name when none)."""
    return next((name for limit, name in zip(limits, names) if value < limit), names[-1])


#: Words between a maker and its verb: auxiliaries, adverbs, negation and company suffixes ("maker has now agreed").
_BEFORE_VERB = frozenset(
    "has have had will would is was are were been be to also now could may might should can not did does do finally "
    "reportedly already then still and inc corp co ltd maker s".split()
)


def _maker_verb_features(general_text: str) -> list[str]:
    """"mv:" the first word after each "maker" within four words, past auxiliaries and adverbs ("maker has now
    agreed" → "agreed"), and "mv5:" its first five letters ("agreed", "agrees"): what the maker itself does, where
    the passage's words also say what others did. Measured with ``_article_features``."""
    words = _WORD.findall(general_text)
    features = []
    for at, word in enumerate(words):
        if word != "maker":
            continue
        verb = next((w for w in words[at + 1 : at + 5] if w not in _BEFORE_VERB), None)
        if verb is not None:
            features += [f"mv:{verb}", f"mv5:{verb[:5]}"]
    return features


_QUOTED = re.compile(r'"([^"]{1,40})"')


def _cue_word_features(name: str, why: str) -> list[str]:
    """"hqk:" / "hqs:" each word or phrase the rules quote in their kind's or status's hint ('cue "in talks"',
    'source "people familiar"'): which cue they read, not only that they read one. Measured with
    ``_article_features``."""
    return [f"hq{name[1]}:{quoted.lower()}" for quoted in _QUOTED.findall(why)]


def model_features(
    general_text: str, rules_label: str = "", rules_weight: int = 0, context: Sequence[str] = ()
) -> list[str]:
    """What a model reads of a passage made general: its words and word pieces, the rules' label counted
    ``rules_weight`` times (none when 0), and ``context`` (``RulesReading.features``). The training script calls this
    same function."""
    return [*_features_of(general_text), *[f"rules:{rules_label}"] * rules_weight, *context]


@lru_cache(maxsize=16)
def _features_of(general_text: str) -> tuple[str, ...]:
    """The passage's features, once for both models (the kind's and the status's read the same passage in turn)."""
    return tuple(passage_features(general_text))


class PassageModel:
    """tf–idf weighted features (1 + log count, times idf, scaled to length 1) times one weight row per label,
    plus its intercept; the labels' probabilities by softmax. The same arithmetic as scikit-learn's
    ``TfidfTransformer(sublinear_tf=True)`` and a multinomial ``LogisticRegression``."""

    def __init__(
        self, features, idf, coef, intercept, labels, passages: int, rules_weight: int = 0, field: str = ""
    ) -> None:
        self._index = {feature: i for i, feature in enumerate(features)}
        self._idf = np.asarray(idf, dtype=np.float64)
        self._coef = np.asarray(coef, dtype=np.float64)
        self._intercept = np.asarray(intercept, dtype=np.float64)
        self.labels = tuple(str(label) for label in labels)
        self.passages = int(passages)  #: how many labelled passages it was learned from
        self.rules_weight = int(rules_weight)  #: how many times the rules' label is counted (0: not read)
        self.field = str(field)  #: the field whose ``RulesReading.features`` it reads ("": none)

    @classmethod
    def load(cls, path: Path) -> PassageModel:
        """The model in ``path``; OSError, KeyError or ValueError when it can't be read."""
        with np.load(path, allow_pickle=False) as data:
            weight = int(data["rules_weight"]) if "rules_weight" in data.files else 0
            field = str(data["field"]) if "field" in data.files else ""
            return cls(data["features"].tolist(), data["idf"], data["coef"], data["intercept"],
                       data["labels"].tolist(), data["passages"], weight, field)  # fmt: skip

    def features(self, general_text: str, rules_label: str = "", reading: RulesReading | None = None) -> list[str]:
        context = reading.features(self.field) if reading is not None and self.field else ()
        return model_features(general_text, rules_label, self.rules_weight, context)

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """Each label's probability for the features of a passage (as ``features`` gives them)."""
        counts = Counter(map(self._index.get, features))
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
        return dict(zip(self.labels, scores.tolist(), strict=True))

    def guess(self, general_text: str, rules_label: str = "", reading: RulesReading | None = None) -> Guess:
        probabilities = self.probabilities(self.features(general_text, rules_label, reading))
        label = max(probabilities, key=probabilities.__getitem__)
        return Guess(label, probabilities[label])


def general_passage(passage: str, vocabulary) -> str:
    """``passage`` as the models read it: the makers and partners that ``vocabulary`` (an
    ``extract.Vocabulary``) knows replaced by "maker" and the partner's category."""
    names = [(start, end, "maker") for start, end, _lane in vocabulary.lanes.finditer(passage)]
    names += [
        (start, end, vocabulary.partner_categories.get(partner) or "partner")
        for start, end, partner in vocabulary.partners.finditer(passage)
    ]
    return general_words(passage, names)


def load_model(path: Path) -> PassageModel | None:
    """The model in ``path``, or None when its file is missing or unreadable (a source checkout without it: the
    rules alone decide)."""
    try:
        return PassageModel.load(path)
    except (OSError, KeyError, ValueError):
        return None


def second_opinion(
    model: PassageModel | None,
    general_text: str,
    rules_label: str,
    why: str,
    reading: RulesReading | None = None,
    least_sure: float = 0.0,
) -> tuple[str, str]:
    """The label to prefill and why: the model's guess, given the passage, the rules' label and ``reading``, when it
    is at least ``least_sure``; the rules' ``why`` when the two agree, the guess is less sure, or there is no model;
    else the guess, saying that it is one, how sure it is and what the rules said.

    Most guesses win however sure they are and however short the passage: the model has already weighed the rules'
    label and how they came to it (features of its own), and on the dev passages no rule was written from,
    cross-validated by file, limits there only cost. Where the rules read a firm cue, the callers ask for more
    (kind_model.py, status_model.py).
    """
    if model is None:
        return rules_label, why
    guess = model.guess(general_text, rules_label, reading)
    if guess.label == rules_label or guess.probability < least_sure:
        return rules_label, why
    rules = "found no cue" if rules_label == "other" else f"said {rules_label} ({why})"
    return guess.label, (
        f"a guess learned from {model.passages:,} labelled passages, {guess.probability:.0%} sure; the rules {rules}"
    )
