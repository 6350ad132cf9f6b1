"""Which events are selected: shared by the timeline, the detail pane and (later) the table."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

__all__ = ["EventSelection"]


class EventSelection(QObject):
    """The selected events, by id (ids survive edits; positions don't). The last one is current."""

    sig_changed = Signal()
    """The selection or the current event changed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []

    @property
    def ids(self) -> list[str]:
        return list(self._ids)

    @property
    def current(self) -> str | None:
        """The event shown in the detail pane: the last one selected."""
        return self._ids[-1] if self._ids else None

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, event_id: object) -> bool:
        return event_id in self._ids

    def set_ids(self, ids: Iterable[str]) -> None:
        ids = list(dict.fromkeys(ids))
        if ids != self._ids:
            self._ids = ids
            self.sig_changed.emit()

    def select(self, event_id: str | None) -> None:
        """Select exactly one event, or nothing."""
        self.set_ids([event_id] if event_id else [])

    def toggle(self, event_id: str) -> None:
        """Add the event to the selection, or take it out (Ctrl-click)."""
        if event_id in self._ids:
            self.set_ids([i for i in self._ids if i != event_id])
        else:
            self.set_ids(self._ids + [event_id])

    def clear(self) -> None:
        self.set_ids([])

    def retain(self, valid_ids) -> None:
        """Drop ids that no longer exist (after a reload or an edit)."""
        self.set_ids([i for i in self._ids if i in valid_ids])
