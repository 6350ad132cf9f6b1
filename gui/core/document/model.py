"""The document model: lanes, sources and events, as plain typed records.

These are msgspec Structs so that a file decodes straight into them without an
intermediate dict per object. They hold exactly what the file holds: dates stay
EDTF text (parsed on demand through the cache in ``dates``), and keys that
Inroads does not know are kept in ``extra`` so that saving never drops them.

An Event or Evidence read from a file without unknown keys does not hold an
empty ``extra`` dict of its own until something reads its ``extra`` (see
``share_empty_extra``): at 100,000 events that saves 200,000 empty dicts. To
any code that uses the attribute, ``extra`` is the object's own dict as ever;
only ``msgspec.structs.asdict`` and ``astuple``, which bypass attributes, may
show the shared empty dict, which must not be changed.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from itertools import compress, repeat
from operator import attrgetter, not_
from typing import Annotated, Any

import msgspec

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "DEFAULT_KINDS",
    "DEFAULT_STATUSES",
    "ONGOING",
    "REANCHORED_VALUES",
    "Lane",
    "Source",
    "Evidence",
    "Event",
    "Document",
    "EXTRA_FIELD",
    "new_document",
    "STORED_EXTRA",
    "SharedExtraChanged",
    "check_shared_extra",
    "share_empty_extra",
    "shared_empty_extra_factory",
    "filled_by_default",
]

FORMAT_NAME = "inroads-timeline"
FORMAT_VERSION = 1

#: The documented default vocabulary. Other values are kept and shown as they are.
DEFAULT_KINDS = (
    "carrier-talks",
    "carrier-deal",
    "retail",
    "online-sales",
    "launch",
    "regulatory",
    "setback",
    "context",
    "other",
)
DEFAULT_STATUSES = ("rumored", "reported", "confirmed", "cancelled")

#: The values of ``Evidence.reanchored``: how a quote was found again after its source text changed.
REANCHORED_VALUES = ("moved", "fuzzy")

#: The ``end`` of an event that is still going on.
ONGOING = ".."

#: The attribute that holds unknown keys. Its JSON name is one no file should use;
#: the loader treats a file that does use it as having unknown keys (see storage/fast_road).
EXTRA_FIELD = "extra"
_EXTRA_JSON_NAME = "$inroads-extra"

_STRUCT_OPTIONS = dict(omit_defaults=True, forbid_unknown_fields=True, gc=False)


def _described(type_: Any, description: str) -> Any:
    return Annotated[type_, msgspec.Meta(description=description)]


def _extra_field() -> Any:
    return msgspec.field(default_factory=dict, name=_EXTRA_JSON_NAME)


def _always_written(value: str) -> Any:
    """A default that is still written on save (omit_defaults skips only plain defaults).

    Every field it fills holds one string object made for it (see ``filled_by_default``), so
    the loader can tell a field the file left out from one the file set to the same text.
    """
    filled = value.encode().decode()  # equal to ``value``, but not the interned constant
    _FILLED_DEFAULTS.append(filled)
    # A C callable that returns ``filled``: the decoder calls it for every event that leaves the field out.
    return msgspec.field(default_factory=repeat(filled).__next__)


#: The string objects that ``_always_written`` defaults put in the fields they fill.
_FILLED_DEFAULTS: list[str] = []


def filled_by_default() -> dict[str, str]:
    """``{field name: the string object}`` for each Event field a decoder fills when the file leaves it out.

    A decoder makes a new string for every value it reads, so ``event.kind is
    filled_by_default()["kind"]`` holds exactly when the file had no "kind". The loader
    counts these: they are fields that its encoding of the document has and the file has not.
    """
    filled = {}
    for info in msgspec.structs.fields(Event):
        made = info.default_factory() if info.default_factory is not msgspec.NODEFAULT else None
        if any(made is value for value in _FILLED_DEFAULTS):
            filled[info.name] = made
    return filled


#: The ``extra`` that Events and Evidence read from a file share while they have no unknown keys. It is a
#: plain empty dict, so that encoders take it for the default and leave it out, and the ``extra`` attribute
#: never hands it out: an object gets a dict of its own the first time its ``extra`` is read.
_SHARED_EMPTY_EXTRA: dict[str, Any] = {}

#: Hands out the shared empty ``extra`` at C speed: the default of ``extra`` in the decoding-only subclasses of
#: Event and Evidence (see storage/vocabulary), whose objects become plain Events and Evidence at once.
shared_empty_extra_factory = repeat(_SHARED_EMPTY_EXTRA).__next__

#: The attribute of Event and Evidence that holds ``extra`` as stored, maybe the shared empty dict: for
#: passes over many objects at C speed (``attrgetter``, ``setattr``) that must not give each a dict.
#: Never change the dict it gives.
STORED_EXTRA = "_stored_extra"


class _OwnExtra:
    """The ``extra`` attribute of a class whose objects may share the empty dict until it is read."""

    def __init__(self, slot: Any) -> None:
        self._slot = slot

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = self._slot.__get__(obj, owner)
        if value is _SHARED_EMPTY_EXTRA:
            value = {}
            self._slot.__set__(obj, value)
        return value

    def __set__(self, obj: Any, value: dict[str, Any]) -> None:
        self._slot.__set__(obj, value)


def _reduce_with_own_extra(self: msgspec.Struct) -> tuple:
    """``__reduce__`` that gives copies (``copy.deepcopy``) and pickles an empty ``extra`` each.

    A copy of the shared empty dict would otherwise be shared by all the copies, and
    their ``extra`` attribute, not knowing it, would hand it out to each of them.
    """
    cls, values = msgspec.Struct.__reduce__(self)
    return cls, tuple({} if value is _SHARED_EMPTY_EXTRA else value for value in values)


def _own_extra_when_read(cls: type) -> type:
    """Class decorator: ``extra`` becomes an ``_OwnExtra`` in front of the slot msgspec reads and writes,
    which stays reachable as ``STORED_EXTRA``."""
    slot = cls.__dict__[EXTRA_FIELD]
    setattr(cls, STORED_EXTRA, slot)
    setattr(cls, EXTRA_FIELD, _OwnExtra(slot))
    cls.__reduce__ = _reduce_with_own_extra
    return cls


_stored_extra = attrgetter(STORED_EXTRA)


class SharedExtraChanged(RuntimeError):
    """Code changed the empty ``extra`` that objects read from a file share (see ``check_shared_extra``)."""


def check_shared_extra() -> None:
    """Refuse to go on if the shared empty ``extra`` is not empty any more.

    Only code that reached it past the ``extra`` attribute (``msgspec.structs.asdict`` or
    ``astuple``) and changed it can do that, and every event sharing it would then be
    saved with those keys. Saving calls this first, so such a file is never written.
    """
    if _SHARED_EMPTY_EXTRA:
        keys = ", ".join(sorted(map(repr, _SHARED_EMPTY_EXTRA)))
        raise SharedExtraChanged(
            f"the empty 'extra' shared by events read from a file was changed (keys {keys}), probably through "
            "msgspec.structs.asdict() or astuple(); set event.extra instead. Nothing was saved."
        )


def share_empty_extra(objects: Iterable[Event | Evidence]) -> None:
    """Let those of the events or evidence that have no unknown keys share one empty ``extra``."""
    objects = list(objects)
    empty = compress(objects, map(not_, map(_stored_extra, objects)))
    deque(map(setattr, empty, repeat(STORED_EXTRA), repeat(_SHARED_EMPTY_EXTRA)), maxlen=0)


class Lane(msgspec.Struct, **_STRUCT_OPTIONS):
    """A row of the timeline: usually one manufacturer."""

    id: _described(str, "Unique among lanes; events refer to their lane by this id.")
    name: _described(str, "The label shown at the start of the lane.") = ""
    color: _described(str | None, 'The lane colour as "#rrggbb" or "#rgb".') = None
    aliases: _described(list[str], 'Other names for the maker in texts, e.g. "Mi" for Xiaomi.') = []
    extra: dict[str, Any] = _extra_field()


class Source(msgspec.Struct, **_STRUCT_OPTIONS):
    """A document that events rest on, usually a news article, with its full text."""

    id: _described(str, "Unique among sources; evidence refers to its source by this id.")
    title: _described(str, "The headline or title.") = ""
    publisher: _described(str, "Who published it, e.g. the site or newspaper.") = ""
    url: _described(str, "Where it was published (http or https).") = ""
    published: _described(str | None, "Publication date, an EDTF date like the event dates.") = None
    accessed: _described(str | None, "When it was read or saved, an EDTF date.") = None
    cites: _described(list[str], "Outlets or people the source itself cites, e.g. Bloomberg.") = []
    notes: _described(str, "Free notes about the source, e.g. how its date was inferred.") = ""
    text: _described(str, "The full text; evidence quotes are found in it.") = ""
    #: Last, so that sources made with positional fields keep their meaning.
    author: _described(str, "Who wrote it, e.g. the name in its byline.") = ""
    extra: dict[str, Any] = _extra_field()


@_own_extra_when_read
class Evidence(msgspec.Struct, **_STRUCT_OPTIONS):
    """The passage an event rests on: a W3C Web Annotation TextQuoteSelector on a source."""

    source: _described(str, "The id of the source.")
    quote: _described(str, "The exact passage, as it appears in the source text.")
    prefix: _described(str, "Text just before the quote, to tell repeated quotes apart.") = ""
    suffix: _described(str, "Text just after the quote, to tell repeated quotes apart.") = ""
    reanchored: _described(
        str,
        'Set by Inroads when the source text changed and the quote was found again only by its context ("moved") '
        'or approximately ("fuzzy"); the quote then holds the new text. Cleared when the user confirms it.',
    ) = ""
    extra: dict[str, Any] = _extra_field()


@_own_extra_when_read
class Event(msgspec.Struct, **_STRUCT_OPTIONS):
    """Something that happened, or was reported, on one lane of the timeline."""

    id: _described(str, "Unique among events.")
    lane: _described(str, "The id of the lane the event belongs to.")
    title: _described(str, "A short headline for the event.")
    start: _described(str, "When it began or happened: an EDTF date such as 2018, 2017-12~ or 2018-03-14?.")
    end: _described(
        str | None,
        'null or absent for a point in time; an EDTF date for a range; ".." when still ongoing.',
    ) = None
    kind: _described(str, "What sort of effort, e.g. carrier-talks; see the default set.") = _always_written("other")
    status: _described(str, "How firm the report is: rumored, reported, confirmed or cancelled.") = _always_written(
        "reported"
    )
    partners: _described(list[str], "Carriers, retailers or others involved, e.g. AT&T.") = []
    evidence: _described(list[Evidence], "Passages in sources that support the event.") = []
    notes: _described(str, "Free notes, e.g. why a date is approximate.") = ""
    tags: _described(list[str], "Free labels for grouping and search.") = []
    extra: dict[str, Any] = _extra_field()

    @property
    def is_range(self) -> bool:
        return self.end is not None

    @property
    def is_ongoing(self) -> bool:
        return self.end == ONGOING


class Document(msgspec.Struct, **_STRUCT_OPTIONS):
    """A whole Inroads timeline file. Use ``new_document()`` for an empty one."""

    format: _described(str, f'Always "{FORMAT_NAME}".')
    version: _described(int, "The format version; this Inroads reads version 1.")
    title: _described(str, "The timeline's title.") = ""
    description: _described(str, "What the timeline covers.") = ""
    lanes: _described(list[Lane], "The lanes in display order.") = []
    sources: _described(list[Source], "The source documents events cite.") = []
    events: _described(list[Event], "The events, in any order.") = []
    extra: dict[str, Any] = _extra_field()


def new_document(title: str = "") -> Document:
    """An empty timeline of the current format version."""
    return Document(FORMAT_NAME, FORMAT_VERSION, title=title)
