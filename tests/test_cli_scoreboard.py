"""``inroads scoreboard FILE [--by partner] [--format md|csv]``, run as a real program."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

TIMEOUT = 120


def run_inroads(*args: object, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gui", *map(str, args)],
        cwd=cwd,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
    )


def test_scoreboard_by_stage_as_markdown(tmp_path, sample_path):
    timeline = tmp_path / "sample.json"
    shutil.copyfile(sample_path, timeline)
    result = run_inroads("scoreboard", timeline, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "| Maker | Carrier talks | Carrier deal | Launch | Retail | Online sales | Regulatory | Setback | Other |"
    )
    huawei = next(line for line in lines if line.startswith("| Huawei |"))
    assert "| 2018, rumoured, AT&T & Verizon, 1 source, 1 events |" not in huawei  # one event: no count
    assert "| 2018, rumoured, AT&T & Verizon, 1 source |" in huawei
    assert "| Best Buy" not in huawei and "2017 (uncertain), reported, Best Buy, 1 source" in huawei
    assert len(lines) == 4 and result.stderr == ""


def test_scoreboard_by_partner_as_csv(tmp_path, sample_path):
    timeline = tmp_path / "sample.json"
    shutil.copyfile(sample_path, timeline)
    result = run_inroads("scoreboard", timeline, "--by", "partner", "--format", "csv", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["Maker", "AT&T", "Verizon", "Best Buy"]
    assert rows[2] == ["Xiaomi", "Carrier deal, 2018, rumoured, 1 source, 2 events",
                       "Carrier deal, 2018, rumoured, 1 source, 2 events", ""]


def test_scoreboard_of_a_missing_or_invalid_file(tmp_path):
    result = run_inroads("scoreboard", tmp_path / "nothing.json", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "inroads-timeline", "version": 1, "events": [{"id": "x"}]}', encoding="utf-8")
    result = run_inroads("scoreboard", bad, cwd=tmp_path)
    assert result.returncode == 1 and result.stdout == ""
    assert "bad.json" in result.stderr
    result = run_inroads("scoreboard", bad, "--format", "pdf", cwd=tmp_path)
    assert result.returncode == 2
