"""Autosave: unsaved changes go to a recovery file shortly after each edit.

The Autosaver watches one DocumentModel. Every change restarts a single-shot
timer (5 s by default); when it fires and the document has unsaved changes,
the document is written to this process's recovery file for it
(``gui.core.recovery``). The file goes away when the changes do: after a save,
a discard, an undo back to the saved state, or when another document replaces
this one.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QUndoStack

from gui.app.document_model import DocumentModel
from gui.core.diskstamp import DiskStamp
from gui.core.recovery import RecoveryStore

__all__ = ["DEFAULT_DELAY_MS", "RECOVERY_DIR_ENV", "Autosaver", "default_recovery_dir"]

DEFAULT_DELAY_MS = 5000
#: Overrides the recovery folder (tests, or a user who wants it elsewhere).
RECOVERY_DIR_ENV = "INROADS_RECOVERY_DIR"


def default_recovery_dir() -> Path:
    """``<app data folder>/recovery`` (e.g. ~/.local/share/Inroads/Inroads/recovery on Linux).

    Needs the application and organisation names set (``gui.app.main.create_application``).
    """
    override = os.environ.get(RECOVERY_DIR_ENV)
    if override:
        return Path(override)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


class Autosaver(QObject):
    """Keeps a recovery file of the model's document while it has unsaved changes."""

    sig_written = Signal(object)
    """A recovery file was written (argument: its Path)."""
    sig_failed = Signal(str)
    """A recovery file could not be written (argument: the reason). The next change tries again."""

    def __init__(
        self,
        model: DocumentModel,
        store: RecoveryStore,
        delay_ms: int = DEFAULT_DELAY_MS,
        is_dirty: Callable[[], bool] | None = None,
        *,
        disk_stamp: Callable[[], DiskStamp | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.store = store
        self._is_dirty = is_dirty or (lambda: not model.undo_stack.isClean())
        self._disk_stamp = disk_stamp or (lambda: None)
        #: The recovery file this Autosaver wrote last and has not removed yet.
        self.current_file: Path | None = None
        self.last_error: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(0, int(delay_ms)))
        self.timer.timeout.connect(self.save_now)
        self._stack: QUndoStack | None = None
        self._detached = False
        model.sig_changed.connect(self._schedule)
        model.sig_reset.connect(self._on_reset)
        # The model goes first when the window is destroyed; its dirty undo stack then says
        # "clean" as it is cleared, which must not remove the only copy of the changes.
        model.destroyed.connect(self._detach)
        self._watch_stack()

    @property
    def delay_ms(self) -> int:
        return self.timer.interval()

    def _watch_stack(self) -> None:
        # The stack is new with every document. Let go of the old one first: a dirty
        # QUndoStack emits cleanChanged(True) as it is destroyed, which must not
        # remove the recovery file of the document that replaced it.
        if self._stack is not None:
            try:
                self._stack.cleanChanged.disconnect(self._on_clean_changed)
            except (RuntimeError, TypeError):
                pass  # already gone
        self._stack = self.model.undo_stack
        self._stack.cleanChanged.connect(self._on_clean_changed)

    def _detach(self, _object=None) -> None:
        self._detached = True
        self.timer.stop()

    def _schedule(self, _change=None) -> None:
        if not self._detached:
            self.timer.start()  # restarts: 5 s after the *last* change

    def schedule(self) -> None:
        """Write the recovery file after the delay if there are unsaved changes then (e.g. after it was
        discarded for a document that then stayed open, because opening another file failed)."""
        self._schedule()

    def _on_clean_changed(self, clean: bool) -> None:
        if self._detached:
            return
        if clean:
            if not self._is_dirty():
                self.discard()  # saved, or undone back to the saved state
        else:
            self._schedule()

    def _on_reset(self) -> None:
        self.discard()  # the previous document's changes were saved or given up already
        self._watch_stack()
        if self._is_dirty():
            self._schedule()

    def save_now(self) -> Path | None:
        """Write the recovery file now if there are unsaved changes (else remove it); return its path."""
        self.timer.stop()
        if self._detached:
            return None
        if not self._is_dirty():
            self.discard()
            return None
        stamp = self._disk_stamp()
        try:
            written = self.store.write(
                self.model.document, self.model.path, original_sha256=stamp.sha256 if stamp else None
            )
        except (OSError, ValueError) as error:
            self.last_error = getattr(error, "strerror", None) or str(error)
            self.sig_failed.emit(self.last_error)
            return None
        if self.current_file is not None and self.current_file != written:
            self.store.remove(self.current_file)  # the document was saved under another name
        self.current_file = written
        self.last_error = None
        self.sig_written.emit(written)
        return written

    def discard(self) -> None:
        """Stop waiting and remove this document's recovery file (after a save or a discard)."""
        self.timer.stop()
        if self.current_file is not None:
            try:
                self.store.remove(self.current_file)
            except OSError:
                pass
            self.current_file = None
