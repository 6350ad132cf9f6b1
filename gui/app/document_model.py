"""The open document as the views see it: the core Document, its layout, its undo stack, and change signals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from gui.core.edits import Change, Edit
from gui.core.layout import TimelineLayout, build_layout
from gui.core.model import Document, Event, Lane, Source, new_document
from gui.core.problems import Problem

__all__ = ["DocumentModel"]


class DocumentModel(QObject):
    """Holds the one copy of the truth that every view reads.

    Views never keep their own copies of events: they read ``document`` and
    ``layout`` when ``sig_reset`` or ``sig_changed`` fires. Every change goes
    through ``push(edit)``, which puts one command on this document's undo stack.
    """

    sig_reset = Signal()
    """A different document was loaded (or a new one created); the undo stack is new too."""
    sig_changed = Signal(object)
    """The document's content changed (argument: a gui.core.edits.Change); the layout is rebuilt."""
    sig_layout_changed = Signal()
    """The layout was rebuilt: after a reset, an edit, or a change of view (lanes by, hidden lanes)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document: Document = new_document()
        self.path: Path | None = None
        self.warnings: list[Problem] = []
        self.undo_stack = QUndoStack(self)
        #: View options, never written into the file: what lanes stand for, and which are hidden.
        self.lanes_by = "manufacturer"
        self.hidden_lanes: frozenset[str] = frozenset()
        self.layout: TimelineLayout = build_layout(self.document)
        self._source_index: dict[str, int] = {}
        self._lane_index: dict[str, int] = {}
        self._rebuild()

    def set_document(self, document: Document, path: Path | None, warnings: list[Problem] | None = None) -> None:
        self.document = document
        self.path = path
        self.warnings = list(warnings or [])
        old_stack = self.undo_stack
        self.undo_stack = QUndoStack(self)
        self._rebuild()
        self.sig_reset.emit()
        self.sig_layout_changed.emit()
        old_stack.deleteLater()

    # -- edits ---------------------------------------------------------------------------------

    def push(self, edit: Edit) -> None:
        """Apply an edit as one undoable step."""
        from gui.app.commands import EditCommand  # commands imports this module's type only

        self.undo_stack.push(EditCommand(self, edit))

    def apply_edit(self, edit: Edit) -> None:
        self._changed(edit.apply(self.document))

    def revert_edit(self, edit: Edit) -> None:
        self._changed(edit.revert(self.document))

    def _changed(self, change: Change) -> None:
        self._rebuild()
        self.sig_changed.emit(change)
        self.sig_layout_changed.emit()

    def set_view(self, lanes_by: str | None = None, hidden_lanes=None) -> None:
        """Change what lanes stand for, or which are hidden; only the view changes, never the file."""
        if lanes_by is not None:
            self.lanes_by = lanes_by
        if hidden_lanes is not None:
            self.hidden_lanes = frozenset(hidden_lanes)
        self._rebuild()
        self.sig_layout_changed.emit()

    def _rebuild(self) -> None:
        self.layout = build_layout(self.document, lanes_by=self.lanes_by, hidden_lanes=self.hidden_lanes)
        self._source_index = {source.id: i for i, source in enumerate(self.document.sources)}
        self._lane_index = {lane.id: i for i, lane in enumerate(self.document.lanes)}

    # -- lookups -------------------------------------------------------------------------------

    def event_index(self, event_id: str) -> int:
        """Position of the event in ``document.events``, or -1."""
        return self.layout.id_to_index.get(event_id, -1)

    def find_event(self, event_id: str) -> Event | None:
        index = self.event_index(event_id)
        return self.document.events[index] if index >= 0 else None

    def source(self, source_id: str) -> Source | None:
        index = self._source_index.get(source_id)
        return None if index is None else self.document.sources[index]

    def lane(self, lane_id: str) -> Lane | None:
        index = self._lane_index.get(lane_id)
        return None if index is None else self.document.lanes[index]

    def display_name(self) -> str:
        return self.path.name if self.path else "Untitled"
