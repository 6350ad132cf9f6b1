"""Opening big files without freezing the window: a worker thread reads, a dialog shows how far, Esc cancels.

Reading, decoding and checking a timeline of 100,000 events takes about a second.
``BackgroundLoad`` does it in a worker thread; ``LoadProgressDialog`` shows its
stages (bytes read, events decoded, checking, laying out) with a Cancel button.
The window waits in a local event loop, so it keeps painting and answering while
the worker runs, and ``MainWindow.open_path`` still returns whether the file
opened. Small files load at once, as before.

The decoder lets go of the GIL between batches of events, and the passes over the
file's bytes (its hash, its colons) let go of it altogether, so the window gets
its turn every few milliseconds; the longest pause is decoding the lanes and
sources, which come in one piece (see docs/reliability.md for measurements).
"""

from __future__ import annotations

import ctypes
import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from gui.core.storage.fileformat import LoadResult, read_document
from gui.core.storage.load_progress import LoadCancelled
from gui.core.view.layout import TimelineLayout
from gui.core.view.layout_builder import build_layout
from gui.core.document.problems import LoadError

__all__ = [
    "BACKGROUND_BYTES_ENV",
    "DEFAULT_BACKGROUND_BYTES",
    "BackgroundLoad",
    "LoadProgressDialog",
    "background_load_bytes",
    "release_freed_memory",
    "run_in_background",
    "wait_for",
]

#: Files larger than this load in the background (about 0.1 s of work for a small machine).
DEFAULT_BACKGROUND_BYTES = 5_000_000
#: Overrides DEFAULT_BACKGROUND_BYTES (tests use a small file and a small threshold).
BACKGROUND_BYTES_ENV = "INROADS_BACKGROUND_LOAD_BYTES"


def background_load_bytes() -> int:
    """The size from which files load in a worker thread, with progress."""
    try:
        return int(os.environ[BACKGROUND_BYTES_ENV])
    except (KeyError, ValueError):
        return DEFAULT_BACKGROUND_BYTES


class BackgroundLoad(QObject):
    """Reads and checks one timeline file in a worker thread; can be cancelled at any time.

    The worker touches no widget: it only emits this object's signals, which Qt
    delivers in the window's thread. The object has no Qt parent, so closing the
    window never deletes it under a running worker.
    """

    sig_progress = Signal(str, int, int)
    """How the load goes: (stage, done, total), as ``gui.core.storage.load_progress.Progress`` reports it."""
    sig_finished = Signal()
    """The worker is done: the file loaded, failed to, or the load was cancelled. See ``outcome``."""

    def __init__(self, path: Path, lanes_by: str | None = None, hidden_lanes=frozenset(), repair: bool = False) -> None:
        super().__init__()
        self.path = path
        #: Open for repair (``read_document(path, repair=True)``).
        self.repair = repair
        #: The view to lay the document out for, in the worker too (None: no layout here).
        self._view = None if lanes_by is None else (lanes_by, frozenset(hidden_lanes))
        #: The layout built in the worker for that view, once the load succeeded.
        self.layout: TimelineLayout | None = None
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self._result: LoadResult | LoadError | None = None
        #: An exception the loader should never raise (a bug); the window raises it again, so that it is reported.
        self.unexpected: BaseException | None = None
        #: True once the worker has ended.
        self.finished = False

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name=f"inroads-load {self.path.name}", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        """Stop as soon as the worker reports progress again; whatever it read is dropped."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def outcome(self) -> LoadResult | LoadError | None:
        """The document (LoadResult), why it could not load (LoadError), or None if cancelled or not done."""
        return None if self.cancelled or not self.finished else self._result

    def wait(self) -> None:
        """Block until the worker has ended (after ``cancel`` that is at its next progress report)."""
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        try:
            if self.repair:
                self._result = read_document(self.path, progress=self._progress, repair=True)
            else:
                self._result = read_document(self.path, progress=self._progress)
            if self._view is not None:
                # Laid out here too, so the window's thread is not blocked for it (0.25 s at 100k events).
                self._progress("Laying out", 0, 1)
                lanes_by, hidden = self._view
                self.layout = build_layout(self._result.document, lanes_by=lanes_by, hidden_lanes=hidden)
                self._progress("Laying out", 1, 1)
        except LoadError as error:
            self._result = error
        except LoadCancelled:
            pass
        except BaseException as error:  # noqa: BLE001 - handed to the window's thread, which raises it
            self.unexpected = error
        finally:
            self.finished = True
            self._emit(self.sig_finished)

    def _progress(self, stage: str, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise LoadCancelled
        self._emit(self.sig_progress, stage, done, total)

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            pass  # Qt is shutting down: nobody is listening any more


#: Where each stage's progress sits on the bar (out of 1000): reading is quick, decoding is most of it.
_STAGE_SPANS = {"Reading": (0, 100), "Decoding": (100, 850), "Checking": (850, 900), "Laying out": (900, 1000)}
#: A load that ends sooner than this never shows the dialog, so quick loads do not flash one.
SHOW_AFTER_MS = 300


def _megabytes(count: int) -> str:
    return f"{count / 1e6:,.0f} MB" if count >= 10e6 else f"{count / 1e6:,.1f} MB"


class LoadProgressDialog(QDialog):
    """Opening “name”: what is being done, how far, and Cancel (or Esc).

    A plain dialog rather than QProgressDialog, whose ``setValue`` processes events
    when it is modal: here the window's own event loop is already running, and a
    progress report must not run another one inside it.
    """

    sig_cancelled = Signal()
    """The user asked to stop: Cancel, Esc, or closing the dialog."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("load_progress")
        self.setWindowTitle("Opening")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        self._name = path.name
        #: The stage last shown ("Reading", "Decoding", "Checking", "Laying out").
        self.stage = ""
        self.label = QLabel(f"Opening “{self._name}”…")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        # Shown only if the load is still going a moment later, so quick loads do not flash a dialog.
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self.show)
        self._show_timer.start(SHOW_AFTER_MS)

    def show_progress(self, stage: str, done: int, total: int) -> None:
        """Show one report from the loader (a slot for ``BackgroundLoad.sig_progress``)."""
        self.stage = stage
        first, last = _STAGE_SPANS.get(stage, (0, 1000))
        share = done / total if total > 0 else 0.0
        if stage == "Reading":
            detail = f"Reading {_megabytes(done)} of {_megabytes(total)}"
        elif stage == "Decoding":
            detail = f"Decoding events: {done:,} of {total:,}"
        else:
            detail = f"{stage}…"
        self.label.setText(f"Opening “{self._name}”\n{detail}")
        self.bar.setValue(first + round((last - first) * min(1.0, max(0.0, share))))

    def show_laying_out(self) -> None:
        """The file is read; the window now lays it out, which cannot be cancelled."""
        self.show_progress("Laying out", 0, 1)
        self.buttons.setEnabled(False)
        if self.isVisible():
            self.repaint()  # the window is busy until the layout is done: show the stage now

    def reject(self) -> None:
        """Cancel or Esc: ask the load to stop."""
        if self.buttons.isEnabled():
            self.sig_cancelled.emit()
            super().reject()

    def closeEvent(self, event) -> None:
        self.reject()
        event.accept()

    def finish(self) -> None:
        """The load is over, whichever way: the dialog goes, without asking anything to stop."""
        self._show_timer.stop()
        self.buttons.setEnabled(False)  # closing now must not read as a cancel
        self.hide()
        self.deleteLater()


