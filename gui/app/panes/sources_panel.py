"""The Sources dock: the articles events rest on, and the selected one's text with its cited passages.

The list can be sorted and searched. Sources are added from the clipboard, from a
.txt, .md or .html file, or by dropping such a file on the panel; the fields found
in the file (title, publisher, date) are filled in, and the user confirms them.
Every change is one undo step. The reader below highlights every passage any
event cites; clicking one selects its event, and "New Event from Selection" turns
a selected sentence into a prefilled event.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDockWidget, QSplitter, QWidget

from gui.app.document.document_model import DocumentModel
from gui.app.document.selection import EventSelection
from gui.app.panes.source_list_model import ID_ROLE
from gui.app.panes.source_list_view import SourceListView
from gui.app.panes.source_prompts import (
    ask_source_file,
    ask_source_values,
    clipboard_draft,
    confirm_delete,
    read_draft,
    source_files,
)
from gui.app.panes.source_view import SourceView
from gui.core.document import edit_types, edits
from gui.core.evidence.citations import cited_passages
from gui.core.document.model import Source
from gui.core.evidence.source_draft import SourceDraft

__all__ = ["SourcesPanel"]

#: Posted to the panel to follow the selection once the frame the change caused is painted.
_FOLLOW_SELECTION = QEvent.Type(QEvent.registerEventType())


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' * (n != 1)}"


def _summary(source: Source, found, lost: int) -> str:
    """The reader's line on how much of ``source`` is cited: passages, events, the share not cited, quotes lost."""
    events = len({passage.event_id for passage in found})
    if not found and not lost:
        return "No event cites this source yet: select a passage and press Ctrl+Shift+E to make one."
    covered = sum(segment_end - segment_start for segment_start, segment_end in _union(found))
    share = covered / max(1, len(source.text.strip()))
    parts = [
        f"{_count(len(found), 'passage')} cited by {_count(events, 'event')}",
        f"{round(100 * (1 - share))} % of the text not cited yet",
    ]
    if lost:
        parts.append(f"⚠ {_count(lost, 'quote')} no longer found")
    return " · ".join(parts)


