"""The window's files: new, open, save, save as, reload, recent files, and the autosave and disk watch they wire."""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from gui.app.dialogs.load_error_dialog import REPAIR, LoadErrorDialog
from gui.app.document.autosave import Autosaver, default_recovery_dir
from gui.app.document.document_model import DocumentModel
from gui.app.document.loading import (
    BackgroundLoad,
    LoadProgressDialog,
    background_load_bytes,
    release_freed_memory,
    run_in_background,
)
from gui.app.document.recent_files import RecentFiles
from gui.app.document.repair_check import RepairCheck
from gui.app.document.selection import EventSelection
from gui.app.document.view_filter import ViewFilter
from gui.app.window import prompts
from gui.app.window.disk_watch import DiskWatch
from gui.app.window.filter_memory import FilterMemory
from gui.app.window.info_bar import InfoBar
from gui.app.window.save_refusal import refuses_save
from gui.app.window.trim_after_paint import TrimAfterPaint
from gui.core.document.model import new_document
from gui.core.document.problems import LoadError
from gui.core.storage.diskstamp import DiskStamp
from gui.core.storage.fileformat import LoadResult, read_document
from gui.core.storage.fileformat_write import write_document
from gui.core.storage.locations import copy_label
from gui.core.storage.recovery import RecoveryStore
from gui.core.storage.regular_file import is_read_only, kind_in_the_way
from gui.core.view.layout import TimelineLayout

__all__ = ["FILE_FILTER", "FileController", "save_failure_advice"]

FILE_FILTER = "Inroads timelines (*.json);;All files (*)"


def _save_as_start(model: DocumentModel) -> Path:
    """Where Save As starts for an untitled document: the user's documents folder, under the copy's name."""
    from PySide6.QtCore import QStandardPaths

    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
    name = (model.untitled_name or "timeline.json").split(" (")[0]
    return folder / name


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' * (n != 1)}"


