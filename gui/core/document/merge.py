"""Merging events that are the same real event reported by different articles, as one undoable edit.

The merged event keeps the id, lane, title, kind and status of the first of them in the file, and
gains every evidence item (exact repeats once), every partner and tag, the notes joined, and
the earliest of the most precise start dates (with that event's end): "March 2018" beats "2018",
and of "March 2018" and "April 2018" the first is kept. The others are removed. Undo puts back
the exact earlier document.
"""

from __future__ import annotations

from collections.abc import Mapping

import msgspec

from gui.core.document.dates import DateError, parse_date
from gui.core.document.edit_types import CompositeEdit, RemoveEvents, ReplaceEvents
from gui.core.document.edits import quoted_title
from gui.core.document.model import Document, Event

__all__ = ["merge_events", "merged_event"]


def _date_rank(event: Event) -> tuple:
    """Sorts first the most precise start, then the earliest; unreadable dates last."""
    try:
        date = parse_date(event.start)
    except DateError:
        return (1, 0, 0, 0)
    return (0, -int(date.precision), date.first_day(), date.is_qualified)


def _union(lists: list[list]) -> list:
    seen: list = []
    for items in lists:
        for item in items:
            if item not in seen:
                seen.append(item)
    return seen


def _partners(lists: list[list[str]]) -> list[str]:
    """Every partner once, as first written: "AT&T" and "at&t " are one carrier."""
    seen: dict[str, str] = {}
    for partners in lists:
        for partner in partners:
            seen.setdefault(" ".join(partner.split()).casefold(), partner)
    return list(seen.values())


def merged_event(events: list[Event]) -> Event:
    """One event standing for all of ``events`` (file order; the first gives id, title, kind and status)."""
    first = events[0]
    dated = min(events, key=_date_rank)
    notes = list(dict.fromkeys(e.notes.strip() for e in events if e.notes.strip()))
    extra: dict = {}
    for event in reversed(events):
        extra.update(event.extra)
    return msgspec.structs.replace(
        first,
        start=dated.start,
        end=dated.end,
        partners=_partners([e.partners for e in events]),
        evidence=_union([e.evidence for e in events]),
        tags=_union([e.tags for e in events]),
        notes="\n\n".join(notes),
        extra=extra,
    )


def merge_events(document: Document, ids: list[str], *, index: Mapping[str, int] | None = None) -> CompositeEdit:
    """Merge two or more events into the first of them in the file, as one edit."""
    wanted = set(ids)
    if index is None:
        positions = [i for i, event in enumerate(document.events) if event.id in wanted]
    else:
        positions = sorted({index[i] for i in wanted if i in index})
    if len(positions) < 2:
        raise ValueError("merging needs two or more events")
    events = [document.events[p] for p in positions]
    if {e.id for e in events} != wanted:
        raise ValueError("some of the events to merge are not in the document")
    merged = merged_event(events)
    label = f"Merge {len(events)} events into {quoted_title(merged.title)}"
    return CompositeEdit(
        label,
        [
            ReplaceEvents(label, [events[0]], [merged], [positions[0]]),
            RemoveEvents(label, positions[1:], events[1:]),
        ],
    )
