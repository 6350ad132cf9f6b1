"""Noticing that a file changed on disk since we read or wrote it."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from os import PathLike

__all__ = ["DiskStamp"]


@dataclass(frozen=True)
class DiskStamp:
    """What a file looked like when we last read or wrote it.

    The size and modification time answer quickly; the content hash settles the
    cases they can't (a file touched but unchanged, or rewritten within the same
    timestamp tick).
    """

    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of_bytes(cls, path: str | PathLike[str], data: bytes) -> DiskStamp:
        stat = os.stat(path)
        return cls(stat.st_size, stat.st_mtime_ns, hashlib.sha256(data).hexdigest())

    @classmethod
    def of_file(cls, path: str | PathLike[str]) -> DiskStamp | None:
        """The file's stamp now, or None if it does not exist."""
        try:
            with open(path, "rb") as stream:
                data = stream.read()
        except FileNotFoundError:
            return None
        return cls.of_bytes(path, data)

    def changed_on_disk(self, path: str | PathLike[str]) -> bool:
        """True when the file's content differs from what this stamp saw (or it is gone)."""
        try:
            stat = os.stat(path)
        except FileNotFoundError:
            return True
        if stat.st_size == self.size and stat.st_mtime_ns == self.mtime_ns:
            return False
        now = DiskStamp.of_file(path)
        return now is None or now.sha256 != self.sha256
