"""Asking for room before work turns a crash in a C extension into a MemoryError that can be reported."""

from __future__ import annotations

import subprocess
import sys

import pytest

from gui.core.storage.headroom import ensure_headroom

ASK_UNDER_A_CAP = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (400 << 20, 400 << 20))
from gui.core.storage.headroom import ensure_headroom
ensure_headroom(1 << 20)  # a megabyte is there
try:
    ensure_headroom(1 << 30)  # a gigabyte is not, under a 400 MB cap
except MemoryError as error:
    print("MemoryError:", error)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS caps the address space on Linux")
def test_room_that_is_not_there_is_a_memory_error_not_a_crash(tmp_path):
    result = subprocess.run([sys.executable, "-c", ASK_UNDER_A_CAP], capture_output=True, text=True, timeout=60,
                            cwd=tmp_path, env={"PYTHONPATH": str(__import__("pathlib").Path(__file__).resolve().parents[3])})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "MemoryError: 1,073,741,824 bytes of memory are not available"


def test_room_that_is_there_costs_nothing_to_ask_for():
    ensure_headroom(0)
    ensure_headroom(64 << 20)  # reserved, never touched, given back
