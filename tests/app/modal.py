"""Answering modal dialogs in widget tests by clicking them, without ever hanging the suite."""

from __future__ import annotations

import time
from contextlib import contextmanager

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget


@contextmanager
def answering(kind: type, action, timeout: float = 60.0):
    """Run ``action(dialog)`` once a modal ``kind`` dialog shows; it must close the dialog.

    On failure the dialog is rejected so the test fails instead of hanging. A dialog that shows only
    after ``timeout`` (a loaded machine) is rejected too, and the test fails: it used to wait for an
    answer that never came, and the whole suite hung.
    """
    answered: list[QWidget] = []
    errors: list[BaseException] = []
    deadline = time.monotonic() + timeout
    watching = [True]

    def attempt() -> None:
        if not watching[0]:
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            if time.monotonic() > deadline:
                errors.append(AssertionError(f"{kind.__name__} showed after {timeout} s; rejected"))
                dialog.reject()
                return
            answered.append(dialog)
            try:
                action(dialog)
            except BaseException as error:  # noqa: BLE001 - re-raised in the test below
                errors.append(error)
                dialog.reject()
        else:
            QTimer.singleShot(10 if time.monotonic() < deadline else 100, attempt)

    QTimer.singleShot(0, attempt)
    try:
        yield answered
    finally:
        watching[0] = False
    if errors:
        raise errors[0]
    assert answered, f"no {kind.__name__} was shown"


@contextmanager
def no_prompt():
    """Fail (instead of hanging) if a modal dialog shows."""
    shown: list[str] = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            shown.append(type(dialog).__name__)
            dialog.reject()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(10)
    try:
        yield
    finally:
        timer.stop()
    assert not shown, f"unexpected prompt: {shown}"


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
