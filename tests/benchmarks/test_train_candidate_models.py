"""The candidate models' training script: the shipped partner and date models are exactly what it learns from the dev
passages of the set (so a new dev batch or a changed rule can't leave a stale model behind), and its cross-validation runs."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("sklearn")

from gui.core.evidence import date_model, partner_model  # noqa: E402


def run(repo_root, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(Path(repo_root) / "benchmarks" / "train_candidate_models.py"), *args],
        capture_output=True, text=True, timeout=1200, check=False,  # a hang guard, not a speed check
    )  # fmt: skip


def test_the_shipped_models_are_what_the_script_learns_from_the_dev_passages(repo_root, tmp_path):
    result = run(repo_root, "--no-cv", "--out-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("wrote") == 2
    retrain = "retrain: python benchmarks/train_candidate_models.py"
    for shipped_file in (partner_model.MODEL_FILE, date_model.MODEL_FILE):
        with np.load(tmp_path / shipped_file.name) as learned, np.load(shipped_file) as shipped:
            assert int(learned["passages"]) == int(shipped["passages"]), retrain
            assert learned["features"].tolist() == shipped["features"].tolist(), retrain
            assert learned["check_features"].tolist() == shipped["check_features"].tolist(), retrain
            np.testing.assert_allclose(learned["coef"], shipped["coef"], atol=1e-2)  # another BLAS may round otherwise
            np.testing.assert_allclose(learned["check_probabilities"], shipped["check_probabilities"], atol=1e-2)


def test_cross_validation_prints_the_rules_and_the_model_on_unseen_files(repo_root, tmp_path):
    folder = Path(repo_root) / "benchmarks" / "extraction_set"
    for name in ("dev-r10-a-1.json", "dev-r10-b-1.json", "dev-r13-g-1.json", "dev-r6-status-a.json"):
        shutil.copy(folder / name, tmp_path / name)
    result = run(repo_root, "--set", str(tmp_path), "--cv-only")
    assert result.returncode == 0, result.stderr
    for line in ("partners right, ten folds by file", "date right, ten folds by file", "the rules alone", "the model",
                 "batches no rule was written from", "batches after every rule"):  # fmt: skip
        assert line in result.stdout, line
    assert "wrote" not in result.stdout and not any(tmp_path.glob("*.npz"))
