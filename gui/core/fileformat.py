"""Reading and writing Inroads timeline files (format "inroads-timeline", version 1).

Reading takes one of two roads to the same ``Document``:

* the fast road decodes the bytes straight into typed Structs (msgspec, in C).
  Files written by Inroads without foreign keys take it;
* the careful road decodes to plain JSON values and builds each object in
  Python. It runs when the fast road meets anything unexpected: an unknown key
  (which must be kept), a wrong type or a missing field. It collects every
  problem instead of stopping at the first.

Both roads end in the same semantic checks (``validate``). Writing is stable:
a fixed key order, 2-space indent, UTF-8 kept as is, a final newline, and keys
Inroads does not know written back after the known ones.
"""

from __future__ import annotations

import gc
import json
import re
from dataclasses import dataclass, field
from itertools import chain
from operator import attrgetter
from os import PathLike
from pathlib import Path
from typing import Any

import msgspec

from .atomic import atomic_write
from .diskstamp import DiskStamp
from .jsonlocate import line_column, locate_paths
from .model import EXTRA_FIELD, FORMAT_NAME, Document, Event, Evidence, Lane, Source
from .problems import ErrorKind, LoadError, Problem
from .validate import check_document, check_header, describe_object

__all__ = ["LoadResult", "read_document", "decode_document", "encode_document", "write_document"]

_UTF8_BOM = b"\xef\xbb\xbf"


@dataclass
class LoadResult:
    """A document that loaded, with the warnings found in it."""

    document: Document
    warnings: list[Problem] = field(default_factory=list)
    #: What the file looked like when read (None when decoded from bytes in memory).
    stamp: DiskStamp | None = None


# ----------------------------------------------------------------------------- reading


