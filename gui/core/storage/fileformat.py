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
import hashlib
import json
import os
import re
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import Enum
from itertools import chain, repeat
from operator import attrgetter
from os import PathLike
from typing import Any

import msgspec
import numpy as np

from gui.core.storage.atomic import atomic_write, remove_stale_temp_files
from gui.core.storage.diskstamp import DiskStamp
from gui.core.storage.jsonlocate import (
    find_duplicate_keys,
    line_column,
    line_columns,
    locate_paths,
    lone_surrogate_offset,
    nesting_offset,
    out_of_range_number_offset,
)
from gui.core.document.model import (
    EXTRA_FIELD,
    FORMAT_NAME,
    STORED_EXTRA,
    Document,
    Event,
    Evidence,
    Lane,
    Source,
    check_shared_extra,
    filled_by_default,
    share_empty_extra,
)
from gui.core.document.problems import MAX_REPORTED, ErrorKind, LoadError, Problem, format_path
from gui.core.storage.regular_file import open_regular
from gui.core.document.validate import EventScreen, check_document, check_header, clip_text, describe_object

__all__ = [
    "MAX_DEPTH",
    "LoadCancelled",
    "LoadResult",
    "Progress",
    "decode_document",
    "encode_document",
    "read_document",
    "write_document",
]

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


#: Told how a load is going: what it is doing and how far into that it is, as ``(stage, done, total)``:
#: ("Reading", bytes read, file size), ("Decoding", events decoded, events), ("Checking", 0 or 1, 1).
#: Called in the thread that loads, often enough to stop a load quickly by raising LoadCancelled.
Progress = Callable[[str, int, int], None]


class LoadCancelled(Exception):
    """Raised by a progress callback to stop a load: nothing was loaded, and nothing is reported."""


#: Bytes read at a time when progress is reported.
_READ_CHUNK = 8 << 20


# ----------------------------------------------------------------------------- reading


def read_document(path: str | PathLike[str], progress: Progress | None = None) -> LoadResult:
    """Read and validate a timeline file; raise LoadError with every problem found.

    ``progress``, if given, hears how the load goes and may stop it by raising LoadCancelled.
    """
    name = str(path)
    try:
        data, stat = _read_bytes(path, progress)
    except FileNotFoundError:
        raise LoadError(name, [Problem("no such file")], ErrorKind.UNREADABLE) from None
    except IsADirectoryError:
        raise LoadError(name, [Problem("is a directory, not a timeline file")], ErrorKind.UNREADABLE) from None
    except PermissionError:
        raise LoadError(name, [Problem("permission denied")], ErrorKind.UNREADABLE) from None
    except OSError as error:
        raise LoadError(name, [Problem(error.strerror or str(error))], ErrorKind.UNREADABLE) from None
    scan = _ByteScan(data)
    result = _decode_document(data, name, progress, scan)
    result.stamp = DiskStamp(stat.st_size, stat.st_mtime_ns, scan.sha256())
    return result


def _read_bytes(path: str | PathLike[str], progress: Progress | None) -> tuple[bytes | bytearray, os.stat_result]:
    """The file's bytes, and its size and time from before they were read.

    Taken before reading, the time can only be older than the bytes, never newer: a
    change made while we read then shows as a change on disk instead of hiding. With
    progress, the bytes are read a piece at a time straight into one buffer (no copy
    to join the pieces).
    """
    with open_regular(path) as stream:  # a FIFO, a device or a directory is refused, never read
        stat = os.fstat(stream.fileno())
        if progress is None:
            return stream.readall(), stat
        data = bytearray(stat.st_size)
        view = memoryview(data)
        done = 0
        while done < len(data):
            count = stream.readinto(view[done : done + _READ_CHUNK])
            if not count:
                break  # the file shrank while we read
            done += count
            progress("Reading", done, len(data))
        view.release()
        del data[done:]
        data += stream.readall()  # or grew
    return data, stat


