"""Which events are selected: shared by the timeline, the detail pane and (later) the table."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

__all__ = ["EventSelection"]


class EventSelection(QObject):
    """The selected events, by id (ids survive edits; positions don't)."""

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

    def select(self, event_id: str | None) -> None:
        """Select exactly one event, or nothing."""
        ids = [event_id] if event_id else []
        if ids != self._ids:
            self._ids = ids
            self.sig_changed.emit()

    def clear(self) -> None:
        self.select(None)

    def retain(self, valid_ids) -> None:
        """Drop ids that no longer exist (after a reload or an edit)."""
        kept = [i for i in self._ids if i in valid_ids]
        if kept != self._ids:
            self._ids = kept
            self.sig_changed.emit()