def read_document(path: str | PathLike[str]) -> LoadResult:
    """Read and validate a timeline file; raise LoadError with every problem found."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise LoadError(name, [Problem("no such file")], ErrorKind.UNREADABLE) from None
    except IsADirectoryError:
        raise LoadError(name, [Problem("is a directory, not a timeline file")], ErrorKind.UNREADABLE) from None
    except PermissionError:
        raise LoadError(name, [Problem("permission denied")], ErrorKind.UNREADABLE) from None
    except OSError as error:
        raise LoadError(name, [Problem(error.strerror or str(error))], ErrorKind.UNREADABLE) from None
    result = decode_document(data, name)
    result.stamp = DiskStamp.of_bytes(path, data)
    return result


def decode_document(data: bytes, filename: str = "<data>") -> LoadResult:
    """Decode and validate the bytes of a timeline file."""
    data = _readable_bytes(data, filename)
    try:
        document, problems = _decode_either_road(data, filename)
    except UnicodeDecodeError as error:
        raise _not_utf8(data, filename, error) from None
    except RecursionError:
        raise LoadError(filename, [Problem("the JSON is nested too deeply to read")]) from None
    if document is not None:
        problems += check_document(document)
    problems = sorted(_with_lines(data, problems), key=_report_order)
    errors = [p for p in problems if p.is_error]
    if errors or document is None:
        raise LoadError(filename, problems)
    return LoadResult(document, problems)


def _report_order(problem: Problem) -> tuple:
    """Errors before warnings, each in file order; unlocated ones last."""
    located = problem.line is not None
    return (not problem.is_error, not located, problem.line or 0, problem.column or 0)


class _NeedsCarefulRoad(Exception):
    pass


def _decode_either_road(data: bytes, filename: str) -> tuple[Document | None, list[Problem]]:
    # Decoding allocates millions of small objects that all survive: the cyclic GC
    # would scan them again and again for nothing, so it waits until we are done.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _decode_with_gc_off(data, filename)
    finally:
        if collecting:
            gc.enable()


def _decode_with_gc_off(data: bytes, filename: str) -> tuple[Document | None, list[Problem]]:
    try:
        document = _FAST_DECODER.decode(data)
        if _has_absorbed_extras(document):
            raise _NeedsCarefulRoad
    except (msgspec.ValidationError, _NeedsCarefulRoad):
        return _decode_carefully(data, filename)
    except msgspec.DecodeError as error:
        data.decode("utf-8")  # bytes that are not UTF-8 are unreadable, not a syntax error
        raise LoadError(filename, [_syntax_problem(data, error)]) from None
    return document, []


_FAST_DECODER = msgspec.json.Decoder(Document)
_RAW_DECODER = msgspec.json.Decoder()


def _has_absorbed_extras(document: Document) -> bool:
    """True if a file used the internal key for unknown fields, which only the careful road handles."""
    get_extra = attrgetter(EXTRA_FIELD)
    evidence = chain.from_iterable(map(attrgetter("evidence"), document.events))
    objects = chain(document.lanes, document.sources, document.events, evidence)
    return bool(document.extra) or any(map(get_extra, objects))


def _readable_bytes(data: bytes, filename: str) -> bytes:
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LoadError(
            filename, [Problem("is UTF-16 text; Inroads files are UTF-8 (save it as UTF-8)")], ErrorKind.UNREADABLE
        )
    nul = data.find(b"\x00")
    if nul != -1:
        line, column = line_column(data, nul)
        raise LoadError(
            filename,
            [Problem("is not a text file: it contains NUL bytes", line=line, column=column)],
            ErrorKind.UNREADABLE,
        )
    if not data.strip():
        raise LoadError(filename, [Problem("the file is empty" if not data else "the file holds only whitespace")])
    return data


def _not_utf8(data: bytes, filename: str, error: UnicodeDecodeError) -> LoadError:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exact:
        error = exact
    line, column = line_column(data, error.start)
    byte = data[error.start : error.start + 1].hex()
    problem = Problem(f"is not UTF-8 text (byte 0x{byte}); save it as UTF-8", line=line, column=column)
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


def _syntax_problem(data: bytes, error: msgspec.DecodeError) -> Problem:
    """A located syntax error. The stdlib parser words these better, so ask it where it can."""
    try:
        json.loads(data)
    except json.JSONDecodeError as stdlib_error:
        message = next((ours for theirs, ours in _STDLIB_MESSAGES if stdlib_error.msg.startswith(theirs)), None)
        if message is None:
            message = stdlib_error.msg[:1].lower() + stdlib_error.msg[1:]
        return Problem(message, line=stdlib_error.lineno, column=stdlib_error.colno)
    except (RecursionError, ValueError, UnicodeDecodeError):
        pass
    text = str(error)
    if "truncated" in text:
        line, column = line_column(data, len(data))
        return Problem("the file ends too early (is it truncated?)", line=line, column=column)
    offset_match = re.search(r"\(byte (\d+)\)", text)
    message = re.sub(r"^JSON is malformed: |\s*\(byte \d+\)", "", text)
    if "NaN" in str(data[int(offset_match.group(1)) :][:9]) if offset_match else False:
        message = "NaN and Infinity are not JSON numbers"
    if offset_match:
        line, column = line_column(data, int(offset_match.group(1)))
        return Problem(message, line=line, column=column)
    return Problem(message)


def _with_lines(data: bytes, problems: list[Problem]) -> list[Problem]:
    """Add line and column to the problems that have a JSON path."""
    to_locate = [p for p in problems[:200] if p.path and p.line is None]
    if not to_locate:
        return problems
    offsets = locate_paths(data, [p.path for p in to_locate])
    located = []
    for problem in problems:
        offset = offsets.get(problem.path) if problem.line is None and problem.path else None
        located.append(problem.located(*line_column(data, offset)) if offset is not None else problem)
    return located


# ----------------------------------------------------------------------------- the careful road

_TYPE_WORDS = {
    "str": "a string",
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "null": "null",
    "array": "a list",
    "object": "an object",
}


def _json_type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _words_for_types(spec: str) -> str:
    return " or ".join(_TYPE_WORDS.get(part.strip(), part.strip()) for part in spec.split("|"))


def _parse_path(text: str) -> tuple:
    return tuple(int(index) if index else key for key, index in re.findall(r"\.([^.\[]+)|\[(\d+)\]", text))


class _CarefulBuilder:
    """Builds a Document from plain JSON values, keeping unknown keys and collecting problems."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.ok = True

    def problem(self, message: str, where: str, path: tuple) -> None:
        self.problems.append(Problem(message, where, path))
        self.ok = False

    def build(self, raw: Any) -> Document | None:
        if not isinstance(raw, dict):
            self.problem(
                f'the file holds {_json_type_name(raw)}, not an object; an Inroads timeline is an object with "format": "{FORMAT_NAME}"',
                "",
                (),
            )
            return None
        if "format" not in raw:
            hint = " (it looks like a TimelineJS timeline)" if _looks_like_timelinejs(raw) else ""
            self.problem(f'missing "format": "{FORMAT_NAME}"; this is not an Inroads timeline{hint}', "", ())
            return None
        if "version" not in raw:
            self.problem('missing "version" (expected "version": 1)', "", ())
            return None
        header = check_header(raw["format"], raw["version"])
        if header:
            self.problems += header
            self.ok = False
            return None
        lanes = self.collection(raw, "lanes", Lane)
        sources = self.collection(raw, "sources", Source)
        events = self.collection(raw, "events", Event)
        top = {k: v for k, v in raw.items() if k not in ("lanes", "sources", "events")}
        document = self.make(top, Document, "", ())
        if document is None:
            return None
        document.lanes, document.sources, document.events = lanes, sources, events
        return document

    def collection(self, raw: dict, name: str, cls: type) -> list:
        items = raw.get(name, [])
        if not isinstance(items, list):
            self.problem(f"{name} must be a list, not {_json_type_name(items)}", "", (name,))
            return []
        built = []
        for index, item in enumerate(items):
            where = describe_object(name, index, item.get("id") if isinstance(item, dict) else None)
            if cls is Event and isinstance(item, dict) and "evidence" in item:
                item = dict(item)
                item["evidence"] = self.evidence_list(item["evidence"], where, (name, index, "evidence"))
            obj = self.make(item, cls, where, (name, index))
            if obj is not None:
                built.append(obj)
        return built

    def evidence_list(self, items: Any, where: str, path: tuple) -> list:
        if not isinstance(items, list):
            self.problem(f"evidence must be a list, not {_json_type_name(items)}", where, path)
            return []
        built = []
        for number, item in enumerate(items):
            evidence = self.make(item, Evidence, where, path + (number,), label=f"evidence[{number}]")
            if evidence is not None:
                built.append(evidence)
        return built

    def make(self, item: Any, cls: type, where: str, path: tuple, label: str = "") -> Any:
        """Build one Struct from a dict, moving unknown keys into ``extra``."""
        if not isinstance(item, dict):
            self.problem(f"{label + ' ' if label else ''}must be an object, not {_json_type_name(item)}".strip(), where, path)
            return None
        known_names = _FIELD_NAMES[cls]
        known = {k: v for k, v in item.items() if k in known_names}
        extra = {k: v for k, v in item.items() if k not in known_names}
        try:
            obj = msgspec.convert(known, cls)
        except msgspec.ValidationError:
            # Report every bad field, then build a stand-in from the good ones so the
            # semantic checks can still report this object's other problems.
            bad = self.field_problems(known, cls, where, path, label)
            good = {k: v for k, v in known.items() if k not in bad}
            for info in msgspec.structs.fields(cls):
                if info.required and info.encode_name not in good:
                    good[info.encode_name] = ""
            obj = msgspec.convert(good, cls)
        if extra:
            setattr(obj, EXTRA_FIELD, extra)
        return obj

    def field_problems(self, known: dict, cls: type, where: str, path: tuple, label: str) -> set[str]:
        """Report every bad field of one object, not only the first msgspec meets; return their names."""
        lead = f"{label}." if label else ""
        bad = set()
        for info in msgspec.structs.fields(cls):
            if info.name == EXTRA_FIELD:
                continue
            if info.encode_name not in known:
                if info.required:
                    self.problem(f'{lead}missing required field "{info.encode_name}"', where, path + (info.encode_name,))
                continue
            value = known[info.encode_name]
            try:
                msgspec.convert(value, info.type)
            except msgspec.ValidationError as error:
                bad.add(info.encode_name)
                self.problem(self.type_message(lead + info.encode_name, value, str(error)), where, path + (info.encode_name,))
        return bad

    @staticmethod
    def type_message(field_name: str, value: Any, msgspec_message: str) -> str:
        match = re.match(r"Expected `(.+?)`, got `(.+?)`(?: - at `\$(.*)`)?", msgspec_message)
        if not match:
            return f"{field_name}: {msgspec_message}"
        expected, _, inner = match.groups()
        inner_path = _parse_path(inner or "")
        if inner_path:
            shown = field_name + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in inner_path)
            got = value
            for part in inner_path:
                try:
                    got = got[part]
                except (KeyError, IndexError, TypeError):
                    break
            return f"{shown} must be {_words_for_types(expected)}, not {_json_type_name(got)}"
        return f"{field_name} must be {_words_for_types(expected)}, not {_json_type_name(value)}"


