"""Atomic writes of data that comes in pieces: written by a thread as they come, all or nothing."""

from __future__ import annotations

import errno
import hashlib
import os
import threading

import pytest

from gui.core.storage import atomic
from gui.core.storage.atomic import TEMP_SUFFIX, atomic_write

PIECES = [b"{\n", memoryview(b'  "a": 1,\n'), b'  "b": 2\n', b"}\n"]
WHOLE = b"".join(bytes(piece) for piece in PIECES)


def test_pieces_are_written_in_order_and_hashed(tmp_path):
    target = tmp_path / "t.json"
    digest = hashlib.sha256()
    written = atomic_write(target, iter(PIECES), digest=digest)
    assert target.read_bytes() == WHOLE
    assert digest.hexdigest() == hashlib.sha256(WHOLE).hexdigest()
    assert (written.st_size, written.st_mtime_ns) == (target.stat().st_size, target.stat().st_mtime_ns)
    assert list(tmp_path.iterdir()) == [target]


def test_bytes_are_hashed_too(tmp_path):
    digest = hashlib.sha256()
    atomic_write(tmp_path / "t.json", WHOLE, digest=digest)
    assert digest.hexdigest() == hashlib.sha256(WHOLE).hexdigest()


def test_short_writes_are_continued(tmp_path, monkeypatch):
    """os.write may write fewer bytes than asked (a signal, a pipe, a nearly full disk)."""
    real = os.write
    monkeypatch.setattr(atomic.os, "write", lambda fd, data: real(fd, memoryview(data)[:3]))
    target = tmp_path / "t.json"
    atomic_write(target, iter(PIECES))
    assert target.read_bytes() == WHOLE


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO])
def test_a_failing_write_in_the_middle_leaves_the_old_file_and_no_litter(tmp_path, monkeypatch, code):
    target = tmp_path / "t.json"
    target.write_bytes(b"old")
    real = os.write
    calls = []

    def write(fd, data):
        calls.append(bytes(data))
        if len(calls) == 3:
            raise OSError(code, os.strerror(code))
        return real(fd, data)

    monkeypatch.setattr(atomic.os, "write", write)
    made = []

    def pieces():
        for piece in [*PIECES, b"more", b"and more"]:
            made.append(piece)
            yield piece

    with pytest.raises(OSError) as caught:
        atomic_write(target, pieces())
    assert caught.value.errno == code
    assert target.read_bytes() == b"old"
    assert not list(tmp_path.glob(f"*{TEMP_SUFFIX}"))
    assert len(calls) == 3  # nothing written after the failure


def test_an_error_making_the_pieces_leaves_the_old_file_and_stops_the_writer(tmp_path):
    target = tmp_path / "t.json"
    target.write_bytes(b"old")

    def pieces():
        yield b"{"
        raise ValueError("cannot encode")

    before = {thread.name for thread in threading.enumerate()}
    with pytest.raises(ValueError, match="cannot encode"):
        atomic_write(target, pieces())
    assert target.read_bytes() == b"old"
    assert not list(tmp_path.glob(f"*{TEMP_SUFFIX}"))
    assert {thread.name for thread in threading.enumerate()} <= before  # the writer thread is gone


def test_a_failing_fsync_after_all_pieces_leaves_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "t.json"
    target.write_bytes(b"old")

    def fsync(fd):
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    with pytest.raises(OSError):
        atomic_write(target, iter(PIECES))
    assert target.read_bytes() == b"old"
    assert not list(tmp_path.glob(f"*{TEMP_SUFFIX}"))
