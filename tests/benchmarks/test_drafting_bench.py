"""The drafting benchmark runs as a real script on a short generated article (no timing is asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def run(repo_root, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(Path(repo_root) / "benchmarks" / "drafting.py"), *args],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_it_reports_words_sentences_drafts_matches_and_times(repo_root):
    result = run(repo_root, "--words", "400", "--rounds", "1", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["words"] >= 400
    assert 0 < report["drafts"] < report["sentences"]  # the filler sentences are not drafted
    assert 0 < report["matches"] < report["drafts"]
    for key in ("median_s", "worst_s", "one_process_median_s", "one_process_worst_s", "goal_s", "yardstick_s"):
        assert isinstance(report[key], float), key
    assert report["shared"] == 0  # 400 words: too few passages to send to a worker


def test_with_a_worker_it_times_both_ways_and_the_worker_does_a_share(repo_root):
    result = run(repo_root, "--words", "2000", "--rounds", "1", "--workers", "1", "--json")
    assert result.returncode == 0, result.stderr  # 1 when the workers' drafts differ from one process's
    report = json.loads(result.stdout)
    assert report["workers"] == 1 and isinstance(report["workers_ready_s"], float)
    assert 0 < report["shared"] < report["sentences"]


def test_it_prints_the_figure_against_the_goal(repo_root):
    result = run(repo_root, "--words", "200", "--rounds", "1")
    assert result.returncode == 0, result.stderr
    assert "drafts" in result.stdout and "goal: under 1 s" in result.stdout and "yardstick" in result.stdout
    assert "as the app drafts" in result.stdout and "in one process" in result.stdout
