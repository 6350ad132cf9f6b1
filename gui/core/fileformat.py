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

Decoders keep the last of two equal keys in one object without a word, which
would silently drop data, so a repeated key is an error. Checking costs little:
a file whose JSON tokens are exactly those Inroads writes for the document it
decodes to (every file Inroads saved, in any indentation) cannot repeat a key;
other files go through the stdlib parser with a hook that sees each object's
pairs, and only a file that does repeat a key is scanned to say where.
"""

from __future__ import annotations

import gc
import json
import re
from dataclasses import dataclass, field
from enum import Enum
from itertools import chain
from operator import attrgetter
from os import PathLike
from pathlib import Path
from typing import Any

import msgspec

from .atomic import atomic_write, remove_stale_temp_files
from .diskstamp import DiskStamp
from .jsonlocate import (
    find_duplicate_keys,
    line_column,
    line_columns,
    locate_paths,
    lone_surrogate_offset,
    nesting_offset,
    out_of_range_number_offset,
)
from .model import EXTRA_FIELD, FORMAT_NAME, Document, Event, Evidence, Lane, Source
from .problems import MAX_REPORTED, ErrorKind, LoadError, Problem, format_path
from .validate import check_document, check_header, clip_text, describe_object

__all__ = ["LoadResult", "read_document", "decode_document", "encode_document", "write_document", "MAX_DEPTH"]

_UTF8_BOM = b"\xef\xbb\xbf"

#: How deeply a file may nest lists and objects. Inroads itself needs 5 levels; the
#: rest is room for unknown keys. A limit well below the interpreter's recursion
#: limit means a file that loads can always be saved, copied and shown.
MAX_DEPTH = 100


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
    # Decoding allocates millions of small objects that all survive, and checking them
    # allocates many more that don't: the cyclic GC would scan the survivors again and
    # again for nothing, so it waits until we are done.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _decode_and_check(data, filename)
    finally:
        if collecting:
            gc.enable()


def _decode_and_check(data: bytes, filename: str) -> LoadResult:
    try:
        document, problems, road = _decode_either_road(data, filename)
    except UnicodeDecodeError as error:
        raise _not_utf8(data, filename, error) from None
    except RecursionError:
        raise LoadError(filename, [_too_deep(data)]) from None
    if document is not None:
        problems += check_document(document)
    if road is not _Road.STOPPED_AT_HEADER:
        problems += _repeated_key_problems(data, document, road)
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


class _Road(Enum):
    """Which way a file was decoded."""

    FAST = "fast"  # typed, so no unknown keys
    CAREFUL = "careful"  # plain values, unknown keys kept
    STOPPED_AT_HEADER = "stopped"  # not an Inroads timeline (or a newer one): nothing more is worth checking


def _decode_either_road(data: bytes, filename: str) -> tuple[Document | None, list[Problem], _Road]:
    """The document (None if it could not be built), the problems found so far, and the road taken."""
    try:
        document = _FAST_DECODER.decode(data)
        if _has_absorbed_extras(document):
            raise _NeedsCarefulRoad
    except (msgspec.ValidationError, _NeedsCarefulRoad):
        return _decode_carefully(data, filename)
    except msgspec.DecodeError as error:
        data.decode("utf-8")  # bytes that are not UTF-8 are unreadable, not a syntax error
        raise LoadError(filename, [_syntax_problem(data, error)]) from None
    header_ok = not check_header(document.format, document.version)
    return document, [], _Road.FAST if header_ok else _Road.STOPPED_AT_HEADER


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
    encoding = _other_unicode_encoding(data)
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
    if not data.strip():
        raise LoadError(filename, [Problem("the file is empty" if not data else "the file holds only whitespace")])
    return data


def _other_unicode_encoding(data: bytes) -> str | None:
    """"UTF-16" or "UTF-32" for text in those encodings (with or without a byte-order mark), else None."""
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


def _too_deep(data: bytes) -> Problem:
    message = f"the JSON is nested too deeply to read (more than {MAX_DEPTH} levels of lists and objects)"
    offset = nesting_offset(data, MAX_DEPTH)
    if offset is None:
        return Problem(message)
    return _problem_at(data, offset, message)


def _problem_at(data: bytes, offset: int, message: str) -> Problem:
    line, column = line_column(data, offset)
    return Problem(message, line=line, column=column)


def _not_utf8(data: bytes, filename: str, error: UnicodeDecodeError) -> LoadError:
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


def _syntax_problem(data: bytes, error: msgspec.DecodeError) -> Problem:
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


def _with_lines(data: bytes, problems: list[Problem]) -> list[Problem]:
    """Add line and column to the problems that have a JSON path (the first 200 of them)."""
    to_locate = [p for p in problems[:200] if p.path and p.line is None]
    if not to_locate:
        return problems
    offsets = locate_paths(data, [p.path for p in to_locate])
    positions = line_columns(data, offsets.values())
    located = []
    for problem in problems:
        offset = offsets.get(problem.path) if problem.line is None and problem.path else None
        located.append(problem.located(*positions[offset]) if offset is not None else problem)
    return located


# ----------------------------------------------------------------------------- repeated keys


class _RepeatedKey(Exception):
    pass


def _refuse_repeated_keys(pairs: list[tuple[str, Any]]) -> None:
    if len(pairs) > 1 and len(dict(pairs)) != len(pairs):
        raise _RepeatedKey
    return None  # nothing is kept: only the check matters


def _same_tokens_as_written(document: Document, data: bytes, road: _Road) -> bool:
    """True if the file holds exactly the JSON tokens Inroads writes for ``document``: a proof of no repeated key.

    The file without whitespace between tokens is compared with the document's
    compact encoding. Equal bytes mean equal tokens, so every object in the file
    has the keys its encoding has, and an encoding never repeats a key. This
    holds for any indentation; files Inroads wrote always pass.
    """
    try:
        written = _ENCODER.encode(_payload(document, might_have_extras=road is not _Road.FAST))
        return len(written) <= len(data) and msgspec.json.format(data, indent=-1) == written
    except (msgspec.EncodeError, ValueError, TypeError, RecursionError):
        return False  # saving would fail too; that is not this check's to report


def _has_repeated_keys(data: bytes) -> bool:
    """Exact, at C speed: the stdlib parser shows each object's key-value pairs to a hook."""
    try:
        json.loads(data, object_pairs_hook=_refuse_repeated_keys)
    except _RepeatedKey:
        return True
    except (ValueError, RecursionError):
        return find_duplicate_keys(data, limit=1)[1] > 0
    return False


