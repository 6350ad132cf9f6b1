"""The main window: the timeline in the centre, the panes docked around it, assembled from its parts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QUndoGroup
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from gui import APP_NAME
from gui.app.document.document_model import DocumentModel
from gui.app.document.selection import EventSelection
from gui.app.document.view_filter import ViewFilter
from gui.app.export.import_export import ImportExport
from gui.app.panes import detail_pane
from gui.app.panes.legend import LegendBar
from gui.app.panes.search_bar import SearchBar
from gui.app.timeline.timeline_widget import TimelineWidget
from gui.app.window.actions import build_menus, build_toolbar, create_actions
from gui.app.window.hidden_docks import HIDDEN_DOCKS, HiddenDock
from gui.app.window.lazy_docks import LazyDocks
from gui.app.window.narrow_docks import NarrowDocks
from gui.app.window.passage_actions import PassageActions
from gui.app.window.autosave_status import AutosaveStatus
from gui.app.window.event_commands import EventCommands
from gui.app.window.file_controller import FileController
from gui.app.window import dialog_openers, first_layout
from gui.app.window.info_bar import InfoBar
from gui.core.storage.resources import resource_path

if TYPE_CHECKING:  # dialogs are imported when first opened (dialog_openers): the first frame needs none
    from gui.app.dialogs.about_dialog import AboutDialog
    from gui.app.panes.sources_panel import SourcesPanel
    from gui.app.window.getting_started import GettingStartedDialog

__all__ = ["MainWindow"]


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' * (n != 1)}"


class MainWindow(QMainWindow):
    """The timeline, its panes, menus and toolbar; files go through ``files``, a FileController."""

    #: Docks that start hidden, built the first time they are shown or asked for.
    filter_panel, sources_panel = HiddenDock("filters"), HiddenDock("sources")
    table_dock, problems_pane = HiddenDock("table"), HiddenDock("problems")
    scoreboard, disagreements = HiddenDock("scoreboard"), HiddenDock("disagreements")

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings if settings is not None else QSettings()
        self.model = DocumentModel(self)
        self.selection = EventSelection(self)
        self.undo_group = QUndoGroup(self)

        self.view_filter = ViewFilter(self.model, self)
        self.timeline = TimelineWidget(self.model, self.selection, self.view_filter)
        self.legend = LegendBar(self.model)
        self.info_bar = InfoBar()
        self.search_bar = SearchBar(self.model, self.selection, self.view_filter)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.search_bar)
        central_layout.addWidget(self.info_bar)
        central_layout.addWidget(self.timeline, 1)
        central_layout.addWidget(self.legend)
        self.setCentralWidget(central)
        self.editing = EventCommands(self)
        self.files = FileController(self.model, self.selection, self.view_filter, self.settings, self.info_bar, self)
        self.recent = self.files.recent

        self.detail_pane = detail_pane.create_dock(self, self.model, self.selection)
        #: Filters, the table, Sources, Problems, Scoreboard and Disagreements: built when first shown or asked for.
        self.lazy_docks = LazyDocks(self, HIDDEN_DOCKS)
        #: New Event from Selection (Ctrl+Shift+E) and Use Selection as the Quote, from the Details or Sources.
        self.passage_actions = PassageActions(self)
        self.detail_pane.passage_actions = [self.passage_actions.new_event, self.passage_actions.reanchor]
        self.detail_pane.sig_show_source.connect(lambda source_id: self.show_source_manager().select_source(source_id))
        #: Sources and Filters opened in a narrow window become tabs of the Details dock (they join when built).
        self.narrow_docks = NarrowDocks(self, self.detail_pane)

        self.actions = create_actions(self)
        self._connect_actions()
        self.import_export = ImportExport(self)
        menus = build_menus(self, self.actions)
        self.recent_menu = menus.recent
        self.recent_menu.aboutToShow.connect(lambda: self.files.fill_recent_menu(self.recent_menu))
        self.edit_menu, self.help_menu = menus.edit, menus.help
        self.undo_action, self.redo_action, self.find_action = menus.undo, menus.redo, menus.find
        self.lanes_by_actions = menus.lanes_by
        self.getting_started_action, self.about_action = menus.getting_started, menus.about
        self.model.sig_layout_changed.connect(self._sync_lanes_by_actions)
        build_toolbar(self, self.actions)
        self.status_counts = QLabel()
        self.status_counts.linkActivated.connect(lambda _link: self.show_problems())
        self.statusBar().addPermanentWidget(self.status_counts)
        self.setAcceptDrops(True)

        self.model.sig_reset.connect(self._on_document_reset)
        self.model.sig_changed.connect(self._on_document_changed)
        self.model.sig_problems_changed.connect(self._update_status)
        self.selection.sig_changed.connect(self.editing.update_selection_actions)
        self.files.sig_message.connect(self.statusBar().showMessage)
        self.files.sig_title_changed.connect(self._update_title)
        self.timeline.sig_new_event_requested.connect(self.editing.new_event_at)
        self.timeline.sig_event_activated.connect(lambda _id: self.detail_pane.focus_title())
        self.timeline.lane_axis.sig_context_menu.connect(self.editing.lane_context_menu)
        self.timeline.empty_hint.sig_add_lane.connect(lambda: self.editing.show_lane_manager().ask_add())
        self.timeline.empty_hint.sig_paste_source.connect(lambda: (self.show_source_manager(), self.sources_panel.paste_action.trigger()))
        self.timeline.empty_hint.sig_open.connect(self.actions.open.trigger)
        self.setWindowIcon(QIcon(str(resource_path("icons", "inroads.svg"))))
        self._restore_window_state()
        self._on_document_reset()
        self.autosave_status = AutosaveStatus(self, self.files.autosaver)
        self.timeline.plot.setFocus()  # keys go to the timeline first: the search field would swallow Ctrl+E

    def _connect_actions(self) -> None:
        actions, files = self.actions, self.files
        actions.new.triggered.connect(files.new_file)
        actions.open.triggered.connect(files.choose_and_open)
        actions.save.triggered.connect(files.save)
        actions.save_as.triggered.connect(files.save_as)
        actions.reload.triggered.connect(files.reload)
        actions.quit.triggered.connect(self.close)
        actions.new_event.triggered.connect(lambda: self.editing.ask_new_event())
        self.editing.connect_actions(actions)
        actions.select_all.triggered.connect(lambda: self.selection.set_ids(e.id for e in self.model.document.events))
        actions.fit_all.triggered.connect(self.timeline.fit_all)
        actions.zoom_in.triggered.connect(lambda: self.timeline.zoom(0.6))
        actions.zoom_out.triggered.connect(lambda: self.timeline.zoom(1 / 0.6))
        actions.clear_selection.triggered.connect(self.selection.clear)
        actions.add_lane.triggered.connect(lambda: self.editing.show_lane_manager())
        actions.manage_sources.triggered.connect(self.show_source_manager)
        actions.timeline_details.triggered.connect(lambda: dialog_openers.show_timeline_details(self))

    # -- files (the FileController does the work) --------------------------------------------

    @property
    def show_dialogs(self) -> bool:
        """False in tests: failed loads and saves are not shown in dialogs, and no first-run help."""
        return self.files.show_dialogs

    @show_dialogs.setter
    def show_dialogs(self, value: bool) -> None:
        self.files.show_dialogs = value

    @property
    def persist_state(self) -> bool:
        """False in --screenshot mode: a render must not change the user's recent files or layout."""
        return self.files.persist_state

    @persist_state.setter
    def persist_state(self, value: bool) -> None:
        self.files.persist_state = value

    def is_dirty(self) -> bool:
        return self.files.is_dirty()

    def maybe_save(self) -> bool:
        """Before the document goes away: True when it may (saved, discarded, or unchanged)."""
        return self.files.maybe_save()

    def new_file(self) -> None:
        self.files.new_file()

    def open_path(self, path: str | Path, ask_to_save: bool = True) -> bool:
        """Load a file; on failure show every problem and keep the current document."""
        return self.files.open_path(path, ask_to_save)

    def save(self) -> bool:
        return self.files.save()

    def save_as(self) -> bool:
        return self.files.save_as()

    def reload(self) -> None:
        self.files.reload()

    def adopt_imported_document(self, document, warnings, source_name: str) -> None:
        """An imported document becomes a new, unsaved timeline (Save asks where)."""
        self.files.adopt_imported_document(document, warnings, source_name)

    # -- editing (EventCommands does the work) -----------------------------------------------

    def new_event_from_passage(self, source_id: str, start: int, end: int) -> str | None:
        """Open the event form prefilled from a passage of a source; the new event's id, or None."""
        return self.editing.new_event_from_passage(source_id, start, end)

    def copy_citation(self) -> str:
        return self.editing.copy_citation()

    def show_source_manager(self) -> SourcesPanel:
        """Edit ▸ Sources…: the Sources dock, shown and in front."""
        self.sources_panel.show()
        self.sources_panel.raise_()
        self.sources_panel.source_list.setFocus()
        return self.sources_panel

    def print_timeline(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from gui.app.export.picture_export import print_timeline

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QPrintDialog.DialogCode.Accepted:
            print_timeline(self.model, printer)

    def show_getting_started(self) -> GettingStartedDialog:
        return dialog_openers.show_getting_started(self)

    def show_about(self) -> AboutDialog:
        return dialog_openers.show_about(self)

    # -- drag and drop -----------------------------------------------------------------------

    @staticmethod
    def _dropped_file(event) -> Path | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".json"):
                return Path(url.toLocalFile())
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.files.open_path(path)

    # -- window state ------------------------------------------------------------------------

    def _on_document_reset(self) -> None:
        self.undo_group.addStack(self.model.undo_stack)
        self.undo_group.setActiveStack(self.model.undo_stack)
        self.model.undo_stack.cleanChanged.connect(self._update_title)
        self._update_title()
        self._update_status()
        self.editing.update_selection_actions()
        if any(problem.is_error for problem in self.model.warnings):
            self.show_problems()  # opened for repair: what is left to fix

    def _sync_lanes_by_actions(self) -> None:
        for action in self.lanes_by_actions.actions():
            action.setChecked(action.data() == self.model.lanes_by)

    def _on_document_changed(self, _change=None) -> None:
        self.selection.retain(self.model.layout.id_to_index)
        self._update_status()

    def _update_title(self, _clean=None) -> None:
        name = self.model.display_name()
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowFilePath(str(self.model.path) if self.model.path else "")
        self.setWindowModified(self.is_dirty())

    def _update_status(self, _change=None) -> None:
        document = self.model.document
        text = " · ".join(
            _count(len(items), noun)
            for items, noun in ((document.events, "event"), (document.lanes, "lane"), (document.sources, "source"))
        )
        if self.model.warnings:
            # A link: clicking the count opens the Problems pane that lists them.
            errors = sum(problem.is_error for problem in self.model.warnings)
            kinds = ((errors, "error"), (len(self.model.warnings) - errors, "warning"))
            counts = [_count(n, noun) for n, noun in kinds if n]
            text += f' · <a href="problems">{", ".join(counts)}</a>'
            self.status_counts.setToolTip("Show them in the Problems pane (View ▸ Problems)")
        else:
            self.status_counts.setToolTip("")
        self.status_counts.setText(text)

    def show_problems(self) -> None:
        """View ▸ Problems: the pane that lists the last load's or import's warnings, in front."""
        self.problems_pane.show()
        self.problems_pane.raise_()
        self.problems_pane.view.setFocus()

    def go_to_problem(self, event_id: str, field: str) -> None:
        self.selection.select(event_id)
        self.timeline.zoom_to_event(self.model.event_index(event_id))
        self.detail_pane.focus_field(field)

    def _restore_window_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            first_layout.fit_to_screen(self)
        state = self.settings.value("window/state")
        self._first_docks = state is None or not self.restoreState(state)
        # First run: the source text is read in one place, the Details pane, which follows the selection;
        # the Sources dock (list and reader) is a View ▸ Sources or a "Show in Sources" away, built then.
        self.lazy_docks.restore(self.settings)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._first_docks:
            # Dock widths depend on the window's width, known once it is shown.
            self._first_docks = False
            first_layout.size_first_docks(self, [self.detail_pane])

    def save_window_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.lazy_docks.save(self.settings)
        if "table" in self.lazy_docks.built():
            self.table_dock.save_columns(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.files.stop_loading()
        if not self.files.maybe_save():
            event.ignore()
            return
        if self.persist_state:
            self.save_window_state()
        super().closeEvent(event)
