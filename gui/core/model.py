"""The document model: lanes, sources and events, as plain typed records.

These are msgspec Structs so that a file decodes straight into them without an
intermediate dict per object. They hold exactly what the file holds: dates stay
EDTF text (parsed on demand through the cache in ``dates``), and keys that
Inroads does not know are kept in ``extra`` so that saving never drops them.
"""

from __future__ import annotations

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
#: the loader treats a file that does use it as having unknown keys (see fileformat).
EXTRA_FIELD = "extra"
_EXTRA_JSON_NAME = "$inroads-extra"

_STRUCT_OPTIONS = dict(omit_defaults=True, forbid_unknown_fields=True, gc=False)


def _described(type_: Any, description: str) -> Any:
    return Annotated[type_, msgspec.Meta(description=description)]


def _extra_field() -> Any:
    return msgspec.field(default_factory=dict, name=_EXTRA_JSON_NAME)


def _always_written(value: Any) -> Any:
    """A default that is still written on save (omit_defaults skips only plain defaults)."""
    return msgspec.field(default_factory=lambda: value)


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
    extra: dict[str, Any] = _extra_field()


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
