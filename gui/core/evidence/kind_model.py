"""The learned kind: a second opinion on the cue rules' kind, from a linear model learned from the labelled
passages of the dev set (``passage_model``).

The cue rules (``cues.kind_of``) are right on nine passages in ten of the text they were written from, but on
text by other hands they miss wordings nobody listed. The model reads the passage's words and word pieces and the
rules' kind, so it learns where the rules are to be trusted; on dev batches no rule was written from it is right
more often than the rules, and than any limit on when it may overrule them (figures in
``benchmarks/train_passage_models.py``'s output). Its guess says so in the hint, with how sure it is and what the
rules said. Draft Events keeps to the rules' cues to decide which sentences state an effort (``rules_kind``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from gui.core.evidence.passage_model import PassageModel, load_model, second_opinion

__all__ = ["MODEL_FILE", "kind_model", "learned_kind", "may_overrule"]

MODEL_FILE = Path(__file__).with_name("kind_model.npz")


@lru_cache(maxsize=1)
def kind_model() -> PassageModel | None:
    """The shipped model, or None when its file is missing (the rules alone)."""
    return load_model(MODEL_FILE)


def learned_kind(general_text: str, kind: str, why: str) -> tuple[str, str]:
    """The kind to prefill and why: the rules' ``kind`` and ``why`` where the model agrees or may not overrule them,
    else the model's guess, labelled as one."""
    return second_opinion(kind_model(), general_text, kind, why, may_overrule(kind, why))


def may_overrule(rules_kind: str, _why: str = "") -> bool:
    """Whether the model may change the rules' kind: not a setback. A setback is what the rules' failure classes
    were most often about ("Sprint terminated its contract with …", "… was dropped"), the words that say one are
    listed by lemma, and the word pieces the model reads confuse them with others ("shelves" with "shelved").
    Letting it overrule setbacks too would add 0.6 points on the dev batches no rule was written from, and undo
    failure classes #18 names."""
    return rules_kind != "setback"