def decode_document(data: bytes, filename: str = "<data>", progress: Progress | None = None) -> LoadResult:
    """Decode and validate the bytes of a timeline file."""
    return _decode_document(data, filename, progress, _ByteScan(data))


def _decode_document(data: bytes, filename: str, progress: Progress | None, scan: _ByteScan) -> LoadResult:
    data = _readable_bytes(data, filename)
    # Decoding allocates millions of small objects that all survive, and checking them
    # allocates many more that don't: the cyclic GC would scan the survivors again and
    # again for nothing, so it waits until we are done.
    collecting = gc.isenabled()
    gc.disable()
    try:
        result = _decode_and_check(data, filename, progress, scan)
    except BaseException:
        if collecting:
            gc.enable()
        raise
    if collecting:
        if len(data) >= _SCAN_IN_THREAD_BYTES:
            # The new document's objects (some 300,000 lists at 100,000 events, none in a cycle) live as
            # long as it is open. Left young, the next collections would examine them all twice, with
            # the GIL held for 100-250 ms, only to find nothing. Instead everything alive moves straight
            # to the oldest generation (freeze and unfreeze just move lists), to be examined with the
            # rest at the next full collection.
            gc.freeze()
            gc.unfreeze()
        gc.enable()
    return result


def _decode_and_check(data: bytes, filename: str, progress: Progress | None, scan: _ByteScan) -> LoadResult:
    try:
        document, problems, road, batches = _decode_either_road(data, filename, progress)
    except UnicodeDecodeError as error:
        raise _not_utf8(data, filename, error) from None
    except RecursionError:
        raise LoadError(filename, [_too_deep(data)]) from None
    if progress is not None:
        progress("Checking", 0, 1)
    if document is not None:
        problems += check_document(document, batches.screen if batches is not None else None)
    if road is not _Road.STOPPED_AT_HEADER and not (batches is not None and batches.proves_no_repeated_key(scan)):
        problems += _repeated_key_problems(data, document, road)
    problems = sorted(_with_lines(data, problems), key=_report_order)
    errors = [p for p in problems if p.is_error]
    if errors or document is None:
        raise LoadError(filename, problems)
    if batches is None:
        # Decoded whole rather than in batches, which did this as they went. Not before the checks
        # above: the check for repeated keys reads every ``extra``, which gives each object its own.
        _share_empty_extras(document.events)
    if progress is not None:
        progress("Checking", 1, 1)
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


def _decode_either_road(
    data: bytes, filename: str, progress: Progress | None
) -> tuple[Document | None, list[Problem], _Road, _Batches | None]:
    """The document (None if it could not be built), the problems found so far, the road taken, and
    what the fast road learnt while decoding the events in batches (None if it did not)."""
    batches = None
    try:
        skeleton = _SKELETON_DECODER.decode(data)
        if check_header(skeleton.format, skeleton.version):
            # Not a timeline Inroads reads: decode it whole, as before, for the same messages.
            document, batches = _FAST_DECODER.decode(data), None
        else:
            document, batches = _Batches.decode(skeleton, data, progress)
        if _has_absorbed_extras(document, events_checked=batches is not None):
            raise _NeedsCarefulRoad
    except (msgspec.ValidationError, _NeedsCarefulRoad):
        document, problems, road = _decode_carefully(data, filename, progress)
        return document, problems, road, None
    except msgspec.DecodeError as error:
        data.decode("utf-8")  # bytes that are not UTF-8 are unreadable, not a syntax error
        raise LoadError(filename, [_syntax_problem(data, error)]) from None
    header_ok = not check_header(document.format, document.version)
    return document, [], _Road.FAST if header_ok else _Road.STOPPED_AT_HEADER, batches


def _skeleton_type() -> type:
    """Document with its events left as raw JSON, each to be decoded in a batch: the same fields, names
    and defaults, so a file decodes the same way or fails the same way."""
    fields = []
    for info in msgspec.structs.fields(Document):
        if info.required:
            spec = msgspec.field(name=info.encode_name)
        elif info.default_factory is not msgspec.NODEFAULT:
            spec = msgspec.field(default_factory=info.default_factory, name=info.encode_name)
        else:
            spec = msgspec.field(default=info.default, name=info.encode_name)
        fields.append((info.name, list[msgspec.Raw] if info.name == "events" else info.type, spec))
    return msgspec.defstruct("DocumentSkeleton", fields, forbid_unknown_fields=True, gc=False)


