"""The Disagreements-per-edit benchmark runs end to end at a small N, the pane's group too (a real script,
a real window offscreen). No timing is asserted."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def test_disagreements_edit_benchmark_reports_its_figures(repo_root, tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            str(repo_root / "benchmarks" / "disagreements_edit.py"),
            "--events", "3000", "--lanes", "4", "--rounds", "3", "--pane", "--json",
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=str(tmp_path),
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(repo_root)),
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["meta"]["events"] == 3000
    for group in ("full", "changed_only", "pane_refresh"):
        for stat in ("p50", "p95"):
            value = report["metrics"][f"disagreements_{group}_cpu_{stat}_ms"]
            assert isinstance(value, float) and value >= 0, (group, stat)
