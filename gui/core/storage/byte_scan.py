"""One pass over a file's bytes: its SHA-256, its colons, and whether it escapes a colon; big files in a thread."""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import numpy as np

__all__ = ["SCAN_IN_THREAD_BYTES", "ByteScan", "count_colons", "has_escaped_colon"]

#: From this size on, the passes over a file's bytes run in a thread while it decodes.
SCAN_IN_THREAD_BYTES = 4 << 20
#: From this size on, bytes are counted with numpy, in blocks of this many bytes.
_NUMPY_BLOCK = 1 << 20
_COLON = ord(":")
_BACKSLASH = ord("\\")


class ByteScan:
    """What takes one pass over all of a file's bytes: its SHA-256 and its colons.

    For a big file these run in a thread while the document decodes: hashlib and
    numpy let go of the GIL, so on a second core they take no time at all.
    """

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._facts: Future[tuple[str, int, bool]] | None = None
        if len(data) >= SCAN_IN_THREAD_BYTES:
            self._facts = _in_thread(self._scan, data)
        self._sha256: str | None = None
        self._colons: int | None = None
        self._escaped: bool | None = None

    @staticmethod
    def _scan(data: bytes) -> tuple[str, int, bool]:
        return hashlib.sha256(data).hexdigest(), count_colons(data), has_escaped_colon(data)

    def _wait(self) -> None:
        if self._facts is not None:
            self._sha256, self._colons, self._escaped = self._facts.result()
            self._facts = None

    def sha256(self) -> str:
        self._wait()
        if self._sha256 is None:
            self._sha256 = hashlib.sha256(self._data).hexdigest()
        return self._sha256

    def colons(self) -> int:
        """How many bytes are colons."""
        self._wait()
        if self._colons is None:
            self._colons = count_colons(self._data)
        return self._colons

    def has_escaped_colon(self) -> bool:
        """True if the text may hold a colon written as ``\\u003a``, which a count of colons would miss."""
        self._wait()
        if self._escaped is None:
            self._escaped = has_escaped_colon(self._data)
        return self._escaped


_POOL: ThreadPoolExecutor | None = None
_POOL_LOCK = threading.Lock()


def _forget_pool() -> None:
    global _POOL
    _POOL = None  # a forked child has none of the parent's threads: it starts its own


os.register_at_fork(after_in_child=_forget_pool)


def _in_thread(function: Callable[..., Any], *args: Any) -> Future:
    """Run ``function(*args)`` in a helper thread; for work that lets go of the GIL."""
    global _POOL
    with _POOL_LOCK:
        if _POOL is None:
            _POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="inroads-bytes")
    return _POOL.submit(function, *args)


def count_colons(data: bytes) -> int:
    """How many of the bytes are colons (with numpy for big files: it lets go of the GIL)."""
    if len(data) < 1 << 16:
        return data.count(b":")
    array = np.frombuffer(data, dtype=np.uint8)
    return sum(int(np.count_nonzero(array[i : i + _NUMPY_BLOCK] == _COLON)) for i in range(0, len(array), _NUMPY_BLOCK))


def has_escaped_colon(data: bytes) -> bool:
    """True if the bytes hold ``\\u003a`` or ``\\u003A``: a colon a count of colons would miss."""
    if b"\\" not in data:
        return False  # most files: no escapes at all (a search for one byte is fast)
    if len(data) < _NUMPY_BLOCK:
        return re.search(rb"\\u003[aA]", data) is not None
    array = np.frombuffer(data, dtype=np.uint8)
    size = len(array)
    for begin in range(0, size, _NUMPY_BLOCK):
        at = np.flatnonzero(array[begin : begin + _NUMPY_BLOCK] == _BACKSLASH) + begin
        at = at[at + 5 < size]
        found = (
            (array[at + 1] == ord("u"))
            & (array[at + 2] == ord("0"))
            & (array[at + 3] == ord("0"))
            & (array[at + 4] == ord("3"))
            & ((array[at + 5] | 0x20) == ord("a"))
        )
        if found.any():
            return True
    return False
