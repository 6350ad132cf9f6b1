"""Atomic file replacement: a save leaves either the old file or the new one, never half of either."""

from __future__ import annotations

import glob
import hashlib
import os
import re
import secrets
import stat
import sys
import threading
from collections.abc import Iterable
from os import PathLike
from pathlib import Path
from queue import Queue
from typing import Any

__all__ = ["TEMP_SUFFIX", "atomic_write", "remove_stale_temp_files", "sync_directory", "wait_for_old_files_freed"]

#: Temporary files are named ``.NAME.RANDOM.inroads-tmp`` beside the target.
TEMP_SUFFIX = ".inroads-tmp"
_RANDOM_HEX_DIGITS = 8
#: Pieces made but not yet written, at most: enough to keep the writer busy, little memory.
_PIECES_AHEAD = 4
_SWITCH_INTERVAL_WHILE_WRITING = 0.001
#: A replaced file at least this big is freed in the background: freeing its blocks took 13 ms
#: of a 59 MB save, time the user need not wait for once the new file is safely in place.
_FREE_IN_BACKGROUND_BYTES = 1 << 20


#: The longest file name most file systems take, in bytes (ext4, APFS, NTFS in UTF-16 units).
_NAME_MAX = 255
#: Bytes a temporary name adds to the target's name: the dot, ".RANDOM" and the suffix.
_TEMP_NAME_EXTRA = 1 + 1 + _RANDOM_HEX_DIGITS + len(TEMP_SUFFIX)
_NAME_DIGEST_CHARS = 8


