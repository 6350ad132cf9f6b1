"""Only regular files are read: FIFOs, devices and directories are refused by their type, never opened
for reading (a FIFO would wait for a writer, ``/dev/zero`` would never end)."""

from __future__ import annotations

import hashlib
import os
import threading
from datetime import datetime, timezone

import pytest

from gui.core.storage.fileformat import read_document
from gui.core.document.problems import ErrorKind, LoadError
from gui.core.storage.recovery import RecoveryEntry
from gui.core.storage.regular_file import is_read_only, kind_in_the_way, read_regular, sha256_of_file


def finishes(function, *args):
    """``function(*args)``, where a hang fails the test instead of stopping the suite."""
    outcome: list = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(function(*args))
        except BaseException as error:  # noqa: BLE001 - raised in the test below
            errors.append(error)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(30)
    if errors:
        raise errors[0]
    assert outcome, f"{function.__name__} did not return (blocked)"
    return outcome[0]


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize(
    ("special", "message"),
    [
        ("fifo", "is a FIFO (named pipe), not a regular file"),
        ("/dev/zero", "is a character device, not a regular file"),
        ("dir", "is a directory, not a timeline file"),
    ],
)
def test_opening_something_else_than_a_file_is_one_plain_problem(tmp_path, special, message):
    if special == "fifo":
        path = tmp_path / "pipe.json"
        os.mkfifo(path)
    elif special == "dir":
        path = tmp_path / "folder.json"
        path.mkdir()
    else:
        path = special
    with pytest.raises(LoadError) as caught:
        finishes(read_document, path)
    assert caught.value.kind is ErrorKind.UNREADABLE
    assert [problem.message for problem in caught.value.problems] == [message]


def test_a_fifo_is_neither_read_nor_hashed(fifo):
    with pytest.raises(OSError, match="FIFO"):
        finishes(read_regular, fifo)
    assert finishes(sha256_of_file, fifo) is None


def test_a_regular_file_is_hashed_in_pieces(tmp_path):
    path = tmp_path / "big.bin"
    data = os.urandom(3 << 20) + b"tail"
    path.write_bytes(data)
    assert sha256_of_file(path) == hashlib.sha256(data).hexdigest()
    assert read_regular(path) == data


def test_a_recovery_files_original_replaced_by_a_fifo_is_changed_without_blocking(tmp_path, fifo):
    """Start-up compares each recovery file's original with what it was based on: a FIFO must not hang it."""
    entry = RecoveryEntry(tmp_path / "r.rec", fifo, datetime.now(timezone.utc), b"", original_sha256="0" * 64)
    assert finishes(entry.original_changed)


def test_what_a_save_must_not_replace(tmp_path, fifo):
    folder = tmp_path / "folder"
    folder.mkdir()
    link = tmp_path / "link"
    link.symlink_to(folder)
    assert kind_in_the_way(fifo, follow_symlinks=False) == "a FIFO (named pipe)"
    assert kind_in_the_way(folder, follow_symlinks=False) == "a directory"
    assert kind_in_the_way(link, follow_symlinks=False) is None  # the link itself is replaced
    assert kind_in_the_way(link, follow_symlinks=True) == "a directory"
    assert kind_in_the_way(tmp_path / "nothing", follow_symlinks=True) is None


def test_read_only_means_no_write_bit_even_for_root(tmp_path):
    path = tmp_path / "f.json"
    path.write_bytes(b"x")
    assert not is_read_only(path)
    path.chmod(0o444)
    assert is_read_only(path)
    assert not is_read_only(tmp_path / "nothing")
