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

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QMimeData, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gui.app.widgets import style
from gui.app.document.document_model import DocumentModel
from gui.app.document.selection import EventSelection
from gui.app.widgets.plain_text import display_text
from gui.app.dialogs.source_dialogs import SourceEditDialog
from gui.app.panes.source_list_model import ID_ROLE, SourceFilterProxy, SourceListModel
from gui.app.panes.source_reader import SourceReader
from gui.core.document import edit_types, edits
from gui.core.evidence.citations import cited_passages
from gui.core.document.describe import date_words
from gui.core.document.model import Source
from gui.core.document.problems import LoadError
from gui.core.evidence.html_source import draft_from_html
from gui.core.evidence.source_draft import SourceDraft, draft_from_text
from gui.core.evidence.source_import import SOURCE_SUFFIXES, read_source_file

__all__ = ["SOURCE_FILE_FILTER", "SOURCE_FILE_SUFFIXES", "SourcesPanel"]

SOURCE_FILE_SUFFIXES = tuple(SOURCE_SUFFIXES)
SOURCE_FILE_FILTER = f"Articles ({' '.join('*' + suffix for suffix in SOURCE_SUFFIXES)});;All files (*)"
#: Posted to the panel to follow the selection once the frame the change caused is painted.
_FOLLOW_SELECTION = QEvent.Type(QEvent.registerEventType())


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' * (n != 1)}"


def _plain_label(selectable: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _source_files(mime: QMimeData) -> list[Path]:
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in SOURCE_FILE_SUFFIXES]


