"""Map JSON paths to line and column numbers, for located error messages.

Decoders give no positions for values, so when a file has problems we scan its
text once more, tracking the path of every value, and note where the wanted
paths start. A path that is absent (a missing field) resolves to the nearest
enclosing value that exists. This runs only when there is something to report.
"""

from __future__ import annotations

import json
import re
from typing import NamedTuple

from gui.core.document.positions import line_column, line_columns

__all__ = [
    "line_column",
    "line_columns",
    "locate_paths",
    "find_duplicate_keys",
    "DuplicateKey",
    "nesting_offset",
    "lone_surrogate_offset",
    "out_of_range_number_offset",
    "SCAN_LIMIT",
]

PathPart = str | int

# A JSON string, unrolled and possessive: several times faster than (?:[^"\\]|\\.)* on long texts.
_STRING = rb'"[^"\\]*+(?:\\.[^"\\]*+)*+"'
# Strings (with escapes), punctuation, and bare literals or numbers.
_TOKEN = re.compile(_STRING + rb'|[{}\[\],:]|[^\s{}\[\],:"]+', re.S)

#: Stop scanning after this many bytes; problems beyond it are reported without a line.
SCAN_LIMIT = 32 * 1024 * 1024


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
    """The byte offset where each path's value starts, or where its nearest existing ancestor starts.

    A path beyond SCAN_LIMIT is left out (rather than pinned on an ancestor that
    merely starts before the limit), so it is reported without a line.
    """
    wanted = set(paths)
    found: dict[tuple[PathPart, ...], int] = {}
    starts: dict[tuple[PathPart, ...], int] = {}
    #: Containers whose end was seen: a path missing from one of them is really missing.
    closed: set[tuple[PathPart, ...]] = set()
    scan_end = min(len(data), SCAN_LIMIT)
    prefixes = {path[:n] for path in wanted for n in range(len(path))}
    stack: list[_Frame] = []
    expecting_key = False
    remaining = len(wanted)
    for match in _TOKEN.finditer(data, 0, scan_end):
        token = match.group()
        first = token[:1]
        if first in b"}]":
            if stack:
                frame = stack.pop()
                if frame.path in starts:
                    closed.add(frame.path)
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
    whole_file = scan_end == len(data)
    for path in wanted - found.keys():
        for n in range(len(path) - 1, -1, -1):
            if path[:n] in starts:
                if whole_file or path[:n] in closed:
                    found[path] = starts[path[:n]]
                break
    return found


# ----------------------------------------------------------------------------- repeated keys

# Keys (a string and its colon), other strings, brackets, and bare literals; commas and
# colons between them are skipped. Group numbers: 1 key, 2 string, 3 open, 4 close, 5 literal.
_KEY_TOKEN = re.compile(
    rb"(" + _STRING + rb")\s*+:|(" + _STRING + rb')|([{\[])|([}\]])|([^\s{}\[\],:"]++)', re.S
)


class DuplicateKey(NamedTuple):
    """A key that appears again in the same JSON object."""

    path: tuple[PathPart, ...]
    """The object's path, e.g. ("events", 3)."""
    key: str
    first: int
    """Byte offset of the key's first occurrence in the object."""
    offset: int
    """Byte offset of this repeat."""
    item_id: str | None
    """The "id" of the top-level list item the object is in (``events[3]``), when it has a string one."""


def _key_text(token: bytes) -> str | None:
    if b"\\" not in token:
        try:
            return token[1:-1].decode("utf-8")
        except UnicodeDecodeError:
            return None
    return _decode_key(token)


def find_duplicate_keys(data: bytes, limit: int = 100) -> tuple[list[DuplicateKey], int]:
    """Keys repeated within one object: the first ``limit`` of them in file order, and how many in all.

    Decoders keep the last of two equal keys without a word; this scans the text
    (up to SCAN_LIMIT bytes) with an explicit stack, so no nesting is too deep for it.
    """
    found: list[DuplicateKey] = []
    total = 0
    # Each frame: [path, keys seen (key -> offset) or None for an array, next index, current key].
    stack: list[list] = []
    item_ids: dict[tuple, str] = {}
    for match in _KEY_TOKEN.finditer(data, 0, min(len(data), SCAN_LIMIT)):
        kind = match.lastindex
        if kind == 1:
            if not stack or stack[-1][1] is None:
                continue  # not valid JSON; the decoder has said so already
            frame = stack[-1]
            key = _key_text(match.group(1))
            frame[3] = key
            keys = frame[1]
            if key in keys:
                total += 1
                if len(found) < limit:
                    found.append(DuplicateKey(frame[0], key, keys[key], match.start(), None))
            else:
                keys[key] = match.start()
            continue
        if kind == 4:
            if stack:
                stack.pop()
            continue
        if stack:
            parent = stack[-1]
            if parent[1] is None:
                path = parent[0] + (parent[2],)
                parent[2] += 1
            else:
                path = parent[0] + (parent[3],)
                if kind == 2 and parent[3] == "id" and len(parent[0]) == 2:
                    item_id = _key_text(match.group(2))
                    if item_id is not None:
                        item_ids.setdefault(parent[0], item_id)
        else:
            path = ()
        if kind == 3:
            stack.append([path, {} if match.group(3) == b"{" else None, 0, None])
    return [d._replace(item_id=item_ids.get(d.path[:2])) for d in found], total


# ----------------------------------------------------------------------------- other places to point at

_BRACKET_TOKEN = re.compile(_STRING + rb"|([{\[])|[}\]]", re.S)


def nesting_offset(data: bytes, limit: int) -> int | None:
    """The byte offset of the first bracket that opens level ``limit + 1``, or None."""
    depth = 0
    for match in _BRACKET_TOKEN.finditer(data, 0, min(len(data), SCAN_LIMIT)):
        if match.lastindex == 1:
            depth += 1
            if depth > limit:
                return match.start()
        elif match.group()[:1] != b'"':
            depth -= 1
    return None


_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def lone_surrogate_offset(data: bytes) -> int | None:
    """The byte offset of the first \\uD800-\\uDFFF escape that is not half of a surrogate pair, or None.

    Such an escape is valid JSON syntax but no character: it cannot be written as UTF-8.
    """
    paired_low = -1
    for match in _SURROGATE_ESCAPE.finditer(data):
        start = match.start()
        if start == paired_low:
            continue
        backslashes = 0
        while start - backslashes - 1 >= 0 and data[start - backslashes - 1] == 0x5C:
            backslashes += 1
        if backslashes % 2:
            continue  # "\\ud800": an escaped backslash, then plain text
        if match.group()[3:4] in b"89abAB":
            following = data[match.end() : match.end() + 6]
            if _SURROGATE_ESCAPE.fullmatch(following) and following[3:4] in b"cdefCDEF":
                paired_low = match.end()
                continue
        return start
    return None


def out_of_range_number_offset(data: bytes, max_chars: int = 4300) -> int | None:
    """The byte offset of the first number a decoder cannot hold: a float beyond ±1.8e308
    (like 1e999) or an integer written with more than ``max_chars`` characters. None if none."""
    for match in _TOKEN.finditer(data, 0, min(len(data), SCAN_LIMIT)):
        token = match.group()
        if token[:1] not in b"-0123456789":
            continue
        if not any(mark in token for mark in (b".", b"e", b"E")):
            if len(token) > max_chars:
                return match.start()
            continue
        try:
            if abs(float(token)) == float("inf"):
                return match.start()
        except ValueError:
            continue
    return None
