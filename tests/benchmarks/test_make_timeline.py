"""The benchmark generator writes valid, warning-free, byte-stable files (run as a real script)."""

from __future__ import annotations

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
