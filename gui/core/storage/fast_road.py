"""The fast road: a file's bytes decoded straight into typed Structs (msgspec, in C), events a batch at a time.

Files written by Inroads without foreign keys take it. It gives up (``NeedsCarefulRoad`` or
msgspec.ValidationError) at the first thing it does not expect: an unknown key, a wrong type or a
missing field, which the careful road then reports.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from itertools import chain, compress, repeat
from operator import attrgetter, is_
from typing import Any

import msgspec

from gui.core.document.model import (
    EXTRA_FIELD,
    STORED_EXTRA,
    Document,
    Event,
    Evidence,
    Lane,
    Source,
    share_empty_extra,
)
from gui.core.document.validate import EventScreen, check_header
from gui.core.storage.load_progress import Progress
from gui.core.storage.repeated_keys import ColonCount
from gui.core.storage.vocabulary import Vocabulary

__all__ = ["BATCH", "Batches", "NeedsCarefulRoad", "decode_fast", "share_empty_extras"]


class NeedsCarefulRoad(Exception):
    """The file has something the fast road cannot decode without losing it: the careful road must."""


def decode_fast(data: bytes, progress: Progress | None) -> tuple[Document, Batches | None]:
    """The document, and what the fast road learnt while decoding its events in batches (None if it did not).

    Raises NeedsCarefulRoad or msgspec.ValidationError when the careful road must take over, and
    msgspec.DecodeError for a syntax error.
    """
    skeleton = _SKELETON_DECODER.decode(data)
    if check_header(skeleton.format, skeleton.version):
        # Not a timeline Inroads reads: decode it whole, as before, for the same messages.
        document, batches = _FAST_DECODER.decode(data), None
    else:
        document, batches = Batches.decode(skeleton, data, progress)
    if _has_absorbed_extras(document, events_checked=batches is not None):
        raise NeedsCarefulRoad
    return document, batches


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
_DOCUMENT_FIELDS = tuple(info.name for info in msgspec.structs.fields(Document) if info.name != "events")

#: Events decoded at a time: small enough to stay in the CPU cache while they are checked (and to let
#: another thread run in between), large enough that the per-batch work is nothing.
BATCH = 1000
_NOTHING = (None,) * BATCH

_EXTRA = attrgetter(EXTRA_FIELD)
#: ``extra`` of Events and Evidence without giving each a dict of its own (see model).
_STORED_EXTRA = attrgetter(STORED_EXTRA)
_EVIDENCE = attrgetter("evidence")
_SOURCE = attrgetter("source")
#: Fields whose few values repeat across thousands of events: each value is kept once.
_SHARED_FIELDS = tuple((name, attrgetter(name)) for name in ("lane", "kind", "status", "start", "end"))
_SHARED_LISTS = tuple(attrgetter(name) for name in ("partners", "tags"))
_WHOLE = slice(None)


class Batches:
    """The fast road's events, decoded a batch at a time, and what it learnt about them on the way.

    Each batch is decoded, its repeated strings shared, its events screened for
    problems (``EventScreen``) and encoded again (for ``ColonCount``'s proof that
    no key repeats) while it is still in the CPU cache: that takes less time than
    decoding all events at once and then walking them again.
    """

    def __init__(self, lanes: list[Lane], sources: list[Source], events: int = BATCH) -> None:
        self.screen = EventScreen(lanes, sources)
        self.colons = ColonCount()
        # Building its decoder costs about a millisecond (10 ms with 5,000 sources): not worth it for a few events.
        self.vocabulary = Vocabulary(lanes, sources) if events >= BATCH else Vocabulary([], [])
        #: False once a batch had a lane, kind or status of its own: the rest take the plain decoder.
        self._with_vocabulary = self.vocabulary.decoder is not None

    def decode_batch(self, raw: bytes) -> tuple[list[Event], list[Evidence], bool]:
        """A batch of events from their JSON array, all their evidence, and whether they came out of the
        ``Vocabulary``'s decoder (their vocabulary shared, their ``extra`` the shared empty one)."""
        if self._with_vocabulary:
            try:
                return (*self.vocabulary.decode(raw), True)
            except msgspec.ValidationError:
                # A kind of its own, say (or a real error, which the plain decoder will tell the same way as ever).
                self._with_vocabulary = False
        batch = _EVENTS_DECODER.decode(raw)
        return batch, list(chain.from_iterable(map(_EVIDENCE, batch))), False

    @classmethod
    def decode(cls, skeleton: Any, data: bytes, progress: Progress | None) -> tuple[Document, Batches | None]:
        batches = cls(skeleton.lanes, skeleton.sources, len(skeleton.events))
        raw_events = skeleton.events
        total = len(raw_events)
        events: list[Event] = []
        # The objects the vocabulary decoder hands out, so that batches it does not decode share them too.
        strings = dict(zip(batches.vocabulary.strings, batches.vocabulary.strings))
        for start in range(0, total, BATCH):
            end = min(start + BATCH, total)
            raw = b"".join((b"[", b",".join(raw_events[start:end]), b"]"))
            try:
                batch, evidence, shared = batches.decode_batch(raw)
            except msgspec.ValidationError:
                raise
            except msgspec.DecodeError:
                # A flaw the skeleton skipped over: decoding the whole file says where it is.
                return _FAST_DECODER.decode(data), None
            if any(map(_STORED_EXTRA, batch)) or any(map(_STORED_EXTRA, evidence)):
                raise NeedsCarefulRoad
            if not shared:
                share_empty_extras(batch, evidence)
            # Let go of the raw events as we go: the next batches reuse their memory.
            raw_events[start:end] = _NOTHING[: end - start]
            vocabulary = batches.vocabulary
            columns = _share_strings(
                batch, evidence, strings, batches.colons, vocabulary.event_fields if shared else (),
                evidence_shared=shared and bool(vocabulary.evidence_fields),
            )
            batches.screen.add(batch, evidence, columns)
            batches.colons.add_encoded(batch)
            events += batch
            if progress is not None:
                progress("Decoding", end, total)
        document = Document(**{name: getattr(skeleton, name) for name in _DOCUMENT_FIELDS}, events=events)
        batches.colons.add_header(document)
        return document, batches