def _looks_like_timelinejs(raw: dict) -> bool:
    events = raw.get("events")
    return isinstance(events, list) and any(isinstance(e, dict) and "start_date" in e for e in events[:5])


_FIELD_NAMES: dict[type, frozenset[str]] = {
    cls: frozenset(f.encode_name for f in msgspec.structs.fields(cls) if f.name != EXTRA_FIELD)
    for cls in (Document, Lane, Source, Evidence, Event)
}


def _decode_carefully(data: bytes, filename: str) -> tuple[Document | None, list[Problem]]:
    try:
        raw = _RAW_DECODER.decode(data)
    except msgspec.DecodeError as error:
        data.decode("utf-8")  # bytes that are not UTF-8 are unreadable, not a syntax error
        raise LoadError(filename, [_syntax_problem(data, error)]) from None
    builder = _CarefulBuilder()
    document = builder.build(raw)
    if not builder.ok:
        # Semantic checks on a partly built document still find real problems
        # (dates, references) worth reporting in the same run.
        reported = {p.path for p in builder.problems}
        if document is not None:
            builder.problems += [p for p in check_document(document) if p.is_error and p.path not in reported]
        return None, builder.problems
    return document, builder.problems


# ----------------------------------------------------------------------------- writing

_ENCODER = msgspec.json.Encoder()
_EXTRA_JSON_NAME = next(f.encode_name for f in msgspec.structs.fields(Lane) if f.name == EXTRA_FIELD)


