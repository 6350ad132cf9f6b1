"""The edits the app makes: builders of event, lane, source and evidence edits, labelled for the Undo menu.

Each builder reads the document and returns a reversible edit (``gui.core.document.edit_types``),
with a label such as "Move «Talks with AT&T»"; nothing changes until the edit is applied. The Qt
side pushes it on the undo stack as one QUndoCommand (``gui.app.document.commands``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import msgspec

from gui.core.document.edit_types import (
    CompositeEdit,
    Edit,
    InsertEvents,
    InsertLane,
    InsertSource,
    MoveLane,
    RemoveEvents,
    RemoveLane,
    RemoveSource,
    ReplaceEvents,
    ReplaceLane,
    ReplaceSource,
    SetDocumentFields,
    SourceTextEdit,
    index_by_id,
)
from gui.core.document.model import Document, Event, Evidence, Lane, Source
from gui.core.document.textquote import QuoteFinder, quote_selector

__all__ = [
    "quoted_title",
    "edit_events",
    "edit_event",
    "delete_events",
    "add_event",
    "add_events",
    "duplicate_events",
    "add_lane",
    "edit_lane",
    "move_lane",
    "delete_lane",
    "add_source",
    "edit_source",
    "delete_source",
    "set_document_fields",
    "unique_id",
    "citing_events",
    "reanchor_evidence",
]


def quoted_title(title: str, limit: int = 40) -> str:
    """«Talks with AT&T», shortened for menus."""
    title = " ".join(title.split()) or "untitled"
    if len(title) > limit:
        title = title[: limit - 1] + "…"
    return f"«{title}»"


def unique_id(base: str, taken: set[str]) -> str:
    """A readable id from ``base`` ("Talks with AT&T" -> "talks-with-at-t"), unique among ``taken``."""
    slug = "".join(ch.lower() if ch.isalnum() else "-" for ch in base)
    slug = "-".join(part for part in slug.split("-") if part)[:48] or "item"
    if slug not in taken:
        return slug
    number = 2
    while f"{slug}-{number}" in taken:
        number += 1
    return f"{slug}-{number}"


def edit_events(document: Document, ids: list[str], label: str, **changes: Any) -> ReplaceEvents:
    """Set the same fields on several events, as one edit."""
    wanted = set(ids)
    old = [event for event in document.events if event.id in wanted]
    new = [msgspec.structs.replace(event, **changes) for event in old]
    return ReplaceEvents(label, old, new)


def edit_event(
    document: Document, event_id: str, verb: str = "Edit", *, hint: int = -1, **changes: Any
) -> ReplaceEvents:
    """Change fields of one event: ``edit_event(doc, "e1", "Move", start="2018-03")``.

    ``hint`` is where the event probably is (an app knows it from its index): checked first,
    it spares a scan of every event.
    """
    position = index_by_id(document.events, event_id, hint)
    event = document.events[position]
    title = changes.get("title", event.title)
    return ReplaceEvents(
        f"{verb} {quoted_title(title)}", [event], [msgspec.structs.replace(event, **changes)], [position]
    )


class _TakenIds:
    """The ids in use: the document's (from an app's index, so none are collected) and those given out."""

    def __init__(self, document: Document, index: Mapping[str, int] | None) -> None:
        self._existing = index if index is not None else {e.id for e in document.events}
        self._new: set[str] = set()

    def __contains__(self, event_id: str) -> bool:
        return event_id in self._existing or event_id in self._new

    def add(self, event_id: str) -> None:
        self._new.add(event_id)


def _positions_of(document: Document, ids: list[str], index: Mapping[str, int] | None) -> list[int]:
    """Where the events with these ids are, ascending; through an app's index when one is given."""
    wanted = set(ids)
    if index is None:
        return [i for i, event in enumerate(document.events) if event.id in wanted]
    positions = sorted({index[i] for i in wanted if i in index})
    if any(document.events[p].id not in wanted for p in positions):
        raise ValueError("the index given does not match the document")
    return positions


def add_event(
    document: Document,
    lane: str,
    start: str,
    title: str = "New event",
    *,
    index: Mapping[str, int] | None = None,
    **fields: Any,
) -> InsertEvents:
    """A new event at the end of the file (``index``: as for ``add_events``)."""
    return add_events(document, [dict(fields, lane=lane, start=start, title=title)], index=index)