#: How long the worker may keep the GIL when the window's thread wants it, while a load runs. Python's
#: default (5 ms) let a 50 ms timer wait 200-500 ms at 100,000 events, with the byte scan as a third
#: thread taking turns; at 1 ms the longest wait is the worker's longest single step.
SWITCH_INTERVAL_WHILE_LOADING = 0.001


def wait_for(load: BackgroundLoad) -> None:
    """Process events (the window paints, the dialog answers) until the load's worker has ended.

    Returns early when the application quits; the load is then cancelled.
    """
    if load.finished:
        return
    loop = QEventLoop()
    load.sig_finished.connect(loop.quit)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(min(interval, SWITCH_INTERVAL_WHILE_LOADING))
    try:
        if not load.finished:  # the worker may have ended between the two checks; its signal is queued
            loop.exec()
    finally:
        sys.setswitchinterval(interval)
    if not load.finished:
        load.cancel()  # the application is quitting


def run_in_background(
    load: BackgroundLoad, progress: LoadProgressDialog
) -> tuple[LoadResult | LoadError | None, TimelineLayout | None]:
    """Run ``load`` in its worker thread while the window stays live, ``progress`` showing how it goes.

    Gives the outcome (None if cancelled, or another open took over) and the layout the worker
    built for a loaded document (None otherwise).
    """
    load.sig_progress.connect(progress.show_progress)
    progress.sig_cancelled.connect(load.cancel)
    load.start()
    wait_for(load)
    if load.unexpected is not None:
        raise load.unexpected
    outcome = load.outcome
    return outcome, (load.layout if isinstance(outcome, LoadResult) else None)


def release_freed_memory() -> None:
    """Hand back to the system the memory a big load used for scratch work and freed.

    glibc keeps freed memory for reuse, so after a load the process would stay as
    big as at its peak (about 15 MB more at 100,000 events). ``malloc_trim`` returns
    it, in a millisecond or two. Elsewhere (macOS, Windows, musl) this does nothing.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return  # not glibc
    trim(0)