def _share_strings(
    events: list[Event],
    evidence: list[Evidence],
    strings: dict[str, str],
    colons: ColonCount,
    shared_already: tuple[str, ...] = (),
    evidence_shared: bool = False,
) -> dict[str, list]:
    """Make equal lane ids, kinds, statuses, dates, partners, tags and evidence source ids one string each;
    the lane ids, starts and ends as they are then, by field name.

    A decoder makes a new string for every value: at 100,000 events, copies of a
    hundred or so short strings would take a third of the document's memory.
    Sharing them batch by batch lets the next batch reuse the memory the copies
    held, so the process really shrinks. Each field's values are fetched once, for
    ``colons`` (which fields the decoder filled), the sharing and the ``EventScreen``.
    """
    keep = strings.setdefault
    columns = {}
    for name, get in _SHARED_FIELDS:
        values = list(map(get, events))
        if _one_object(values):  # e.g. every kind left out (one default object), every end None
            columns[name] = values
            colons.add_filled_values(name, values, alike=True)
            continue
        colons.add_filled_values(name, values)
        if name in shared_already:
            pass
        elif name == "end" and None in values:
            # Points have no end: share the ends of the ranges only.
            ranges = list(compress(events, values))
            ends = list(filter(None, values))
            _set_each(ranges, name, map(keep, ends, ends))
            values = list(map(get, events))
        else:
            values = list(map(keep, values, values))
            _set_each(events, name, iter(values))
        columns[name] = values
    for get in _SHARED_LISTS:
        lists = list(map(get, events))
        if any(lists):  # lean files have no partners or tags: nothing to walk
            # In place (``items[:] = ...``): a new list would be given room to grow, and lists are many.
            deque(map(list.__setitem__, lists, repeat(_WHOLE), map(map, repeat(keep), lists, lists)), maxlen=0)
    if evidence and not evidence_shared:
        sources = list(map(_SOURCE, evidence))
        _set_each(evidence, "source", map(keep, sources, sources))
    return columns


def _one_object(values: list) -> bool:
    """True if every value is the very same object (so there is nothing to share), at C speed."""
    return not values or all(map(is_, values, repeat(values[0])))


def _set_each(objects: list, name: str, values: Iterator) -> None:
    """``setattr(object, name, value)`` for each object and value, at C speed."""
    deque(map(setattr, objects, repeat(name), values), maxlen=0)


def share_empty_extras(events: list[Event], evidence: list[Evidence] | None = None) -> None:
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
