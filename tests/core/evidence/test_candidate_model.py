"""The candidate models' arithmetic: the app reproduces the probabilities the training script's scikit-learn model
gave, from numpy alone, and a missing or broken file means no model."""

from __future__ import annotations

import numpy as np

from gui.core.evidence import partner_model
from gui.core.evidence.candidate_model import CandidateModel, load_candidate_model


def test_the_shipped_partner_model_gives_the_probabilities_it_was_trained_to():
    model = partner_model.partner_model()
    assert model is not None and model.passages > 5_000
    with np.load(partner_model.MODEL_FILE) as data:
        features = [text.split("\x1f") for text in data["check_features"].tolist()]
        expected = data["check_probabilities"]
    assert len(features) >= 20
    got = [model.probability(f) for f in features]
    np.testing.assert_allclose(got, expected, atol=1e-5)


def test_unknown_and_repeated_features():
    model = CandidateModel(["a", "b"], [2.0, -1.0], intercept=0.5, passages=3)
    assert model.score([]) == 0.5
    assert model.score(["a", "a", "unseen"]) == 2.5  # each feature counts once; one never seen, not at all
    assert model.probability(["b"]) == 1 / (1 + np.exp(0.5))


def test_a_missing_or_broken_file_is_no_model(tmp_path):
    assert load_candidate_model(tmp_path / "missing.npz") is None
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"not a zip")
    assert load_candidate_model(broken) is None
    np.savez(partial := tmp_path / "partial.npz", features=np.asarray(["a"]))
    assert load_candidate_model(partial) is None