_FAST_DECODER = msgspec.json.Decoder(Document)
_SKELETON_DECODER = msgspec.json.Decoder(_skeleton_type())
_EVENTS_DECODER = msgspec.json.Decoder(list[Event])
_RAW_DECODER = msgspec.json.Decoder()
_DOCUMENT_FIELDS = tuple(info.name for info in msgspec.structs.fields(Document) if info.name != "events")

#: Events decoded at a time: small enough to stay in the CPU cache while they are checked (and to let
#: another thread run in between), large enough that the per-batch work is nothing.
_BATCH = 1000
_NOTHING = (None,) * _BATCH

_EXTRA = attrgetter(EXTRA_FIELD)
#: ``extra`` of Events and Evidence without giving each a dict of its own (see model).
_STORED_EXTRA = attrgetter(STORED_EXTRA)
_EVIDENCE = attrgetter("evidence")
_SOURCE = attrgetter("source")
#: Fields whose few values repeat across thousands of events: each value is kept once.
_SHARED_FIELDS = tuple((name, attrgetter(name)) for name in ("lane", "kind", "status", "start", "end"))
_SHARED_LISTS = tuple(attrgetter(name) for name in ("partners", "tags"))
_WHOLE = slice(None)
#: The Event fields a decoder fills when the file leaves them out, and the string object it fills them with.
_FILLED_FIELDS = tuple((attrgetter(name), filled) for name, filled in filled_by_default().items())


class _Batches:
    """The fast road's events, decoded a batch at a time, and what it learnt about them on the way.

    Each batch is decoded, its repeated strings shared, its events screened for
    problems (``EventScreen``) and encoded again (for ``proves_no_repeated_key``)
    while it is still in the CPU cache: that takes less time than decoding all
    events at once and then walking them again.
    """

    def __init__(self, lanes: list[Lane], sources: list[Source]) -> None:
        self.screen = EventScreen(lanes, sources)
        #: Colons in the compact encoding of the document (its events batch by batch, then its header);
        #: None once something could not be encoded.
        self._encoded_colons: int | None = 0
        #: Fields the file left out and the decoder filled in, which the encoding has and the file has not.
        self._filled = 0
        self._has_events = False

    @classmethod
    def decode(cls, skeleton: Any, data: bytes, progress: Progress | None) -> tuple[Document, _Batches | None]:
        batches = cls(skeleton.lanes, skeleton.sources)
        raw_events = skeleton.events
        total = len(raw_events)
        events: list[Event] = []
        strings: dict[str, str] = {}
        for start in range(0, total, _BATCH):
            end = min(start + _BATCH, total)
            try:
                batch = _EVENTS_DECODER.decode(b"".join((b"[", b",".join(raw_events[start:end]), b"]")))
            except msgspec.ValidationError:
                raise
            except msgspec.DecodeError:
                # A flaw the skeleton skipped over: decoding the whole file says where it is.
                return _FAST_DECODER.decode(data), None
            batches._filled += _count_filled(batch)  # before sharing strings makes one "other" of all
            evidence = list(chain.from_iterable(map(_EVIDENCE, batch)))
            if any(map(_STORED_EXTRA, batch)) or any(map(_STORED_EXTRA, evidence)):
                raise _NeedsCarefulRoad
            _share_empty_extras(batch, evidence)
            # Let go of the raw events as we go: the next batches reuse their memory.
            raw_events[start:end] = _NOTHING[: end - start]
            _share_strings(batch, evidence, strings)
            batches.screen.add(batch, evidence)
            batches._count_encoded(batch)
            events += batch
            if progress is not None:
                progress("Decoding", end, total)
        document = Document(**{name: getattr(skeleton, name) for name in _DOCUMENT_FIELDS}, events=events)
        batches._has_events = bool(events)
        batches._count_encoded(msgspec.structs.replace(document, events=[]))
        return document, batches

    def _count_encoded(self, value: Any) -> None:
        # Counted at once, so that each batch's encoding is freed before the next one is made.
        if self._encoded_colons is not None:
            try:
                self._encoded_colons += _count_colons(_ENCODER.encode(value))
            except (msgspec.EncodeError, UnicodeEncodeError, TypeError):
                self._encoded_colons = None  # saving would fail too; that is not this check's to report

    def proves_no_repeated_key(self, scan: _ByteScan) -> bool:
        """True when the file's colons prove that no object in it repeats a key.

        Every key in JSON is followed by one colon, and a colon outside a string
        is nothing else. The document's compact encoding has one key for each
        field that differs from its default, and for each ``kind`` and ``status``
        (written even when they hold the default). Leaving out those the decoder
        filled in (``_count_filled``), each key came from a different key in the
        file, and each of its strings holds as many colons as the file's string it
        was decoded from (unless the file wrote one as ``\\u003a``). So the file has
        at least as many colons as that, and more if any object repeats a key:
        equal counts prove that none does.
        """
        if self._encoded_colons is None:
            return False
        # The "events" key, left out of the header, is in the file; a field the decoder filled is not.
        expected = self._encoded_colons + self._has_events - self._filled
        return scan.colons() == expected and not scan.has_escaped_colon()


