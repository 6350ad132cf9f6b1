"""Decoding events with their lane ids, kinds, statuses and evidence source ids shared as they are decoded.

A decoder makes a new string for every value; the fast road would then walk every event to make
equal strings one object. Narrowed to Literals (this file's lane ids and source ids, the default
kinds and statuses), the same fields come out of msgspec as the Literals' own objects: shared at
decoding, at C speed. The events and evidence are decoded into subclasses of Event and Evidence
that only narrow those fields (and start from the shared empty ``extra``), and are then made plain
Events and Evidence: same fields, same slots, so nothing else can tell.
"""

from __future__ import annotations

from collections import deque
from itertools import chain, repeat
from operator import attrgetter
from typing import Any, Literal, get_args

import msgspec

from gui.core.document.model import (
    DEFAULT_KINDS,
    DEFAULT_STATUSES,
    EXTRA_FIELD,
    Event,
    Evidence,
    Lane,
    Source,
    shared_empty_extra_factory,
)

__all__ = ["Vocabulary"]

_EVIDENCE = attrgetter("evidence")
_OPTIONS = dict(omit_defaults=True, forbid_unknown_fields=True, gc=False)


class Vocabulary:
    """A decoder of JSON arrays of events whose vocabulary comes out shared, and the strings it hands out.

    ``decoder`` is None when the file has no lanes. Decoding raises msgspec.ValidationError for a value
    outside the Literals (a kind of its own, a lane the file lacks), as for any other error: the caller
    then decodes with the plain decoder, which tells real errors the same way as ever.
    """

    def __init__(self, lanes: list[Lane], sources: list[Source]) -> None:
        self.decoder: msgspec.json.Decoder | None = None
        #: The string objects the decoder hands out: those of the first equal Literal made in this process,
        #: maybe another file's (``typing`` keeps Literals by value).
        self.strings: tuple[str, ...] = ()
        #: The fields whose values come out shared (of Event, and of Evidence).
        self.event_fields: tuple[str, ...] = ()
        self.evidence_fields: tuple[str, ...] = ()
        lane_ids = tuple(dict.fromkeys(lane.id for lane in lanes))
        if not lane_ids:
            return
        source_ids = tuple(dict.fromkeys(source.id for source in sources))
        literals = {"lane": Literal[lane_ids], "kind": Literal[DEFAULT_KINDS], "status": Literal[DEFAULT_STATUSES]}
        evidence_literals = {"source": Literal[source_ids]} if source_ids else {}
        evidence_type = _narrowed(Evidence, "VocabularyEvidence", evidence_literals, {})
        event_type = _narrowed(Event, "VocabularyEvent", literals, {"evidence": list[evidence_type]})
        if event_type is None or evidence_type is None:
            return
        self.decoder = msgspec.json.Decoder(list[event_type])
        self.strings = tuple(text for literal in (*literals.values(), *evidence_literals.values()) for text in get_args(literal))
        self.event_fields = tuple(literals)
        self.evidence_fields = tuple(evidence_literals)

    def decode(self, raw: bytes) -> tuple[list[Event], list[Evidence]]:
        """The events of a JSON array, and all their evidence in order, as plain Events and Evidence."""
        events = self.decoder.decode(raw)
        evidence = list(chain.from_iterable(map(_EVIDENCE, events)))
        # Same fields, same slots: at C speed, the objects become plain ones.
        deque(map(setattr, events, repeat("__class__"), repeat(Event)), maxlen=0)
        deque(map(setattr, evidence, repeat("__class__"), repeat(Evidence)), maxlen=0)
        return events, evidence


def _narrowed(base: type, name: str, literals: dict[str, Any], types: dict[str, Any]) -> type | None:
    """A subclass of ``base`` with the fields in ``literals`` and ``types`` of those types (defaults and
    JSON names as they were), and ``extra`` starting from the shared empty one; None if it would not
    have the very same fields and slots."""
    fields = []
    for info in msgspec.structs.fields(base):
        new_type = literals.get(info.name, types.get(info.name))
        if info.name == EXTRA_FIELD:
            spec = msgspec.field(default_factory=shared_empty_extra_factory, name=info.encode_name)
            fields.append((info.name, info.type, spec))
        elif new_type is not None:
            if info.required:
                spec = msgspec.field(name=info.encode_name)
            elif info.default_factory is not msgspec.NODEFAULT:
                spec = msgspec.field(default_factory=info.default_factory, name=info.encode_name)
            else:
                spec = msgspec.field(default=info.default, name=info.encode_name)
            fields.append((info.name, new_type, spec))
    narrowed = msgspec.defstruct(name, fields, bases=(base,), **_OPTIONS)
    same = (
        narrowed.__struct_fields__ == base.__struct_fields__
        and narrowed.__struct_encode_fields__ == base.__struct_encode_fields__
        and narrowed.__basicsize__ == base.__basicsize__
    )
    return narrowed if same else None
