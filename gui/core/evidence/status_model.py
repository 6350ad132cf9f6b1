"""The learned status: a second opinion on the cue rules' status, from a linear model learned from the labelled
passages of the dev set (``passage_model``).

The status rules (``status_cues.status_of``) read who speaks and how sure they are from listed words; on text by
other hands they are right less often than on the text they were written from. The model reads the passage's
words and word pieces and the rules' status, so it learns where the rules' cue is to be trusted; on dev batches no
rule was written from it is right more often than the rules (figures in ``benchmarks/train_passage_models.py``'s
output). Its guess says so in the hint, with how sure it is and what the rules said.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from gui.core.evidence.passage_model import PassageModel, load_model, second_opinion
from gui.core.evidence.status_cues import FIRM_CUE

__all__ = ["MODEL_FILE", "learned_status", "may_overrule", "status_model"]

MODEL_FILE = Path(__file__).with_name("status_model.npz")


@lru_cache(maxsize=1)
def status_model() -> PassageModel | None:
    """The shipped model, or None when its file is missing (the rules alone)."""
    return load_model(MODEL_FILE)


def learned_status(general_text: str, status: str, why: str) -> tuple[str, str]:
    """The status to prefill and why: the rules' ``status`` and ``why`` where the model agrees or may not overrule
    them, else the model's guess, labelled as one."""
    return second_opinion(status_model(), general_text, status, why, may_overrule(status, why))


def may_overrule(_rules_status: str, why: str) -> bool:
    """Whether the model may change the rules' status: not where they found a firm cue (someone on the record, a
    source not named, a cancellation). Those are the failure classes #18 names ("executives who asked not to be
    named" is a report, not a confirmation), said in words the rules list; letting the model overrule them too
    would add 0.3 points on the dev batches no rule was written from, and undo them."""
    return not why.startswith(FIRM_CUE)