def add_events(
    document: Document, records: list[dict[str, Any]], *, index: Mapping[str, int] | None = None
) -> InsertEvents:
    """New events at the end of the file, as one edit; each record holds Event fields (``id`` optional).

    ``index`` (an app's id -> position map of the document's events) spares collecting every
    id to make the new ones unique: at a million events that took 200 ms.
    """
    taken = _TakenIds(document, index)
    events = []
    for record in records:
        record = dict(record)
        title = record.pop("title", "New event")
        event_id = unique_id(record.pop("id", None) or title, taken)
        taken.add(event_id)
        events.append(Event(event_id, record.pop("lane"), title, record.pop("start"), **record))
    label = f"Add {quoted_title(events[0].title)}" if len(events) == 1 else f"Add {len(events)} events"
    return InsertEvents(label, list(range(len(document.events), len(document.events) + len(events))), events)


def duplicate_events(document: Document, ids: list[str], *, index: Mapping[str, int] | None = None) -> InsertEvents:
    """Copies of the events, each placed right after its original (``index``: as for ``add_events``)."""
    taken = _TakenIds(document, index)
    positions, copies = [], []
    for offset, original in enumerate(_positions_of(document, ids, index), start=1):
        event = document.events[original]
        copy_id = unique_id(event.id + "-copy", taken)
        taken.add(copy_id)
        positions.append(original + offset)
        copies.append(msgspec.structs.replace(event, id=copy_id))
    label = f"Duplicate {quoted_title(copies[0].title)}" if len(copies) == 1 else f"Duplicate {len(copies)} events"
    return InsertEvents(label, positions, copies)


def delete_events(document: Document, ids: list[str], *, index: Mapping[str, int] | None = None) -> RemoveEvents:
    """Remove the events (``index``: an app's id -> position map, which spares a scan of every event)."""
    positions = _positions_of(document, ids, index)
    events = [document.events[i] for i in positions]
    label = f"Delete {quoted_title(events[0].title)}" if len(events) == 1 else f"Delete {len(events)} events"
    return RemoveEvents(label, positions, events)


def add_lane(document: Document, name: str, color: str | None = None, position: int | None = None) -> InsertLane:
    lane = Lane(unique_id(name, {lane.id for lane in document.lanes}), name, color)
    return InsertLane(f"Add lane {quoted_title(name)}", len(document.lanes) if position is None else position, lane)


def edit_lane(document: Document, lane_id: str, **changes: Any) -> ReplaceLane:
    old = document.lanes[index_by_id(document.lanes, lane_id)]
    new = msgspec.structs.replace(old, **changes)
    verb = {"name": "Rename lane", "color": "Recolour lane", "aliases": "Edit other names of lane"}
    label = verb.get(next(iter(changes)), "Edit lane") if len(changes) == 1 else "Edit lane"
    return ReplaceLane(f"{label} {quoted_title(new.name or new.id)}", old, new)


def move_lane(document: Document, lane_id: str, target: int) -> MoveLane:
    """Move a lane to position ``target`` (clamped to the list)."""
    source = index_by_id(document.lanes, lane_id)
    lane = document.lanes[source]
    target = min(max(target, 0), len(document.lanes) - 1)
    return MoveLane(f"Move lane {quoted_title(lane.name or lane.id)}", source, target)


def delete_lane(document: Document, lane_id: str, move_events_to: str | None = None) -> CompositeEdit:
    """Delete a lane; its events move to another lane, or are deleted when ``move_events_to`` is None."""
    position = index_by_id(document.lanes, lane_id)
    lane = document.lanes[position]
    if move_events_to is not None and (
        move_events_to == lane_id or move_events_to not in {x.id for x in document.lanes}
    ):
        raise ValueError(f"cannot move the events of lane {lane_id!r} to {move_events_to!r}")
    label = f"Delete lane {quoted_title(lane.name or lane.id)}"
    ids = [event.id for event in document.events if event.lane == lane_id]
    parts: list[Edit] = []
    if ids:
        if move_events_to is None:
            parts.append(delete_events(document, ids))
        else:
            parts.append(edit_events(document, ids, label, lane=move_events_to))
    parts.append(RemoveLane(label, position, lane))
    return CompositeEdit(label, parts)


def add_source(document: Document, title: str, text: str, **fields: Any) -> InsertSource:
    source_id = unique_id(fields.pop("id", None) or title or "source", {s.id for s in document.sources})
    source = Source(source_id, title=title, text=text, **fields)
    return InsertSource(f"Add source {quoted_title(title or source_id)}", len(document.sources), source)


