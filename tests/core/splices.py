"""Random inserts and removals, as drawn by hypothesis, turned into the edits the app makes."""

from __future__ import annotations

from collections.abc import Iterable

from gui.core.document import edit_types
from gui.core.document.model import Document, Event


def insert_edit(document: Document, drawn_gaps: Iterable[int], new_events: list[Event]) -> edit_types.InsertEvents:
    """The new events go before the events at the drawn places (wrapped to the list, or at its end)."""
    gaps = sorted(gap % (len(document.events) + 1) for gap in drawn_gaps)
    # Each goes before an event of the list as it is: the i new events placed earlier push it on by i.
    return edit_types.InsertEvents("Add", [gap + i for i, gap in enumerate(gaps)], new_events)


def remove_edit(document: Document, drawn: Iterable[int]) -> edit_types.RemoveEvents | None:
    """Remove the events at the drawn places (wrapped to the list); None when there are none."""
    events = document.events
    if not events:
        return None
    positions = sorted({number % len(events) for number in drawn})
    return edit_types.RemoveEvents("Delete", positions, [events[p] for p in positions])