def _count_filled(events: list[Event]) -> int:
    """How many fields of the events the decoder filled because the file left them out.

    Each is a key (and colon) in the encoding that the file does not have: uncounted,
    one such field would hide one repeated key from ``proves_no_repeated_key``.
    """
    return sum(list(map(id, map(get, events))).count(id(filled)) for get, filled in _FILLED_FIELDS)


def _share_strings(events: list[Event], evidence: list[Evidence], strings: dict[str, str]) -> None:
    """Make equal lane ids, kinds, statuses, dates, partners, tags and evidence source ids one string each.

    A decoder makes a new string for every value: at 100,000 events, copies of a
    hundred or so short strings would take a third of the document's memory.
    Sharing them batch by batch lets the next batch reuse the memory the copies
    held, so the process really shrinks.
    """
    keep = strings.setdefault
    for name, get in _SHARED_FIELDS:
        values = list(map(get, events))
        _set_each(events, name, map(keep, values, values))
    for get in _SHARED_LISTS:
        lists = list(map(get, events))
        # In place (``items[:] = ...``): a new list would be given room to grow, and lists are many.
        deque(map(list.__setitem__, lists, repeat(_WHOLE), map(map, repeat(keep), lists, lists)), maxlen=0)
    sources = list(map(_SOURCE, evidence))
    _set_each(evidence, "source", map(keep, sources, sources))


def _set_each(objects: list, name: str, values: Iterator) -> None:
    """``setattr(object, name, value)`` for each object and value, at C speed."""
    deque(map(setattr, objects, repeat(name), values), maxlen=0)


def _share_empty_extras(events: list[Event], evidence: list[Evidence] | None = None) -> None:
    """Let the events and evidence (all of the events' evidence) without unknown keys share one empty
    ``extra`` (see model)."""
    share_empty_extra(events)
    share_empty_extra(chain.from_iterable(map(_EVIDENCE, events)) if evidence is None else evidence)


def _has_absorbed_extras(document: Document, events_checked: bool = False) -> bool:
    """True if a file used the internal key for unknown fields, which only the careful road handles."""
    objects = chain(document.lanes, document.sources)
    if bool(document.extra) or any(map(_EXTRA, objects)):
        return True
    if events_checked:
        return False
    evidence = chain.from_iterable(map(_EVIDENCE, document.events))
    return any(map(_STORED_EXTRA, chain(document.events, evidence)))


# ----------------------------------------------------------------------------- passes over the bytes