def edit_source(document: Document, source_id: str, **changes: Any) -> ReplaceSource | SourceTextEdit:
    """Change fields of a source. When its text changes, the quotes citing it follow the text.

    Each quote is found again in the new text (``gui.core.document.anchoring``): exactly, by the
    text around it ("moved"), or approximately ("fuzzy"). Moved and fuzzy quotes take
    the new wording and are marked in ``Evidence.reanchored`` for the user to check;
    lost quotes are left as they were, and show as not found.
    """
    old = document.sources[index_by_id(document.sources, source_id)]
    new = msgspec.structs.replace(old, **changes)
    label = f"Edit source {quoted_title(new.title or new.id)}"
    if new.text == old.text:
        return ReplaceSource(label, old, new)
    from gui.core.document.anchoring import Outcome, reanchor_all  # rapidfuzz is loaded only when a text changes

    citing = citing_events(document, source_id)
    places = [(e, n) for e, event in enumerate(citing) for n, ev in enumerate(event.evidence) if ev.source == source_id]
    results = reanchor_all([citing[e].evidence[n] for e, n in places], old.text, new.text)
    outcomes: dict[str, int] = {}
    evidence_lists = [list(event.evidence) for event in citing]
    for (e, n), result in zip(places, results):
        outcomes[result.outcome.value] = outcomes.get(result.outcome.value, 0) + 1
        if result.outcome in (Outcome.MOVED, Outcome.FUZZY):
            evidence_lists[e][n] = msgspec.structs.replace(result.evidence, reanchored=result.outcome.value)
        elif result.outcome is Outcome.EXACT:
            evidence_lists[e][n] = result.evidence
    before = [event for event, items in zip(citing, evidence_lists) if items != event.evidence]
    after = [
        msgspec.structs.replace(event, evidence=items)
        for event, items in zip(citing, evidence_lists)
        if items != event.evidence
    ]
    parts: list[Edit] = [ReplaceSource(label, old, new)]
    if before:
        parts.append(ReplaceEvents(label, before, after))
    return SourceTextEdit(label, parts, outcomes)


def citing_events(document: Document, source_id: str) -> list[Event]:
    return [event for event in document.events if any(e.source == source_id for e in event.evidence)]


def delete_source(document: Document, source_id: str) -> CompositeEdit:
    """Delete a source and the evidence that cites it (undo restores both)."""
    position = index_by_id(document.sources, source_id)
    source = document.sources[position]
    label = f"Delete source {quoted_title(source.title or source.id)}"
    parts: list[Edit] = []
    citing = citing_events(document, source_id)
    if citing:
        stripped = [
            msgspec.structs.replace(event, evidence=[e for e in event.evidence if e.source != source_id])
            for event in citing
        ]
        parts.append(ReplaceEvents(label, citing, stripped))
    parts.append(RemoveSource(label, position, source))
    return CompositeEdit(label, parts)


def reanchor_evidence(document: Document, event_id: str, source: Source, start: int, end: int) -> ReplaceEvents | None:
    """Make ``source.text[start:end]`` the quote of an event's evidence on that source.

    The evidence replaced is the event's first on the source whose quote is no longer
    found, else its first on the source; an event with none there gains new evidence.
    None when the selection is only whitespace.
    """
    quote, prefix, suffix = quote_selector(source.text, start, end)
    if not quote:
        return None
    event = document.events[index_by_id(document.events, event_id)]
    new = Evidence(source.id, quote, prefix, suffix)
    on_source = [i for i, evidence in enumerate(event.evidence) if evidence.source == source.id]
    finder = QuoteFinder(source.text) if on_source else None
    lost = [
        i
        for i in on_source
        if finder.find(event.evidence[i].quote, event.evidence[i].prefix, event.evidence[i].suffix) is None
    ]
    items = list(event.evidence)
    if lost or on_source:
        position = (lost or on_source)[0]
        # Keep keys Inroads doesn't know, riding along with the evidence they came with.
        items[position] = msgspec.structs.replace(items[position], quote=quote, prefix=prefix, suffix=suffix)
    else:
        items.append(new)
    return edit_event(document, event_id, "Re-anchor the quote of", evidence=items)


def set_document_fields(document: Document, **changes: Any) -> SetDocumentFields:
    old = {name: getattr(document, name) for name in changes}
    return SetDocumentFields("Edit timeline details", old, dict(changes))
