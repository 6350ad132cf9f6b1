"""Recovery files: unsaved changes kept on disk so a crash or a kill does not lose them.

One JSON file per open document, in one folder (the app puts it in its data
folder, ``…/recovery``), each written atomically::

    {
      "format": "inroads-recovery",
      "version": 1,
      "original_path": "/home/me/talks.json",   (null for an untitled document)
      "saved_at": "2026-11-25T14:03:27.123+00:00",
      "pid": 4242,
      "process": "<boot id>:<start time>",       (null where it can't be known)
      "session": "<random hex, one per running Inroads>",
      "title": "The timeline's title",
      "original_sha256": "<hash of the file the changes are based on>",  (or null)
      "document": "<the document exactly as encode_document writes it, as a string>",
      "document_sha256": "<hash of the document bytes>"
    }

(The hash comes last since the document is hashed as it is written, a piece at a
time; readers take the keys in any order.)

The document rides as a string so that ``load()`` decodes the very bytes a save
would have written. A file is offered for recovery (``pending``) only when the
process that wrote it is gone: a file of another Inroads that is still running
belongs to that Inroads. Unreadable files are reported, never fatal, and never
deleted behind the user's back.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from os import PathLike
from pathlib import Path
from typing import Any

from gui.core.storage.fileformat import LoadResult, decode_document
from gui.core.document.model import Document
from gui.core.storage.recovery_write import RecoveryWrite, snapshot_document, temp_target_name
from gui.core.storage.regular_file import sha256_of_file

__all__ = [
    "RECOVERY_FORMAT",
    "RECOVERY_SUFFIX",
    "RECOVERY_VERSION",
    "SESSION_ID",
    "RecoveryEntry",
    "RecoveryScan",
    "RecoveryStore",
    "UnreadableRecovery",
    "describe_saved_at",
    "process_alive",
]

RECOVERY_FORMAT = "inroads-recovery"
RECOVERY_VERSION = 1
#: Every recovery file ends so; the atomic writer's temporary files do not.
RECOVERY_SUFFIX = ".inroads-recovery.json"

#: Tells this running Inroads's files from those of an earlier one that had the same pid.
SESSION_ID = secrets.token_hex(8)


@dataclass(frozen=True)
class RecoveryEntry:
    """One recovery file that was read: unsaved changes to ``original_path`` (None: untitled)."""

    path: Path
    original_path: Path | None
    saved_at: datetime
    document_bytes: bytes = field(repr=False)
    pid: int = 0
    title: str = ""
    original_sha256: str | None = None
    session: str = ""

    @property
    def display_name(self) -> str:
        return self.original_path.name if self.original_path else "Untitled"

    @property
    def folder(self) -> str:
        return str(self.original_path.parent) if self.original_path else ""

    def load_result(self) -> LoadResult:
        """The recovered document with its warnings; raises LoadError like any file."""
        return decode_document(self.document_bytes, f"recovered {self.display_name}")

    def load(self) -> Document:
        return self.load_result().document

    def original_changed(self) -> bool:
        """True when the original file is gone or differs from the one these changes were based on."""
        if self.original_path is None:
            return False
        digest = sha256_of_file(self.original_path)  # None when gone, or a FIFO or device (never opened)
        return digest is None or (self.original_sha256 is not None and digest != self.original_sha256)


@dataclass(frozen=True)
class UnreadableRecovery:
    """A file in the recovery folder that could not be read, and why."""

    path: Path
    reason: str


@dataclass
class RecoveryScan:
    """What the recovery folder holds: files to offer, files of running Inroads, unreadable files."""

    pending: list[RecoveryEntry] = field(default_factory=list)
    live: list[RecoveryEntry] = field(default_factory=list)
    unreadable: list[UnreadableRecovery] = field(default_factory=list)


class RecoveryStore:
    """The recovery folder, seen by one running Inroads (``pid``, ``session``)."""

    def __init__(self, directory: str | PathLike[str], *, pid: int | None = None, session: str | None = None) -> None:
        self.directory = Path(directory)
        self.pid = os.getpid() if pid is None else pid
        self.session = SESSION_ID if session is None else session

    # -- writing -------------------------------------------------------------------------------

    def path_for(self, original_path: str | PathLike[str] | None) -> Path:
        """This process's recovery file for a document: one per original path, one for untitled."""
        if original_path is None:
            return self.directory / f"untitled-{self.pid}{RECOVERY_SUFFIX}"
        text = str(original_path)
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(text).name)[:40].strip("._") or "timeline"
        return self.directory / f"{stem}-{digest}-{self.pid}{RECOVERY_SUFFIX}"

    def write(
        self,
        document: Document,
        original_path: str | PathLike[str] | None,
        *,
        original_sha256: str | None = None,
        now: datetime | None = None,
    ) -> Path:
        """Write (atomically) the recovery file for this document; return its path. Raises OSError."""
        return self.prepare(document, original_path, original_sha256=original_sha256, now=now).run()

    def prepare(
        self,
        document: Document,
        original_path: str | PathLike[str] | None,
        *,
        original_sha256: str | None = None,
        now: datetime | None = None,
    ) -> RecoveryWrite:
        """The recovery file for the document as it is now, ready to be written (``run()``) in any thread.

        Cheap (a snapshot of the document's lists): the window's thread calls it, a worker writes.
        """
        saved_at = (now or datetime.now(UTC)).astimezone(UTC)
        fields: dict[str, Any] = {
            "format": RECOVERY_FORMAT,
            "version": RECOVERY_VERSION,
            "original_path": None if original_path is None else str(original_path),
            "saved_at": saved_at.isoformat(timespec="milliseconds"),
            "pid": self.pid,
            "process": process_identity(self.pid),
            "session": self.session,
            "title": document.title,
            "original_sha256": original_sha256,
        }
        return RecoveryWrite(self.path_for(original_path), fields, snapshot_document(document))

    def remove(self, target: RecoveryEntry | str | PathLike[str] | None) -> bool:
        """Delete a recovery file (and temporary files a killed write left beside it); True if it existed."""
        if target is None:
            return False
        path = target.path if isinstance(target, RecoveryEntry) else Path(target)
        remove_own_temp_files(path)
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        return True

    def remove_for(self, original_path: str | PathLike[str] | None) -> bool:
        """Delete this process's recovery file for a document."""
        return self.remove(self.path_for(original_path))

    # -- reading -------------------------------------------------------------------------------

    def scan(self) -> RecoveryScan:
        """Read every recovery file: sort them into pending (writer gone), live, and unreadable."""
        scan = RecoveryScan()
        try:
            candidates = sorted(p for p in self.directory.iterdir() if p.name.endswith(RECOVERY_SUFFIX))
        except FileNotFoundError:
            return scan
        except OSError as error:
            scan.unreadable.append(UnreadableRecovery(self.directory, error.strerror or str(error)))
            return scan
        for path in candidates:
            try:
                entry, process = read_entry(path)
            except _Unreadable as error:
                scan.unreadable.append(UnreadableRecovery(path, str(error)))
                continue
            (scan.pending if self.writer_is_gone(entry, process) else scan.live).append(entry)
        scan.pending.sort(key=lambda e: e.saved_at, reverse=True)
        return scan

    def pending(self) -> list[RecoveryEntry]:
        """The recovery files to offer (newest first): those whose writing process is no longer running."""
        return self.scan().pending

    def writer_is_gone(self, entry: RecoveryEntry, process: str | None) -> bool:
        if entry.session == self.session and entry.pid == self.pid:
            return False  # written by this very Inroads
        if entry.pid == os.getpid():
            return True  # an earlier Inroads that had our pid: it is gone, since we are it now
        return not process_alive(entry.pid, process)


