"""How a load tells how it is going (``Progress``), and how the one told stops it (``LoadCancelled``)."""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["LoadCancelled", "Progress"]

#: Told how a load is going: what it is doing and how far into that it is, as ``(stage, done, total)``:
#: ("Reading", bytes read, file size), ("Decoding", events decoded, events), ("Checking", 0 or 1, 1).
#: Called in the thread that loads, often enough to stop a load quickly by raising LoadCancelled.
Progress = Callable[[str, int, int], None]


class LoadCancelled(Exception):
    """Raised by a progress callback to stop a load: nothing was loaded, and nothing is reported."""