class SourcesPanel(QDockWidget):
    """Lists sources and reads the selected one. Public widgets and methods are what tests drive."""

    sig_new_event_requested = Signal(str, int, int)
    """"New Event from Selection" in the reader: source id, start and end offsets in its text."""
    sig_reanchor_requested = Signal(str, int, int)
    """"Use Selection as the Quote" in the reader: source id, start and end offsets."""
    sig_message = Signal(str)
    """Something to tell the user in passing (the status bar), e.g. how quotes were re-anchored."""

    def __init__(self, model: DocumentModel, selection: EventSelection, parent: QWidget | None = None) -> None:
        super().__init__("Sources", parent)
        self.setObjectName("sources_dock")
        self.model = model
        self.selection = selection
        self.setAcceptDrops(True)
        self._stale = True  # the list and reader wait for the dock to be shown before they rebuild
        self._shown_source: str | None = None
        #: How the quotes followed the last text edit, in words ("" before any).
        self.reanchor_report = ""

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("source_search")
        self.search_edit.setPlaceholderText("Search sources")
        self.search_edit.setClearButtonEnabled(True)
        self.add_button = QToolButton()
        self.add_button.setText("Add")
        self.add_button.setToolTip("Add a source: paste an article, or open a .txt, .md or .html file")
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        add_menu = QMenu(self.add_button)
        self.paste_action = add_menu.addAction("Paste as New Source", self.ask_add_from_clipboard)
        self.open_action = add_menu.addAction("From a File…", self.ask_add_from_file)
        self.empty_action = add_menu.addAction("Type It In…", self.ask_add)
        self.add_button.setMenu(add_menu)
        self.edit_button = QToolButton()
        self.edit_button.setText("Edit…")
        self.edit_button.setToolTip("Edit the source's title, date, address or text")
        self.edit_button.clicked.connect(self.ask_edit)
        self.delete_button = QToolButton()
        self.delete_button.setText("Delete…")
        self.delete_button.clicked.connect(self.ask_delete)

        self.list_model = SourceListModel(model, self)
        self.proxy = SourceFilterProxy(self)
        self.proxy.setSourceModel(self.list_model)
        self.source_list = QTreeView()
        self.source_list.setObjectName("source_list")
        self.source_list.setModel(self.proxy)
        self.source_list.setRootIsDecorated(False)
        self.source_list.setUniformRowHeights(True)
        self.source_list.setSortingEnabled(True)
        self.source_list.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.source_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.source_list.setAlternatingRowColors(True)
        header = self.source_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 70)
        header.resizeSection(2, 96)
        header.resizeSection(3, 48)
        self.source_list.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.source_list.doubleClicked.connect(lambda _index: self.ask_edit())
        self.search_edit.textChanged.connect(self.proxy.set_query)

        self.title_label = _plain_label()
        title_font = self.title_label.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.title_label.setFont(title_font)
        self.meta_label = _plain_label()
        self.meta_label.setStyleSheet(f"color: {style.MUTED_TEXT_COLOR};")
        self.summary_label = _plain_label(selectable=False)
        self.summary_label.setStyleSheet(f"color: {style.MUTED_TEXT_COLOR};")
        self.reader = SourceReader()
        self.new_event_action = QAction("New Event from Selection", self.reader)
        self.new_event_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.new_event_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_event_action.setStatusTip("Turn the selected passage into an event, with its fields filled in")
        self.new_event_action.triggered.connect(self.request_new_event)
        self.reanchor_action = QAction("Use Selection as the Current Event's Quote", self.reader)
        self.reanchor_action.triggered.connect(self.request_reanchor)
        #: Where else a passage may be selected (the detail pane's source text): () -> (source id, start, end).
        self.other_passage: Callable[[], tuple[str, int, int] | None] = lambda: None
        self.reader.context_actions = [self.new_event_action, self.reanchor_action]
        self.reader.sig_selection_changed.connect(self.update_passage_actions)
        self.reader.sig_passage_clicked.connect(self.selection.select)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search_edit, 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            top.addWidget(button)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(8, 6, 8, 0)
        list_layout.addLayout(top)
        list_layout.addWidget(self.source_list, 1)
        reader_page = QWidget()
        reader_layout = QVBoxLayout(reader_page)
        reader_layout.setContentsMargins(8, 4, 8, 8)
        reader_layout.setSpacing(3)
        for widget in (self.title_label, self.meta_label, self.summary_label):
            reader_layout.addWidget(widget)
        reader_layout.addWidget(self.reader, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(list_page)
        splitter.addWidget(reader_page)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([170, 520])
        self.setWidget(splitter)

        model.sig_reset.connect(self._on_reset)
        model.sig_changed.connect(self._on_changed)
        self._follow_pending = False
        selection.sig_changed.connect(self._on_selection_changed)
        self.visibilityChanged.connect(lambda visible: visible and self._stale and self.refresh())
        self._update_buttons()
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
        kept = self.selected_source_id()
        old_row = self.source_list.currentIndex().row()
        self.list_model.reload()
        if not self.select_source(kept) and self.proxy.rowCount():
            self._select_row(min(max(old_row, 0), self.proxy.rowCount() - 1))
        self._show_source(self.selected_source_id())
        self._update_buttons()

    def source_ids(self) -> list[str]:
        """The source ids as listed (sorted and filtered as shown)."""
        return [self.proxy.index(row, 0).data(ID_ROLE) for row in range(self.proxy.rowCount())]

    def selected_source_id(self) -> str | None:
        index = self.source_list.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def current_source(self) -> Source | None:
        source_id = self.selected_source_id()
        return self.model.source(source_id) if source_id else None

    def select_source(self, source_id: str | None) -> bool:
        """Select the source with this id; False when it is not listed."""
        if source_id is None:
            return False
        index = self.proxy.mapFromSource(self.list_model.index_of(source_id))
        if not index.isValid():
            return False  # no such source, or the search hides it
        self._select_row(index.row())
        return True

    def _select_row(self, row: int) -> None:
        self.source_list.selectionModel().setCurrentIndex(
            self.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_source(current.data(ID_ROLE) if current.isValid() else None)
        self._update_buttons()

    def _show_source(self, source_id: str | None) -> None:
        source = self.model.source(source_id) if source_id else None
        self._shown_source = source.id if source else None
        if source is None:
            self.title_label.setText("No source selected" if self.proxy.rowCount() else "No sources yet")
            self.meta_label.setText("" if self.proxy.rowCount() else "Add one: paste an article, or drop a file here.")
            self.summary_label.clear()
            self.reader.show_text("", [])
            self.update_passage_actions()
            return
        document = self.model.document
        found, lost = cited_passages(document, source, self.list_model.citations)
        titles = {
            event.id: event.title
            for event in (document.events[c.event_index] for c in self.list_model.citations.citations(source.id))
        }
        self.title_label.setText(display_text(" ".join((source.title or source.id)[:1000].split())))
        meta = [part for part in (source.publisher, date_words(source.published)) if part]
        if source.url:
            meta.append(source.url)
        self.meta_label.setText(" · ".join(display_text(part) for part in meta))
        self.meta_label.setVisible(bool(meta))
        self.summary_label.setText(self._summary(source, found, len(lost)))
        self.reader.show_text(source.text, found, titles, self.selection.current)
        self.update_passage_actions()

    @staticmethod
    def _summary(source: Source, found, lost: int) -> str:
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

    def _update_buttons(self) -> None:
        has = self.selected_source_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

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

    # -- asking the user -----------------------------------------------------------------------

    def ask_add(self, draft: SourceDraft | None = None) -> str | None:
        """Show the source form (prefilled from ``draft``); add the source when the user confirms."""
        dialog = SourceEditDialog(None, self, draft=draft)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return self.add_source(dialog.values())
        return None

    def ask_add_from_clipboard(self) -> str | None:
        mime = QGuiApplication.clipboard().mimeData()
        files = _source_files(mime) if mime is not None else []
        if files:
            return self.ask_add_from_file(files[0])
        if mime is not None and mime.hasHtml() and mime.html().strip():
            draft = draft_from_html(mime.html())
            if not draft.text.strip() and mime.hasText():
                draft = draft_from_text(mime.text())
        elif mime is not None and mime.hasText() and mime.text().strip():
            draft = draft_from_text(mime.text())
        else:
            self._tell("Nothing to paste", "The clipboard holds no text. Copy an article's text first.")
            return None
        return self.ask_add(draft)

    def ask_add_from_file(self, path: str | Path | None = None) -> str | None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, "Add a source from a file", "", SOURCE_FILE_FILTER, options=QFileDialog.Option.DontUseNativeDialog
            )
            if not path:
                return None
        try:
            draft = read_source_file(path)
        except LoadError as error:
            self._tell("Could not read the article", str(error))
            return None
        return self.ask_add(draft)

    def ask_edit(self) -> None:
        source = self.current_source()
        if source is None:
            return
        dialog = SourceEditDialog(source, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.edit_source(source.id, dialog.values())

    def ask_delete(self) -> None:
        """Delete the selected source; when events cite it, confirm first."""
        source = self.current_source()
        if source is None:
            return
        citing = len(edits.citing_events(self.model.document, source.id))
        if citing and not self._confirm_delete(source, citing):
            return
        self.delete_source(source.id)

    def _confirm_delete(self, source: Source, citing: int) -> bool:
        name = display_text(" ".join((source.title or source.id)[:1000].split()))
        box = QMessageBox(QMessageBox.Icon.Warning, "Delete source", f"Delete the source “{name}”?", parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("delete_source_prompt")
        box.setInformativeText(
            f"{_count(citing, 'event')} cite{'s' * (citing == 1)} it. The evidence in "
            f"{'that event' if citing == 1 else 'those events'} that points to this source will be removed too. "
            "You can undo this."
        )
        delete = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    def _tell(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("source_problem")
        box.exec()

    # -- dropping files ------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _source_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = _source_files(event.mimeData())
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


def create_dock(window, model: DocumentModel, selection: EventSelection) -> SourcesPanel:
    """The Sources panel, docked on the left of ``window`` (a QMainWindow)."""
    panel = SourcesPanel(model, selection, window)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, panel)
    return panel
