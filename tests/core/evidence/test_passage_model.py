"""The learned models' shared arithmetic: each shipped model reproduces the probabilities scikit-learn gave when it
was trained, reads the rules' label as a feature, and gives way to the rules when its file is missing."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from gui.core.document.model import Lane, Source, new_document
from gui.core.evidence import kind_model, status_model
from gui.core.evidence.extract import suggest_event
from gui.core.evidence.passage_model import PassageModel, RulesReading, load_model, model_features, second_opinion


@pytest.mark.parametrize("module", [kind_model, status_model], ids=["kind", "status"])
def test_the_shipped_model_reproduces_the_probabilities_it_was_trained_to_give(module):
    model = PassageModel.load(module.MODEL_FILE)
    with np.load(module.MODEL_FILE, allow_pickle=False) as data:
        texts, rules, expected = data["check_texts"].tolist(), data["check_rules"].tolist(), data["check_probabilities"]
        contexts = [context.split("\n") if context else [] for context in data["check_context"].tolist()]
    assert len(texts) >= 20 and model.rules_weight > 0 and model.field in ("kind", "status")
    for text, rules_label, context, row in zip(texts, rules, contexts, expected, strict=True):
        got = model.probabilities(model_features(text, rules_label, model.rules_weight, context))
        assert [got[label] for label in model.labels] == pytest.approx(row.tolist(), abs=1e-5)
    assert model.passages >= 2000


def test_the_rules_label_is_a_feature_counted_as_trained():
    assert model_features("maker is in talks", "carrier-talks", 3)[-3:] == ["rules:carrier-talks"] * 3
    assert not any(f.startswith("rules:") for f in model_features("maker is in talks", "carrier-talks", 0))


def test_the_rules_label_moves_the_guess():
    """The same words with another rules' label: the model weighs what the rules found."""
    model = status_model.status_model()
    text = "maker will sell the phone through carrier from month num"
    assert model.probabilities(model.features(text, "confirmed")) != model.probabilities(model.features(text, "rumored"))


def test_a_passage_with_no_known_feature_gets_the_priors():
    model = kind_model.kind_model()
    assert sum(model.probabilities([]).values()) == pytest.approx(1.0)


def test_a_missing_or_broken_file_is_no_model_and_the_rules_decide(tmp_path):
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"not a zip")
    assert load_model(tmp_path / "missing.npz") is None and load_model(broken) is None
    assert second_opinion(None, "anything", "reported", "the default") == ("reported", "the default")


def test_a_guess_that_differs_says_it_is_one_and_what_the_rules_said():
    model = kind_model.kind_model()
    text = "maker new flagship has larger battery and brighter screen than last year model"
    label, why = second_opinion(model, text, "other", "no cue in the passage")
    assert label != "other"
    assert why.startswith(f"a guess learned from {model.passages:,} labelled passages, ")
    assert why.endswith("% sure; the rules found no cue")


def test_a_guess_overrules_however_weak_and_however_short_the_passage():
    """The policy chosen by cross-validation in round 13: no threshold on how sure, no minimum length (the model
    already weighs the rules' label). A three-label model that reads "talks" as talks, barely."""
    model = PassageModel(["w:talks", "rules:launch"], idf=[1.0, 1.0], coef=[[0.0, 0.0], [0.5, 0.0], [0.0, 0.3]],
                         intercept=[0.0, 0.0, 0.0], labels=["context", "carrier-talks", "launch"], passages=7,
                         rules_weight=1)  # fmt: skip
    guess = model.guess("talks", "launch")
    assert guess.label == "carrier-talks" and guess.probability < 0.5
    label, why = second_opinion(model, "talks", "launch", 'cue "launch"')
    assert label == "carrier-talks"
    assert why.startswith("a guess learned from 7 labelled passages, ") and 'the rules said launch (cue "launch")' in why
    # Where the caller asks for more (a firm cue of the rules), a guess less sure than that leaves the rules' answer.
    assert second_opinion(model, "talks", "launch", 'cue "launch"', least_sure=0.5) == ("launch", 'cue "launch"')


def test_what_else_the_rules_read_is_a_feature_of_each_field():
    reading = RulesReading("setback", "reported", 'cue "dropped" over "carry" (carrier-deal), in a side clause',
                           'source "people familiar", not named', headline=True)  # fmt: skip
    kind = reading.features("kind")
    assert kind[0] == "other:reported" and "pos:headline" in kind
    assert {"hk:over:carrier-deal", "hk:side clause", "hk:cue", "hs:source", "hs:not named"} <= set(kind)
    assert reading.features("status")[0] == "other:setback"
    assert RulesReading("other", "reported").features("kind") == ["other:reported"]


def test_the_kind_reads_the_words_of_the_event_s_own_clause_and_the_status_does_not():
    # extract.py gives the text its kind cues read: the side clause ("which sells through Amazon") blanked
    reading = RulesReading("carrier-talks", "reported", kind_text="Xiaomi,                              is in talks with Verizon")
    kind = reading.features("kind")
    assert {"m:is", "m:in", "m:talks", "m:with", "m:in talks", "m:is in"} <= set(kind)
    assert not any(feature.startswith("m:") and ("xiaomi" in feature or "verizon" in feature) for feature in kind)
    assert not any(feature.startswith("m:") for feature in reading.features("status"))


def test_suggest_event_gives_the_kind_model_the_clause_its_cues_read():
    text = "Xiaomi, which sells phones through Amazon, is in talks with Verizon, people familiar with the matter said."
    source = Source("s", title="t", publisher="", published="2020-01-02", text=text)
    document = new_document()
    document.lanes[:] = [Lane("xiaomi", "Xiaomi")]
    document.sources.append(source)
    reading = suggest_event(document, source, 0, len(text)).rules_reading
    assert "m:in talks" in reading.features("kind")
    assert not any("amazon" in feature or "through" in feature for feature in reading.features("kind"))


def test_the_shipped_models_read_what_else_the_rules_read():
    """The same words, label and cue, once as the headline and once not: the status model weighs where it stands."""
    model = status_model.status_model()
    text = "maker to sell phones through carrier"
    reading = RulesReading("carrier-deal", "reported", 'cue "sell"', "no hedge or confirmation in the passage")
    headline = dataclasses.replace(reading, headline=True)
    assert model.features(text, "reported", reading) != model.features(text, "reported", headline)
    assert model.probabilities(model.features(text, "reported", reading)) != model.probabilities(
        model.features(text, "reported", headline)
    )