class FileController(QObject):
    """Reads and writes the window's document, never over a file that changed on disk without asking."""

    sig_message = Signal(str, int)
    """A status-bar message, and for how many milliseconds to show it."""
    sig_title_changed = Signal()
    """The file's name or saved state changed without an undo step: the window's title follows."""

    def __init__(
        self,
        model: DocumentModel,
        selection: EventSelection,
        view_filter: ViewFilter,
        settings: QSettings,
        info_bar: InfoBar,
        window: QWidget,
        recovery: RecoveryStore | None = None,
    ) -> None:
        super().__init__(window)
        self.model = model
        self.selection = selection
        self.info_bar = info_bar
        #: The parent of the file dialogs, prompts and load errors.
        self.window = window
        self.trim_after_paint = TrimAfterPaint(window)
        self.recent = RecentFiles(settings)
        #: False in tests: a failed load or save is not shown in a dialog (``last_load_error`` says it).
        self.show_dialogs = True
        #: False in --screenshot mode: a render must not change the user's recent files or filters.
        self.persist_state = True
        self.filters = FilterMemory(settings, model, view_filter, lambda: self.persist_state, self)
        #: What the file looked like when last read or written; None for a new document.
        self.disk_stamp: DiskStamp | None = None
        #: Set when a load fails; tests and the screenshot mode read it instead of a modal dialog.
        self.last_load_error: LoadError | None = None
        #: What the window shows when a load fails (None: the current document, unchanged).
        self.instead_of_failed: str | None = None
        self.repair = RepairCheck(model)
        #: Files larger than this load in a worker thread, with a progress dialog.
        self.background_load_bytes = background_load_bytes()
        self.background_load: BackgroundLoad | None = None
        self.disk_watch = DiskWatch(model, info_bar, lambda: self.disk_stamp, self.reload_from_disk, self)
        self.autosaver = Autosaver(
            model,
            recovery if recovery is not None else RecoveryStore(default_recovery_dir()),
            is_dirty=self.is_dirty,
            disk_stamp=lambda: self.disk_stamp,
            parent=self,
        )

    # -- the document's lifecycle ------------------------------------------------------------

    def is_dirty(self) -> bool:
        return not self.model.undo_stack.isClean()

    def maybe_save(self) -> bool:
        """Before the document goes away: True when it may (saved, discarded, or unchanged)."""
        if not self.is_dirty():
            return True
        choice = prompts.ask_save_changes(self.window, self.model.display_name())
        if choice is prompts.Choice.SAVE:
            return self.save()
        if choice is prompts.Choice.DISCARD:
            self.autosaver.discard()  # the changes were given up: their recovery file goes too
            return True
        return False

    def new_file(self) -> None:
        if not self.maybe_save():
            return
        self.selection.clear()
        self.disk_watch.watch(None)
        self.disk_stamp = None
        self.filters.pause()
        self.model.set_document(new_document("Untitled timeline"), None)
        self.filters.restore()

    def open_path(self, path: str | Path, ask_to_save: bool = True) -> bool:
        """Load a file; on failure show every problem and keep the current document."""
        if ask_to_save and not self.maybe_save():
            return False
        return self.load(Path(path))

    def choose_and_open(self) -> None:
        start = str(self.model.path.parent) if self.model.path else ""
        name, _ = QFileDialog.getOpenFileName(self.window, "Open timeline", start, FILE_FILTER)
        if name:
            self.open_path(name)

    def load(self, path: Path, repair: bool = False) -> bool:
        """Read ``path`` and show it (``repair``: with its errors, see ``read_document``); on failure or
        cancel the current document stays as it was."""
        if self.background_load is not None:
            self.background_load.cancel()  # the newest request wins
        progress = LoadProgressDialog(path, self.window) if self._loads_in_background(path) else None
        layout = None
        try:
            if progress is not None:
                outcome, layout = self._read_in_background(path, progress, repair)
            else:
                try:
                    outcome = read_document(path, repair=repair)
                except LoadError as error:
                    outcome = error
            if isinstance(outcome, LoadResult):
                if progress is not None:
                    progress.show_laying_out()
                self._show_loaded(path, outcome, layout)
                if progress is not None:
                    release_freed_memory()
                self.trim_after_paint.arm()  # and what painting the new document frees
                return True
        finally:
            if progress is not None:
                progress.finish()
        if self.is_dirty():
            self.autosaver.schedule()  # "Save changes?" may have discarded its recovery file
        if outcome is None:
            self.sig_message.emit(f"Opening {path.name} was cancelled", 8000)
            return False
        self.last_load_error = error = outcome
        if path.resolve() in self.recent.paths() and not path.exists():
            self.recent.remove(path.resolve())
            self.sig_message.emit(f"{path.name} no longer exists; removed from recent files", 8000)
        if self.show_dialogs:
            dialog = LoadErrorDialog(error, self.window, self.instead_of_failed, offer_repair=not repair)
            if dialog.exec() == REPAIR:
                return self.load(path, repair=True)
        return False

    def _loads_in_background(self, path: Path) -> bool:
        try:
            return path.stat().st_size > self.background_load_bytes
        except OSError:
            return False  # read_document says what is wrong

    def _read_in_background(
        self, path: Path, progress: LoadProgressDialog, repair: bool
    ) -> tuple[LoadResult | LoadError | None, TimelineLayout | None]:
        """Read (and lay out, for the view last used for it) in a worker thread; see ``run_in_background``."""
        lanes_by, state = self.filters.saved_view(path.resolve())
        self.background_load = load = BackgroundLoad(path, lanes_by, state.hidden_lanes, repair)
        try:
            return run_in_background(load, progress)
        finally:
            if self.background_load is load:
                self.background_load = None

    def _show_loaded(self, path: Path, result: LoadResult, layout: TimelineLayout | None = None) -> None:
        self.last_load_error = None
        self.selection.clear()
        # The bundled sample, a file inside the installation or in a folder the user can't write is a
        # template, never a target: it opens as an untitled copy, and Save asks where to put it.
        copy = copy_label(path)
        self.disk_stamp = None if copy else result.stamp
        self.filters.pause()
        # Open straight into the view last used for this file: the layout is built once, not twice.
        lanes_by, state = self.filters.saved_view(path.resolve())
        self.model.set_document(
            result.document,
            None if copy else path.resolve(),
            result.errors + result.warnings,
            lanes_by=lanes_by,
            hidden_lanes=state.hidden_lanes,
            layout=layout,
            untitled_name=f"{path.name} ({copy})" if copy else None,
        )
        self.filters.restore()
        self.disk_watch.watch(None if copy else path.resolve())
        self.info_bar.hide_message()
        if self.persist_state and not copy:
            self.recent.add(path)
        if result.errors:
            self.sig_message.emit(f"Opened {path.name} for repair: {_count(len(result.errors), 'error')} to fix", 10000)
        elif result.warnings:
            self.sig_message.emit(
                f"Opened {path.name} with {_count(len(result.warnings), 'warning')}: {result.warnings[0].describe()}",
                10000,
            )

    def stop_loading(self) -> None:
        """Closing stops a load: the document shown is the one to save or discard."""
        if self.background_load is not None:
            self.background_load.cancel()
            self.background_load.wait()

    def adopt_imported_document(self, document, warnings, source_name: str) -> None:
        """An imported document becomes a new, unsaved timeline (Save asks where)."""
        self.selection.clear()
        self.disk_watch.watch(None)
        self.disk_stamp = None
        self.filters.pause()
        self.model.set_document(document, None, warnings)
        self.filters.restore()
        self.model.undo_stack.resetClean()  # unsaved: closing asks
        self.sig_title_changed.emit()
        if warnings:
            self.sig_message.emit(f"Imported {source_name} with {_count(len(warnings), 'warning')}", 10000)

    def reload(self) -> None:
        """Read the file again; unsaved changes are given up only after asking."""
        if self.model.path is None:
            return
        if self.is_dirty():
            if prompts.ask_save_changes(self.window, self.model.display_name()) is prompts.Choice.CANCEL:
                return
        self.reload_from_disk()

    def reload_from_disk(self) -> None:
        current = self.selection.ids
        if self.load(self.model.path):
            self.selection.set_ids(i for i in current if self.model.find_event(i))

    # -- recent files ------------------------------------------------------------------------

    def fill_recent_menu(self, menu: QMenu) -> None:
        fill_recent_menu(menu, self.recent.paths(), self.open_recent)

    def open_recent(self, path: Path) -> bool:
        if not path.exists():
            self.recent.remove(path)
            self.sig_message.emit(f"{path} no longer exists; removed from the recent files", 8000)
            return False
        return self.open_path(path)

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> bool:
        if refuses_save(self.repair.errors(), self.model, self.show_dialogs and self.window, self.sig_message):
            return False
        if self.model.path is None:
            return self.save_as()
        return self.save_to(self.model.path, check_disk=True)

    def save_as(self) -> bool:
        if refuses_save(self.repair.errors(), self.model, self.show_dialogs and self.window, self.sig_message):
            return False
        start = str(self.model.path) if self.model.path else str(_save_as_start(self.model))
        name, _ = QFileDialog.getSaveFileName(self.window, "Save timeline as", start, FILE_FILTER)
        if not name:
            return False
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".json")
        return self.save_to(path, check_disk=False)

    def save_to(self, path: Path, check_disk: bool) -> bool:
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
        if check_disk and self.disk_stamp is not None and not self._may_replace(path):
            return False
        if is_read_only(path) and not prompts.ask_save_read_only(self.window, path.name):
            return False
        try:
            stamp = write_document(self.model.document, path, follow_symlinks=follow_symlinks)
        except OSError as error:
            return self._tell_save_failed(path, error)
        self.disk_stamp = stamp
        self.model.path = path.resolve()
        self.model.undo_stack.setClean()
        self.disk_watch.watch(self.model.path)
        self.info_bar.hide_message()
        self.autosaver.discard()  # the changes are saved: their recovery file is no longer needed
        if self.persist_state:
            self.recent.add(path)
        self.sig_title_changed.emit()
        self.sig_message.emit(f"Saved {path.name}", 4000)
        return True

    def _may_replace(self, path: Path) -> bool:
        """The opened file is gone or was changed by another writer: ask before writing over it."""
        if not path.exists():
            return prompts.ask_recreate(self.window, path.name)
        if not self.disk_stamp.changed_on_disk(path):
            return True
        choice = prompts.ask_disk_conflict(self.window, path.name)
        if choice is prompts.Choice.RELOAD:
            self.reload_from_disk()  # the user chose to drop the changes: they go only if the reload succeeds
            return False
        return choice is prompts.Choice.OVERWRITE

    def _tell_save_failed(self, path: Path, error: OSError) -> bool:
        """Say plainly that the save failed and why (dialog and status bar); False, for the caller to return."""
        reason = error.strerror or str(error)
        if self.show_dialogs:
            prompts.tell_save_failed(self.window, path.name, reason)
        self.sig_message.emit(f"Could not save {path.name}: {save_failure_advice(error)}", 30000)
        return False


def fill_recent_menu(menu: QMenu, paths: list[Path], open_recent) -> None:
    """File ▸ Open Recent: numbered entries with the whole path in their tips, or a disabled "No recent files"."""
    menu.clear()
    for number, path in enumerate(paths, 1):
        action = menu.addAction(f"&{number % 10} {path.name}")
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.triggered.connect(lambda _checked=False, p=path: open_recent(p))
    if not paths:
        menu.addAction("No recent files").setEnabled(False)


def save_failure_advice(error: OSError) -> str:
    """Why a save failed and what to do, for the status bar (the dialog gives the system's words)."""
    reason = error.strerror or str(error)
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"the disk is full ({reason}). Free some space and save again, or use Save As to save elsewhere."
    if error.errno == errno.EIO:
        return f"the disk reported an error while writing ({reason}). Use Save As to save on another disk."
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Inroads may not write there ({reason}). Use Save As to save elsewhere."
    return reason
