"""Noticing that a file changed on disk since we read or wrote it."""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from os import PathLike

from gui.core.storage.regular_file import sha256_of_file

__all__ = ["DiskStamp"]


@dataclass(frozen=True)
class DiskStamp:
    """What a file looked like when we last read or wrote it.

    A different size answers at once. Otherwise only the content hash can tell: on a
    file system with coarse time stamps (FAT and HFS+ keep seconds or two), another
    writer can put a file of the same size there within the same tick, and some tools
    put the old time back after writing. So the file is hashed whenever its size is the
    same, whatever its time says (about 65 ms per 100 MB). A touch that changes no byte
    is no change.
    """

    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of_bytes(cls, path: str | PathLike[str], data: bytes) -> DiskStamp:
        stat_now = os.stat(path)
        return cls(stat_now.st_size, stat_now.st_mtime_ns, hashlib.sha256(data).hexdigest())

    @classmethod
    def of_file(cls, path: str | PathLike[str]) -> DiskStamp | None:
        """The file's stamp now, or None if it does not exist or is not a regular file (never opened then)."""
        try:
            before = os.stat(path)
        except OSError:
            return None
        digest = sha256_of_file(path) if stat.S_ISREG(before.st_mode) else None
        return None if digest is None else cls(before.st_size, before.st_mtime_ns, digest)

    def changed_on_disk(self, path: str | PathLike[str]) -> bool:
        """True when the file's content differs from what this stamp saw, or it is gone or no longer a regular file.

        Never blocks: a FIFO or a device put in the file's place is found by its type and not opened.
        """
        try:
            now = os.stat(path)
        except OSError:
            return True
        if not stat.S_ISREG(now.st_mode) or now.st_size != self.size:
            return True
        return sha256_of_file(path) != self.sha256
