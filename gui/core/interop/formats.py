"""Every file format Inroads reads and writes, picked by name or by the file's extension.

* ``inroads``: the native timeline file (``fileformat`` reads it, ``fileformat_write`` writes it);
* ``timelinejs``: TimelineJS3 JSON (``timelinejs``);
* ``csv``: one row per event (``csv_format``).

A ``.json`` file is read as whichever of the first two it is (sniffed from its
content: ``"format": "inroads-timeline"`` or ``events`` with ``start_date``)
and written as an Inroads file unless ``timelinejs`` is asked for; a ``.csv``
file is CSV. Reading raises ``LoadError`` with located problems; writing is
atomic and returns the warnings about what the format could not hold.

The TimelineJS and CSV converters are imported when a file of theirs is met: opening an Inroads
file (and starting the window) needs neither.
"""

from __future__ import annotations

import re
from os import PathLike
from pathlib import Path

import msgspec

from gui.core.storage.atomic import atomic_write
from gui.core.storage.diskstamp import DiskStamp
from gui.core.storage.fileformat import LoadResult, decode_document
from gui.core.storage.fileformat_write import encode_document
from gui.core.document.model import Document
from gui.core.document.problems import ErrorKind, LoadError, Problem
from gui.core.storage.regular_file import read_regular

__all__ = [
    "FORMATS",
    "DESCRIPTIONS",
    "FormatError",
    "format_for_path",
    "sniff_json",
    "read_bytes",
    "decode_any",
    "read_any",
    "encode_any",
    "write_any",
]

#: The format names, as the command line's --from and --to take them.
FORMATS = ("inroads", "timelinejs", "csv")
#: What each format is called in messages and file dialogs, with its extension.
DESCRIPTIONS = {
    "inroads": ("Inroads timeline", ".json"),
    "timelinejs": ("TimelineJS JSON", ".json"),
    "csv": ("CSV, one row per event", ".csv"),
}

# How every file Inroads writes begins (a TimelineJS export holds the same pair deeper down, under "inroads").
_NATIVE_START = re.compile(rb'\s*\{\s*"format"\s*:\s*"inroads-timeline"')


class FormatError(ValueError):
    """An unknown format name, or a file name whose format cannot be told from its extension."""


def _check_name(fmt: str) -> str:
    if fmt not in FORMATS:
        raise FormatError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    return fmt


def format_for_path(path: str | PathLike[str], *, writing: bool = False, data: bytes | None = None) -> str:
    """The format a file is in (or is to be written in), from its extension and, for .json, its content."""
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix == ".json":
        return "inroads" if writing or data is None else sniff_json(data)
    if not writing and data is not None and data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"["):
        return sniff_json(data)
    supported = "inroads or timelinejs (.json), csv (.csv)"
    shown = repr(suffix) if suffix else "(none)"
    raise FormatError(f"{path}: cannot tell the format from the extension {shown} (supported: {supported})")


def sniff_json(data: bytes) -> str:
    """"inroads" or "timelinejs" for the bytes of a JSON file. Undecidable files go to the native reader,
    whose messages explain what is wrong (and hint at TimelineJS when it looks like it)."""
    data = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    if _NATIVE_START.match(data):
        return "inroads"
    try:
        raw = msgspec.json.decode(data)
    except (msgspec.DecodeError, UnicodeDecodeError, RecursionError):
        return "inroads"
    from gui.core.interop.timelinejs import looks_like_timelinejs

    return "timelinejs" if looks_like_timelinejs(raw) else "inroads"


def read_bytes(path: str | PathLike[str]) -> bytes:
    """The bytes of a file; LoadError (unreadable) with a one-line reason when it cannot be read."""
    name = str(path)
    try:
        return read_regular(path)  # a FIFO, a device or a directory is refused, never read
    except FileNotFoundError:
        message = "no such file"
    except IsADirectoryError:
        message = "is a directory, not a timeline file"
    except PermissionError:
        message = "permission denied"
    except OSError as error:
        message = error.strerror or str(error)
    raise LoadError(name, [Problem(message)], ErrorKind.UNREADABLE)


def decode_any(data: bytes, filename: str, fmt: str | None = None) -> LoadResult:
    """A document from the bytes of a file in ``fmt`` (None: told from ``filename`` and the content)."""
    fmt = _check_name(fmt) if fmt is not None else format_for_path(filename, data=data)
    if fmt == "timelinejs":
        from gui.core.interop.timelinejs import decode_timelinejs

        return decode_timelinejs(data, filename)
    if fmt == "csv":
        from gui.core.interop.csv_format import decode_csv

        return decode_csv(data, filename)
    return decode_document(data, filename)


def read_any(path: str | PathLike[str], fmt: str | None = None) -> LoadResult:
    """Read a file in any format: the document and its warnings.

    ``stamp`` is set for Inroads files only: a document imported from another
    format has no file of its own yet (save it under a new name).
    Raises FormatError (unknown format or extension) or LoadError.
    """
    if fmt is not None:
        _check_name(fmt)
    data = read_bytes(path)
    if fmt is None:
        fmt = format_for_path(path, data=data)
    result = decode_any(data, str(path), fmt)
    if fmt == "inroads":
        result.stamp = DiskStamp.of_bytes(path, data)
    return result


def encode_any(document: Document, fmt: str) -> tuple[bytes, list[Problem]]:
    """The document as the bytes of a file in ``fmt``, with warnings about what that format cannot hold."""
    fmt = _check_name(fmt)
    if fmt == "timelinejs":
        from gui.core.interop.timelinejs import encode_timelinejs

        return encode_timelinejs(document)
    if fmt == "csv":
        from gui.core.interop.csv_format import encode_csv

        return encode_csv(document)
    return encode_document(document), []


def write_any(document: Document, path: str | PathLike[str], fmt: str | None = None) -> list[Problem]:
    """Write the document atomically in ``fmt`` (None: by extension, .json is an Inroads file); return warnings.

    Raises FormatError before touching anything, or OSError when writing fails
    (the old file is then untouched).
    """
    fmt = _check_name(fmt) if fmt is not None else format_for_path(path, writing=True)
    data, warnings = encode_any(document, fmt)
    atomic_write(path, data)
    return warnings
