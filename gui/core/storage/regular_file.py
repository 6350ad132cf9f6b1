"""Reading only regular files: a FIFO, a device or a directory is refused before it is read.

Opening a FIFO for reading waits for a writer, forever; reading ``/dev/zero`` never
ends; a directory can't be read at all. Every place that reads a file the user named
(or one that may have been replaced on disk since) goes through here, so none of them
can hang the window or fill the memory: the path's type is checked before opening, the
file is opened non-blocking (a FIFO swapped in between the check and the open does not
block), and checked again on the open descriptor.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from os import PathLike

__all__ = [
    "NotARegularFile",
    "file_kind",
    "is_read_only",
    "kind_in_the_way",
    "open_regular",
    "read_regular",
    "sha256_of_file",
]

#: Bytes read at a time when hashing a file: little memory, and few system calls.
_HASH_CHUNK = 1 << 20

_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISLNK, "a symbolic link"),
)


class NotARegularFile(OSError):
    """The path names something other than a regular file (its ``strerror`` says what)."""


def file_kind(mode: int) -> str:
    """What a file of this ``st_mode`` is, in words ("a directory", "a FIFO (named pipe)")."""
    for test, words in _KINDS:
        if test(mode):
            return words
    return "a regular file" if stat.S_ISREG(mode) else "not a regular file"


def _refuse_unless_regular(mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        # The callers already say "is a directory" in their own words for this one.
        raise IsADirectoryError(errno.EISDIR, "is a directory, not a timeline file")
    raise NotARegularFile(errno.EINVAL, f"is {file_kind(mode)}, not a regular file")


def open_regular(path: str | PathLike[str]):
    """``path`` opened for reading bytes (unbuffered), or NotARegularFile / IsADirectoryError / OSError.

    The type is checked before opening (a device is never even opened), the open does not
    block (a FIFO put there meanwhile), and the open file is checked again.
    """
    _refuse_unless_regular(os.stat(path).st_mode)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        _refuse_unless_regular(os.fstat(fd).st_mode)
    except BaseException:
        os.close(fd)
        raise
    return open(fd, "rb", buffering=0)


def read_regular(path: str | PathLike[str]) -> bytes:
    """All the bytes of a regular file; anything else is refused (see ``open_regular``)."""
    with open_regular(path) as stream:
        return stream.readall()


def sha256_of_file(path: str | PathLike[str]) -> str | None:
    """The SHA-256 of a regular file's bytes, read in pieces; None when it is gone or not a regular file.

    About 65 ms for 100 MB on the development machine (from the page cache), so a change
    check may hash the whole file every time instead of trusting size and time.
    """
    try:
        stream = open_regular(path)
    except OSError:
        return None
    digest = hashlib.sha256()
    buffer = bytearray(_HASH_CHUNK)
    view = memoryview(buffer)
    with stream:
        while count := stream.readinto(buffer):
            digest.update(view[:count])
    return digest.hexdigest()


def kind_in_the_way(path: str | PathLike[str], *, follow_symlinks: bool) -> str | None:
    """What is at ``path`` that a save must not replace ("a directory", "a FIFO (named pipe)"), or None.

    None when there is nothing, a regular file, or (not following links) a symbolic link,
    which a save replaces as it would a file.
    """
    try:
        mode = (os.stat if follow_symlinks else os.lstat)(path).st_mode
    except OSError:
        return None  # nothing there (or not reachable): the write itself says what is wrong
    if stat.S_ISREG(mode) or stat.S_ISLNK(mode):
        return None
    return file_kind(mode)


def is_read_only(path: str | PathLike[str]) -> bool:
    """True for an existing file without write permission (for us, or for anyone: root may write anything)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode) and (not mode & 0o222 or not os.access(path, os.W_OK))
