"""The CSV reader: a file's text (the careful decoder), its separator, its header and its rows one at a time."""

from __future__ import annotations

import csv
import io
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass

from gui.core.document.problems import ErrorKind, LoadError, Problem, Severity
from gui.core.interop.csv_export import COLUMNS, LANE_ID
from gui.core.storage.readable_text import not_utf8, other_unicode_encoding

_UTF8_BOM = b"\xef\xbb\xbf"
_DELIMITERS = (",", ";", "\t")
#: Other header spellings people use for a column (after lower-casing and dropping spaces, _ and -).
_SYNONYMS = {
    "eventid": "id",
    "startdate": "start",
    "from": "start",
    "date": "start",
    "enddate": "end",
    "to": "end",
    "headline": "title",
    "type": "kind",
    "partner": "partners",
    "tag": "tags",
    "note": "notes",
    "sourceid": "source",
    "evidence": "quote",
    "evidencequote": "quote",
}
#: The columns import reads: the exported ones and the lane id column export adds when it is needed.
_KNOWN = (*COLUMNS, LANE_ID)
_KNOWN_KEYS = {name.replace("_", ""): name for name in _KNOWN}


@dataclass(frozen=True, slots=True)
class RowProblem(Problem):
    """A problem on a line of a CSV file: formatted ``FILE:LINE: message`` (a CSV cell has no useful column)."""

    def format(self, filename: str) -> str:
        if self.line is None or self.column is not None:
            return Problem.format(self, filename)
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        return f"{filename}:{self.line}: {prefix}{self.describe()}"


def _error(message: str, line: int | None) -> RowProblem:
    return RowProblem(message, line=line)


def _warning(message: str, line: int | None = None) -> RowProblem:
    return RowProblem(message, severity=Severity.WARNING, line=line)


def _show(text: str, limit: int = 40) -> str:
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return '"' + "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text) + '"'


def _column_key(header: str) -> str:
    """The column a header cell names (one of ``_KNOWN`` when it is known)."""
    key = re.sub(r"[\s_\-]+", "", header.strip().lower())
    key = _SYNONYMS.get(key, key)
    return _KNOWN_KEYS.get(key, key)


@dataclass
class _Record:
    line: int  # the physical line the row starts on (1-based)
    last_line: int
    cells: list[str]
    raw: str


def _decode_text(data: bytes, filename: str) -> str:
    """The text of a CSV file: UTF-8, with or without a byte-order mark.

    Unlike a timeline file, a CSV may hold NUL characters: a cell can hold any character, and export writes
    a note's U+0000 as it is. UTF-16 and UTF-32 (which have NUL bytes between ASCII letters) are refused.
    """
    data = data.removeprefix(_UTF8_BOM)
    encoding = other_unicode_encoding(data)
    if encoding:
        problem = Problem(f"is {encoding} text; Inroads files are UTF-8 (save it as UTF-8)")
        raise LoadError(filename, [problem], ErrorKind.UNREADABLE)
    if not data or data.isspace():
        raise LoadError(filename, [Problem("the file is empty" if not data else "the file holds only whitespace")])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise not_utf8(data, filename, error) from None


def _choose_delimiter(text: str) -> str:
    """The separator that makes the header (the first line that is not blank) name the most known columns."""
    header = next((line for line in io.StringIO(text, newline="") if line.strip()), "")
    best, best_score = ",", -1
    for delimiter in _DELIMITERS:
        cells = next(csv.reader([header], delimiter=delimiter), [])
        score = sum(1 for cell in cells if _column_key(cell) in _KNOWN)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _records(text: str, filename: str) -> Iterator[_Record]:
    """The rows of the file, one at a time: a row is planned and let go before the next one is read, so that
    reading holds no more than the text and the plan (a list of every row held about 1 GB at 1M rows)."""
    lines: list[str] = []  # the physical lines of the row being read

    def feed():
        for line in io.StringIO(text, newline=""):
            lines.append(line)
            yield line

    # The csv module refuses cells over 128 KiB by default; a note or a source quote can be longer.
    csv.field_size_limit(max(csv.field_size_limit(), min(len(text), sys.maxsize)))
    reader = csv.reader(feed(), delimiter=_choose_delimiter(text))
    last = None
    previous = 0
    try:
        for cells in reader:
            last = _Record(previous + 1, reader.line_num, cells, "".join(lines))
            lines.clear()
            previous = reader.line_num
            yield last
    except csv.Error as error:
        raise LoadError(filename, [_error(f"cannot read the CSV here: {error}", previous + 1)]) from None
    if last is not None and last.raw.count('"') % 2 == 1 and last.last_line > last.line:
        raise LoadError(
            filename,
            [_error('a quoted cell that starts on this line is never closed (a missing ")', last.line)],
        )


def _read_header(record: _Record, filename: str, warnings: list[Problem]) -> dict[str, int]:
    """The column of each known name the header row names; unknown and repeated names are warnings, and a
    header naming no known column, or (without an id column) no lane or start, is an error for the file."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(record.cells):
        key = _column_key(cell)
        if not key:
            continue
        if key not in _KNOWN:
            warnings.append(
                _warning(
                    f"unknown column {_show(cell.strip())} is ignored (known: {', '.join(COLUMNS)})", record.line
                )
            )
        elif key in columns:
            warnings.append(
                _warning(f"column {_show(cell.strip())} appears twice; the second one is ignored", record.line)
            )
        else:
            columns[key] = index
    if not columns:
        raise LoadError(
            filename,
            [
                _error(
                    f"the first row names none of the columns ({', '.join(COLUMNS)}): is it a header row?",
                    record.line,
                )
            ],
        )
    if "id" not in columns:
        missing = [name for name in ("lane", "start") if name not in columns]
        if missing:
            names = " and ".join(f'"{m}"' for m in missing)
            raise LoadError(
                filename,
                [
                    _error(
                        f"the header has no {names} column: without an \"id\" column every row is a new event,"
                        " which needs a lane and a start",
                        record.line,
                    )
                ],
            )
    return columns
