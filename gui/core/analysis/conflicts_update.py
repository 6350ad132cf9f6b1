"""The disagreements after an edit of a few events, without listing every disagreement again.

Whether two reports disagree depends on those two reports only (their lane, kind, partners, date and
status), and what a side says on its event and the sources it cites. So after an edit of a few events
the disagreements between events the edit left alone are still true and still read the same: only the
pairs with a changed event are found again, among the events of the changed events' lanes and kinds
(only those can disagree with them). The sources must be as they were (an edit of a source changes
what every side citing it reads: list everything again with ``conflicts``).
"""

from __future__ import annotations

from collections.abc import Iterable

from gui.core.analysis.conflicts import Conflict, conflicts
from gui.core.document.model import Document

__all__ = ["updated_conflicts"]


def updated_conflicts(document: Document, previous: list[Conflict], changed_ids: Iterable[str]) -> list[Conflict]:
    """``conflicts(document)`` when ``previous`` was that list before events ``changed_ids`` were edited,
    added or removed (and nothing else changed): in file order of their events, as ``conflicts`` lists them."""
    changed = frozenset(changed_ids)
    if not changed:
        return list(previous)
    events = document.events
    groups = {(event.lane, event.kind) for event in events if event.id in changed}
    kept = [conflict for conflict in previous if changed.isdisjoint(conflict.event_ids)]
    if not groups:  # only removals
        return kept
    candidates = [event for event in events if (event.lane, event.kind) in groups]
    new = [conflict for conflict in conflicts(document, candidates) if not changed.isdisjoint(conflict.event_ids)]
    if not new:
        return kept
    order = {event.id: n for n, event in enumerate(events)}
    return sorted(kept + new, key=lambda conflict: (order[conflict.event_ids[0]], order[conflict.event_ids[1]]))
