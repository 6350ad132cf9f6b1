"""The learned kind in the prefill: a passage with no cue gets a guess that says so, the rules alone decide without
the model's file, and Draft Events keeps to the rules' effort cues."""

from __future__ import annotations

from gui.core.document.model import Lane, Source, new_document
from gui.core.evidence import kind_model
from gui.core.evidence.drafting import draft_events
from gui.core.evidence.extract import suggest_event


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
    assert got.hints["kind"].startswith(f"a guess learned from {kind_model.kind_model().passages:,} labelled passages")
    assert "% sure; the rules found no cue" in got.hints["kind"]


def test_where_the_model_agrees_the_rules_why_stands():
    got = _suggest("Vivo is in talks with Verizon about carrying its phones, people familiar with the matter said.")
    assert got.kind == got.rules_kind == "carrier-talks"
    assert "guess" not in got.hints["kind"]


def test_a_setback_the_rules_found_stands_unless_the_model_is_sure():
    """Until session 10 a setback the rules read always stood; now the model may overrule one when at least 90 % sure
    (60 % did as well under cross-validation, but let a selling side's "dropped" price pass for a dropped effort; 70 %,
    80 % and, in session 13, 85 % let "sold poorly at Sprint" pass for a carrier deal). A setback said plainly stays
    one."""
    assert kind_model.least_sure("setback") == 0.9 and kind_model.least_sure("carrier-deal") == 0.0
    for passage in (
        "The Vivo V20 sold poorly at Sprint.",
        "Vivo's attempt to sell its phones online through its own website was dropped last year.",
        "Vivo's attempt to sell online through its own website was dropped.",
        "Sprint terminated its contract with Vivo.",
    ):
        got = _suggest(passage)
        assert got.kind == got.rules_kind == "setback", (passage, got.hints["kind"])


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
