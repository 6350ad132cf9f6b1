"""The open document as the views see it: the core Document, its layout, its undo stack, and change signals."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import numpy as np

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from gui.app.document.commands import EditCommand
from gui.core.document.edit_types import Change, Edit
from gui.core.document.id_index import IdIndex
from gui.core.view.layout import TimelineLayout
from gui.core.view.layout_builder import build_layout
from gui.core.view.layout_update import update_layout
from gui.core.document.model import Document, Event, Lane, Source, new_document
from gui.core.document.problems import Problem

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
    """The document's content changed (argument: a gui.core.document.edit_types.Change); the layout is up to date."""
    sig_problems_changed = Signal()
    """``warnings`` (the problems of the last load or import) changed without a new document: an edit
    fixed an error of a document opened for repair."""
    sig_layout_changed = Signal()
    """The layout changed: after a reset, an edit, or a change of view (lanes by, hidden lanes).

    After an edit of a few events it may be the same object, updated in place.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document: Document = new_document()
        self.path: Path | None = None
        self.untitled_name: str | None = None
        self.warnings: list[Problem] = []
        self.undo_stack = QUndoStack(self)
        #: View options, never written into the file: what lanes stand for, and which are hidden.
        self.lanes_by = "manufacturer"
        self.hidden_lanes: frozenset[str] = frozenset()
        self.layout: TimelineLayout = build_layout(self.document)
        self._source_index: dict[str, int] = {}
        self._lane_index: dict[str, int] = {}
        self._rebuild()

    def set_document(
        self,
        document: Document,
        path: Path | None,
        warnings: list[Problem] | None = None,
        lanes_by: str | None = None,
        hidden_lanes=None,
        layout: TimelineLayout | None = None,
        untitled_name: str | None = None,
    ) -> None:
        """Show another document. ``lanes_by`` and ``hidden_lanes`` set the view it opens with, so the
        layout is built once, not once for the old view and again for the restored one. ``layout``
        is one already built for this document and view (by the loading thread)."""
        self.document = document
        self.path = path
        # The name an unsaved copy goes by ("sample.json (sample)"); "Untitled" when there is none.
        self.untitled_name = untitled_name
        self.warnings = list(warnings or [])
        if lanes_by is not None:
            self.lanes_by = lanes_by
        if hidden_lanes is not None:
            self.hidden_lanes = frozenset(hidden_lanes)
        old_stack = self.undo_stack
        self.undo_stack = QUndoStack(self)
        if layout is not None and len(layout.id_to_index) == len(document.events):
            self.layout = layout
            self._index_sources()
            self._lane_index = {lane.id: i for i, lane in enumerate(document.lanes)}
        else:
            self._rebuild()
        self.sig_reset.emit()
        self.sig_layout_changed.emit()
        old_stack.deleteLater()

    def set_problems(self, problems: list[Problem]) -> None:
        """Replace the listed problems (errors first, then warnings) after the document was checked again."""
        self.warnings = list(problems)
        self.sig_problems_changed.emit()

    # -- edits ---------------------------------------------------------------------------------

    def push(self, edit: Edit) -> None:
        """Apply an edit as one undoable step."""
        self.undo_stack.push(EditCommand(self, edit))

    def apply_edit(self, edit: Edit) -> None:
        self._changed(edit.apply(self.document))

    def revert_edit(self, edit: Edit) -> None:
        self._changed(edit.revert(self.document))

    def _changed(self, change: Change) -> None:
        if change.lanes or (change.events_reordered and not change.spliced):
            self._rebuild()
        else:
            # Events replaced in place, or inserted and removed at known positions: update their
            # entries and re-stack only the lanes they touch.
            if not update_layout(self.layout, self.document, change.event_ids, change.removed, change.inserted):
                self.layout = self._build()
            if change.sources:
                self._index_sources()
        self.sig_changed.emit(change)
        self.sig_layout_changed.emit()

    def set_view(self, lanes_by: str | None = None, hidden_lanes=None) -> None:
        """Change what lanes stand for, or which are hidden; only the view changes, never the file.

        Asking for the view already shown does nothing (no rebuild, no signal).
        """
        lanes_by = self.lanes_by if lanes_by is None else lanes_by
        hidden_lanes = self.hidden_lanes if hidden_lanes is None else frozenset(hidden_lanes)
        if lanes_by == self.lanes_by and hidden_lanes == self.hidden_lanes:
            return
        self.lanes_by, self.hidden_lanes = lanes_by, hidden_lanes
        # Same events as the current layout: its id map still holds.
        self.layout = self._build(id_to_index=self.layout.id_to_index)
        self.sig_layout_changed.emit()

    def _build(self, id_to_index: IdIndex | None = None) -> TimelineLayout:
        return build_layout(
            self.document, lanes_by=self.lanes_by, hidden_lanes=self.hidden_lanes, id_to_index=id_to_index
        )

    def _index_sources(self) -> None:
        self._source_index = {source.id: i for i, source in enumerate(self.document.sources)}

    def _rebuild(self) -> None:
        self.layout = self._build()
        self._index_sources()
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

    def sources_by_id(self) -> Mapping[str, Source]:
        """The document's sources by id, read through the model's index (no copy)."""
        return _SourceLookup(self)

    def events_like(self, event: Event) -> list[Event]:
        """The events of ``event``'s lane and kind (``event`` among them), read from the layout's columns
        where they are the document's lanes: no walk over every event per click (#22)."""
        layout, index = self.layout, self.event_index(event.id)
        items = layout.items_of_event(index) if layout.one_item_per_event and index >= 0 else ()
        if len(items) == 0:  # a partner view, or a hidden lane: its events are not in the columns
            return [e for e in self.document.events if e.lane == event.lane and e.kind == event.kind]
        item = int(items[0])
        same = np.flatnonzero((layout.lane == layout.lane[item]) & (layout.kind == layout.kind[item]))
        events = self.document.events
        return [events[i] for i in layout.item_event[same].tolist()]

    def lane(self, lane_id: str) -> Lane | None:
        index = self._lane_index.get(lane_id)
        return None if index is None else self.document.lanes[index]

    def display_name(self) -> str:
        if self.path:
            return self.path.name
        return self.untitled_name or "Untitled"


class _SourceLookup(Mapping):
    """A read-only ``{id: Source}`` view of the model's sources, for the core's analysis functions."""

    def __init__(self, model: DocumentModel) -> None:
        self._model = model

    def __getitem__(self, source_id: str) -> Source:
        source = self._model.source(source_id)
        if source is None:
            raise KeyError(source_id)
        return source

    def __iter__(self):
        return (source.id for source in self._model.document.sources)

    def __len__(self) -> int:
        return len(self._model.document.sources)