#: From this size on, the passes over a file's bytes run in a thread while it decodes.
_SCAN_IN_THREAD_BYTES = 4 << 20
#: From this size on, bytes are counted with numpy, in blocks of this many bytes.
_NUMPY_BLOCK = 1 << 20
_COLON = ord(":")
_BACKSLASH = ord("\\")


class _ByteScan:
    """What takes one pass over all of a file's bytes: its SHA-256 and its colons.

    For a big file these run in a thread while the document decodes: hashlib and
    numpy let go of the GIL, so on a second core they take no time at all.
    """

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._facts: Future[tuple[str, int, bool]] | None = None
        if len(data) >= _SCAN_IN_THREAD_BYTES:
            self._facts = _in_thread(self._scan, data)
        self._sha256: str | None = None
        self._colons: int | None = None
        self._escaped: bool | None = None

    @staticmethod
    def _scan(data: bytes) -> tuple[str, int, bool]:
        return hashlib.sha256(data).hexdigest(), _count_colons(data), _has_escaped_colon(data)

    def _wait(self) -> None:
        if self._facts is not None:
            self._sha256, self._colons, self._escaped = self._facts.result()
            self._facts = None

    def sha256(self) -> str:
        self._wait()
        if self._sha256 is None:
            self._sha256 = hashlib.sha256(self._data).hexdigest()
        return self._sha256

    def colons(self) -> int:
        """How many bytes are colons."""
        self._wait()
        if self._colons is None:
            self._colons = _count_colons(self._data)
        return self._colons

    def has_escaped_colon(self) -> bool:
        """True if the text may hold a colon written as ``\\u003a``, which a count of colons would miss."""
        self._wait()
        if self._escaped is None:
            self._escaped = _has_escaped_colon(self._data)
        return self._escaped


_POOL: ThreadPoolExecutor | None = None
_POOL_LOCK = threading.Lock()


def _forget_pool() -> None:
    global _POOL
    _POOL = None  # a forked child has none of the parent's threads: it starts its own


os.register_at_fork(after_in_child=_forget_pool)


def _in_thread(function: Callable[..., Any], *args: Any) -> Future:
    """Run ``function(*args)`` in a helper thread; for work that lets go of the GIL."""
    global _POOL
    with _POOL_LOCK:
        if _POOL is None:
            _POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="inroads-bytes")
    return _POOL.submit(function, *args)


def _count_colons(data: bytes) -> int:
    if len(data) < 1 << 16:
        return data.count(b":")
    array = np.frombuffer(data, dtype=np.uint8)
    return sum(int(np.count_nonzero(array[i : i + _NUMPY_BLOCK] == _COLON)) for i in range(0, len(array), _NUMPY_BLOCK))


def _has_escaped_colon(data: bytes) -> bool:
    if b"\\" not in data:
        return False  # most files: no escapes at all (a search for one byte is fast)
    if len(data) < _NUMPY_BLOCK:
        return re.search(rb"\\u003[aA]", data) is not None
    array = np.frombuffer(data, dtype=np.uint8)
    size = len(array)
    for begin in range(0, size, _NUMPY_BLOCK):
        at = np.flatnonzero(array[begin : begin + _NUMPY_BLOCK] == _BACKSLASH) + begin
        at = at[at + 5 < size]
        found = (
            (array[at + 1] == ord("u"))
            & (array[at + 2] == ord("0"))
            & (array[at + 3] == ord("0"))
            & (array[at + 4] == ord("3"))
            & ((array[at + 5] | 0x20) == ord("a"))
        )
        if found.any():
            return True
    return False


def _readable_bytes(data: bytes, filename: str) -> bytes:
    if data.startswith(_UTF8_BOM):  # noqa: FURB188 - bytearray.removeprefix would copy every file
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
    if not data or data.isspace():
        raise LoadError(filename, [Problem("the file is empty" if not data else "the file holds only whitespace")])
    return data


