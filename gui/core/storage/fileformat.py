"""Reading Inroads timeline files (format "inroads-timeline", version 1): bytes in, a checked ``Document`` out.

Reading takes one of two roads to the same ``Document``:

* the fast road (``fast_road``) decodes the bytes straight into typed Structs
  (msgspec, in C). Files written by Inroads without foreign keys take it;
* the careful road (``careful_road``) decodes to plain JSON values and builds
  each object in Python. It runs when the fast road meets anything unexpected:
  an unknown key (which must be kept), a wrong type or a missing field. It
  collects every problem instead of stopping at the first.

Both roads end in the same semantic checks (``validate``) and the check for
repeated keys (``repeated_keys``). Bytes that are not readable JSON text are
told by ``readable_text``. Writing is ``fileformat_write``.
"""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass, field
from enum import Enum
from os import PathLike

import msgspec

from gui.core.document.model import Document
from gui.core.document.problems import ErrorKind, LoadError, Problem
from gui.core.document.repairable import all_repairable
from gui.core.document.validate import check_document, check_header
from gui.core.storage.headroom import LOAD_PEAK_PER_BYTE, ensure_headroom
from gui.core.storage.byte_scan import SCAN_IN_THREAD_BYTES, ByteScan
from gui.core.storage.careful_road import decode_carefully
from gui.core.storage.diskstamp import DiskStamp
from gui.core.storage.fast_road import Batches, NeedsCarefulRoad, decode_fast, share_empty_extras
from gui.core.storage.jsonlocate import line_columns, locate_paths
from gui.core.storage.load_progress import Progress
from gui.core.storage.readable_text import not_utf8, readable_bytes, syntax_problem, too_deep
from gui.core.storage.regular_file import open_regular
from gui.core.storage.repeated_keys import repeated_key_problems

__all__ = ["LoadResult", "decode_document", "read_document"]


@dataclass
class LoadResult:
    """A document that loaded, with the warnings found in it (and, opened for repair, its errors)."""

    document: Document
    warnings: list[Problem] = field(default_factory=list)
    #: Opened for repair: the errors it still has, each value kept as the text it was (see ``repairable``).
    errors: list[Problem] = field(default_factory=list)
    #: What the file looked like when read (None when decoded from bytes in memory).
    stamp: DiskStamp | None = None


#: Bytes read at a time when progress is reported.
_READ_CHUNK = 8 << 20


def read_document(path: str | PathLike[str], progress: Progress | None = None, repair: bool = False) -> LoadResult:
    """Read and validate a timeline file; raise LoadError with every problem found.

    ``progress``, if given, hears how the load goes and may stop it by raising LoadCancelled.
    With ``repair``, a file whose errors are all repairable (``LoadError.repairable``, see
    ``gui.core.document.repairable``) loads anyway, every value as it was, its errors in ``errors``.
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
    scan = ByteScan(data)
    result = _decode_document(data, name, progress, scan, repair)
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


def decode_document(
    data: bytes, filename: str = "<data>", progress: Progress | None = None, repair: bool = False
) -> LoadResult:
    """Decode and validate the bytes of a timeline file (``repair``: as ``read_document``)."""
    return _decode_document(data, filename, progress, ByteScan(data), repair)


def _decode_document(
    data: bytes, filename: str, progress: Progress | None, scan: ByteScan, repair: bool = False
) -> LoadResult:
    # Decoding's peak is a multiple of the file; ask for it first (a crash in a C extension would lose
    # the clean "not enough memory").
    ensure_headroom(int(len(data) * (LOAD_PEAK_PER_BYTE - 1)))
    data = readable_bytes(data, filename)
    # Decoding allocates millions of small objects that all survive, and checking them
    # allocates many more that don't: the cyclic GC would scan the survivors again and
    # again for nothing, so it waits until we are done.
    collecting = gc.isenabled()
    gc.disable()
    try:
        result = _decode_and_check(data, filename, progress, scan, repair)
    except BaseException:
        if collecting:
            gc.enable()
        raise
    if collecting:
        if len(data) >= SCAN_IN_THREAD_BYTES:
            # The new document's objects (some 300,000 lists at 100,000 events, none in a cycle) live as
            # long as it is open. Left young, the next collections would examine them all twice, with
            # the GIL held for 100-250 ms, only to find nothing. Instead everything alive moves straight
            # to the oldest generation (freeze and unfreeze just move lists), to be examined with the
            # rest at the next full collection.
            gc.freeze()
            gc.unfreeze()
        gc.enable()
    return result


def _decode_and_check(
    data: bytes, filename: str, progress: Progress | None, scan: ByteScan, repair: bool
) -> LoadResult:
    try:
        document, problems, road, batches = _decode_either_road(data, filename, progress)
    except UnicodeDecodeError as error:
        raise not_utf8(data, filename, error) from None
    except RecursionError:
        raise LoadError(filename, [too_deep(data)]) from None
    if progress is not None:
        progress("Checking", 0, 1)
    # Only a document whose every value fits its type, and whose only errors are the semantic checks'
    # about one value each, may be opened for repair.
    repairable = document is not None and not any(p.is_error for p in problems)
    if document is not None:
        semantic = check_document(document, batches.screen if batches is not None else None)
        repairable = repairable and all_repairable(p for p in semantic if p.is_error)
        problems += semantic
    if road is not _Road.STOPPED_AT_HEADER and not (
        batches is not None and batches.colons.proves_no_repeated_key(scan)
    ):
        repeated = repeated_key_problems(data, document, might_have_extras=road is not _Road.FAST)
        repairable = repairable and not any(p.is_error for p in repeated)
        problems += repeated
    problems = sorted(_with_lines(data, problems), key=_report_order)
    errors = [p for p in problems if p.is_error]
    if (errors and not (repair and repairable)) or document is None:
        raise LoadError(filename, problems, repairable=repairable)
    if batches is None:
        # Decoded whole rather than in batches, which did this as they went. Not before the checks
        # above: the check for repeated keys reads every ``extra``, which gives each object its own.
        share_empty_extras(document.events)
    if progress is not None:
        progress("Checking", 1, 1)
    return LoadResult(document, [p for p in problems if not p.is_error], errors)


def _report_order(problem: Problem) -> tuple:
    """Errors before warnings, each in file order; unlocated ones last."""
    located = problem.line is not None
    return (not problem.is_error, not located, problem.line or 0, problem.column or 0)


class _Road(Enum):
    """Which way a file was decoded."""

    FAST = "fast"  # typed, so no unknown keys
    CAREFUL = "careful"  # plain values, unknown keys kept
    STOPPED_AT_HEADER = "stopped"  # not an Inroads timeline (or a newer one): nothing more is worth checking


def _decode_either_road(
    data: bytes, filename: str, progress: Progress | None
) -> tuple[Document | None, list[Problem], _Road, Batches | None]:
    """The document (None if it could not be built), the problems found so far, the road taken, and
    what the fast road learnt while decoding the events in batches (None if it did not)."""
    try:
        document, batches = decode_fast(data, progress)
    except (msgspec.ValidationError, NeedsCarefulRoad):
        document, problems, header_ok = decode_carefully(data, filename, progress)
        return document, problems, _Road.CAREFUL if header_ok else _Road.STOPPED_AT_HEADER, None
    except msgspec.DecodeError as error:
        data.decode("utf-8")  # bytes that are not UTF-8 are unreadable, not a syntax error
        raise LoadError(filename, [syntax_problem(data, error)]) from None
    header_ok = not check_header(document.format, document.version)
    return document, [], _Road.FAST if header_ok else _Road.STOPPED_AT_HEADER, batches


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
