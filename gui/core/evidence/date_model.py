"""The learned date: a second opinion on which of a passage's dates is its event's (``candidate_model``).

The rules (``date_choice.event_date``) pick one of the date phrases a passage holds, or none (the source's date,
approximate). They are right on nine passages in ten of other hands' text; most of their misses are judgments the
dev labels make by the words around a date: a year that names what something is ("its 2019 model"), a plan's year
in a passage about talks held now, "since 2018" in a passage about a state. The model weighs every candidate (each
phrase, the source's date approximate, the source's date itself) by the words before and after it, how it was read,
where it stands, whether it is before or after the source's date, the rules' kind and whether the rules chose it; on
the dev batches no rule was written from, cross-validated by file, it is right more often than the rules (figures in
``benchmarks/train_candidate_models.py``'s output). Its guess says so in the hint, with what the rules said.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from gui.core.document.dates import PartialDate, Precision
from gui.core.evidence.candidate_model import CandidateModel, load_candidate_model
from gui.core.evidence.clauses import sentences
from gui.core.evidence.date_words import DatePhrase
from gui.core.evidence.overtaken_plans import plan_overtaken

__all__ = [
    "MODEL_FILE", "DateCandidate", "DateReading", "date_candidates", "date_model", "learned_date", "may_overrule", "overtaken",
]  # fmt: skip

MODEL_FILE = Path(__file__).with_name("date_model.npz")

_WORD = re.compile(r"[a-z]+|\d+")
_SPEECH_BEFORE = re.compile(r"(?i)\b(?:said|says|told|announced|confirmed|reported|wrote)\b[^,.;]{0,30}$")
_PRECISION = {Precision.YEAR: "Y", Precision.MONTH: "M", Precision.DAY: "D"}
#: Features that are also read joined with "the rules chose this candidate": how far the rules are to be trusted
#: depends on how they read the date and where it stands (session 11, ten folds by file on dev: the date on the
#: batches written after every rule 91.8 → 92.2 %, with the sentence's words below).
_JOINED_WITH_CHOSEN = ("lead1:", "next1:", "rd:", "prec:", "vs:", "t=", "pos:")


@dataclass(frozen=True)
class DateReading:
    """What the rules read of a passage's dates: every phrase, the source's date, and the start they chose."""

    phrases: tuple[DatePhrase, ...]
    reference: PartialDate | None
    rules_start: PartialDate | None


@dataclass(frozen=True)
class DateCandidate:
    """A date the passage's event may have: a phrase's, or the source's (``phrase`` None), and what the model reads."""

    start: PartialDate
    phrase: DatePhrase | None
    features: tuple[str, ...]


@lru_cache(maxsize=1)
def date_model() -> CandidateModel | None:
    """The shipped model, or None when its file is missing (the rules alone)."""
    return load_candidate_model(MODEL_FILE)


def _relation(date: PartialDate, reference: PartialDate) -> str:
    """Whether ``date`` is before, at (overlapping) or after ``reference``."""
    if date.end_day() < reference.first_day():
        return "before"
    if date.first_day() > reference.end_day():
        return "after"
    return "same"


def _precision(date: PartialDate) -> str:
    return _PRECISION.get(date.precision, "?")


def date_candidates(passage: str, reading: DateReading, rules_kind: str) -> list[DateCandidate]:
    """Every date the event of ``passage`` may have, with its features; the training script calls this same function."""
    low = passage.lower()
    phrases, reference, rules = reading.phrases, reading.reference, reading.rules_start
    count = f"np:{min(len(phrases), 3)}"
    passage_sentences = sentences(passage)  # once per passage: each phrase reads the words of its own
    candidates = []
    for i, phrase in enumerate(phrases):
        date = phrase.start
        features = ["t=phrase", f"rd:{' '.join(phrase.reading.split()[:2])}", f"spec:{int(phrase.specificity)}",
                    f"prec:{_precision(date)}", f"kind:{rules_kind}:{_precision(date)}", count]  # fmt: skip
        if rules is not None and date == rules:
            features.append("chosen")
        if date.approximate:
            features.append("approx")
        if phrase.relative:
            features.append("rel")
        if phrase.end is not None:
            features.append("range")
        lead = _WORD.findall(low[max(0, phrase.offset - 40) : phrase.offset])
        features += [f"lead{k}:{' '.join(lead[-k:])}" for k in (1, 2) if len(lead) >= k]
        after = _WORD.findall(low[phrase.stop : phrase.stop + 30])
        if after:
            features.append(f"next1:{after[0]}")
        if len(after) > 1:
            features.append(f"next2:{after[0]} {after[1]}")
        features += [f"win:{w}" for w in sorted(set(_WORD.findall(low[max(0, phrase.offset - 80) : phrase.offset])))]
        features += [f"winr:{w}" for w in sorted(set(_WORD.findall(low[phrase.stop : phrase.stop + 50])))]
        where = "only" if len(phrases) == 1 else "first" if i == 0 else "last" if i == len(phrases) - 1 else "mid"
        features.append(f"pos:{where}")
        features += [f"sw:{w}" for w in sorted(set(_WORD.findall(_sentence_at(passage_sentences, phrase.offset).lower())))]
        if _SPEECH_BEFORE.search(passage[max(0, phrase.offset - 60) : phrase.offset]):
            features.append("after_said")
        if reference is not None:
            relation = f"vs:{_relation(date, reference)}"
            features += [relation, f"kindvs:{rules_kind}{relation}", f"precvs:{_precision(date)}{relation}"]
            features += [f"lead1:{lead[-1]}{relation}"] if lead else []
        candidates.append(DateCandidate(date, phrase, tuple(features)))
    if reference is not None:
        words = sorted(set(_WORD.findall(low)))
        for kind, date in (("ref~", reference._replace(approximate=True)), ("ref", reference)):
            features = [f"t={kind}", f"{count}{kind}", f"kind:{rules_kind}{kind}"]
            if rules is not None and date == rules:
                features.append("chosen")
            features += [f"{kind}w:{w}" for w in words]
            for phrase in phrases:
                relation = _relation(phrase.start, reference)
                features += [f"{kind}has:{relation}{_precision(phrase.start)}", f"{kind}has:{relation}{rules_kind}"]
                lead = _WORD.findall(low[max(0, phrase.offset - 40) : phrase.offset])
                if lead:
                    features.append(f"{kind}haslead:{lead[-1]}{relation}")
            candidates.append(DateCandidate(date, None, tuple(features)))
    if rules is not None and all(candidate.start != rules for candidate in candidates):
        candidates.append(DateCandidate(rules, None, ("t=rules-other", "chosen")))  # a weekday heading, a live blog's day
    return [_joined_with_chosen(candidate) for candidate in candidates]