def _repeated_key_problems(data: bytes, document: Document | None, road: _Road) -> list[Problem]:
    """An error for each key that appears twice in one object (the decoders keep only the last)."""
    if document is not None and _same_tokens_as_written(document, data, road):
        return []
    if not _has_repeated_keys(data):
        return []
    repeats, total = find_duplicate_keys(data, limit=MAX_REPORTED)
    positions = line_columns(data, [offset for repeat in repeats for offset in (repeat.first, repeat.offset)])
    problems = []
    for repeat in repeats:
        path = repeat.path
        in_item = len(path) >= 2 and path[0] in ("lanes", "sources", "events") and isinstance(path[1], int)
        where = describe_object(path[0], path[1], repeat.item_id) if in_item else ""
        inner = format_path(path[2:] if in_item else path)
        place = f" in {clip_text(inner)}" if inner else ("" if where else " at the top level")
        first_line, first_column = positions[repeat.first]
        message = (
            f'key "{clip_text(str(repeat.key))}" appears twice{place} (first on line {first_line}, column'
            f" {first_column}); a key may appear only once in an object"
        )
        line, column = positions[repeat.offset]
        problems.append(Problem(message, where, path + (repeat.key,), line=line, column=column))
    if total > len(repeats):
        problems.append(Problem(f"{total - len(repeats)} more keys appear twice in an object"))
    elif not repeats:
        problems.append(Problem("a key appears twice in one object (beyond the part of the file Inroads scans to find it)"))
    return problems


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
        #: True once "format" and "version" were found and are fine.
        self.header_ok = False

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
        self.header_ok = True
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
            allowed = MAX_DEPTH - len(path) - 1  # the containers around this object, the file itself included
            for key, value in extra.items():
                if _nests_deeper_than(value, allowed):
                    self.problem(
                        f'{label + "." if label else ""}{clip_text(key)} is nested too deeply (a file may nest at'
                        f" most {MAX_DEPTH} levels of lists and objects)",
                        where,
                        path + (key,),
                    )
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


