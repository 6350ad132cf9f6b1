"""The scoreboard benchmark runs end to end at a small N (a real script). No timing is asserted."""

from __future__ import annotations

import json
import subprocess
import sys


def test_scoreboard_benchmark_reports_its_figures(repo_root, tmp_path):
    result = subprocess.run(
        [sys.executable, str(repo_root / "benchmarks" / "scoreboard.py"), "--events", "2000", "--lanes", "5",
         "--rounds", "3", "--json"],
        capture_output=True, text=True, timeout=300, cwd=str(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["meta"]["events"] == 2000
    for key in ("scoreboard_stage_p50_ms", "scoreboard_stage_p95_ms", "scoreboard_stage_cpu_p50_ms",
                "scoreboard_partner_p50_ms", "scoreboard_partner_p95_ms", "scoreboard_partner_cpu_p50_ms"):
        assert isinstance(report["metrics"][key], float) and report["metrics"][key] >= 0, key
