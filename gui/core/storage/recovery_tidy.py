"""At start-up: what killed autosaves left in the recovery folder.

A recovery file is written under a temporary name and renamed (``recovery_write``).
A kill during the write leaves half a file under the temporary name: nothing ever
read or removed those (293 MiB after 130 kills), so they are removed, once older than
a minute (a running Inroads may be writing a young one). A kill just before the
rename leaves a whole recovery file under the temporary name: it is renamed to the
name it was to have, when the Inroads that wrote it is gone, so that it is offered
like any other. Only files whose names the app makes are looked at.
"""

from __future__ import annotations

import os
import stat
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from gui.core.storage.recovery import RECOVERY_SUFFIX, RecoveryStore, _Unreadable, read_entry
from gui.core.storage.recovery_write import temp_target_name

__all__ = ["LEFTOVER_MIN_AGE_S", "TidyReport", "tidy_recovery_folder"]

#: A temporary file younger than this may belong to a write under way in a running Inroads.
LEFTOVER_MIN_AGE_S = 60.0


@dataclass
class TidyReport:
    """What tidying did: leftovers removed (and their bytes), whole files put under their own name."""

    removed: list[Path] = field(default_factory=list)
    freed_bytes: int = 0
    completed: list[Path] = field(default_factory=list)


def tidy_recovery_folder(store: RecoveryStore, *, now: float | None = None) -> TidyReport:
    """Finish the renames killed autosaves missed, and remove their half-written files."""
    report = TidyReport()
    now = time.time() if now is None else now
    try:
        names = sorted(os.listdir(store.directory))
    except OSError:
        return report  # no folder (nothing to tidy) or not readable (scan() reports it)
    for name in names:
        target = temp_target_name(name)
        if target is None or not target.endswith(RECOVERY_SUFFIX):
            continue
        _tidy_one(store, store.directory / name, store.directory / target, now, report)
    return report


def _tidy_one(store: RecoveryStore, temp: Path, target: Path, now: float, report: TidyReport) -> None:
    try:
        status = temp.lstat()
    except OSError:
        return
    if not stat.S_ISREG(status.st_mode):
        return
    if _looks_whole(temp):
        try:
            entry, process = read_entry(temp)
        except _Unreadable:
            pass  # ends like a whole file, but is not one: a leftover after all
        else:
            if not store.writer_is_gone(entry, process):
                return  # a whole file of a running Inroads: about to be renamed by it
            newer = _newer_than_target(entry.saved_at, target)
            if newer:
                _rename(temp, target, report)
            if newer is not False:
                return  # renamed, or left beside a file in its place that could not be read
            # else an older copy of the file in place: a leftover like any other
    if now - status.st_mtime >= LEFTOVER_MIN_AGE_S:
        try:
            temp.unlink()
        except OSError:
            return
        report.removed.append(temp)
        report.freed_bytes += status.st_size


def _looks_whole(path: Path) -> bool:
    """Whether the file ends as a whole recovery file does (``}``): cheap, so half files are not parsed."""
    try:
        with open(path, "rb") as stream:
            stream.seek(max(0, os.fstat(stream.fileno()).st_size - 64))
            return stream.read().rstrip().endswith(b"}")
    except OSError:
        return False


def _newer_than_target(saved_at: datetime, target: Path) -> bool | None:
    """Whether a file saved at ``saved_at`` is newer than ``target`` (True if there is none).

    None when ``target`` can't be read: neither replaces the other, the user may want both.
    """
    if not target.exists():
        return True
    try:
        existing, _ = read_entry(target)
    except _Unreadable:
        return None
    return existing.saved_at < saved_at


def _rename(temp: Path, target: Path, report: TidyReport) -> None:
    try:
        os.replace(temp, target)
    except OSError:
        return
    report.completed.append(target)
