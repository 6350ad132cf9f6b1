"""Reversible edits and the Change each reports: each applies itself to a document and reverts exactly."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from gui.core.document.model import Document, Event, Lane, Source

__all__ = [
    "MAX_SPLICED",
    "Change",
    "Edit",
    "ReplaceEvents",
    "InsertEvents",
    "RemoveEvents",
    "InsertLane",
    "RemoveLane",
    "ReplaceLane",
    "MoveLane",
    "InsertSource",
    "RemoveSource",
    "ReplaceSource",
    "SetDocumentFields",
    "CompositeEdit",
    "SourceTextEdit",
    "index_by_id",
]


#: Inserting or removing more events than this at once gives no positions: every view then
#: rebuilds what it shows, which is as quick as following so many.
MAX_SPLICED = 64


@dataclass(frozen=True)
class Change:
    """What an edit touched, so views can update only what they must.

    When events were inserted or removed (``events_reordered``), ``removed`` and ``inserted``
    say where, if known (for at most MAX_SPLICED events): ``removed`` holds positions in the
    event list before the edit, ``inserted`` positions in the list after it, both ascending;
    the other events kept their order. ``event_ids`` then holds exactly the ids of the events
    removed and inserted.
    """

    event_ids: frozenset[str] = frozenset()
    events_reordered: bool = False  # events were inserted or removed
    lanes: bool = False
    sources: bool = False
    document: bool = False
    removed: tuple[int, ...] = ()
    inserted: tuple[int, ...] = ()

    @property
    def spliced(self) -> bool:
        """True when events were inserted or removed at known positions (and nothing else happened to events)."""
        return bool(self.removed or self.inserted)

    def __or__(self, other: Change) -> Change:
        # Positions stay known only when the other part touched no event: two splices, or a
        # splice and edits in place, are left to a full rebuild.
        touching = [change for change in (self, other) if change.event_ids or change.events_reordered]
        splice = touching[0] if len(touching) == 1 else Change()
        return Change(
            self.event_ids | other.event_ids,
            self.events_reordered or other.events_reordered,
            self.lanes or other.lanes,
            self.sources or other.sources,
            self.document or other.document,
            splice.removed,
            splice.inserted,
        )


class Edit:
    """A reversible change. ``apply`` then ``revert`` leaves the document exactly as it was, so an
    undo stack of edits gives back the exact earlier document.

    Every edit has a ``label`` for the Undo menu, e.g. "Move «Talks with AT&T»". Edits replace
    whole records (Events, Lanes, Sources are swapped for modified copies) instead of mutating
    them, which keeps revert trivial and keeps unknown keys (``extra``) riding along with every
    copy. The Qt side wraps each edit in one QUndoCommand (``gui.app.document.commands``); the
    builders in ``gui.core.document.edits`` make the edits the UI needs.
    """

    def apply(self, document: Document) -> Change:
        raise NotImplementedError

    def revert(self, document: Document) -> Change:
        raise NotImplementedError


def index_by_id(items: list, item_id: str, hint: int = -1) -> int:
    """Where the item with ``item_id`` is; ``hint`` is checked first (a scan of 1M events costs ~30 ms)."""
    if 0 <= hint < len(items) and items[hint].id == item_id:
        return hint
    for index, item in enumerate(items):
        if item.id == item_id:
            return index
    raise KeyError(item_id)


# ----------------------------------------------------------------------------- events


@dataclass
class ReplaceEvents(Edit):
    """Swap events for modified copies (same ids): field edits, moves, resizes, bulk changes."""

    label: str
    old: list[Event]
    new: list[Event]
    #: Where the events were when the edit was made: checked first, so one edit needs no scan.
    hints: list[int] = field(default_factory=list)

    def _swap(self, document: Document, out: list[Event], into: list[Event]) -> Change:
        hints = self.hints if len(self.hints) == len(out) else [-1] * len(out)
        hinted = all(0 <= h < len(document.events) and document.events[h].id == e.id for h, e in zip(hints, out))
        positions = None
        if not hinted and len(out) > 8:
            positions = {event.id: index for index, event in enumerate(document.events)}
        for hint, before, after in zip(hints, out, into):
            if positions is not None:
                index = positions[before.id]
            else:
                index = index_by_id(document.events, before.id, hint)
            document.events[index] = after
        return Change(event_ids=frozenset(e.id for e in into))

    def apply(self, document: Document) -> Change:
        return self._swap(document, self.old, self.new)

    def revert(self, document: Document) -> Change:
        return self._swap(document, self.new, self.old)


@dataclass
class InsertEvents(Edit):
    """Insert events at given positions (ascending), e.g. a new or duplicated event."""

    label: str
    positions: list[int]
    events: list[Event]

    def apply(self, document: Document) -> Change:
        return _insert_events(document, self.positions, self.events)

    def revert(self, document: Document) -> Change:
        return _remove_events(document, self.positions, self.events)


@dataclass
class RemoveEvents(Edit):
    """Remove events, remembering where each was so undo puts it back in place."""

    label: str
    positions: list[int]  # ascending
    events: list[Event]

    def apply(self, document: Document) -> Change:
        return _remove_events(document, self.positions, self.events)

    def revert(self, document: Document) -> Change:
        return _insert_events(document, self.positions, self.events)


def _insert_events(document: Document, positions: list[int], events: list[Event]) -> Change:
    """Put each event at its position (ascending: positions in the list as it ends up)."""
    for position, event in zip(positions, events):
        document.events.insert(position, event)
    return Change(frozenset(e.id for e in events), events_reordered=True, inserted=_spliced(positions))


def _remove_events(document: Document, positions: list[int], events: list[Event]) -> Change:
    """Take out the events at these positions (ascending), which hold ``events``."""
    for position in reversed(positions):
        del document.events[position]
    return Change(frozenset(e.id for e in events), events_reordered=True, removed=_spliced(positions))


def _spliced(positions: list[int]) -> tuple[int, ...]:
    return tuple(positions) if len(positions) <= MAX_SPLICED else ()


# ----------------------------------------------------------------------------- lanes


@dataclass
class InsertLane(Edit):
    label: str
    position: int
    lane: Lane

    def apply(self, document: Document) -> Change:
        document.lanes.insert(self.position, self.lane)
        return Change(lanes=True)

    def revert(self, document: Document) -> Change:
        del document.lanes[self.position]
        return Change(lanes=True)


@dataclass
class RemoveLane(Edit):
    label: str
    position: int
    lane: Lane

    def apply(self, document: Document) -> Change:
        del document.lanes[self.position]
        return Change(lanes=True)

    def revert(self, document: Document) -> Change:
        document.lanes.insert(self.position, self.lane)
        return Change(lanes=True)


@dataclass
class ReplaceLane(Edit):
    label: str
    old: Lane
    new: Lane

    def apply(self, document: Document) -> Change:
        document.lanes[index_by_id(document.lanes, self.old.id)] = self.new
        return Change(lanes=True)

    def revert(self, document: Document) -> Change:
        document.lanes[index_by_id(document.lanes, self.new.id)] = self.old
        return Change(lanes=True)


@dataclass
class MoveLane(Edit):
    label: str
    source: int
    target: int

    def _move(self, document: Document, source: int, target: int) -> Change:
        lane = document.lanes.pop(source)
        document.lanes.insert(target, lane)
        return Change(lanes=True)

    def apply(self, document: Document) -> Change:
        return self._move(document, self.source, self.target)

    def revert(self, document: Document) -> Change:
        return self._move(document, self.target, self.source)


# ----------------------------------------------------------------------------- sources


@dataclass
class InsertSource(Edit):
    label: str
    position: int
    source: Source

    def apply(self, document: Document) -> Change:
        document.sources.insert(self.position, self.source)
        return Change(sources=True)

    def revert(self, document: Document) -> Change:
        del document.sources[self.position]
        return Change(sources=True)


@dataclass
class RemoveSource(Edit):
    label: str
    position: int
    source: Source

    def apply(self, document: Document) -> Change:
        del document.sources[self.position]
        return Change(sources=True)

    def revert(self, document: Document) -> Change:
        document.sources.insert(self.position, self.source)
        return Change(sources=True)


@dataclass
class ReplaceSource(Edit):
    label: str
    old: Source
    new: Source

    def apply(self, document: Document) -> Change:
        document.sources[index_by_id(document.sources, self.old.id)] = self.new
        return Change(sources=True)

    def revert(self, document: Document) -> Change:
        document.sources[index_by_id(document.sources, self.new.id)] = self.old
        return Change(sources=True)


# ----------------------------------------------------------------------------- document


@dataclass
class SetDocumentFields(Edit):
    label: str
    old: dict[str, Any]
    new: dict[str, Any]

    def apply(self, document: Document) -> Change:
        for name, value in self.new.items():
            setattr(document, name, value)
        return Change(document=True)

    def revert(self, document: Document) -> Change:
        for name, value in self.old.items():
            setattr(document, name, value)
        return Change(document=True)


@dataclass
class CompositeEdit(Edit):
    """Several edits as one undo step (e.g. delete a lane and move its events)."""

    label: str
    parts: list[Edit] = field(default_factory=list)

    def apply(self, document: Document) -> Change:
        change = Change()
        for part in self.parts:
            change = change | part.apply(document)
        return change

    def revert(self, document: Document) -> Change:
        change = Change()
        for part in reversed(self.parts):
            change = change | part.revert(document)
        return change


@dataclass
class SourceTextEdit(CompositeEdit):
    """A source whose text changed, with the quotes on it re-anchored to the new text, as one step.

    ``outcomes`` counts how the quotes were found again: "exact", "moved", "fuzzy" or "lost".
    """

    outcomes: dict[str, int] = field(default_factory=dict)
