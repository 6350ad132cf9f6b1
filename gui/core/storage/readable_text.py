"""Readable JSON text, or the problem that says why not: the careful checks on a file's bytes.

Before a file is decoded: a UTF-8 byte-order mark skipped, UTF-16/32 text, NUL bytes and empty files
refused. After a decoder gave up: bytes that are not UTF-8, nesting too deep, and the first syntax
error located and put in plain words (NaN and Infinity, numbers out of range, lone surrogates).
"""

from __future__ import annotations

import json
import re

import msgspec

from gui.core.document.problems import ErrorKind, LoadError, Problem
from gui.core.storage.jsonlocate import line_column, lone_surrogate_offset, nesting_offset, out_of_range_number_offset

__all__ = ["MAX_DEPTH", "not_utf8", "other_unicode_encoding", "readable_bytes", "syntax_problem", "too_deep"]

_UTF8_BOM = b"\xef\xbb\xbf"

#: How deeply a file may nest lists and objects. Inroads itself needs 5 levels; the
#: rest is room for unknown keys. A limit well below the interpreter's recursion
#: limit means a file that loads can always be saved, copied and shown.
MAX_DEPTH = 100


def readable_bytes(data: bytes, filename: str) -> bytes:
    """The bytes without a UTF-8 byte-order mark; LoadError if they cannot be UTF-8 JSON text at all."""
    if data.startswith(_UTF8_BOM):  # noqa: FURB188 - bytearray.removeprefix would copy every file
        data = data[len(_UTF8_BOM) :]
    encoding = other_unicode_encoding(data)
    if encoding:
        raise LoadError(
            filename, [Problem(f"is {encoding} text; Inroads files are UTF-8 (save it as UTF-8)")], ErrorKind.UNREADABLE
        )
    nul = data.find(b"\x00")
    if nul != -1:
        line, column = line_column(data, nul)
        raise LoadError(
            filename,
            [Problem("is not a text file: it contains NUL bytes", line=line, column=column)],
            ErrorKind.UNREADABLE,
        )
    if not data or data.isspace():
        raise LoadError(filename, [Problem("the file is empty" if not data else "the file holds only whitespace")])
    return data


def other_unicode_encoding(data: bytes) -> str | None:
    """ "UTF-16" or "UTF-32" for text in those encodings (with or without a byte-order mark), else None."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    if len(data) < 4 or b"\x00" not in data[:4]:
        return None
    # JSON starts with an ASCII character, so the NUL bytes around it tell the encoding.
    encoding = json.detect_encoding(data[:4])
    if encoding == "utf-8":
        return None
    sample = data[: 4096 - 4096 % 4].decode(encoding, errors="replace")
    readable = sum(ch.isprintable() or ch in "\t\r\n" for ch in sample)
    if readable < 0.95 * len(sample):
        return None  # binary that happens to start with NUL bytes
    return "UTF-32" if "32" in encoding else "UTF-16"


def too_deep(data: bytes) -> Problem:
    """The error for JSON nested deeper than ``MAX_DEPTH``, at the list or object that goes too deep."""
    message = f"the JSON is nested too deeply to read (more than {MAX_DEPTH} levels of lists and objects)"
    offset = nesting_offset(data, MAX_DEPTH)
    if offset is None:
        return Problem(message)
    return _problem_at(data, offset, message)


def _problem_at(data: bytes, offset: int, message: str) -> Problem:
    line, column = line_column(data, offset)
    return Problem(message, line=line, column=column)


def not_utf8(data: bytes, filename: str, error: UnicodeDecodeError) -> LoadError:
    """The error for bytes that are not UTF-8, located at the first bad byte; a truncated file said as such."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exact:
        error = exact
    line, column = line_column(data, error.start)
    cut_at_end = error.reason == "unexpected end of data" and error.end == len(data)
    if cut_at_end and not data[: error.start].isascii():
        # Valid UTF-8 with non-ASCII text up to a character cut in half at the very end:
        # a truncated file, not another encoding.
        problem = Problem("the file ends in the middle of a character (is it truncated?)", line=line, column=column)
        return LoadError(filename, [problem])
    byte = data[error.start : error.start + 1].hex()
    maybe_cut = "; or, as it is the last character, the file may be truncated" if cut_at_end else ""
    problem = Problem(f"is not UTF-8 text (byte 0x{byte}); save it as UTF-8{maybe_cut}", line=line, column=column)
    return LoadError(filename, [problem], ErrorKind.UNREADABLE)


_STDLIB_MESSAGES = (
    ("Expecting ',' delimiter", "expected ','"),
    ("Expecting ':' delimiter", "expected ':'"),
    ("Expecting property name enclosed in double quotes", "expected a key in double quotes"),
    ("Expecting value", "expected a value"),
    ("Unterminated string starting at", "unterminated string"),
    ("Invalid control character at", "control character inside a string (escape it, e.g. \\n)"),
    ("Invalid \\uXXXX escape", "invalid \\u escape"),
    ("Invalid \\escape", "invalid escape"),
    ("Extra data", "unexpected text after the end of the JSON document"),
)


def syntax_problem(data: bytes, error: msgspec.DecodeError) -> Problem:
    """The first syntax error, located and in plain words.

    msgspec stops at the first error but words some of them oddly (a lone
    surrogate escape reads as "truncated") and locates few. The stdlib parser
    words and locates the usual ones better, but accepts NaN, Infinity and lone
    surrogates. So each opinion is a candidate and the earliest in the file wins.
    """
    text = str(error)
    offset_match = re.search(r"\(byte (\d+)\)", text)
    offset = int(offset_match.group(1)) if offset_match else None
    candidates = []
    stdlib = _stdlib_syntax_problem(data)
    if stdlib is not None:
        candidates.append(stdlib)
    lone = lone_surrogate_offset(data)
    if lone is not None:
        candidates.append(
            _problem_at(
                data,
                lone,
                "a \\u escape here is half of a UTF-16 surrogate pair (a lone surrogate), which is not a character",
            )
        )
    if offset is not None and data.startswith((b"NaN", b"Infinity", b"-NaN", b"-Infinity"), offset):
        offset -= offset > 0 and data[offset - 1 : offset] == b"-"
        candidates.append(_problem_at(data, offset, "NaN and Infinity are not JSON numbers"))
    if "out of range" in text:
        number = out_of_range_number_offset(data)
        if number is not None:
            candidates.append(_problem_at(data, number, "this number is out of range (too large to hold)"))
    if candidates:
        return min(candidates, key=lambda p: (p.line or 0, p.column or 0))
    if "truncated" in text:
        return _problem_at(data, len(data), "the file ends too early (is it truncated?)")
    message = re.sub(r"^JSON is malformed: |\s*\(byte \d+\)|\s*- at `\$.*`$", "", text)
    if offset is not None:
        return _problem_at(data, offset, message)
    return Problem(message)


def _stdlib_syntax_problem(data: bytes) -> Problem | None:
    try:
        json.loads(data)
    except json.JSONDecodeError as stdlib_error:
        message = next((ours for theirs, ours in _STDLIB_MESSAGES if stdlib_error.msg.startswith(theirs)), None)
        if message is None:
            message = stdlib_error.msg[:1].lower() + stdlib_error.msg[1:]
        if stdlib_error.msg.startswith("Unterminated string"):
            message += "; the file ends inside it (is it truncated?)"
        elif stdlib_error.pos >= len(stdlib_error.doc.rstrip()):
            message += " where the file ends (is it truncated?)"
        return Problem(message, line=stdlib_error.lineno, column=stdlib_error.colno)
    except (RecursionError, ValueError, UnicodeDecodeError):
        pass
    return None