class _Unreadable(Exception):
    pass


def remove_own_temp_files(path: Path) -> list[Path]:
    """Delete the temporary files a killed write of recovery file ``path`` left beside it."""
    removed = []
    try:
        siblings = list(path.parent.iterdir())
    except OSError:
        return removed
    for sibling in siblings:
        if temp_target_name(sibling.name) == path.name:
            try:
                sibling.unlink()
                removed.append(sibling)
            except OSError:
                pass
    return removed


def read_entry(path: Path) -> tuple[RecoveryEntry, str | None]:
    """One recovery file, and the identity of the process that wrote it; raises _Unreadable."""
    try:
        raw = json.loads(path.read_bytes())
    except OSError as error:
        raise _Unreadable(error.strerror or str(error)) from None
    except (ValueError, RecursionError):
        raise _Unreadable("not valid JSON (the file is damaged)") from None
    if not isinstance(raw, dict) or raw.get("format") != RECOVERY_FORMAT:
        raise _Unreadable("not an Inroads recovery file")
    if raw.get("version") != RECOVERY_VERSION:
        raise _Unreadable(f"recovery file version {raw.get('version')!r} is not one this Inroads reads")
    document = raw.get("document")
    original = raw.get("original_path")
    pid = raw.get("pid")
    if not isinstance(document, str):
        raise _Unreadable("the document is missing")
    if original is not None and not isinstance(original, str):
        raise _Unreadable("original_path must be a string or null")
    if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 0:
        raise _Unreadable("pid must be a positive whole number")
    try:
        data = document.encode("utf-8")
    except UnicodeEncodeError:
        raise _Unreadable("the document is not valid text") from None
    if raw.get("document_sha256") != hashlib.sha256(data).hexdigest():
        raise _Unreadable("the document does not match its checksum (the file is damaged)")
    saved_at = _parse_time(raw.get("saved_at"))
    process = raw.get("process")
    original_sha256 = raw.get("original_sha256")
    title = raw.get("title")
    session = raw.get("session")
    entry = RecoveryEntry(
        path=path,
        original_path=Path(original) if original else None,
        saved_at=saved_at,
        document_bytes=data,
        pid=pid,
        title=title if isinstance(title, str) else "",
        original_sha256=original_sha256 if isinstance(original_sha256, str) else None,
        session=session if isinstance(session, str) else "",
    )
    return entry, process if isinstance(process, str) else None


