"""Atomic saving: the target is the old file or the new one, never a mix, and no litter."""

from __future__ import annotations

import os
import stat

import pytest

from gui.core.storage import atomic
from gui.core.storage.atomic import TEMP_SUFFIX, atomic_write, remove_stale_temp_files


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


# A replaced file of a megabyte or more is held open over the rename and freed in a background thread.
BIG = b"x" * (atomic._FREE_IN_BACKGROUND_BYTES + 1)


def test_a_big_replaced_file_is_freed_in_the_background_and_leaves_no_litter(tmp_path, monkeypatch):
    target = tmp_path / "t.json"
    target.write_bytes(BIG)
    closed = []
    monkeypatch.setattr(atomic, "_close_in_background", closed.append)
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert list(tmp_path.iterdir()) == [target]
    # The old file is gone from the folder, but its blocks wait for this descriptor.
    (fd,) = closed
    assert os.fstat(fd).st_nlink == 0 and os.read(fd, 3) == b"xxx"
    os.close(fd)


def test_the_background_close_finishes(tmp_path):
    target = tmp_path / "t.json"
    target.write_bytes(BIG)
    atomic_write(target, b"new")
    atomic.wait_for_old_files_freed()
    assert not any(thread.is_alive() for thread in atomic._closing)
    assert list(tmp_path.iterdir()) == [target]


def test_a_failing_replace_of_a_big_file_keeps_it_and_leaves_no_litter(tmp_path, monkeypatch):
    target = tmp_path / "t.json"
    target.write_bytes(BIG)

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write(target, b"new")
    atomic.wait_for_old_files_freed()
    assert target.read_bytes() == BIG
    assert list(tmp_path.iterdir()) == [target]


def test_an_unreadable_big_file_is_still_replaced(tmp_path, monkeypatch):
    target = tmp_path / "t.json"
    target.write_bytes(BIG)
    real_open = os.open

    def refuse_reading(path, flags, *args):
        if flags == os.O_RDONLY and str(path) == str(target):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)

    monkeypatch.setattr(atomic.os, "open", refuse_reading)
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert list(tmp_path.iterdir()) == [target]


def test_a_new_link_is_replaced_not_written_through_when_told_not_to_follow(tmp_path):
    """The window's save: the file it opened was replaced by a link to another file since."""
    other = tmp_path / "other.json"
    other.write_bytes(b"someone else's file")
    opened = tmp_path / "opened.json"
    opened.symlink_to(other)
    atomic_write(opened, b"new", follow_symlinks=False)
    assert not opened.is_symlink() and opened.read_bytes() == b"new"
    assert other.read_bytes() == b"someone else's file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["opened.json", "other.json"]


@pytest.mark.parametrize("name", ["a" * 245 + ".json", "b" * 250 + ".json", "é" * 122 + "a.json"])
def test_names_up_to_255_bytes_can_be_saved_and_their_leftovers_found(tmp_path, name):
    target = tmp_path / name
    assert 250 <= len(os.fsencode(target.name)) <= 255
    target.write_bytes(b"old")
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert list(tmp_path.iterdir()) == [target]
    leftover = atomic._temp_path(target)
    assert len(os.fsencode(leftover.name)) <= 255
    leftover.write_bytes(b"killed half-way")
    other = atomic._temp_path(target.with_name("c" + name[1:]))  # another long name, same start
    other.write_bytes(b"another file's save")
    assert remove_stale_temp_files(target) == [leftover]
    assert sorted(tmp_path.iterdir()) == sorted([target, other])
