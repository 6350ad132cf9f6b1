"""The main window: the timeline in the centre, the detail pane docked beside it, files and edits."""

from __future__ import annotations

import errno
import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QUndoGroup,
)
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMenu, QToolBar, QVBoxLayout, QWidget

from gui import APP_NAME
from gui.app.window import prompts
from gui.app.dialogs.about_dialog import AboutDialog
from gui.app.window.actions import create_actions
from gui.app.document.autosave import Autosaver, default_recovery_dir
from gui.app.window.autosave_status import AutosaveStatus
from gui.app.panes.detail_pane import DetailPane
from gui.app.document.document_model import DocumentModel
from gui.app.panes.event_table import EventTableDock
from gui.app.panes.filter_panel import LANES_BY_LABELS, FilterPanel
from gui.app.window.getting_started import GettingStartedDialog
from gui.app.export.import_export import ImportExport
from gui.app.window.info_bar import InfoBar
from gui.app.dialogs.lane_dialogs import LaneManagerDialog
from gui.app.panes.legend import LegendBar
from gui.app.dialogs.load_error_dialog import LoadErrorDialog
from gui.app.document.loading import BackgroundLoad, LoadProgressDialog, background_load_bytes, release_freed_memory, wait_for
from gui.app.dialogs.new_event_dialog import NewEventDialog
from gui.app.document.recent_files import RecentFiles
from gui.app.panes.search_bar import SearchBar
from gui.app.document.selection import EventSelection
from gui.app.panes.sources_panel import SourcesPanel
from gui.app.timeline.timeline_widget import TimelineWidget
from gui.app.dialogs.timeline_details_dialog import TimelineDetailsDialog
from gui.app.document.view_filter import ViewFilter
from gui.core.document import edit_types, edits
from gui.core.document.describe import citation_markdown
from gui.core.storage.diskstamp import DiskStamp
from gui.core.storage.fileformat import LoadResult, read_document, write_document
from gui.core.view.filters import FilterState
from gui.core.view.layout import TimelineLayout
from gui.core.document.model import new_document
from gui.core.document.problems import LoadError
from gui.core.storage.recovery import RecoveryStore
from gui.core.storage.regular_file import is_read_only, kind_in_the_way
from gui.core.storage.resources import resource_path

__all__ = ["MainWindow"]

