"""Map JSON paths to line and column numbers, for located error messages.

Decoders give no positions for values, so when a file has problems we scan its
text once more, tracking the path of every value, and note where the wanted
paths start. A path that is absent (a missing field) resolves to the nearest
enclosing value that exists. This runs only when there is something to report.
"""

from __future__ import annotations

import json
import re

__all__ = ["line_column", "locate_paths", "SCAN_LIMIT"]

PathPart = str | int

# Strings (with escapes), punctuation, and bare literals or numbers.
_TOKEN = re.compile(rb'"(?:[^"\\]|\\.)*"|[{}\[\],:]|[^\s{}\[\],:"]+', re.S)

#: Stop scanning after this many bytes; problems beyond it are reported without a line.
SCAN_LIMIT = 32 * 1024 * 1024

def line_column(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters, not bytes) of a byte offset."""
    offset = max(0, min(offset, len(data)))
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, column


def _decode_key(token: bytes) -> str | None:
    try:
        return json.loads(token)
    except ValueError:
        return None


class _Frame:
    __slots__ = ("path", "is_object", "next_index", "key")

    def __init__(self, path: tuple, is_object: bool):
        self.path = path
        self.is_object = is_object
        self.next_index = 0
        self.key: str | None = None

def locate_paths(data: bytes, paths: list[tuple[PathPart, ...]]) -> dict[tuple[PathPart, ...], int]:
    """The byte offset where each path's value starts, or where its nearest existing ancestor starts."""
    wanted = set(paths)
    found: dict[tuple[PathPart, ...], int] = {}
    starts: dict[tuple[PathPart, ...], int] = {}
    prefixes = {path[:n] for path in wanted for n in range(len(path))}
    stack: list[_Frame] = []
    expecting_key = False
    remaining = len(wanted)
    for match in _TOKEN.finditer(data, 0, min(len(data), SCAN_LIMIT)):
        token = match.group()
        first = token[:1]
        if first in b"}]":
            if stack:
                stack.pop()
            expecting_key = False
            continue
        if first == b",":
            expecting_key = bool(stack) and stack[-1].is_object
            continue
        if first == b":":
            continue
        if expecting_key:
            stack[-1].key = _decode_key(token) if first == b'"' else None
            expecting_key = False
            continue
        if stack:
            parent = stack[-1]
            if parent.is_object:
                path = parent.path + (parent.key,)
            else:
                path = parent.path + (parent.next_index,)
                parent.next_index += 1
        else:
            path = ()
        if path in prefixes:
            starts[path] = match.start()
        if path in wanted and path not in found:
            found[path] = match.start()
            remaining -= 1
            if remaining == 0:
                break
        if first in b"{[":
            stack.append(_Frame(path, first == b"{"))
            expecting_key = first == b"{"
    for path in wanted - found.keys():
        for n in range(len(path) - 1, -1, -1):
            if path[:n] in starts:
                found[path] = starts[path[:n]]
                break
    return found
