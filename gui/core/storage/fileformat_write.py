"""Writing Inroads timeline files: stable key order, 2-space indent, UTF-8 kept as is, a final newline.

Keys Inroads does not know are written back after the known ones. Saving is atomic (``atomic_write``), and
the bytes are made a batch at a time while the previous batch is written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from itertools import chain
from os import PathLike
from typing import Any

import msgspec

from gui.core.document.model import EXTRA_FIELD, Document, Event, Lane, Source, check_shared_extra
from gui.core.storage.atomic import atomic_write, remove_stale_temp_files
from gui.core.storage.diskstamp import DiskStamp

__all__ = ["compact_json", "encode_document", "file_pieces", "write_document"]

_ENCODER = msgspec.json.Encoder()
_EXTRA_JSON_NAME = next(f.encode_name for f in msgspec.structs.fields(Lane) if f.name == EXTRA_FIELD)


def encode_document(document: Document) -> bytes:
    """The document as the bytes of a file: stable key order, 2-space indent, final newline."""
    return b"".join(file_pieces(document))


def file_pieces(document: Document, batch_size: int = 0) -> Iterator[bytes | memoryview]:
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


def compact_json(document: Document, might_have_extras: bool = True) -> bytes:
    """The document as JSON without whitespace, its keys in the order a file has them.

    Unlike saving, it does not mend text that has no UTF-8 form (a lone surrogate): UnicodeEncodeError.
    ``might_have_extras=False`` promises that nothing in the document has unknown keys.
    """
    return _ENCODER.encode(_payload(document, might_have_extras))


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
    written = atomic_write(path, file_pieces(document), digest=digest, follow_symlinks=follow_symlinks)
    return DiskStamp(written.st_size, written.st_mtime_ns, digest.hexdigest())
