"""After a crash: offer the unsaved changes the last run left in recovery files.

``offer_recovery(window)`` is called once at start-up, after the window shows.
It lists the recovery files whose Inroads is no longer running, with the file
they belong to and when they were saved; the user restores one, discards
them, or decides later (they are offered again at the next start).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from gui.core.storage.diskstamp import DiskStamp
from gui.core.document.problems import LoadError
from gui.core.storage.recovery import RecoveryEntry, RecoveryStore, UnreadableRecovery, describe_saved_at
from gui.core.storage.recovery_tidy import tidy_recovery_folder

__all__ = ["RecoveryDialog", "restore_into", "offer_recovery"]

FILE_COLUMN, FOLDER_COLUMN, SAVED_COLUMN = range(3)


class RecoveryDialog(QDialog):
    """Lists recovered changes: Restore one, Discard one, or Decide Later.

    After ``exec()``, ``chosen`` is the entry to restore (None for Decide Later).
    Discard deletes the selected recovery file at once (after asking, unless
    ``ask_before_discard`` is False) and keeps the dialog open for the others.
    """

    def __init__(
        self,
        entries: list[RecoveryEntry],
        store: RecoveryStore,
        parent=None,
        unreadable: list[UnreadableRecovery] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle("Recover unsaved changes")
        self.store = store
        self.entries = list(entries)
        self.chosen: RecoveryEntry | None = None
        self.discarded: list[RecoveryEntry] = []
        self.ask_before_discard = True

        heading = QLabel(
            "Inroads did not close properly last time. It kept the unsaved changes to "
            + ("this timeline:" if len(self.entries) == 1 else "these timelines:")
        )
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)

        self.list = QTreeWidget()
        self.list.setObjectName("recovery_list")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(["File", "Folder", "Changes saved"])
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(FILE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FOLDER_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SAVED_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        for entry in self.entries:
            self.list.addTopLevelItem(self._item_for(entry))
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda *_: self.restore_selected())

        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        if unreadable:
            folder = unreadable[0].path.parent
            self.note.setText(
                f"{len(unreadable)} recovery file{'s' * (len(unreadable) != 1)} in {folder} could not be read "
                f"and {'were' if len(unreadable) != 1 else 'was'} left there."
            )
        self.note.setVisible(bool(unreadable))

        self.buttons = QDialogButtonBox()
        self.restore_button: QPushButton = self.buttons.addButton("&Restore", QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button: QPushButton = self.buttons.addButton(
            "&Discard", QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.later_button: QPushButton = self.buttons.addButton(
            "Decide &Later", QDialogButtonBox.ButtonRole.RejectRole
        )
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.later_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        if self.entries:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._update_buttons()
        self.resize(680, 280)

    @staticmethod
    def _item_for(entry: RecoveryEntry) -> QTreeWidgetItem:
        saved = describe_saved_at(entry.saved_at)
        item = QTreeWidgetItem([entry.display_name, entry.folder or "—", saved])
        local = entry.saved_at.astimezone()
        tip = str(entry.original_path) if entry.original_path else "A new timeline that was never saved"
        if entry.title:
            tip += f"\nTimeline: {entry.title}"
        tip += f"\nChanges saved {local.strftime('%Y-%m-%d %H:%M:%S')}"
        if entry.original_path is not None and entry.original_changed():
            exists = entry.original_path.exists()
            tip += "\nThe file changed on disk since." if exists else "\nThe file no longer exists."
        for column in range(3):
            item.setToolTip(column, tip)
        return item

    def selected_entry(self) -> RecoveryEntry | None:
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        return self.entries[self.list.indexOfTopLevelItem(item)]

    def _update_buttons(self) -> None:
        has = self.selected_entry() is not None
        self.restore_button.setEnabled(has)
        self.discard_button.setEnabled(has)

    def restore_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        self.chosen = entry
        self.accept()

    def discard_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or (self.ask_before_discard and not self._confirm_discard(entry)):
            return
        self.store.remove(entry)
        self.discarded.append(entry)
        index = self.entries.index(entry)
        self.list.takeTopLevelItem(index)
        del self.entries[index]
        if not self.entries:
            self.reject()
        self._update_buttons()

    def _confirm_discard(self, entry: RecoveryEntry) -> bool:
        answer = QMessageBox.question(
            self,
            "Discard recovered changes",
            f"Discard the unsaved changes to “{entry.display_name}” for good?",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard


def _stamp_for(entry: RecoveryEntry) -> DiskStamp | None:
    """What the window should believe is on disk, so that saving the restored changes is safe.

    If the file is as it was when the changes were made, its current stamp (a save just
    writes). If it changed since, or is gone, a stamp of the file the changes were based on:
    the save then asks before overwriting (or recreating) it.
    """
    if entry.original_path is None:
        return None
    current = DiskStamp.of_file(entry.original_path) if entry.original_path.is_file() else None
    if current is not None and (entry.original_sha256 is None or current.sha256 == entry.original_sha256):
        return current
    if entry.original_sha256 is not None:
        return DiskStamp(size=-1, mtime_ns=-1, sha256=entry.original_sha256)
    return current


def restore_into(window, entry: RecoveryEntry) -> None:
    """Open the recovered document in the window as unsaved changes to its original file.

    Raises LoadError (leaving the window as it was) when the recovered document does not load.
    The caller has already dealt with the window's own unsaved changes (``maybe_save``).
    Once the window's autosaver holds the changes in a recovery file of its own, the old one
    is removed; without an autosaver it stays (and is offered again), so nothing is lost.
    """
    result = entry.load_result()
    window.selection.clear()
    window.model.set_document(result.document, entry.original_path, result.warnings)
    window.model.undo_stack.resetClean()  # not clean and no way back to clean: the changes are unsaved
    window.files.disk_stamp = _stamp_for(entry)
    window.files.disk_watch.watch(entry.original_path)
    when = describe_saved_at(entry.saved_at)
    message = f"Recovered the unsaved changes to “{entry.display_name}” from {when}. Save to keep them."
    if entry.original_path is not None and entry.original_changed():
        if entry.original_path.exists():
            message += " The file changed on disk since: saving will ask before overwriting it."
        else:
            message += " The file no longer exists."
    window.info_bar.show_message(message, [])
    window.statusBar().showMessage(f"Recovered {entry.display_name}", 8000)
    autosaver = getattr(window.files, "autosaver", None)
    if autosaver is not None:
        written = autosaver.save_now()
        if written is not None and written != entry.path:
            autosaver.store.remove(entry)


def offer_recovery(window, store: RecoveryStore | None = None) -> RecoveryEntry | None:
    """At start-up: tidy the recovery folder, show the recovered changes, if any, and restore the one picked.

    Tidying finishes the renames that killed autosaves missed (so those changes are offered
    too) and removes their half-written files. With nothing to offer, recovery files that
    could not be read are mentioned in the window, with their folder.
    """
    if store is None:
        autosaver = getattr(window.files, "autosaver", None)
        if autosaver is not None:
            store = autosaver.store
        else:
            from gui.app.document.autosave import default_recovery_dir

            store = RecoveryStore(default_recovery_dir())
    tidy_recovery_folder(store)
    scan = store.scan()
    if not scan.pending:
        status = getattr(window, "autosave_status", None)
        if status is not None:
            status.show_unreadable(scan.unreadable)
        return None
    if not window.show_dialogs:
        return None
    dialog = RecoveryDialog(scan.pending, store, window, scan.unreadable)
    dialog.exec()
    entry = dialog.chosen
    dialog.deleteLater()
    if entry is None or not window.maybe_save():
        return None
    try:
        restore_into(window, entry)
    except LoadError as error:
        from gui.app.dialogs.load_error_dialog import LoadErrorDialog

        window.files.last_load_error = error
        LoadErrorDialog(error, window).exec()
        return None
    return entry
