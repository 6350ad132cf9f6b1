"""Atomic file replacement: a save leaves either the old file or the new one, never half of either."""

from __future__ import annotations

import glob
import os
import re
import secrets
import stat
from os import PathLike
from pathlib import Path

__all__ = ["atomic_write", "TEMP_SUFFIX", "remove_stale_temp_files"]

#: Temporary files are named ``.NAME.RANDOM.inroads-tmp`` beside the target.
TEMP_SUFFIX = ".inroads-tmp"
_RANDOM_HEX_DIGITS = 8


def _temp_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(_RANDOM_HEX_DIGITS // 2)}{TEMP_SUFFIX}")


def atomic_write(path: str | PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` through a synced temporary file and an atomic rename.

    The new file keeps the permission bits of the file it replaces. If anything
    fails, the temporary file is removed and the original is untouched.
    """
    target = Path(path)
    if target.is_symlink():
        # Replace the file the link points to, not the link itself.
        target = target.resolve()
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = None
    temp = _temp_path(target)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666 if mode is None else mode)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:
            os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_directory(target.parent)


def _sync_directory(directory: Path) -> None:
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


def remove_stale_temp_files(path: str | PathLike[str]) -> list[Path]:
    """Delete temporary files a crashed save left beside ``path``; return what was removed.

    ``write_document`` calls this before every save, so a save killed half-way leaves
    litter only until the next one. Only this file's own temporary files match: not
    those of ``NAME.bak`` (``.NAME.bak.RANDOM...``), and names with glob characters
    (``timeline[1].json``) are taken literally. A save of the same file running at this
    moment in another process would lose its temporary file and fail cleanly (its
    rename finds nothing), leaving the file as it was.
    """
    target = Path(path)
    if target.is_symlink():
        target = target.resolve()  # atomic_write puts its temporary files beside the real file
    own_name = re.compile(
        re.escape(f".{target.name}.") + f"[0-9a-f]{{{_RANDOM_HEX_DIGITS}}}" + re.escape(TEMP_SUFFIX)
    )
    removed = []
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*{TEMP_SUFFIX}"):
        if not own_name.fullmatch(leftover.name):
            continue
        try:
            leftover.unlink()
            removed.append(leftover)
        except OSError:
            pass
    return removed