def _temp_path(target: Path) -> Path:
    random = secrets.token_hex(_RANDOM_HEX_DIGITS // 2)
    return target.with_name(f".{_temp_stem(target.name)}.{random}{TEMP_SUFFIX}")


def _temp_stem(name: str) -> str:
    """The part of a temporary name that says whose it is: the target's name, shortened if it must be.

    A name of up to 255 bytes can be opened, but adding 22 bytes to it could not be
    created ("File name too long"). A long name is cut to its first bytes (whole
    characters) and a digest of the whole name, so each file's leftovers still match
    only its own name.
    """
    encoded = os.fsencode(name)
    if len(encoded) + _TEMP_NAME_EXTRA <= _NAME_MAX:
        return name
    digest = hashlib.sha256(encoded).hexdigest()[:_NAME_DIGEST_CHARS]
    room = _NAME_MAX - _TEMP_NAME_EXTRA - len(digest) - 1
    head = encoded[:room].decode("utf-8", errors="ignore") if _decodes(encoded) else name[: room // 4]
    return f"{head}~{digest}"


def _decodes(encoded: bytes) -> bool:
    try:
        encoded.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def atomic_write(
    path: str | PathLike[str],
    data: bytes | Iterable[bytes | memoryview],
    *,
    digest: Any = None,
    follow_symlinks: bool = True,
) -> os.stat_result:
    """Write ``data`` to ``path`` through a synced temporary file and an atomic rename.

    ``data`` is bytes, or pieces of bytes written as they come (a thread writes one
    piece while the next is made). ``digest`` (a hashlib object) is fed every byte
    written. Returns the new file's status as written: its size and modification
    time, which the rename keeps.

    The new file keeps the permission bits of the file it replaces. If anything
    fails, the temporary file is removed and the original is untouched.

    When ``path`` is a symbolic link, the file it points to is replaced (the link
    stays), as editors do when told to write to a link. With ``follow_symlinks=False``
    the link itself is replaced by the new file and its target is left alone: the
    window saves that way to the file it opened, so a link put there since (to some
    other file) is never written through.
    """
    target = Path(path)
    if follow_symlinks and target.is_symlink():
        target = target.resolve()
    try:
        old = target.stat() if follow_symlinks else target.lstat()
        mode = stat.S_IMODE(old.st_mode) if stat.S_ISREG(old.st_mode) else None  # not a link's 0o777
    except FileNotFoundError:
        old, mode = None, None
    temp = _temp_path(target)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666 if mode is None else mode)
    try:
        try:
            if isinstance(data, (bytes, bytearray, memoryview)):
                _write_all(fd, data, digest)
            else:
                _write_pieces(fd, data, digest)
            os.fsync(fd)
            written = os.fstat(fd)
        finally:
            os.close(fd)
        if mode is not None:
            os.chmod(temp, mode)
        held = _hold_open(target, old)
        try:
            os.replace(temp, target)
        finally:
            if held is not None:
                _close_in_background(held)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    sync_directory(target.parent)
    return written


def _hold_open(target: Path, old: os.stat_result | None) -> int | None:
    """Open a big file about to be replaced, so that the rename does not wait for its blocks to be freed.

    The file is freed when this descriptor is closed (in the background) instead. Nothing
    is left on disk if the process dies first: the kernel closes it.
    """
    if old is None or old.st_size < _FREE_IN_BACKGROUND_BYTES or not stat.S_ISREG(old.st_mode):
        return None
    if os.name != "posix":
        return None  # Windows refuses to replace a file that is open
    try:
        return os.open(target, os.O_RDONLY)
    except OSError:
        return None  # not readable by us: the rename frees it instead


_closing: list[threading.Thread] = []


def _close_in_background(fd: int) -> None:
    _closing[:] = [thread for thread in _closing if thread.is_alive()]
    thread = threading.Thread(target=os.close, args=(fd,), name="inroads-free-old", daemon=True)
    _closing.append(thread)
    thread.start()


def wait_for_old_files_freed() -> None:
    """Return once every replaced file being freed in the background is freed."""
    for thread in _closing:
        thread.join()


def _write_all(fd: int, data: bytes | bytearray | memoryview, digest: Any = None) -> None:
    """Write every byte (``os.write`` may write fewer than asked)."""
    if digest is not None:
        digest.update(data)
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _write_pieces(fd: int, pieces: Iterable[bytes | memoryview], digest: Any) -> None:
    """Write the pieces in order, each in a thread while the next is made.

    ``os.write`` and hashlib let go of the GIL, so writing (and hashing) one piece
    costs the thread making the next one nothing. The first error, from either
    side, stops both and is raised here.
    """
    queue: Queue[bytes | memoryview | None] = Queue(maxsize=_PIECES_AHEAD)
    failed: list[BaseException] = []

    def write() -> None:
        while (piece := queue.get()) is not None:
            if not failed:
                try:
                    _write_all(fd, piece, digest)
                except BaseException as error:  # noqa: BLE001 - raised in the thread that waits
                    failed.append(error)

    writer = threading.Thread(target=write, name="inroads-writer", daemon=True)
    # The writer needs the GIL back after each write; by default it could wait 5 ms each time for the
    # thread making the pieces, which is busy in long calls. 1 ms keeps it writing (about 10 % quicker).
    interval = sys.getswitchinterval()
    sys.setswitchinterval(min(interval, _SWITCH_INTERVAL_WHILE_WRITING))
    writer.start()
    try:
        for piece in pieces:
            if failed:
                break
            queue.put(piece)
    finally:
        queue.put(None)
        writer.join()
        sys.setswitchinterval(interval)
    if failed:
        raise failed[0]


def sync_directory(directory: Path) -> None:
    """Make the rename itself durable; not every platform can open a directory."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temp_files(path: str | PathLike[str], *, follow_symlinks: bool = True) -> list[Path]:
    """Delete temporary files a crashed save left beside ``path``; return what was removed.

    ``write_document`` calls this before every save, so a save killed half-way leaves
    litter only until the next one. Only this file's own temporary files match: not
    those of ``NAME.bak`` (``.NAME.bak.RANDOM...``), and names with glob characters
    (``timeline[1].json``) are taken literally. A save of the same file running at this
    moment in another process would lose its temporary file and fail cleanly (its
    rename finds nothing), leaving the file as it was.
    """
    target = Path(path)
    if follow_symlinks and target.is_symlink():
        target = target.resolve()  # atomic_write puts its temporary files beside the real file
    stem = _temp_stem(target.name)
    own_name = re.compile(re.escape(f".{stem}.") + f"[0-9a-f]{{{_RANDOM_HEX_DIGITS}}}" + re.escape(TEMP_SUFFIX))
    removed = []
    for leftover in target.parent.glob(f".{glob.escape(stem)}.*{TEMP_SUFFIX}"):
        if not own_name.fullmatch(leftover.name):
            continue
        try:
            leftover.unlink()
            removed.append(leftover)
        except OSError:
            pass
    return removed