def _other_unicode_encoding(data: bytes) -> str | None:
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
    # Nothing is kept: only the check matters.
    # nothing is kept: only the check matters


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
    positions = line_columns(data, [offset for found in repeats for offset in (found.first, found.offset)])
    problems = []
    for found in repeats:
        path = found.path
        in_item = len(path) >= 2 and path[0] in ("lanes", "sources", "events") and isinstance(path[1], int)
        where = describe_object(path[0], path[1], found.item_id) if in_item else ""
        inner = format_path(path[2:] if in_item else path)
        place = f" in {clip_text(inner)}" if inner else ("" if where else " at the top level")
        first_line, first_column = positions[found.first]
        message = (
            f'key "{clip_text(str(found.key))}" appears twice{place} (first on line {first_line}, column'
            f" {first_column}); a key may appear only once in an object"
        )
        line, column = positions[found.offset]
        problems.append(Problem(message, where, path + (found.key,), line=line, column=column))
    if total > len(repeats):
        problems.append(Problem(f"{total - len(repeats)} more keys appear twice in an object"))
    elif not repeats:
        problems.append(
            Problem("a key appears twice in one object (beyond the part of the file Inroads scans to find it)")
        )
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

    def __init__(self, progress: Progress | None = None) -> None:
        self.problems: list[Problem] = []
        self.ok = True
        #: True once "format" and "version" were found and are fine.
        self.header_ok = False
        self.progress = progress

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
            if self.progress is not None and index % _BATCH == 0 and name == "events":
                self.progress("Decoding", index, len(items))
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
            self.problem(
                f"{label + ' ' if label else ''}must be an object, not {_json_type_name(item)}".strip(), where, path
            )
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
                        f"{label + '.' if label else ''}{clip_text(key)} is nested too deeply (a file may nest at"
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
                    self.problem(
                        f'{lead}missing required field "{info.encode_name}"', where, path + (info.encode_name,)
                    )
                continue
            value = known[info.encode_name]
            try:
                msgspec.convert(value, info.type)
            except msgspec.ValidationError as error:
                bad.add(info.encode_name)
                message, inner_path = self.type_message(lead + info.encode_name, value, str(error))
                # At the bad item itself (``partners[1]``), not where its list opens.
                self.problem(message, where, path + (info.encode_name, *inner_path))
        return bad

    @staticmethod
    def type_message(field_name: str, value: Any, msgspec_message: str) -> tuple[str, tuple]:
        """The message for a value of the wrong type, and the path of the bad part inside the value."""
        match = re.match(r"Expected `(.+?)`, got `(.+?)`(?: - at `\$(.*)`)?", msgspec_message)
        if not match:
            return f"{field_name}: {msgspec_message}", ()
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
            return f"{shown} must be {_words_for_types(expected)}, not {_json_type_name(got)}", inner_path
        return f"{field_name} must be {_words_for_types(expected)}, not {_json_type_name(value)}", ()


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


def _decode_carefully(
    data: bytes, filename: str, progress: Progress | None = None
) -> tuple[Document | None, list[Problem], _Road]:
    try:
        raw = _RAW_DECODER.decode(data)
    except msgspec.DecodeError as error:
        data.decode("utf-8")  # bytes that are not UTF-8 are unreadable, not a syntax error
        raise LoadError(filename, [_syntax_problem(data, error)]) from None
    builder = _CarefulBuilder(progress)
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
    return b"".join(_file_pieces(document))