def encode_document(document: Document) -> bytes:
    """The document as the bytes of a file: stable key order, 2-space indent, final newline."""
    payload: Any = document
    if _has_any_extras(document):
        header = msgspec.structs.replace(document, lanes=[], sources=[], events=[], extra={})
        payload = msgspec.to_builtins(header)
        if document.lanes:
            payload["lanes"] = [_plain(x) if x.extra else x for x in document.lanes]
        if document.sources:
            payload["sources"] = [_plain(x) if x.extra else x for x in document.sources]
        if document.events:
            payload["events"] = [_plain(x) if _event_has_extras(x) else x for x in document.events]
        payload.update(document.extra)
    return msgspec.json.format(_ENCODER.encode(payload), indent=2) + b"\n"


def _event_has_extras(event: Event) -> bool:
    return bool(event.extra) or (bool(event.evidence) and any(e.extra for e in event.evidence))


def _has_any_extras(document: Document) -> bool:
    return bool(document.extra) or any(x.extra for x in chain(document.lanes, document.sources)) or any(
        map(_event_has_extras, document.events)
    )


def _plain(obj: msgspec.Struct) -> dict:
    """A Struct as a dict in field order, with its unknown keys (and nested ones) after the known."""
    return _merge_extras(msgspec.to_builtins(obj))


def _merge_extras(value: Any) -> Any:
    if isinstance(value, dict):
        extra = value.pop(_EXTRA_JSON_NAME, None)
        for key, item in value.items():
            if isinstance(item, (dict, list)):
                value[key] = _merge_extras(item)
        if extra:
            value.update(extra)
    elif isinstance(value, list):
        return [_merge_extras(item) for item in value]
    return value


def write_document(document: Document, path: str | PathLike[str]) -> None:
    """Save atomically: the file on disk is always either the old version or the new one, whole."""
    atomic_write(path, encode_document(document))