def _nests_deeper_than(value: Any, levels: int) -> bool:
    """True if ``value`` holds lists and objects more than ``levels`` deep (breadth first: no recursion)."""
    level = [value] if isinstance(value, (dict, list)) else []
    depth = 0
    while level:
        depth += 1
        if depth > levels:
            return True
        children = []
        for container in level:
            items = container.values() if isinstance(container, dict) else container
            children.extend(item for item in items if isinstance(item, (dict, list)))
        level = children
    return False


def _looks_like_timelinejs(raw: dict) -> bool:
    events = raw.get("events")
    return isinstance(events, list) and any(isinstance(e, dict) and "start_date" in e for e in events[:5])


_FIELD_NAMES: dict[type, frozenset[str]] = {
    cls: frozenset(f.encode_name for f in msgspec.structs.fields(cls) if f.name != EXTRA_FIELD)
    for cls in (Document, Lane, Source, Evidence, Event)
}


def _decode_carefully(data: bytes, filename: str) -> tuple[Document | None, list[Problem], _Road]:
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
        return None, builder.problems, _Road.CAREFUL if builder.header_ok else _Road.STOPPED_AT_HEADER
    return document, builder.problems, _Road.CAREFUL


# ----------------------------------------------------------------------------- writing

_ENCODER = msgspec.json.Encoder()
_EXTRA_JSON_NAME = next(f.encode_name for f in msgspec.structs.fields(Lane) if f.name == EXTRA_FIELD)


def encode_document(document: Document) -> bytes:
    """The document as the bytes of a file: stable key order, 2-space indent, final newline."""
    payload = _payload(document)
    try:
        compact = _ENCODER.encode(payload)
    except UnicodeEncodeError:
        # A lone UTF-16 surrogate is not a character and has no UTF-8 form. Files never
        # bring one in (the loader refuses them), but text pasted into the app might:
        # save it as U+FFFD rather than not at all.
        compact = _ENCODER.encode(_without_lone_surrogates(msgspec.to_builtins(payload)))
    return msgspec.json.format(compact, indent=2) + b"\n"


def _valid_text(text: str) -> str:
    # Through UTF-16: a high and a low surrogate that follow each other become the character
    # they stand for, and a lone one becomes U+FFFD.
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _without_lone_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return _valid_text(value)
    if isinstance(value, list):
        return [_without_lone_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {_valid_text(key): _without_lone_surrogates(item) for key, item in value.items()}
    return value


def _payload(document: Document, might_have_extras: bool = True) -> Any:
    """What to encode: the document itself, or plain values with the unknown keys merged in."""
    if not might_have_extras or not _has_any_extras(document):
        return document
    header = msgspec.structs.replace(document, lanes=[], sources=[], events=[], extra={})
    payload = msgspec.to_builtins(header)
    if document.lanes:
        payload["lanes"] = [_plain(x) if x.extra else x for x in document.lanes]
    if document.sources:
        payload["sources"] = [_plain(x) if x.extra else x for x in document.sources]
    if document.events:
        payload["events"] = [_plain(x) if _event_has_extras(x) else x for x in document.events]
    payload.update(document.extra)
    return payload


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
    """Save atomically: the file on disk is always either the old version or the new one, whole.

    Temporary files that an earlier save left behind when it was killed are removed first.
    """
    remove_stale_temp_files(path)
    atomic_write(path, encode_document(document))
