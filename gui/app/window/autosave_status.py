"""Telling the user about autosave: when it fails, and about recovery files that could not be read.

Autosave failing (the recovery folder full, read-only, or not a folder) used to be
stored in ``Autosaver.last_error`` and shown nowhere. Now an info bar of its own
(not the window's, which saving and opening hide) says so until autosave works
again, with a Retry button, and a permanent label in the status bar says it too.
At start-up the same bar says when recovery files are there but none could be read
(damaged, or from a newer Inroads), and where they are.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel

from gui.app.document.autosave import Autosaver
from gui.app.window.info_bar import InfoBar
from gui.core.storage.recovery import UnreadableRecovery

__all__ = ["AutosaveStatus", "describe_unreadable"]


class AutosaveStatus(QObject):
    """The autosave info bar and status-bar label of one window."""

    def __init__(self, window, autosaver: Autosaver) -> None:
        super().__init__(window)
        self.window = window
        self.autosaver = autosaver
        self.bar = InfoBar("autosave_bar")
        layout = window.centralWidget().layout()
        layout.insertWidget(layout.indexOf(window.info_bar) + 1, self.bar)
        self.label = QLabel("Autosave failed")
        self.label.setObjectName("autosave_status")
        self.label.setStyleSheet("color: #a61b1b;")
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        #: What the bar shows: "failed", "unreadable", or None.
        self.showing: str | None = None
        autosaver.sig_failed.connect(self.show_failure)
        autosaver.sig_written.connect(self.clear_failure)

    def show_failure(self, reason: str) -> None:
        """Autosave could not write: say so, and where, until a write works."""
        folder = self.autosaver.store.directory
        text = (
            f"Autosave could not keep a copy of your unsaved changes in {folder}: {reason}. "
            "If Inroads stops now, they are lost; save to keep them."
        )
        self.bar.show_message(text, [("Retry", self.autosaver.save_now)])
        self.bar.setToolTip(text)
        self.showing = "failed"
        self.label.setToolTip(text)
        self.label.show()
        self.window.statusBar().showMessage(f"Autosave failed: {reason}", 10000)

    def clear_failure(self, _written=None) -> None:
        """Autosave works again."""
        self.label.hide()
        if self.showing == "failed":
            self.bar.hide_message()
            self.showing = None

    def show_unreadable(self, unreadable: list[UnreadableRecovery]) -> None:
        """At start-up, with nothing to recover: say that some recovery files could not be read, and where."""
        if not unreadable or self.showing == "failed":
            return
        folder = unreadable[0].path.parent
        self.bar.show_message(
            describe_unreadable(unreadable),
            [("Show Folder", lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))), ("Dismiss", _nothing)],
        )
        self.bar.setToolTip("\n".join(f"{u.path.name}: {u.reason}" for u in unreadable))
        self.showing = "unreadable"


def describe_unreadable(unreadable: list[UnreadableRecovery]) -> str:
    """``2 recovery files in /x/recovery could not be read and were left there (a…json: the file is damaged; …).``"""
    count = len(unreadable)
    folder: Path = unreadable[0].path.parent
    reasons = "; ".join(f"{u.path.name}: {u.reason}" for u in unreadable[:3]) + ("; …" if count > 3 else "")
    return (
        f"{count} recovery file{'s' * (count != 1)} in {folder} could not be read "
        f"(damaged, or from a newer Inroads) and {'were' if count != 1 else 'was'} left there ({reasons})."
    )


def _nothing() -> None:
    pass  # the bar hides itself when a button is pressed
