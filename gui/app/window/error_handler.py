"""The last line of defence: an unexpected exception anywhere is reported, never swallowed.

PySide calls ``sys.excepthook`` for an exception that escapes a slot or a virtual
method (paintEvent, mousePressEvent...) and then carries on; Python calls
``threading.excepthook`` for one that ends a thread. ``install_exception_handler``
puts one handler behind both. For each exception it

1. writes the traceback to stderr, first and always (so nothing is lost even if
   showing it fails);
2. asks the window's autosaver to write the recovery file now, when the document has
   unsaved changes: the next thing may be a crash;
3. shows an ErrorDialog with the details and a "Copy details" button. The dialog is
   not modal and further errors are added to the open one, so an error that repeats
   on every repaint cannot bury the user in dialogs, and the app stays usable.

Exceptions in other threads are logged there and shown on the GUI thread.
KeyboardInterrupt keeps its usual meaning (the previous hook handles it).

Wire it in ``gui.app.window.main.run`` right after the main window is made::

    from gui.app.window.error_handler import install_exception_handler
    install_exception_handler(window)
"""

from __future__ import annotations

import platform
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QStyle, QVBoxLayout, QWidget

from gui import APP_NAME, __version__

__all__ = ["ErrorDialog", "ExceptionHandler", "install_exception_handler", "MAX_ERRORS_SHOWN"]

#: How many errors one dialog lists in full; later ones are only counted.
MAX_ERRORS_SHOWN = 20


def _environment() -> str:
    from PySide6 import __version__ as pyside_version

    return (
        f"{APP_NAME} {__version__}, Python {platform.python_version()}, PySide6 {pyside_version},"
        f" {platform.system()} {platform.release()}"
    )


class ErrorDialog(QDialog):
    """Says that something went wrong, that the work is safe, and shows the details to copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME}: unexpected error")
        self.setObjectName("error_dialog")
        self.errors: list[str] = []
        self.count = 0
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40))
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # exception text comes from anywhere: never HTML
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_button = QPushButton("Copy details")
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.note)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def add_error(self, summary: str, details: str, note: str) -> None:
        """Add one error: the heading says how many, the details list them (the first MAX_ERRORS_SHOWN)."""
        self.count += 1
        if len(self.errors) < MAX_ERRORS_SHOWN:
            self.errors.append(details)
        if self.count == 1:
            self.heading.setText(f"Something went wrong: {summary}")
        else:
            self.heading.setText(f"{self.count} unexpected errors; the latest: {summary}")
        self.note.setText(
            f"{note}\nYou can keep working, but save soon. Please send the details to the {APP_NAME} developers."
        )
        text = f"{_environment()}\n\n" + "\n".join(self.errors)
        if self.count > len(self.errors):
            text += f"\n… and {self.count - len(self.errors)} more like these (see the terminal for all of them)\n"
        self.details.setPlainText(text)

    def details_text(self) -> str:
        return self.details.toPlainText()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
        self.copy_button.setText("Copied")


class ExceptionHandler(QObject):
    """Logs, autosaves and shows unexpected exceptions for one main window."""

    _from_thread = Signal(str, str)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ErrorDialog | None = None
        self._handling = False
        self._previous_excepthook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        # Emitted from any thread, delivered on the GUI thread (this object lives there).
        self._from_thread.connect(self._report, Qt.ConnectionType.QueuedConnection)

    # -- hooks ------------------------------------------------------------------------------

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        """Put back the hooks that were there before (if they are still ours)."""
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_excepthook
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._previous_thread_hook

    def excepthook(self, exc_type: type[BaseException], exc_value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, (KeyboardInterrupt, SystemExit)):
            self._previous_excepthook(exc_type, exc_value, tb)
            return
        details = self._log(exc_type, exc_value, tb, threading.current_thread())
        if threading.current_thread() is threading.main_thread():
            self._report(self._summary(exc_type, exc_value), details)
        else:
            self._from_thread.emit(self._summary(exc_type, exc_value), details)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return  # a thread that exits on purpose, as the default hook treats it
        details = self._log(args.exc_type, args.exc_value, args.exc_traceback, args.thread)
        summary = self._summary(args.exc_type, args.exc_value)
        if threading.current_thread() is threading.main_thread():
            self._report(summary, details)
        else:
            self._from_thread.emit(summary, details)

    # -- the work ---------------------------------------------------------------------------

    @staticmethod
    def _summary(exc_type: type[BaseException] | None, exc_value: BaseException | None) -> str:
        name = getattr(exc_type, "__name__", "error")
        text = str(exc_value) if exc_value is not None else ""
        text = text if len(text) <= 200 else text[:199] + "…"
        return f"{name}: {text}" if text else name

    @staticmethod
    def _log(exc_type, exc_value, tb, thread: threading.Thread | None) -> str:
        """Write the traceback to stderr, and return it."""
        where = f" in thread {thread.name!r}" if thread is not None and thread is not threading.main_thread() else ""
        details = f"Unexpected error{where}:\n" + "".join(traceback.format_exception(exc_type, exc_value, tb))
        stream = sys.stderr or sys.__stderr__
        if stream is not None:
            try:
                stream.write(f"{APP_NAME}: {details}")
                stream.flush()
            except (OSError, ValueError):
                pass  # no usable terminal; the dialog still shows it
        return details

    def _report(self, summary: str, details: str) -> None:
        """On the GUI thread: save what can be saved, then tell the user."""
        if self._handling:
            return  # an error while reporting an error: it is on stderr already
        self._handling = True
        try:
            note = self._save_recovery_file()
            if self.dialog is None:
                self.dialog = ErrorDialog(self.window)
                self.dialog.finished.connect(self._forget_dialog)
            self.dialog.add_error(summary, details, note)
            self.dialog.show()
            self.dialog.raise_()
        except Exception:  # noqa: BLE001 - the handler must never raise into Qt; the default hook prints it
            self._previous_excepthook(*sys.exc_info())
        finally:
            self._handling = False

    def _forget_dialog(self, _result: int = 0) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _save_recovery_file(self) -> str:
        window = self.window
        try:
            if not window.is_dirty():
                return "Your document has no unsaved changes."
            written = window.files.autosaver.save_now()
        except Exception:  # noqa: BLE001 - the document may be what broke; say so, keep going
            self._log(*sys.exc_info(), None)
            return "Your unsaved changes could NOT be written to a recovery file. Save now, under a new name."
        if written is None:
            reason = getattr(window.files.autosaver, "last_error", None) or "unknown reason"
            return f"Your unsaved changes could NOT be written to a recovery file ({reason}). Save now."
        return "Your unsaved changes were written to a recovery file; if Inroads stops, they are offered at the next start."


def install_exception_handler(window) -> ExceptionHandler:
    """Report every unexpected exception for ``window`` (see the module docstring); returns the handler.

    When the window is destroyed the previous hooks are put back, so an exception
    during shutdown is still printed rather than sent to a window that is gone.
    """
    handler = ExceptionHandler(window)
    handler.install()
    window.destroyed.connect(lambda *_: handler.uninstall())
    return handler
