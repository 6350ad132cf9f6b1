"""The kind model's training script: the shipped model is exactly what it learns from the dev passages of the
set (so a new dev batch or a changed rule can't leave a stale model behind), and its cross-validation runs."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("sklearn")

from gui.core.evidence.kind_model import MODEL_FILE  # noqa: E402


def run(repo_root, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(Path(repo_root) / "benchmarks" / "train_kind_model.py"), *args],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def test_the_shipped_model_is_what_the_script_learns_from_the_dev_passages(repo_root, tmp_path):
    out = tmp_path / "kind_model.npz"
    result = run(repo_root, "--no-cv", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "passages" in result.stdout
    with np.load(out) as learned, np.load(MODEL_FILE) as shipped:
        assert int(learned["passages"]) == int(shipped["passages"]), "retrain: python benchmarks/train_kind_model.py"
        assert learned["kinds"].tolist() == shipped["kinds"].tolist()
        assert learned["features"].tolist() == shipped["features"].tolist()
        np.testing.assert_allclose(learned["coef"], shipped["coef"], atol=1e-2)  # another BLAS may round otherwise
        np.testing.assert_allclose(learned["check_probabilities"], shipped["check_probabilities"], atol=1e-2)


def test_cross_validation_prints_rules_model_and_both_leaving_one_file_out(repo_root, tmp_path):
    folder = Path(repo_root) / "benchmarks" / "extraction_set"
    for name in ("dev-r6-status-a.json", "dev-r6-status-b.json", "dev-r5-dates-b.json"):
        shutil.copy(folder / name, tmp_path / name)
    result = run(repo_root, "--set", str(tmp_path), "--cv-only")
    assert result.returncode == 0, result.stderr
    for line in ("cue rules alone", "model alone", "rules, model only where no cue", "as the app uses them"):
        assert line in result.stdout, line
    assert "wrote" not in result.stdout and not (tmp_path / "kind_model.npz").exists()
