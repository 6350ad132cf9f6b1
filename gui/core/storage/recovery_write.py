"""Writing one recovery file: a cheap snapshot first, then encoding and writing that can run in a thread.

Autosave must not stall the window: at 100,000 events encoding and writing take
most of a second. So the window's thread only takes a snapshot (``snapshot_document``:
a copy of the document's lists, not of the records in them, which edits replace
instead of changing), and ``RecoveryWrite.run`` does the rest anywhere. It works
in pieces (a batch of events at a time), so a thread running it hands the GIL
back to the window between pieces, and it can be cancelled: ``cancel()`` makes
sure that, once it returns, the write either finished before (its file is there)
or never will (its temporary file is gone).

The file is written to a temporary name beside its target and renamed over it
(``.TARGET.RANDOM.inroads-tmp``, the names ``temp_target_name`` recognises), so
a kill leaves the old recovery file or the new one whole, plus maybe the temporary
file, which ``gui.core.storage.recovery_tidy`` deals with at the next start.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import threading
from pathlib import Path
from typing import Any

import msgspec

from gui.core.storage.atomic import sync_directory
from gui.core.storage.fileformat_write import file_pieces
from gui.core.document.model import Document

__all__ = ["TEMP_SUFFIX", "RecoveryWrite", "WriteCancelled", "snapshot_document", "temp_target_name"]

TEMP_SUFFIX = ".inroads-tmp"
_TEMP_NAME = re.compile(r"\.(?P<target>.+)\.[0-9a-f]{8}" + re.escape(TEMP_SUFFIX))
_STRING_ENCODER = msgspec.json.Encoder()
#: Events encoded per piece: each piece holds the GIL for about a millisecond (the window's thread
#: waits that long at most); saving's 4,000 held it 10-30 ms.
_PIECE_EVENTS = 250


class WriteCancelled(Exception):
    """The write was cancelled before its file took its place; nothing of it is left."""


def snapshot_document(document: Document) -> Document:
    """The document as it is now, for writing while it goes on changing: cheap even at 1M events.

    Edits never change a record (event, lane, source) in place, they swap it for a changed
    copy in the document's lists (``gui.core.document.edits``); so copying the lists, and the dict
    of unknown top-level keys, is enough to freeze what the document holds now.
    """
    return msgspec.structs.replace(
        document,
        lanes=list(document.lanes),
        sources=list(document.sources),
        events=list(document.events),
        extra=dict(document.extra),
    )


def temp_target_name(name: str) -> str | None:
    """The name of the file a temporary file of ours was to become, or None if ``name`` is not one of ours."""
    match = _TEMP_NAME.fullmatch(name)
    return match.group("target") if match else None


def temp_path_for(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


class RecoveryWrite:
    """One recovery file to write: its target, its fields, and a snapshot of the document.

    ``fields`` are the record's fields but the document and its hash, in the order they
    are written; ``document`` and ``document_sha256`` follow them.
    """

    def __init__(self, target: Path, fields: dict[str, Any], document: Document) -> None:
        self.target = target
        self.fields = fields
        self.document = document
        self._lock = threading.Lock()
        self._cancelled = False
        #: True once the file is in place (set under the lock, so ``cancel()`` settles it).
        self.done = False

    def cancel(self) -> None:
        """From now on the write will not put its file in place (it may have done so already)."""
        with self._lock:
            self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def run(self) -> Path:
        """Encode and write the file (atomically); return its path. Raises OSError, ValueError or WriteCancelled."""
        self.target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        temp = temp_path_for(self.target)
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            try:
                self._write_record(fd)
                os.fsync(fd)
            finally:
                os.close(fd)
            with self._lock:  # cancel() waits for a rename under way, and a later rename sees it
                if self._cancelled:
                    raise WriteCancelled
                os.replace(temp, self.target)
                self.done = True
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        sync_directory(self.target.parent)
        return self.target

    def _write_record(self, fd: int) -> None:
        head = json.dumps(self.fields, ensure_ascii=False, indent=1)
        _write_all(fd, (head[: -len("\n}")] + ',\n "document": "').encode("utf-8"))
        digest = hashlib.sha256()
        for piece in file_pieces(self.document, _PIECE_EVENTS):
            if self._cancelled:
                raise WriteCancelled  # no use writing the rest (e.g. the changes were saved meanwhile)
            digest.update(piece)
            _write_all(fd, _json_string_body(piece))
        _write_all(fd, f'",\n "document_sha256": "{digest.hexdigest()}"\n}}\n'.encode("ascii"))


def _json_string_body(piece: bytes | memoryview) -> bytes:
    """A piece of the document's UTF-8 text as it goes between the quotes of a JSON string.

    The pieces end between two events, never inside a character, so each is escaped on its own.
    """
    return _STRING_ENCODER.encode(bytes(piece).decode("utf-8"))[1:-1]


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