def _sentence_at(passage_sentences: list[tuple[int, str]], offset: int) -> str:
    """The sentence (of ``clauses.sentences``) that holds ``offset``."""
    return next(sentence for start, sentence in reversed(passage_sentences) if start <= offset)


def _joined_with_chosen(candidate: DateCandidate) -> DateCandidate:
    if "chosen" not in candidate.features:
        return candidate
    joined = tuple(f"ch&{feature}" for feature in candidate.features if feature.startswith(_JOINED_WITH_CHOSEN))
    return replace(candidate, features=candidate.features + joined)


def overtaken(passage: str, phrase: DatePhrase | None) -> bool:
    """Whether ``phrase`` is the time of a plan told in the past and undone in its sentence ("The launch, which had
    been set for July 1, was put off"), which the guide never gives as the event's date: the model, reading the words
    around it, sometimes took it (ten folds by file on dev: keeping the rules there fixes 7 passages, breaks 4)."""
    return phrase is not None and plan_overtaken(passage, phrase, [], [])[0]


#: "until", "till" or "through" leading a time: what something lasts until ("will carry it until 2022").
_AN_END_BEFORE = re.compile(r"(?i)\b(?:until|till|through)\s+(?:at\s+least\s+)?$")
_AN_END_IN = re.compile(r"(?i)^(?:until|till|through)\b")


def an_end_ahead(passage: str, phrase: DatePhrase | None, reference: PartialDate | None) -> bool:
    """Whether ``phrase`` is an end ahead of the source's date that something lasts until ("Cricket will carry the
    Y72 until 2022", "will keep it on sale through at least 2026", "through year-end" in June), which the guide never gives as the event's date
    (round 5; dev: 5 such passages dated otherwise, 1 by the end). The retrained model of session 12 took one, 61 %
    sure."""
    if phrase is None or reference is None:
        return False
    leads = _AN_END_IN.match(phrase.text) or _AN_END_BEFORE.search(passage, max(0, phrase.offset - 24), phrase.offset)
    # the last month the phrase may mean: "through year-end" in a June article is ahead, "until 2019" in 2021 is over
    ahead = (phrase.start.year, phrase.start.month or 12) > (reference.year, reference.month or 12)
    return bool(leads) and ahead


def may_overrule(candidates: list[DateCandidate]) -> bool:
    """Whether the model may change the rules' start: only one they read from a date phrase or gave as the source's
    date, approximate. Not the source's own day, nor a day other rules gave (a live blog's stamp, a weekday heading a
    digest's item): the model sees too little of those, and on the dev passages it overruled them only wrongly."""
    return any("chosen" in c.features and c.features[0] in ("t=phrase", "t=ref~") for c in candidates)


def learned_date(passage: str, reading: DateReading, rules_kind: str) -> tuple[DateCandidate, float, int] | None:
    """The candidate the model finds likeliest, its share of the candidates' odds and how many passages the model was
    learned from, when it is not the rules' start and the model may
    overrule them (None: the rules' start stands, or there is no model, or nothing to choose from)."""
    model = date_model()
    candidates = date_candidates(passage, reading, rules_kind)
    if model is None or not candidates or (reading.rules_start is not None and not may_overrule(candidates)):
        return None
    scores = [model.score(candidate.features) for candidate in candidates]
    best = max(range(len(candidates)), key=scores.__getitem__)
    phrase = candidates[best].phrase
    if (candidates[best].start == reading.rules_start or overtaken(passage, phrase)
            or an_end_ahead(passage, phrase, reading.reference)):  # fmt: skip
        return None
    # how sure among the candidates: the share of the likeliest (a softmax of the scores)
    share = 1.0 / sum(math.exp(score - scores[best]) for score in scores)
    return candidates[best], share, model.passages
