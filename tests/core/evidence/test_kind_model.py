"""The learned kind model: it reproduces the numbers it was trained to give, and overrules the rules only
where it measured better (no cue, or sure of another kind on a long passage, never over a setback)."""

from __future__ import annotations

import numpy as np
import pytest

from gui.core.document.model import Lane, Source, new_document
from gui.core.evidence import kind_model
from gui.core.evidence.drafting import draft_events
from gui.core.evidence.extract import suggest_event
from gui.core.evidence.kind_model import KindGuess, KindModel, MODEL_FILE, overrules

LONG = (
    "maker has been quietly sounding out carrier and carrier about bringing its next flagship to their "
    "stores, according to two people with knowledge of the conversations"
)


def test_the_shipped_model_reproduces_the_probabilities_it_was_trained_to_give():
    model = KindModel.load()
    with np.load(MODEL_FILE, allow_pickle=False) as data:
        texts, expected = data["check_texts"].tolist(), data["check_probabilities"]
    assert len(texts) >= 20
    for text, row in zip(texts, expected, strict=True):
        got = model.probabilities(text)
        assert [got[kind] for kind in model.kinds] == pytest.approx(row.tolist(), abs=1e-5)
    assert model.passages >= 1000 and "setback" in model.kinds and "other" not in model.kinds


def test_a_passage_with_no_known_feature_gets_the_priors():
    probabilities = KindModel.load().probabilities("")
    assert sum(probabilities.values()) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("rules", "guess", "text", "expected"),
    [
        ("other", KindGuess("context", 0.3), "short", True),  # no cue: any guess beats none
        ("carrier-deal", KindGuess("carrier-talks", 0.75), LONG, True),
        ("carrier-deal", KindGuess("carrier-talks", 0.65), LONG, False),  # not sure enough
        ("carrier-deal", KindGuess("carrier-talks", 0.9), "maker talks to carrier", False),  # too short to judge
        ("setback", KindGuess("carrier-deal", 0.95), LONG, False),  # a setback outweighs the effort it befell
        ("carrier-talks", KindGuess("carrier-talks", 0.95), LONG, False),  # they agree
    ],
)
def test_when_the_model_overrules_the_rules(rules, guess, text, expected):
    assert overrules(rules, guess, text) is expected


def _suggest(passage: str):
    document = new_document()
    document.lanes[:] = [Lane("vivo", "Vivo"), Lane("zte", "ZTE")]
    text = "Vivo weighs the US\n\n" + passage
    source = Source("s", "Vivo weighs the US", published="2021-05-04", text=text)
    start = text.index(passage)
    return suggest_event(document, source, start, len(text))


def test_a_passage_with_no_cue_gets_a_guess_that_says_so():
    got = _suggest("Vivo's new flagship has a larger battery and a brighter screen than last year's model.")
    assert got.rules_kind == "other" and got.kind != "other"
    assert got.hints["kind"].startswith("a guess learned from 1,")
    assert "% sure; the rules found no cue" in got.hints["kind"]


def test_without_the_model_file_the_rules_alone_decide(monkeypatch, tmp_path):
    monkeypatch.setattr(kind_model, "MODEL_FILE", tmp_path / "missing.npz")
    kind_model.kind_model.cache_clear()
    try:
        got = _suggest("Vivo's new flagship has a larger battery and a brighter screen than last year's model.")
        assert (got.kind, got.hints["kind"]) == ("other", "no cue in the passage")
    finally:
        kind_model.kind_model.cache_clear()


def test_drafting_skips_a_sentence_with_no_cue_even_when_the_model_guesses(tmp_path):
    """Draft Events proposes a sentence that states an effort: the rules' cue, not the model's guess."""
    text = (
        "Vivo weighs the US\n\nVivo's new flagship has a larger battery and a brighter screen than last year's "
        "model. Vivo is in talks with Verizon about the phone, people familiar with the matter said."
    )
    document = new_document()
    document.lanes[:] = [Lane("vivo", "Vivo")]
    source = Source("s", "Vivo weighs the US", published="2021-05-04", text=text)
    quotes = [text[d.start : d.end] for d in draft_events(document, source)]
    assert quotes == ["Vivo is in talks with Verizon about the phone, people familiar with the matter said."]