def _file_pieces(document: Document, batch_size: int = 0) -> Iterator[bytes | memoryview]:
    """The bytes of ``encode_document``, a batch of sources or events at a time, for writing while the rest is made.

    Each batch is encoded and indented while it is in the CPU cache, which is
    quicker than doing the whole document at once, and ``atomic_write`` writes one
    piece while the next is made. Indenting is the same at any depth, so a batch
    indented inside ``{"events": [...]}`` is exactly its part of the whole file.
    ``batch_size`` (items per piece) is ``_WRITE_BATCH`` unless given: autosave, writing
    in a thread beside the window, wants small pieces, to hand the GIL back often.
    """
    batch_size = batch_size or _WRITE_BATCH
    check_shared_extra()
    if document.extra:
        # Unknown top-level keys come after the events: rare enough to do in one go.
        yield msgspec.json.format(_encoded(_payload(document)), indent=2) + b"\n"
        return
    header = msgspec.structs.replace(document, sources=[], events=[])
    head = msgspec.json.format(_encoded(_payload(header)), indent=2)
    if not document.sources and not document.events:
        yield head + b"\n"
        return
    yield head[: -len(b"\n}")]
    if document.sources:
        yield from _list_pieces("sources", document.sources, batch_size, _encoded_sources)
    if document.events:
        yield from _list_pieces("events", document.events, batch_size, _encoded_events)
    yield b"\n}\n"


def _list_pieces(key: str, items: list, batch_size: int, encode: Any) -> Iterator[bytes | memoryview]:
    """``,\n  "key": [...]`` as the whole document's indenting writes it, a batch at a time."""
    opening = b'{"%s":' % key.encode()
    opening_indented = b'{\n  "%s": [\n' % key.encode()
    # A stand-in first item makes the indenter write the comma between this batch and the last.
    later_opening = b'{"%s":[0,' % key.encode()
    later_opening_indented = b'{\n  "%s": [\n    0' % key.encode()
    yield b',\n  "%s": [\n' % key.encode()
    for start in range(0, len(items), batch_size):
        compact = encode(items[start : start + batch_size])
        if start:
            indented = msgspec.json.format(b"".join((later_opening, compact[1:], b"}")), indent=2)
            yield memoryview(indented)[len(later_opening_indented) : -len(_BATCH_CLOSE_INDENTED)]
        else:
            indented = msgspec.json.format(b"".join((opening, compact, b"}")), indent=2)
            yield memoryview(indented)[len(opening_indented) : -len(_BATCH_CLOSE_INDENTED)]
    yield b"\n  ]"


def _encoded_events(batch: list[Event]) -> bytes:
    compact = _encoded(batch)
    if b"$" in compact and any(map(_event_has_extras, batch)):
        # Only an event with unknown keys has a "$": the name its Struct keeps them under.
        compact = _encoded([_plain(event) if _event_has_extras(event) else event for event in batch])
    return compact


def _encoded_sources(batch: list[Source]) -> bytes:
    return _encoded([_plain(source) if source.extra else source for source in batch])


#: Items encoded and written at a time when saving: fewer, larger pieces than the decoder's batches hand
#: over to the writing thread less often (measured quickest between 4,000 and 8,000 at 100,000 events).
_WRITE_BATCH = 4000
_BATCH_CLOSE_INDENTED = b"\n  ]\n}"


def _encoded(value: Any) -> bytes:
    """Compact JSON of the value."""
    try:
        return _ENCODER.encode(value)
    except UnicodeEncodeError:
        # A lone UTF-16 surrogate is not a character and has no UTF-8 form. Files never
        # bring one in (the loader refuses them), but text pasted into the app might:
        # save it as U+FFFD rather than not at all.
        return _ENCODER.encode(_without_lone_surrogates(msgspec.to_builtins(value)))


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
    return (
        bool(document.extra)
        or any(x.extra for x in chain(document.lanes, document.sources))
        or any(map(_event_has_extras, document.events))
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


def write_document(document: Document, path: str | PathLike[str], *, follow_symlinks: bool = True) -> DiskStamp:
    """Save atomically: the file on disk is always either the old version or the new one, whole.

    Temporary files that an earlier save left behind when it was killed are removed first.
    Returns what the file looks like now, without reading it back. ``follow_symlinks``:
    see ``atomic_write``.
    """
    remove_stale_temp_files(path, follow_symlinks=follow_symlinks)
    digest = hashlib.sha256()
    written = atomic_write(path, _file_pieces(document), digest=digest, follow_symlinks=follow_symlinks)
    return DiskStamp(written.st_size, written.st_mtime_ns, digest.hexdigest())