FILE_FILTER = "Inroads timelines (*.json);;All files (*)"
DETAIL_PANE_WIDTH = 400
SOURCES_PANEL_WIDTH = 330


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' * (n != 1)}"


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings if settings is not None else QSettings()
        self.recent = RecentFiles(self.settings)
        self.model = DocumentModel(self)
        self.selection = EventSelection(self)
        self.undo_group = QUndoGroup(self)
        #: What the file looked like when last read or written; None for a new document.
        self.disk_stamp: DiskStamp | None = None
        #: Set when a load fails; tests and the screenshot mode read it instead of a modal dialog.
        self.last_load_error: LoadError | None = None
        self.show_dialogs = True
        #: Files larger than this load in a worker thread, with a progress dialog.
        self.background_load_bytes = background_load_bytes()
        self._background_load: BackgroundLoad | None = None
        #: False in --screenshot mode: a render must not change the user's recent files or layout.
        self.persist_state = True
        self._restoring_filters = False
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._on_file_changed_on_disk)
        # Owned by the window, so it can never fire after the window is gone.
        self._rewatch_timer = QTimer(self)
        self._rewatch_timer.setSingleShot(True)
        self._rewatch_timer.setInterval(200)
        self._rewatch_timer.timeout.connect(lambda: self._watch(self.model.path))

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

        self.detail_pane = DetailPane(self.model, self.selection, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.detail_pane)
        self.filter_panel = FilterPanel(self.model, self.view_filter, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.filter_panel)
        self.filter_panel.hide()  # opened from View ▸ Filters (or a saved layout)
        self.table_dock = EventTableDock(self.model, self.selection, self.view_filter, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.table_dock)
        self.table_dock.hide()
        self.table_dock.sig_zoom_requested.connect(
            lambda event_id: self.timeline.zoom_to_event(self.model.event_index(event_id))
        )
        self.sources_panel = SourcesPanel(self.model, self.selection, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.sources_panel)
        self.sources_panel.sig_new_event_requested.connect(self.new_event_from_passage)
        self.sources_panel.sig_reanchor_requested.connect(self.reanchor_to_passage)
        self.sources_panel.other_passage = self.detail_pane.selected_passage
        self.sources_panel.sig_message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.detail_pane.passage_actions = [self.sources_panel.new_event_action, self.sources_panel.reanchor_action]
        self.detail_pane.source_text.selectionChanged.connect(self.sources_panel.update_passage_actions)

        self.actions = create_actions(self)
        self._build_menus()
        self._build_toolbar()
        self.status_counts = QLabel()
        self.statusBar().addPermanentWidget(self.status_counts)
        self.setAcceptDrops(True)

        self.model.sig_reset.connect(self._on_document_reset)
        self.view_filter.sig_changed.connect(self._remember_filters)
        self.model.sig_changed.connect(self._on_document_changed)
        self.selection.sig_changed.connect(self._update_selection_actions)
        self.timeline.sig_new_event_requested.connect(self.new_event_at)
        self.timeline.sig_event_activated.connect(lambda _id: self.detail_pane.focus_title())
        self.timeline.lane_axis.sig_context_menu.connect(self._lane_context_menu)
        self.setWindowIcon(QIcon(str(resource_path("icons", "inroads.svg"))))
        self.resize(1440, 900)
        self._restore_window_state()
        self._on_document_reset()
        self.autosaver = Autosaver(
            self.model,
            RecoveryStore(default_recovery_dir()),
            is_dirty=self.is_dirty,
            disk_stamp=lambda: self.disk_stamp,
            parent=self,
        )
        self.autosave_status = AutosaveStatus(self, self.autosaver)

    # -- construction ------------------------------------------------------------------------

    def _build_menus(self) -> None:
        actions = self.actions
        actions.new.triggered.connect(self.new_file)
        actions.open.triggered.connect(self.choose_and_open)
        actions.save.triggered.connect(self.save)
        actions.save_as.triggered.connect(self.save_as)
        actions.reload.triggered.connect(self.reload)
        actions.quit.triggered.connect(self.close)
        actions.new_event.triggered.connect(lambda: self.new_event_at())
        actions.duplicate.triggered.connect(self.duplicate_selection)
        actions.delete.triggered.connect(self.delete_selection)
        actions.select_all.triggered.connect(lambda: self.selection.set_ids(e.id for e in self.model.document.events))
        actions.fit_all.triggered.connect(self.timeline.fit_all)
        actions.zoom_in.triggered.connect(lambda: self.timeline.zoom(0.6))
        actions.zoom_out.triggered.connect(lambda: self.timeline.zoom(1 / 0.6))
        actions.clear_selection.triggered.connect(self.selection.clear)
        actions.add_lane.triggered.connect(lambda: self.show_lane_manager())
        actions.manage_sources.triggered.connect(self.show_source_manager)
        actions.timeline_details.triggered.connect(lambda: TimelineDetailsDialog(self.model, self).exec())

        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(actions.new)
        file_menu.addAction(actions.open)
        self.recent_menu = QMenu("Open &Recent", self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(actions.reload)
        file_menu.addSeparator()
        file_menu.addAction(actions.save)
        file_menu.addAction(actions.save_as)
        file_menu.addSeparator()
        self.import_export = ImportExport(self)
        import_menu = file_menu.addMenu("&Import")
        import_menu.addAction("TimelineJS file…", lambda: self.import_export.import_timelinejs())
        import_menu.addAction("CSV rows into this timeline…", lambda: self.import_export.import_csv())
        export_menu = file_menu.addMenu("&Export")
        export_menu.addAction("TimelineJS…", lambda: self.import_export.export("timelinejs"))
        export_menu.addAction("CSV…", lambda: self.import_export.export("csv"))
        export_menu.addSeparator()
        export_menu.addAction("Picture of the Whole Timeline…", lambda: self.import_export.export_picture(whole=True))
        export_menu.addAction("Picture of the Current View…", lambda: self.import_export.export_picture(whole=False))
        print_action = file_menu.addAction("&Print…", self.print_timeline)
        print_action.setShortcut(QKeySequence.StandardKey.Print)
        file_menu.addSeparator()
        file_menu.addAction(actions.quit)

        self.undo_action = self.undo_group.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, "&Redo")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(actions.new_event)
        edit_menu.addAction(actions.duplicate)
        edit_menu.addAction(actions.delete)
        edit_menu.addAction(self.sources_panel.new_event_action)
        copy_citation = edit_menu.addAction("Copy as &Citation", self.copy_citation)
        copy_citation.setShortcut(QKeySequence("Ctrl+Shift+C"))
        copy_citation.setStatusTip("Copy the selected event as Markdown: title, date, quote and source")
        edit_menu.addSeparator()
        edit_menu.addAction(actions.select_all)
        edit_menu.addAction(actions.clear_selection)
        edit_menu.addSeparator()
        edit_menu.addAction(actions.add_lane)
        edit_menu.addAction(actions.manage_sources)
        edit_menu.addAction(actions.timeline_details)
        self.edit_menu = edit_menu

        find = self.edit_menu.addAction("&Find…")
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.search_bar.focus_search)
        self.find_action = find

        view_menu = self.menuBar().addMenu("&View")
        lanes_by_menu = view_menu.addMenu("Lanes &By")
        self.lanes_by_actions = QActionGroup(self)
        for value, label in LANES_BY_LABELS.items():
            action = lanes_by_menu.addAction(label)
            action.setCheckable(True)
            action.setData(value)
            action.setChecked(value == "manufacturer")
            self.lanes_by_actions.addAction(action)
            action.triggered.connect(lambda _checked=False, v=value: self.filter_panel.set_lanes_by(v))
        self.model.sig_layout_changed.connect(self._sync_lanes_by_actions)
        view_menu.addSeparator()
        view_menu.addAction(actions.fit_all)
        view_menu.addAction(actions.zoom_in)
        view_menu.addAction(actions.zoom_out)
        view_menu.addSeparator()
        view_menu.addAction(self.detail_pane.toggleViewAction())
        filters_toggle = self.filter_panel.toggleViewAction()
        filters_toggle.setText("&Filters")
        view_menu.addAction(filters_toggle)
        table_toggle = self.table_dock.toggleViewAction()
        table_toggle.setText("Event &Table")
        table_toggle.setShortcut(QKeySequence("Ctrl+T"))
        view_menu.addAction(table_toggle)
        sources_toggle = self.sources_panel.toggleViewAction()
        sources_toggle.setText("&Sources")
        view_menu.addAction(sources_toggle)

        help_menu = self.menuBar().addMenu("&Help")
        self.getting_started_action = help_menu.addAction("&Getting Started", self.show_getting_started)
        self.getting_started_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        help_menu.addSeparator()
        self.about_action = help_menu.addAction("&About Inroads", self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu = help_menu

    def _build_toolbar(self) -> None:
        toolbar = QToolBar("Main")
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        for action in (self.actions.open, self.actions.save):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.actions.new_event)
        toolbar.addSeparator()
        for action in (self.actions.fit_all, self.actions.zoom_in, self.actions.zoom_out):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

    # -- the document's lifecycle ------------------------------------------------------------

    def is_dirty(self) -> bool:
        return not self.model.undo_stack.isClean()

    def maybe_save(self) -> bool:
        """Before the document goes away: True when it may (saved, discarded, or unchanged)."""
        if not self.is_dirty():
            return True
        choice = prompts.ask_save_changes(self, self.model.display_name())
        if choice is prompts.Choice.SAVE:
            return self.save()
        if choice is prompts.Choice.DISCARD:
            self._discard_recovery()
            return True
        return False

    def new_file(self) -> None:
        if not self.maybe_save():
            return
        self.selection.clear()
        self._watch(None)
        self.disk_stamp = None
        self._restoring_filters = True
        self.model.set_document(new_document("Untitled timeline"), None)
        self._restore_filters()

    def open_path(self, path: str | Path, ask_to_save: bool = True) -> bool:
        """Load a file; on failure show every problem and keep the current document."""
        if ask_to_save and not self.maybe_save():
            return False
        return self._load(Path(path))

    def _load(self, path: Path) -> bool:
        """Read ``path`` and show it; on failure or cancel the current document stays as it was."""
        if self._background_load is not None:
            self._background_load.cancel()  # the newest request wins
        progress = LoadProgressDialog(path, self) if self._loads_in_background(path) else None
        layout = None
        try:
            if progress is not None:
                outcome, layout = self._read_in_background(path, progress)
            else:
                try:
                    outcome = read_document(path)
                except LoadError as error:
                    outcome = error
            if isinstance(outcome, LoadResult):
                if progress is not None:
                    progress.show_laying_out()
                self._show_loaded(path, outcome, layout)
                if progress is not None:
                    release_freed_memory()
                return True
        finally:
            if progress is not None:
                progress.finish()
        if self.is_dirty():
            self.autosaver.schedule()  # "Save changes?" may have discarded its recovery file
        if outcome is None:
            self.statusBar().showMessage(f"Opening {path.name} was cancelled", 8000)
            return False
        self.last_load_error = error = outcome
        if path.resolve() in self.recent.paths() and not path.exists():
            self.recent.remove(path.resolve())
            self.statusBar().showMessage(f"{path.name} no longer exists; removed from recent files", 8000)
        if self.show_dialogs:
            LoadErrorDialog(error, self).exec()
        return False

    def _loads_in_background(self, path: Path) -> bool:
        try:
            return path.stat().st_size > self.background_load_bytes
        except OSError:
            return False  # read_document says what is wrong

    def _read_in_background(
        self, path: Path, progress: LoadProgressDialog
    ) -> tuple[LoadResult | LoadError | None, TimelineLayout | None]:
        """Read (and lay out) in a worker thread while the window stays live.

        Gives the outcome (None if cancelled, or another open took over) and the layout the worker
        built for a loaded document (None otherwise).
        """
        lanes_by, state = self._saved_view(path.resolve())
        load = BackgroundLoad(path, lanes_by, state.hidden_lanes)
        load.sig_progress.connect(progress.show_progress)
        progress.sig_cancelled.connect(load.cancel)
        self._background_load = load
        try:
            load.start()
            wait_for(load)
        finally:
            if self._background_load is load:
                self._background_load = None
        if load.unexpected is not None:
            raise load.unexpected
        outcome = load.outcome
        return outcome, (load.layout if isinstance(outcome, LoadResult) else None)

    def _show_loaded(self, path: Path, result: LoadResult, layout: TimelineLayout | None = None) -> None:
        self.last_load_error = None
        self.selection.clear()
        self.disk_stamp = result.stamp
        self._restoring_filters = True  # the old view's filters must not be saved under the new file
        # Open straight into the view last used for this file: the layout is built once, not twice.
        lanes_by, state = self._saved_view(path.resolve())
        self.model.set_document(
            result.document,
            path.resolve(),
            result.warnings,
            lanes_by=lanes_by,
            hidden_lanes=state.hidden_lanes,
            layout=layout,
        )
        self._restore_filters()
        self._watch(path.resolve())
        self.info_bar.hide_message()
        if self.persist_state:
            self.recent.add(path)
        if result.warnings:
            self.statusBar().showMessage(
                f"Opened {path.name} with {_count(len(result.warnings), 'warning')}: {result.warnings[0].describe()}",
                10000,
            )

    def choose_and_open(self) -> None:
        start = str(self.model.path.parent) if self.model.path else ""
        name, _ = QFileDialog.getOpenFileName(self, "Open timeline", start, FILE_FILTER)
        if name:
            self.open_path(name)

    def adopt_imported_document(self, document, warnings, source_name: str) -> None:
        """An imported document becomes a new, unsaved timeline (Save asks where)."""
        self.selection.clear()
        self._watch(None)
        self.disk_stamp = None
        self._restoring_filters = True
        self.model.set_document(document, None, warnings)
        self._restore_filters()
        self.model.undo_stack.resetClean()  # unsaved: closing asks
        self._update_title()
        if warnings:
            self.statusBar().showMessage(f"Imported {source_name} with {_count(len(warnings), 'warning')}", 10000)

    def reload(self) -> None:
        """Read the file again; unsaved changes are given up only after asking."""
        if self.model.path is None:
            return
        if self.is_dirty() and prompts.ask_save_changes(self, self.model.display_name()) is prompts.Choice.CANCEL:
            return
        self._reload_from_disk()

    def _reload_from_disk(self) -> None:
        current = self.selection.ids
        if self._load(self.model.path):
            self.selection.set_ids(i for i in current if self.model.find_event(i))

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> bool:
        if self.model.path is None:
            return self.save_as()
        return self._save_to(self.model.path, check_disk=True)

    def save_as(self) -> bool:
        start = str(self.model.path) if self.model.path else "timeline.json"
        name, _ = QFileDialog.getSaveFileName(self, "Save timeline as", start, FILE_FILTER)
        if not name:
            return False
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".json")
        return self._save_to(path, check_disk=False)

    def _save_to(self, path: Path, check_disk: bool) -> bool:
        """Write atomically; never over a file that changed on disk, or a read-only one, without asking.

        Saving to the file that was opened (``check_disk``) replaces that path: a symbolic link
        put there since is replaced, never written through. (A file opened through a link was
        opened as the link's target, ``model.path``, so saving writes the target.) Save As
        onto a link writes the link's target, as editors do.
        """
        follow_symlinks = not check_disk
        in_the_way = kind_in_the_way(path, follow_symlinks=follow_symlinks)
        if in_the_way is not None:
            reason = f"“{path.name}” is now {in_the_way}, not a file. Use Save As to save elsewhere."
            return self._tell_save_failed(path, OSError(errno.EEXIST, reason))
        if check_disk and self.disk_stamp is not None:
            if not path.exists():
                if not prompts.ask_recreate(self, path.name):
                    return False
            elif self.disk_stamp.changed_on_disk(path):
                choice = prompts.ask_disk_conflict(self, path.name)
                if choice is prompts.Choice.RELOAD:
                    # The user chose to drop the changes: they go only if the reload succeeds.
                    self._reload_from_disk()
                    return False
                if choice is not prompts.Choice.OVERWRITE:
                    return False
        if is_read_only(path) and not prompts.ask_save_read_only(self, path.name):
            return False
        try:
            stamp = write_document(self.model.document, path, follow_symlinks=follow_symlinks)
        except OSError as error:
            return self._tell_save_failed(path, error)
        self.disk_stamp = stamp
        self.model.path = path.resolve()
        self.model.undo_stack.setClean()
        self._watch(self.model.path)
        self.info_bar.hide_message()
        self._discard_recovery()
        if self.persist_state:
            self.recent.add(path)
        self._update_title()
        self.statusBar().showMessage(f"Saved {path.name}", 4000)
        return True

    def _tell_save_failed(self, path: Path, error: OSError) -> bool:
        """Say plainly that the save failed and why (dialog and status bar); False, for the caller to return."""
        reason = error.strerror or str(error)
        if self.show_dialogs:
            prompts.tell_save_failed(self, path.name, reason)
        self.statusBar().showMessage(f"Could not save {path.name}: {self._save_failure_advice(error)}", 30000)
        return False

    @staticmethod
    def _save_failure_advice(error: OSError) -> str:
        """Why a save failed and what to do, for the status bar (the dialog gives the system's words)."""
        reason = error.strerror or str(error)
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return f"the disk is full ({reason}). Free some space and save again, or use Save As to save elsewhere."
        if error.errno == errno.EIO:
            return f"the disk reported an error while writing ({reason}). Use Save As to save on another disk."
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return f"Inroads may not write there ({reason}). Use Save As to save elsewhere."
        return reason

    def _discard_recovery(self) -> None:
        """The recovery file is no longer needed: the changes were saved or discarded."""
        self.autosaver.discard()

    # -- changes on disk ---------------------------------------------------------------------

    def _watch(self, path: Path | None) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        if path is not None and path.exists():
            self.watcher.addPath(str(path))

    def _on_file_changed_on_disk(self, name: str) -> None:
        path = self.model.path
        if path is None or Path(name) != path:
            return
        # Editors and git replace files atomically, which ends the watch: watch the new file.
        self._rewatch_timer.start()
        if self.disk_stamp is None or not self.disk_stamp.changed_on_disk(path):
            return  # our own save, or a touch
        if path.exists():
            self.info_bar.show_message(
                f"“{path.name}” changed on disk.",
                [("Reload", self._reload_from_disk), ("Keep mine", self._keep_mine)],
            )
        else:
            self.info_bar.show_message(f"“{path.name}” was deleted or moved on disk.", [("Keep mine", self._keep_mine)])

    def _keep_mine(self) -> None:
        """Keep the open version; the next save will still ask before overwriting."""
        self.info_bar.hide_message()

    # -- editing -----------------------------------------------------------------------------

    def new_event_at(self, lane_id: str | None = None, day: float | None = None) -> None:
        """Add an event (in the given lane and at the given day, or near the current selection or view)."""
        from gui.core.document.dates import Precision, date_at_day

        document = self.model.document
        if not document.lanes:
            self.model.push(edits.add_lane(document, "New lane"))
            document = self.model.document
        if lane_id is None:
            current = self.model.find_event(self.selection.current) if self.selection.current else None
            lane_id = current.lane if current else document.lanes[0].id
        if day is None:
            first, last = self.timeline.visible_days()
            day = (first + last) / 2
        start = date_at_day(int(day), Precision.DAY).edtf()
        edit = edits.add_event(document, lane_id, start, "New event", index=self.model.layout.id_to_index)
        self.model.push(edit)
        self.selection.select(edit.events[0].id)
        self.detail_pane.focus_title()

    def delete_selection(self) -> None:
        ids = [i for i in self.selection.ids if self.model.find_event(i)]
        if ids:
            self.selection.clear()
            self.model.push(edits.delete_events(self.model.document, ids, index=self.model.layout.id_to_index))

    def duplicate_selection(self) -> None:
        ids = [i for i in self.selection.ids if self.model.find_event(i)]
        if ids:
            edit = edits.duplicate_events(self.model.document, ids, index=self.model.layout.id_to_index)
            self.model.push(edit)
            self.selection.set_ids(e.id for e in edit.events)

    def _update_selection_actions(self) -> None:
        has_selection = bool(self.selection.ids)
        self.actions.delete.setEnabled(has_selection)
        self.actions.duplicate.setEnabled(has_selection)

    def show_lane_manager(self, lane_id: str | None = None) -> LaneManagerDialog:
        dialog = LaneManagerDialog(self.model, self)
        if lane_id:
            dialog.select_lane(lane_id)
        dialog.show()
        return dialog

    def show_source_manager(self) -> SourcesPanel:
        """Edit ▸ Sources…: the Sources dock, shown and in front."""
        self.sources_panel.show()
        self.sources_panel.raise_()
        self.sources_panel.source_list.setFocus()
        return self.sources_panel

    def new_event_from_passage(self, source_id: str, start: int, end: int) -> str | None:
        """Open the event form prefilled from ``text[start:end]`` of a source; add the event if confirmed.

        Returns the new event's id, or None when the user cancelled.
        """
        from gui.core.evidence.extract import suggest_event

        source = self.model.source(source_id)
        if source is None or not source.text[start:end].strip():
            return None
        document = self.model.document
        suggestion = suggest_event(document, source, start, end)
        dialog = NewEventDialog(document, suggestion, self.model.layout.kinds, self.model.layout.statuses, parent=self)
        if dialog.exec() != NewEventDialog.DialogCode.Accepted:
            return None
        records = dialog.events_fields()
        new_lane = dialog.new_lane_name()
        if new_lane is None:
            edit = adding = edits.add_events(document, records, index=self.model.layout.id_to_index)
        else:
            # A lane typed in the form: made in the same undo step as the event.
            lane_edit = edits.add_lane(document, new_lane)
            records[0]["lane"] = lane_edit.lane.id
            adding = edits.add_events(document, records, index=self.model.layout.id_to_index)
            edit = edit_types.CompositeEdit(adding.label, [lane_edit, adding])
        self.model.push(edit)
        new_id = adding.events[0].id
        self.selection.set_ids(event.id for event in reversed(adding.events))  # the first one is current
        self.timeline.zoom_to_event(self.model.event_index(new_id))
        self.statusBar().showMessage(f"Added “{adding.events[0].title}” from the passage", 4000)
        return new_id

    def reanchor_to_passage(self, source_id: str, start: int, end: int) -> bool:
        """Make ``text[start:end]`` of a source the quote of the current event's evidence (one undo step)."""
        event = self.model.find_event(self.selection.current) if self.selection.current else None
        source = self.model.source(source_id)
        if event is None or source is None:
            return False
        edit = edits.reanchor_evidence(self.model.document, event.id, source, start, end)
        if edit is None:
            return False
        self.model.push(edit)
        return True

    def copy_citation(self) -> str:
        """The current event as a Markdown citation, on the clipboard."""
        event = self.model.find_event(self.selection.current) if self.selection.current else None
        if event is None:
            return ""
        text = citation_markdown(self.model.document, event)
        QGuiApplication.clipboard().setText(text)
        self.statusBar().showMessage("Copied the citation", 3000)
        return text

    def print_timeline(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from gui.app.export.picture_export import print_timeline

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QPrintDialog.DialogCode.Accepted:
            print_timeline(self.model, printer)

    def show_getting_started(self) -> GettingStartedDialog:
        dialog = self.findChild(GettingStartedDialog, "getting_started_dialog")
        if dialog is None:
            dialog = GettingStartedDialog(self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self, settings=self.settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _lane_context_menu(self, lane_id: str, global_position) -> None:
        """Right-click on a lane's name: the lane operations, right there."""
        manager = LaneManagerDialog(self.model, self)
        manager.select_lane(lane_id)
        menu = QMenu(self)
        menu.addAction("Rename…", manager.ask_rename)
        menu.addAction("Colour…", manager.ask_colour)
        menu.addAction("Move Up", lambda: manager.move_lane(lane_id, -1))
        menu.addAction("Move Down", lambda: manager.move_lane(lane_id, 1))
        menu.addSeparator()
        menu.addAction("Delete Lane…", manager.ask_delete)
        menu.addAction("Add Lane…", manager.ask_add)
        menu.exec(global_position)
        manager.deleteLater()

    # -- recent files ------------------------------------------------------------------------

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for number, path in enumerate(paths, 1):
            action = self.recent_menu.addAction(f"&{number % 10} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_recent(p))
        if not paths:
            self.recent_menu.addAction("No recent files").setEnabled(False)

    def open_recent(self, path: Path) -> bool:
        if not path.exists():
            self.recent.remove(path)
            self.statusBar().showMessage(f"{path} no longer exists; removed from the recent files", 8000)
            return False
        return self.open_path(path)

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
            self.open_path(path)

    # -- window state ------------------------------------------------------------------------

    def _on_document_reset(self) -> None:
        self.undo_group.addStack(self.model.undo_stack)
        self.undo_group.setActiveStack(self.model.undo_stack)
        self.model.undo_stack.cleanChanged.connect(self._update_title)
        self._update_title()
        self._update_status()
        self._update_selection_actions()

    # -- filters per file ----------------------------------------------------------------------

    def _filters_key(self, path: Path | None = None) -> str | None:
        path = path or self.model.path
        if path is None:
            return None
        digest = hashlib.sha1(str(path).encode("utf-8")).hexdigest()[:16]
        return f"filters/{digest}"

    def _remember_filters(self) -> None:
        """Filters belong to the user's view of a file: kept in QSettings, never in the file."""
        key = self._filters_key()
        if key is None or not self.persist_state or self._restoring_filters:
            return
        data = {
            "state": self.view_filter.state.to_json(),
            "lanes_by": self.model.lanes_by,
            "path": str(self.model.path),
        }
        self.settings.setValue(key, json.dumps(data))

    def _saved_view(self, path: Path | None) -> tuple[str, FilterState]:
        """What lanes stood for and the filters when ``path`` was last open (defaults when never)."""
        key = self._filters_key(path)
        raw = self.settings.value(key) if key else None
        try:
            data = json.loads(raw) if isinstance(raw, str) else {}
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        lanes_by = data.get("lanes_by")
        return (lanes_by if lanes_by in LANES_BY_LABELS else "manufacturer"), FilterState.from_json(data.get("state"))

    def _restore_filters(self) -> None:
        lanes_by, state = self._saved_view(self.model.path)
        self._restoring_filters = True
        try:
            self.model.set_view(lanes_by=lanes_by, hidden_lanes=state.hidden_lanes)
            self.view_filter.set_state(state)
        finally:
            self._restoring_filters = False

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
            text += " · " + _count(len(self.model.warnings), "warning")
        self.status_counts.setText(text)

    def _restore_window_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is None or not self.restoreState(state):
            # First run: give the detail pane and the sources a comfortable reading width.
            self.resizeDocks(
                [self.detail_pane, self.sources_panel],
                [DETAIL_PANE_WIDTH, SOURCES_PANEL_WIDTH],
                Qt.Orientation.Horizontal,
            )

    def save_window_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._background_load is not None:
            # Closing stops a load: the document shown is the one to save or discard.
            self._background_load.cancel()
            self._background_load.wait()
        if not self.maybe_save():
            event.ignore()
            return
        if self.persist_state:
            self.save_window_state()
        super().closeEvent(event)
