"""Atomic saving: the target is the old file or the new one, never a mix, and no litter."""

from __future__ import annotations

import os
import stat

import pytest

from gui.core import atomic
from gui.core.atomic import TEMP_SUFFIX, atomic_write, remove_stale_temp_files


def test_writes_new_file(tmp_path):
    target = tmp_path / "t.json"
    atomic_write(target, b"new\n")
    assert target.read_bytes() == b"new\n"
    assert list(tmp_path.iterdir()) == [target]


def test_replacing_keeps_permission_bits(tmp_path):
    target = tmp_path / "t.json"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    atomic_write(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_bytes() == b"new"


def test_failure_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "t.json"
    target.write_bytes(b"old")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_symlink_target_is_replaced_not_the_link(tmp_path):
    real = tmp_path / "real.json"
    real.write_bytes(b"old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    atomic_write(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_stale_temp_files_are_removed(tmp_path):
    target = tmp_path / "t.json"
    stale = tmp_path / f".t.json.deadbeef{TEMP_SUFFIX}"
    stale.write_bytes(b"half")
    other = tmp_path / f".other.json.deadbeef{TEMP_SUFFIX}"
    other.write_bytes(b"keep")
    assert remove_stale_temp_files(target) == [stale]
    assert not stale.exists() and other.exists()
