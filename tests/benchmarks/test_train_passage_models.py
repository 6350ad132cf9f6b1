"""The learned models' training script: the shipped models are exactly what it learns from the dev passages of
the set (so a new dev batch or a changed rule can't leave a stale model behind), and its cross-validation runs."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("sklearn")

from gui.core.evidence import kind_model, status_model  # noqa: E402


def run(repo_root, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(Path(repo_root) / "benchmarks" / "train_passage_models.py"), *args],
        capture_output=True, text=True, timeout=1200, check=False,  # a hang guard, not a speed check: 440 s here (session 17)
    )  # fmt: skip


def test_the_shipped_models_are_what_the_script_learns_from_the_dev_passages(repo_root, tmp_path):
    result = run(repo_root, "--no-cv", "--out-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("wrote") == 2
    for shipped_file in (kind_model.MODEL_FILE, status_model.MODEL_FILE):
        retrain = "retrain: python benchmarks/train_passage_models.py"
        with np.load(tmp_path / shipped_file.name) as learned, np.load(shipped_file) as shipped:
            assert int(learned["passages"]) == int(shipped["passages"]), retrain
            assert learned["labels"].tolist() == shipped["labels"].tolist()
            assert learned["features"].tolist() == shipped["features"].tolist(), retrain
            assert int(learned["rules_weight"]) == int(shipped["rules_weight"])
            np.testing.assert_allclose(learned["coef"], shipped["coef"], atol=1e-2)  # another BLAS may round otherwise
            np.testing.assert_allclose(learned["check_probabilities"], shipped["check_probabilities"], atol=1e-2)


def test_cross_validation_prints_the_rules_and_the_model_on_unseen_files(repo_root, tmp_path):
    folder = Path(repo_root) / "benchmarks" / "extraction_set"
    for name in ("dev-r6-status-a.json", "dev-r6-status-b.json", "dev-r5-dates-b.json", "dev-r10-a-1.json"):
        shutil.copy(folder / name, tmp_path / name)
    result = run(repo_root, "--set", str(tmp_path), "--cv-only", "--field", "status")
    assert result.returncode == 0, result.stderr
    for line in ("status right, ten folds by file", "cue rules alone", "the model alone", "the model as the app uses it",
                 "batches no rule was written from"):  # fmt: skip
        assert line in result.stdout, line
    assert "kind right" not in result.stdout
    assert "wrote" not in result.stdout and not any(tmp_path.glob("*.npz"))
