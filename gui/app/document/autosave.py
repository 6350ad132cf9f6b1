"""Autosave: unsaved changes go to a recovery file shortly after each edit.

The Autosaver watches one DocumentModel. Every change restarts a single-shot
timer (5 s by default); when it fires and the document has unsaved changes,
the document is written to this process's recovery file for it
(``gui.core.storage.recovery``). The file goes away when the changes do: after a save,
a discard, an undo back to the saved state, or when another document replaces
this one.

The timer's writes run in a thread: the window's thread only takes a snapshot of
the document (a copy of its lists, well under a millisecond at 100,000 events)
and later hears how the write went. Encoding and writing 100,000 events took the
window 0.6-1.7 s every time when they ran in its thread. One write runs at a
time; a write that is no longer wanted (the changes were saved or discarded
meanwhile) is cancelled, and its file never appears or is removed.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QUndoStack

from gui.app.document.document_model import DocumentModel
from gui.core.storage.diskstamp import DiskStamp
from gui.core.storage.recovery import RecoveryStore
from gui.core.storage.recovery_write import RecoveryWrite, WriteCancelled

__all__ = ["DEFAULT_DELAY_MS", "RECOVERY_DIR_ENV", "Autosaver", "default_recovery_dir"]

DEFAULT_DELAY_MS = 5000
#: How often the window's thread looks whether a background write has ended.
_POLL_MS = 20
_SWITCH_INTERVAL_WHILE_WRITING = 0.001
#: Overrides the recovery folder (tests, or a user who wants it elsewhere).
RECOVERY_DIR_ENV = "INROADS_RECOVERY_DIR"


def default_recovery_dir() -> Path:
    """``<app data folder>/recovery`` (e.g. ~/.local/share/Inroads/Inroads/recovery on Linux).

    Needs the application and organisation names set (``gui.app.window.main.create_application``).
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
        self.timer.timeout.connect(self.save_in_background)
        #: The write running in a thread, if any, and whether the timer fired again meanwhile.
        self._job: _BackgroundWrite | None = None
        self._again = False
        # The window's thread looks in on the write now and then: no signal crosses threads, so
        # nothing is left to deliver to an Autosaver that went away with its window meanwhile.
        self._poll = QTimer(self)
        self._poll.setInterval(_POLL_MS)
        self._poll.timeout.connect(self._check_job)
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
        """Write the recovery file now, in this thread, if there are unsaved changes (else remove it);
        return its path. For the moments that must know it is written (restoring, an unexpected error)."""
        self.timer.stop()
        if self._detached:
            return None
        if not self._is_dirty():
            self.discard()
            return None
        target = self.store.path_for(self.model.path)
        self._drop_job(keep=target)
        try:
            written = self._prepare().run()
        except (OSError, ValueError) as error:
            self._failed(error)
            return None
        self._written(written)
        return written

    def save_in_background(self) -> None:
        """Snapshot the document now and write its recovery file in a thread (the timer calls this)."""
        self.timer.stop()
        if self._detached:
            return
        if not self._is_dirty():
            self.discard()
            return
        if self._job is not None:
            self._again = True  # one write at a time: write the newer state once this one is done
            return
        try:
            job = self._prepare()
        except (OSError, ValueError) as error:
            self._failed(error)
            return
        self._job = _BackgroundWrite(job)
        self._poll.start()

    def wait_for_write(self, timeout: float | None = None) -> None:
        """Return once the write running in the background (if any) has ended (tests, benchmarks)."""
        if self._job is not None:
            self._job.thread.join(timeout)
        self._check_job()

    def _prepare(self) -> RecoveryWrite:
        stamp = self._disk_stamp()
        return self.store.prepare(self.model.document, self.model.path, original_sha256=stamp.sha256 if stamp else None)

    def _check_job(self) -> None:
        """In the window's thread: take the outcome of the write that ended, if it did."""
        background = self._job
        if background is None or background.thread.is_alive():
            return
        self._job = None
        self._poll.stop()
        if isinstance(background.outcome, Path):
            self._written(background.outcome)
        elif isinstance(background.outcome, (OSError, ValueError)):
            self._failed(background.outcome)
        if self._again:
            self._again = False
            self.save_in_background()

    def _drop_job(self, keep: Path | None = None) -> None:
        """Cancel the write under way; remove its file if it was already in place (unless it is ``keep``)."""
        background, self._job, self._again = self._job, None, False
        self._poll.stop()
        if background is None:
            return
        job = background.job
        job.cancel()  # waits for a rename under way: after this, the file is there or never will be
        if job.done and job.target not in (keep, self.current_file):
            self._remove_quietly(job.target)

    def _written(self, written: Path) -> None:
        if self.current_file is not None and self.current_file != written:
            self.store.remove(self.current_file)  # the document was saved under another name
        self.current_file = written
        self.last_error = None
        self.sig_written.emit(written)

    def _failed(self, error: OSError | ValueError) -> None:
        self.last_error = getattr(error, "strerror", None) or str(error)
        self.sig_failed.emit(self.last_error)

    def _remove_quietly(self, path: Path) -> None:
        try:
            self.store.remove(path)
        except OSError:
            pass

    def discard(self) -> None:
        """Stop waiting and remove this document's recovery file (after a save or a discard)."""
        self.timer.stop()
        self._drop_job()
        if self.current_file is not None:
            self._remove_quietly(self.current_file)
            self.current_file = None


class _BackgroundWrite:
    """A RecoveryWrite running in its own thread; ``outcome`` is its Path, None if cancelled, or its error.

    The thread holds no reference to the Autosaver, which may go away with its window first.
    Not a daemon: an Inroads quitting with a write under way finishes it (or, if the changes
    were saved or discarded, has cancelled it) rather than leaving half a file.
    """

    def __init__(self, job: RecoveryWrite) -> None:
        self.job = job
        self.outcome: object = None
        self.thread = threading.Thread(target=self._run, name="inroads-autosave")
        # While it writes, the window waits for the GIL at most 1 ms (then one piece) instead of 5 ms;
        # from before the start, which itself waits for the GIL back from the new thread.
        self._interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._interval, _SWITCH_INTERVAL_WHILE_WRITING))
        self.thread.start()

    def _run(self) -> None:
        try:
            self.outcome = self.job.run()
        except WriteCancelled:
            self.outcome = None
        except (OSError, ValueError) as error:
            self.outcome = error
        # Anything else is a bug: threading.excepthook (the error handler) reports it.
        finally:
            if sys.getswitchinterval() == _SWITCH_INTERVAL_WHILE_WRITING:
                sys.setswitchinterval(self._interval)
