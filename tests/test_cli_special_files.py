"""``inroads check`` and ``convert`` on things that are not regular files, and when memory runs out.

Real subprocesses (``python -m gui``), as in test_cli.py. Each runs with its address space
capped (``RLIMIT_AS``), so a reader that would grow without end (``/dev/zero``) fails
here instead of eating the machine's memory, and a hang (a FIFO nobody writes to) fails
at the timeout instead of stopping the suite.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

TIMEOUT = 60
#: Enough for the interpreter, msgspec and numpy and a small file (about 200 MB suffices).
MEMORY_CAP = 300 << 20


def run_capped(*args: object, cwd: Path, memory: int = MEMORY_CAP) -> subprocess.CompletedProcess[str]:
    """Run ``python -m gui ARGS`` in ``cwd`` with at most ``memory`` bytes of address space."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    env = dict(os.environ, OPENBLAS_NUM_THREADS="1")  # numpy's thread stacks would take the cap
    result = subprocess.run(
        [sys.executable, "-m", "gui", *map(str, args)],
        cwd=cwd,
        env=env,
        preexec_fn=cap,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=TIMEOUT,
    )
    assert "Traceback" not in result.stdout + result.stderr, result.stdout + result.stderr
    return result


def printed(result: subprocess.CompletedProcess[str]) -> list[str]:
    return (result.stdout + result.stderr).splitlines()


# ----------------------------------------------------------------------------- FIFOs and devices


def test_check_a_fifo_says_what_it_is_and_does_not_wait_for_a_writer(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.json")
    result = run_capped("check", "pipe.json", cwd=tmp_path)
    assert result.returncode == 2, printed(result)
    assert printed(result) == ["pipe.json: is a FIFO (named pipe), not a regular file"]


def test_check_a_device_is_refused_before_reading_it(tmp_path: Path) -> None:
    result = run_capped("check", "/dev/zero", cwd=tmp_path)
    assert result.returncode == 2, printed(result)
    assert printed(result) == ["/dev/zero: is a character device, not a regular file"]


@pytest.mark.parametrize("special", ["fifo", "/dev/zero"])
def test_convert_from_a_fifo_or_device_writes_nothing(tmp_path: Path, special: str) -> None:
    source = "pipe.json" if special == "fifo" else special
    if special == "fifo":
        os.mkfifo(tmp_path / source)
    result = run_capped("convert", source, "out.json", cwd=tmp_path)
    assert result.returncode == 2, printed(result)
    assert "not a regular file" in printed(result)[0]
    assert not (tmp_path / "out.json").exists()


def test_convert_csv_rows_from_a_device_into_a_timeline_is_refused(tmp_path: Path, sample_path: Path) -> None:
    result = run_capped("convert", "/dev/zero", "out.json", "--from", "csv", "--into", sample_path, cwd=tmp_path)
    assert result.returncode == 2, printed(result)
    assert printed(result)[0] == "/dev/zero: is a character device, not a regular file"
    assert not (tmp_path / "out.json").exists()


# ----------------------------------------------------------------------------- running out of memory


def timeline_with_a_long_note(tmp_path: Path, sample_path: Path, megabytes: int) -> Path:
    document = json.loads(sample_path.read_text(encoding="utf-8"))
    document["events"][0]["notes"] = "x" * (megabytes << 20)
    path = tmp_path / "big.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


# Measured here: 60 MB runs out while reading under a 300 MB cap; 20 MB reads (``check`` passes) under
# 220 MB, but runs out while writing.
@pytest.mark.parametrize(("megabytes", "cap"), [(60, 300 << 20), (20, 220 << 20)])
def test_convert_out_of_memory_is_one_line_exit_2_and_no_output(
    tmp_path: Path, sample_path: Path, megabytes: int, cap: int
) -> None:
    timeline_with_a_long_note(tmp_path, sample_path, megabytes)
    result = run_capped("convert", "big.json", "out.json", cwd=tmp_path, memory=cap)
    assert result.returncode == 2, printed(result)
    assert printed(result) == ["inroads convert: big.json: not enough memory; out.json was not written"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.json"], "output or temporary file left"


def test_check_out_of_memory_is_one_line_and_exit_2(tmp_path: Path, sample_path: Path) -> None:
    timeline_with_a_long_note(tmp_path, sample_path, 60)
    result = run_capped("check", "big.json", cwd=tmp_path)
    assert result.returncode == 2, printed(result)
    assert printed(result) == ["big.json: not enough memory to read this file"]