class SourcesPanel(QDockWidget):
    """Lists sources and reads the selected one. Public widgets and methods are what tests drive.

    The dock wires two halves, the list with its toolbar (SourceListView) and the reader
    (SourceView), keeps them in step with the document and the selection, makes the changes
    (one undo step each) and asks the user through source_prompts.
    """

    sig_new_event_requested = Signal(str, int, int)
    """"New Event from Selection" in the reader: source id, start and end offsets in its text."""
    sig_reanchor_requested = Signal(str, int, int)
    """"Use Selection as the Quote" in the reader: source id, start and end offsets."""
    sig_draft_requested = Signal(str)
    """"Draft Events from This Source…": the source id."""
    sig_message = Signal(str)
    """Something to tell the user in passing (the status bar), e.g. how quotes were re-anchored."""

    def __init__(self, model: DocumentModel, selection: EventSelection, parent: QWidget | None = None, actions=None):
        super().__init__("Sources", parent)
        self.setObjectName("sources_dock")
        self.model = model
        self.selection = selection
        self.setAcceptDrops(True)
        self._stale = True  # the list and reader wait for the dock to be shown before they rebuild
        self._shown_source: str | None = None
        #: How the quotes followed the last text edit, in words ("" before any).
        self.reanchor_report = ""

        self.list_view = SourceListView(model)
        add_menu = self.list_view.add_menu
        self.paste_action = add_menu.addAction("Paste as New Source", self.ask_add_from_clipboard)
        self.open_action = add_menu.addAction("From a File…", self.ask_add_from_file)
        self.empty_action = add_menu.addAction("Type It In…", self.ask_add)
        self.list_view.edit_button.clicked.connect(self.ask_edit)
        self.list_view.delete_button.clicked.connect(self.ask_delete)
        self.list_view.source_list.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.list_view.source_list.doubleClicked.connect(lambda _index: self.ask_edit())
        self.source_view = SourceView(actions=actions)  # the window's New Event from Selection, if given
        self.source_view.new_event_action.triggered.connect(self.request_new_event)
        self.source_view.reanchor_action.triggered.connect(self.request_reanchor)
        self.draft_action = self.source_view.draft_action
        self.draft_action.triggered.connect(lambda: self._shown_source and self.sig_draft_requested.emit(self._shown_source))
        self.list_view.source_list.addAction(self.draft_action)
        self.source_view.reader.sig_selection_changed.connect(self.update_passage_actions)
        self.source_view.reader.sig_passage_clicked.connect(self.selection.select)
        #: Where else a passage may be selected (the detail pane's source text): () -> (source id, start, end).
        self.other_passage: Callable[[], tuple[str, int, int] | None] = lambda: None
        # The halves' widgets, by the names the window and the tests know them by.
        self.search_edit, self.source_list = self.list_view.search_edit, self.list_view.source_list
        self.add_button, self.edit_button = self.list_view.add_button, self.list_view.edit_button
        self.delete_button = self.list_view.delete_button
        self.list_model, self.proxy = self.list_view.list_model, self.list_view.proxy
        self.title_label, self.meta_label = self.source_view.title_label, self.source_view.meta_label
        self.summary_label, self.reader = self.source_view.summary_label, self.source_view.reader
        self.new_event_action = self.source_view.new_event_action
        self.reanchor_action = self.source_view.reanchor_action

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list_view)
        splitter.addWidget(self.source_view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([170, 520])
        self.setWidget(splitter)

        model.sig_reset.connect(self._on_reset)
        model.sig_changed.connect(self._on_changed)
        self._follow_pending = False
        selection.sig_changed.connect(self._on_selection_changed)
        self.visibilityChanged.connect(lambda visible: visible and self._stale and self.refresh())
        self.list_view.update_buttons()
        self.update_passage_actions()

    # -- reading the model ---------------------------------------------------------------------

    def _on_reset(self) -> None:
        self._shown_source = None
        self._schedule_refresh()

    def _on_changed(self, change: edit_types.Change | None = None) -> None:
        if change is None or change.sources or (change.events_reordered and not change.spliced):
            self._schedule_refresh()
        elif change.event_ids:
            if not self.isVisible() or self._stale:
                self._stale = True  # rebuilt in full when shown
                return
            # Events edited, inserted or removed: recount only the sources they cite or cited (a full
            # pass costs about half a second at a million events), and redraw the reader only if it shows one.
            if change.spliced:
                affected = self.list_model.splice_events(change.removed, change.inserted)
            else:
                indices = [i for i in map(self.model.event_index, change.event_ids) if i >= 0]
                affected = self.list_model.update_events(indices)
            if self._shown_source in affected:
                self._show_source(self._shown_source)

    def _schedule_refresh(self) -> None:
        # Rebuilding costs a pass over the events: a hidden dock waits until it is shown. A shown one
        # re-reads at once, so the list never shows rows of sources that are gone.
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Re-read the list and the reader from the model, keeping the same source selected."""
        self._stale = False
        self.list_view.reload()
        self._show_source(self.selected_source_id())
        self.list_view.update_buttons()

    def source_ids(self) -> list[str]:
        """The source ids as listed (sorted and filtered as shown)."""
        return self.list_view.source_ids()

    def selected_source_id(self) -> str | None:
        return self.list_view.selected_source_id()

    def current_source(self) -> Source | None:
        source_id = self.selected_source_id()
        return self.model.source(source_id) if source_id else None

    def select_source(self, source_id: str | None) -> bool:
        """Select the source with this id; False when it is not listed."""
        return self.list_view.select_source(source_id)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_source(current.data(ID_ROLE) if current.isValid() else None)
        self.list_view.update_buttons()

    def _show_source(self, source_id: str | None) -> None:
        source = self.model.source(source_id) if source_id else None
        self._shown_source = source.id if source else None
        if source is None:
            self.source_view.show_nothing(bool(self.proxy.rowCount()))
            self.update_passage_actions()
            return
        document = self.model.document
        found, lost = cited_passages(document, source, self.list_model.citations)
        titles = {
            event.id: event.title
            for event in (document.events[c.event_index] for c in self.list_model.citations.citations(source.id))
        }
        self.source_view.show_source(source, _summary(source, found, len(lost)), found, titles, self.selection.current)
        self.update_passage_actions()

    def _on_selection_changed(self) -> None:
        """Follow the selection once the frame it caused is painted.

        The Details pane (where the eye goes after a click) and the timeline show the event
        first; a burst of selection changes costs one follow. The request is posted at the
        priority of Qt's own repaint request, which a selection change has already posted,
        so it is handled after that frame (a zero timer would come before it).
        """
        self.update_passage_actions()
        if not self._follow_pending:
            self._follow_pending = True
            QCoreApplication.postEvent(self, QEvent(_FOLLOW_SELECTION), Qt.EventPriority.LowEventPriority.value)

    def customEvent(self, event: QEvent) -> None:
        if event.type() == _FOLLOW_SELECTION:
            self._follow_pending = False
            self._follow_selection()
        else:
            super().customEvent(event)

    def _follow_selection(self) -> None:
        """Show the current event's source, with its passage in view, when the panel is shown."""
        current = self.selection.current
        self.reader.set_current_event(current)
        if not self.isVisible() or self._stale or current is None:
            self.update_passage_actions()
            return
        event = self.model.find_event(current)
        if event is not None and event.evidence:
            cited = {evidence.source for evidence in event.evidence}
            if self._shown_source not in cited:
                self.search_edit.clear()
                self.select_source(event.evidence[0].source)
            self.reader.scroll_to_event(current)
        self.update_passage_actions()

    def update_passage_actions(self, *_args) -> None:
        has_text = self.selected_passage() is not None
        self.new_event_action.setEnabled(has_text)
        self.reanchor_action.setEnabled(has_text and self.selection.current is not None)

    # -- the reader's requests -----------------------------------------------------------------

    def selected_passage(self) -> tuple[str, int, int] | None:
        """The passage selected in this panel's reader, else elsewhere (``other_passage``): source id, start, end."""
        selected = self.reader.selected_range() if self.isVisible() else None
        if selected and self._shown_source:
            return (self._shown_source, *selected)
        return self.other_passage()

    def request_new_event(self) -> None:
        passage = self.selected_passage()
        if passage:
            self.sig_new_event_requested.emit(*passage)

    def request_reanchor(self) -> None:
        passage = self.selected_passage()
        if passage:
            self.sig_reanchor_requested.emit(*passage)

    # -- changes (one push each) -----------------------------------------------------------------

    def add_source(self, values: dict[str, Any]) -> str:
        """Add a source from SourceEditDialog-style values and select it; returns its id."""
        fields = {name: value for name, value in values.items() if name not in ("title", "text")}
        edit = edits.add_source(self.model.document, values.get("title", ""), values.get("text", ""), **fields)
        self.model.push(edit)
        self.refresh()
        self.search_edit.clear()
        self.select_source(edit.source.id)
        return edit.source.id

    def edit_source(self, source_id: str, values: dict[str, Any]) -> bool:
        """Change the fields that differ from the source's; nothing happens (False) when none do."""
        source = self.model.source(source_id)
        if source is None:
            return False
        changes = {name: value for name, value in values.items() if getattr(source, name) != value}
        if not changes:
            return False
        edit = edits.edit_source(self.model.document, source_id, **changes)
        self.model.push(edit)
        if isinstance(edit, edit_types.SourceTextEdit) and edit.outcomes:
            self.reanchor_report = reanchoring_words(edit.outcomes)
            self.sig_message.emit(self.reanchor_report)
        return True

    def delete_source(self, source_id: str) -> bool:
        """Delete a source and the evidence that cites it, as one step."""
        if self.model.source(source_id) is None:
            return False
        self.model.push(edits.delete_source(self.model.document, source_id))
        return True

    # -- asking the user (see source_prompts) --------------------------------------------------

    def ask_add(self, draft: SourceDraft | None = None) -> str | None:
        """Show the source form (prefilled from ``draft``); add the source when the user confirms."""
        values = ask_source_values(self, draft=draft)
        return self.add_source(values) if values is not None else None

    def ask_add_from_clipboard(self) -> str | None:
        draft = clipboard_draft(self)
        if isinstance(draft, Path):
            return self.ask_add_from_file(draft)
        return self.ask_add(draft) if draft is not None else None

    def ask_add_from_file(self, path: str | Path | None = None) -> str | None:
        if path is None:
            path = ask_source_file(self)
            if not path:
                return None
        draft = read_draft(self, path)
        return self.ask_add(draft) if draft is not None else None

    def ask_edit(self) -> None:
        source = self.current_source()
        if source is None:
            return
        values = ask_source_values(self, source)
        if values is not None:
            self.edit_source(source.id, values)

    def ask_delete(self) -> None:
        """Delete the selected source; when events cite it, confirm first."""
        source = self.current_source()
        if source is None:
            return
        citing = len(edits.citing_events(self.model.document, source.id))
        if citing and not confirm_delete(self, source, citing):
            return
        self.delete_source(source.id)

    # -- dropping files ------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if source_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = source_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        # Ask after the drop has finished, so the source application isn't kept waiting.
        QTimer.singleShot(0, lambda: [self.ask_add_from_file(path) for path in files])


def reanchoring_words(outcomes: dict[str, int]) -> str:
    """How the quotes followed a text edit: "The text changed. Of its 12 quotes, 10 were found exactly, …" """
    total = sum(outcomes.values())
    exact, moved, fuzzy, lost = (outcomes.get(name, 0) for name in ("exact", "moved", "fuzzy", "lost"))
    words = (
        f"The text changed. Of its {_count(total, 'quote')}, {exact} {'was' if exact == 1 else 'were'} found "
        f"exactly, {moved} by the text around {'it' if moved == 1 else 'them'}, {fuzzy} approximately, "
        f"and {lost} {'is' if lost == 1 else 'are'} lost."
    )
    if moved or fuzzy:
        words += " Quotes found inexactly are marked for checking."
    if lost:
        words += " Lost quotes show as not found: re-anchor them by selecting the right passage."
    return words


def _union(passages) -> list[tuple[int, int]]:
    """The passages' spans merged where they overlap."""
    merged: list[list[int]] = []
    for passage in sorted(passages, key=lambda p: p.start):
        if merged and passage.start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], passage.end)
        else:
            merged.append([passage.start, passage.end])
    return [(start, end) for start, end in merged]


def create_dock(window, model: DocumentModel, selection: EventSelection, actions=None) -> SourcesPanel:
    """The Sources panel, docked on the left of ``window`` (a QMainWindow)."""
    panel = SourcesPanel(model, selection, window, actions)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, panel)
    return panel
