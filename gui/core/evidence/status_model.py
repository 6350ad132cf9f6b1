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

from gui.core.evidence.passage_model import PassageModel, load_model, long_enough, second_opinion
from gui.core.evidence.status_cues import FIRM_CUE

__all__ = ["MODEL_FILE", "learned_status", "status_model"]

MODEL_FILE = Path(__file__).with_name("status_model.npz")


@lru_cache(maxsize=1)
def status_model() -> PassageModel | None:
    """The shipped model, or None when its file is missing (the rules alone)."""
    return load_model(MODEL_FILE)


def learned_status(general_text: str, status: str, why: str) -> tuple[str, str]:
    """The status to prefill and why: the rules' ``status`` and ``why``, or the model's guess where it may overrule
    them: on a passage long enough to judge, unless the rules found a firm cue (someone on the record, a source not
    named, a cancellation: on the batches no rule was written from these were right as often as the model, and
    cancellations far more often, 96 against 62 %)."""
    may = not why.startswith(FIRM_CUE) and long_enough(general_text)
    return second_opinion(status_model(), general_text, status, why, may)
