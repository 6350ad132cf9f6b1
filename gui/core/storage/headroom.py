"""Room to work: ask for address space before work whose peak is known from the input's size.

msgspec's JSON encoder (0.23) crashes the process (SIGSEGV) instead of raising MemoryError when it can't
grow its buffer, so running out of memory there would lose the clean "not enough memory" message. An
anonymous mapping of the expected peak asks the system for that much address space without touching a
page (microseconds, whatever the size): where there isn't that much, it fails here, as a MemoryError that
callers report, and nothing has been written yet.
"""

from __future__ import annotations

import errno
import mmap

__all__ = ["LOAD_PEAK_PER_BYTE", "ensure_headroom"]

#: Peak memory of loading a file, per byte of the file (measured: 3.4x for a 500 MB file, see
#: docs/reliability.md), with a little room above it.
LOAD_PEAK_PER_BYTE = 3.5


def ensure_headroom(nbytes: int) -> None:
    """Raise MemoryError unless ``nbytes`` more of address space can be had right now."""
    if nbytes < mmap.PAGESIZE:
        return
    try:
        probe = mmap.mmap(-1, int(nbytes), flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
    except OSError as error:
        if error.errno in (errno.ENOMEM, errno.EAGAIN, errno.EOVERFLOW):
            raise MemoryError(f"{nbytes:,} bytes of memory are not available") from None
        raise
    except OverflowError:
        raise MemoryError(f"{nbytes:,} bytes of memory are not available") from None
    probe.close()
