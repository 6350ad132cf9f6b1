"""What the window's editing commands do: new, duplicate and delete events, events from a passage,
re-anchoring evidence, citations and the lane menu. Each change is one undoable edit on the model."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMenu

from gui.core.document import edits
from gui.core.document.merge import merge_events
from gui.core.document.edit_types import CompositeEdit
from gui.core.document.describe import citation_markdown

if TYPE_CHECKING:  # the dialogs are imported when first opened
    from gui.app.dialogs.lane_dialogs import LaneManagerDialog
    from gui.app.dialogs.merge_suggestions_dialog import MergeSuggestionsDialog

__all__ = ["EventCommands"]


class EventCommands(QObject):
    """The editing commands of a main window, working on its model, selection, timeline and panes."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._draft_workers = None

    @property
    def draft_workers(self):
        """Worker processes for Draft Events (a ``DraftWorkers``), made when first asked for. ``gui.app.window.main.run``
        starts them once the window shows; a window made without it, as in most tests, drafts in its own process:
        the same drafts, on one core."""
        if self._draft_workers is None:
            from gui.core.evidence.draft_workers import DraftWorkers

            self._draft_workers = DraftWorkers()
        return self._draft_workers

    def serve(self, sources_panel) -> None:
        """Do what the Sources dock asks: re-anchor a quote, draft the events of a source."""
        sources_panel.sig_reanchor_requested.connect(self.reanchor_to_passage)
        sources_panel.sig_draft_requested.connect(self.draft_events_from_source)

    def connect_actions(self, actions) -> None:
        """Edit ▸ Duplicate, Merge Events, Suggest Merges… and Delete run these commands."""
        actions.duplicate.triggered.connect(self.duplicate_selection)
        actions.merge.triggered.connect(self.merge_selection)
        actions.suggest_merges.triggered.connect(self.show_merge_suggestions)
        actions.delete.triggered.connect(self.delete_selection)

    def new_event_at(self, lane_id: str, start: str) -> str | None:
        """A double-click in a lane: the new-event dialog with that lane and the period clicked (EDTF, at the
        zoom's precision) filled in; the status is asked, never assumed. The new id, or None if cancelled."""
        return self.ask_new_event(lane_id, start)

    def ask_new_event(self, lane_id: str | None = None, start: str = "") -> str | None:
        """Edit ▸ New Event: ask for the date (never assumed, unless a double-click gave it) and the rest."""
        from gui.app.dialogs.add_event_dialog import AddEventDialog  # imported when first asked

        if lane_id is None:
            current = self._window.model.find_event(self._window.selection.current) if self._window.selection.current else None
            lane_id = current.lane if current else None
        dialog = AddEventDialog(
            self._window.model.document, lane_id, self._window.model.layout.statuses, self._window, start=start
        )
        if dialog.exec() != AddEventDialog.DialogCode.Accepted:
            return None
        adding = self._add_records([dialog.event_fields()], dialog.new_lane_name())
        new_id = adding.events[0].id
        self._window.selection.select(new_id)
        self._window.timeline.ensure_visible(self._window.model.event_index(new_id))
        self._window.detail_pane.focus_title()
        return new_id

    def _add_records(self, records: list[dict], new_lane: str | None):
        """Add the events as one undo step, with a new lane first when one was typed; the adding edit."""
        document = self._window.model.document
        if new_lane is None:
            edit = adding = edits.add_events(document, records, index=self._window.model.layout.id_to_index)
        else:
            lane_edit = edits.add_lane(document, new_lane)
            records[0]["lane"] = lane_edit.lane.id
            adding = edits.add_events(document, records, index=self._window.model.layout.id_to_index)
            edit = CompositeEdit(adding.label, [lane_edit, adding])
        self._window.model.push(edit)
        return adding

    def delete_selection(self) -> None:
        ids = [i for i in self._window.selection.ids if self._window.model.find_event(i)]
        if ids:
            self._window.selection.clear()
            self._window.model.push(edits.delete_events(self._window.model.document, ids, index=self._window.model.layout.id_to_index))

    def duplicate_selection(self) -> None:
        ids = [i for i in self._window.selection.ids if self._window.model.find_event(i)]
        if ids:
            edit = edits.duplicate_events(self._window.model.document, ids, index=self._window.model.layout.id_to_index)
            self._window.model.push(edit)
            self._window.selection.set_ids(e.id for e in edit.events)

    def merge_selection(self) -> None:
        """Edit ▸ Merge Events: the selected events become the first of them, as one undo step."""
        ids = [i for i in self._window.selection.ids if self._window.model.find_event(i)]
        if len(ids) >= 2:
            edit = merge_events(self._window.model.document, ids, index=self._window.model.layout.id_to_index)
            kept = edit.parts[0].new[0].id
            self._window.selection.clear()
            self._window.model.push(edit)
            self._window.selection.set_ids([kept])

    def show_merge_suggestions(self) -> MergeSuggestionsDialog:
        """Edit ▸ Suggest Merges…: a window beside the timeline, so a chosen group is seen selected there."""
        from gui.app.dialogs.merge_suggestions_dialog import MergeSuggestionsDialog

        window = self._window
        dialog = getattr(window, "merge_suggestions", None)
        if dialog is None:
            dialog = window.merge_suggestions = MergeSuggestionsDialog(window.model, window.selection, window)
        dialog.refresh()
        dialog.show()
        dialog.raise_()
        return dialog

    def update_selection_actions(self) -> None:
        has_selection = bool(self._window.selection.ids)
        self._window.actions.delete.setEnabled(has_selection)
        self._window.actions.duplicate.setEnabled(has_selection)
        self._window.actions.merge.setEnabled(len(self._window.selection.ids) >= 2)

    def show_lane_manager(self, lane_id: str | None = None) -> LaneManagerDialog:
        from gui.app.dialogs.lane_dialogs import LaneManagerDialog

        dialog = LaneManagerDialog(self._window.model, self._window)
        if lane_id:
            dialog.select_lane(lane_id)
        dialog.show()
        return dialog

    def new_event_from_passage(self, source_id: str, start: int, end: int) -> str | None:
        """Open the event form prefilled from ``text[start:end]`` of a source; add the event if confirmed.

        Returns the new event's id, or None when the user cancelled.
        """
        from gui.app.dialogs.new_event_dialog import NewEventDialog
        from gui.core.evidence.extract import suggest_event

        source = self._window.model.source(source_id)
        if source is None or not source.text[start:end].strip():
            return None
        document = self._window.model.document
        suggestion = suggest_event(document, source, start, end)
        dialog = NewEventDialog(
            document, suggestion, self._window.model.layout.kinds, self._window.model.layout.statuses, parent=self._window
        )
        if dialog.exec() != NewEventDialog.DialogCode.Accepted:
            return None
        # A lane typed in the form is made in the same undo step as the event.
        adding = self._add_records(dialog.events_fields(), dialog.new_lane_name())
        new_id = adding.events[0].id
        self._window.selection.set_ids(event.id for event in reversed(adding.events))  # the first one is current
        self._window.timeline.zoom_to_event(self._window.model.event_index(new_id))
        self._window.statusBar().showMessage(f"Added “{adding.events[0].title}” from the passage", 4000)
        return new_id

    def draft_events_from_source(self, source_id: str) -> int:
        """Draft Events from This Source: review a draft per passage; add the accepted ones as ONE undo step.

        Returns how many events were added or given new evidence (0 when cancelled or none accepted).
        """
        from gui.app.dialogs.draft_review_dialog import DraftReviewDialog
        from gui.core.evidence.drafting import draft_events, drafts_edit

        source = self._window.model.source(source_id)
        if source is None:
            return 0
        document = self._window.model.document
        layout = self._window.model.layout
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            drafts = draft_events(document, source, workers=self.draft_workers)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.draft_workers.revive()  # if a worker died while drafting
        dialog = DraftReviewDialog(document, drafts, layout.kinds, layout.statuses, self._window)
        if dialog.exec() != DraftReviewDialog.DialogCode.Accepted:
            return 0
        accepted = dialog.accepted()
        edit = drafts_edit(document, accepted, index=layout.id_to_index)
        if edit is None:
            return 0
        self._window.model.push(edit)
        self._window.statusBar().showMessage(f"{edit.label}: one undo step", 4000)
        return len(accepted)

    def reanchor_to_passage(self, source_id: str, start: int, end: int) -> bool:
        """Make ``text[start:end]`` of a source the quote of the current event's evidence (one undo step)."""
        event = self._window.model.find_event(self._window.selection.current) if self._window.selection.current else None
        source = self._window.model.source(source_id)
        if event is None or source is None:
            return False
        edit = edits.reanchor_evidence(self._window.model.document, event.id, source, start, end)
        if edit is None:
            return False
        self._window.model.push(edit)
        return True

    def copy_citation(self) -> str:
        """The current event as a Markdown citation, on the clipboard."""
        event = self._window.model.find_event(self._window.selection.current) if self._window.selection.current else None
        if event is None:
            return ""
        text = citation_markdown(self._window.model.document, event)
        QGuiApplication.clipboard().setText(text)
        self._window.statusBar().showMessage("Copied the citation", 3000)
        return text

    def lane_context_menu(self, lane_id: str, global_position) -> None:
        """Right-click on a lane's name: the lane operations, right there."""
        from gui.app.dialogs.lane_dialogs import LaneManagerDialog

        manager = LaneManagerDialog(self._window.model, self._window)
        manager.select_lane(lane_id)
        menu = QMenu(self._window)
        menu.addAction("Rename…", manager.ask_rename)
        menu.addAction("Colour…", manager.ask_colour)
        menu.addAction("Move Up", lambda: manager.move_lane(lane_id, -1))
        menu.addAction("Move Down", lambda: manager.move_lane(lane_id, 1))
        menu.addSeparator()
        menu.addAction("Delete Lane…", manager.ask_delete)
        menu.addAction("Add Lane…", manager.ask_add)
        menu.exec(global_position)
        manager.deleteLater()
