"""Line and column of a byte offset in a file's text, for messages that say where a problem is."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["line_column", "line_columns"]


def line_column(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters, not bytes) of a byte offset."""
    offset = max(0, min(offset, len(data)))
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, column


def line_columns(data: bytes, offsets: Iterable[int]) -> dict[int, tuple[int, int]]:
    """``line_column`` of many offsets in one pass over the data.

    Calling line_column once per problem reads the file from the start each time,
    which is quadratic when a large file has many problems; this reads it once.
    """
    result: dict[int, tuple[int, int]] = {}
    line, line_start, position, column = 1, 0, 0, 1
    for offset in sorted(set(offsets)):
        clamped = max(0, min(offset, len(data)))
        newlines = data.count(b"\n", position, clamped)
        if newlines:
            line += newlines
            line_start = data.rfind(b"\n", position, clamped) + 1
            column = 1 + len(data[line_start:clamped].decode("utf-8", errors="replace"))
        else:
            column += len(data[position:clamped].decode("utf-8", errors="replace"))
        position = clamped
        result[offset] = (line, column)
    return result
