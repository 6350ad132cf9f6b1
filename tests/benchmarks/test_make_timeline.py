"""The benchmark generator writes valid, warning-free, byte-stable files (run as a real script)."""

from __future__ import annotations

import json
import subprocess
import sys

from gui.core.storage.fileformat import read_document
from gui.core.storage.fileformat_write import encode_document


def test_generator_writes_a_valid_stable_file(tmp_path, repo_root):
    out = tmp_path / "gen.json"
    result = subprocess.run(
        [sys.executable, str(repo_root / "benchmarks" / "make_timeline.py"), "--events", "300", "--lanes", "7",
         "--seed", "3", str(out)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    loaded = read_document(out)
    assert loaded.warnings == []
    document = loaded.document
    assert len(document.events) == 300 and len(document.lanes) == 7
    assert sum(e.end is None for e in document.events) > 150  # mostly points
    assert encode_document(document) == out.read_bytes()


def test_lean_flag_writes_only_required_fields_with_short_titles(tmp_path, repo_root):
    script = str(repo_root / "benchmarks" / "make_timeline.py")
    out, again = tmp_path / "lean.json", tmp_path / "lean2.json"
    for path in (out, again):
        result = subprocess.run(
            [sys.executable, script, "--lean", "--events", "400", "--lanes", "5", "--seed", "2", str(path)],
            capture_output=True, text=True, timeout=120,
        )
        assert result.returncode == 0, result.stderr
    assert out.read_bytes() == again.read_bytes()
    raw = json.loads(out.read_bytes())
    assert "sources" not in raw
    assert all(set(e) <= {"id", "lane", "title", "start", "end"} for e in raw["events"])
    assert all(len(e["title"].split()) <= 3 for e in raw["events"])
    assert 40 < sum("end" in e for e in raw["events"]) < 200  # about 30 % ranges
    loaded = read_document(out)
    assert loaded.warnings == []
    assert len(loaded.document.events) == 400 and len(loaded.document.lanes) == 5
    full = tmp_path / "full.json"
    subprocess.run(
        [sys.executable, script, "--events", "400", "--lanes", "5", "--seed", "2", str(full)],
        capture_output=True, text=True, timeout=120, check=True,
    )
    assert out.stat().st_size * 3 < full.stat().st_size