def _parse_time(value: Any) -> datetime:
    if not isinstance(value, str):
        raise _Unreadable("saved_at is missing")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise _Unreadable(f"saved_at is not a date and time: {value!r}") from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


# ----------------------------------------------------------------------------- is the writer alive?


def process_identity(pid: int) -> str | None:
    """What tells this process from a later one that reuses its pid (Linux: boot id and start time)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stream:
            stat = stream.read().decode("ascii", "replace")
        with open("/proc/sys/kernel/random/boot_id", "rb") as stream:
            boot = stream.read().decode("ascii", "replace").strip()
    except OSError:
        return None
    fields = stat[stat.rfind(")") + 2 :].split()
    if len(fields) < 20:
        return None
    return f"{boot}:{fields[19]}"


def _linux_state(pid: int) -> str | None:
    try:
        with open(f"/proc/{pid}/stat", "rb") as stream:
            stat = stream.read().decode("ascii", "replace")
    except OSError:
        return None
    fields = stat[stat.rfind(")") + 2 :].split()
    return fields[0] if fields else None


def process_alive(pid: int, identity: str | None = None) -> bool:
    """True while process ``pid`` runs; with ``identity``, only if it is still that same process."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        alive = _windows_process_alive(pid)
    else:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            alive = True  # it exists, but belongs to someone else
        except OSError:
            return False
        else:
            alive = True
    if not alive:
        return False
    if _linux_state(pid) in ("Z", "X", "x"):
        return False  # killed, waiting only for its parent to collect it
    if identity is not None:
        now = process_identity(pid)
        if now is not None and now != identity:
            return False  # the pid was reused by another process
    return True


def _windows_process_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    # os.kill(pid, 0) on Windows would send CTRL+C, so ask the kernel instead.
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    process_query_limited_information = 0x1000
    still_active = 259
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return ctypes.get_last_error() == 5  # access denied: it exists
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


# ----------------------------------------------------------------------------- showing times

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def describe_saved_at(moment: datetime, now: datetime | None = None) -> str:
    """A saving time in local time, for people: "today at 14:03", "yesterday at 09:12", "3 Nov 2026 at 18:40"."""
    local = moment.astimezone()
    today = (now or datetime.now(UTC)).astimezone().date()
    clock = f"{local.hour:02d}:{local.minute:02d}"
    if local.date() == today:
        return f"today at {clock}"
    if local.date() == today - timedelta(days=1):
        return f"yesterday at {clock}"
    return f"{local.day} {_MONTHS[local.month - 1]} {local.year} at {clock}"
