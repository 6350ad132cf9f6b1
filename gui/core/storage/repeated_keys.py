"""The repeated-key check: a proof that a file repeats no key, else each repeat found and located.

Decoders keep the last of two equal keys in one object without a word, which
would silently drop data, so a repeated key is an error. Checking costs little:
the fast road counts the colons its documents encode to (``ColonCount``), and a
file with exactly as many cannot repeat a key; a file whose JSON tokens are
exactly those Inroads writes for the document it decodes to (every file Inroads
saved, in any indentation) cannot either. Other files go through the stdlib
parser with a hook that sees each object's pairs, and only a file that does
repeat a key is scanned to say where.
"""

from __future__ import annotations

import json
from itertools import repeat
from operator import attrgetter, is_
from typing import Any

import msgspec

from gui.core.document.model import Document, Event, filled_by_default
from gui.core.document.problems import MAX_REPORTED, Problem, format_path
from gui.core.document.validate import clip_text, describe_object
from gui.core.storage.byte_scan import ByteScan, count_colons
from gui.core.storage.fileformat_write import compact_json
from gui.core.storage.jsonlocate import find_duplicate_keys, line_columns

__all__ = ["ColonCount", "repeated_key_problems"]

_ENCODER = msgspec.json.Encoder()
#: The Event fields a decoder fills when the file leaves them out, and the string object it fills them with.
_FILLED_FIELDS = tuple((attrgetter(name), filled) for name, filled in filled_by_default().items())
_FILLED_BY_NAME = filled_by_default()


class ColonCount:
    """The colons a file has if no object in it repeats a key, counted as the fast road decodes it.

    Fed each batch of events as it is decoded (``add_filled`` before its strings are
    shared, ``add_encoded`` after), then the document's header (``add_header``).
    """

    def __init__(self) -> None:
        #: Colons in the compact encoding of the document (its events batch by batch, then its header);
        #: None once something could not be encoded.
        self._encoded_colons: int | None = 0
        #: Fields the file left out and the decoder filled in, which the encoding has and the file has not.
        self._filled = 0
        self._has_events = False

    def add_filled(self, events: list[Event]) -> None:
        """Count the fields of freshly decoded events that the decoder filled (before sharing strings makes one
        "other" of all)."""
        self._filled += _count_filled(events)

    def add_filled_values(self, name: str, values: list, alike: bool = False) -> None:
        """``add_filled`` for one field: its values in a batch of freshly decoded events (``alike``: all of them
        are one object)."""
        filled = _FILLED_BY_NAME.get(name)
        if filled is None or not values:
            return
        if alike:
            self._filled += len(values) if values[0] is filled else 0
        else:
            self._filled += list(map(is_, values, repeat(filled))).count(True)

    def add_encoded(self, events: list[Event]) -> None:
        """Count the colons of a batch of events' encoding."""
        self._count_encoded(events)

    def add_header(self, document: Document) -> None:
        """Count the colons of the document without its events, once all of them were added."""
        self._has_events = bool(document.events)
        self._count_encoded(msgspec.structs.replace(document, events=[]))

    def _count_encoded(self, value: Any) -> None:
        # Counted at once, so that each batch's encoding is freed before the next one is made.
        if self._encoded_colons is not None:
            try:
                self._encoded_colons += count_colons(_ENCODER.encode(value))
            except (msgspec.EncodeError, UnicodeEncodeError, TypeError):
                self._encoded_colons = None  # saving would fail too; that is not this check's to report

    def proves_no_repeated_key(self, scan: ByteScan) -> bool:
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


class _RepeatedKey(Exception):
    pass


def _refuse_repeated_keys(pairs: list[tuple[str, Any]]) -> None:
    if len(pairs) > 1 and len(dict(pairs)) != len(pairs):
        raise _RepeatedKey
    # Nothing is kept: only the check matters.


def _same_tokens_as_written(document: Document, data: bytes, might_have_extras: bool) -> bool:
    """True if the file holds exactly the JSON tokens Inroads writes for ``document``: a proof of no repeated key.

    The file without whitespace between tokens is compared with the document's
    compact encoding. Equal bytes mean equal tokens, so every object in the file
    has the keys its encoding has, and an encoding never repeats a key. This
    holds for any indentation; files Inroads wrote always pass.
    """
    try:
        written = compact_json(document, might_have_extras)
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


def repeated_key_problems(data: bytes, document: Document | None, might_have_extras: bool = True) -> list[Problem]:
    """An error for each key that appears twice in one object (the decoders keep only the last).

    ``document`` is what the file decoded to, if it did; ``might_have_extras=False`` says it was decoded
    straight into Structs, so that nothing in it has unknown keys.
    """
    if document is not None and _same_tokens_as_written(document, data, might_have_extras):
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
