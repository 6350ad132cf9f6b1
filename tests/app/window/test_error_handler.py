"""The global exception handler: an exception in a slot is logged, shown, autosaved, and the app goes on.

pytest-qt installs its own sys.excepthook while a test runs (to fail tests whose slots
raise). These tests install ours on top of it, inside the test, and put the previous
one back before pytest-qt checks: so what PySide reports goes through our handler.
"""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from gui.app.window.error_handler import MAX_ERRORS_SHOWN, ErrorDialog, install_exception_handler
from gui.core.document import edits

EVENT = "huawei-att-verizon-talks"


@pytest.fixture
def handler(window):
    installed = install_exception_handler(window)
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()


def edit(window, title: str = "Edited") -> None:
    window.model.push(edits.edit_event(window.model.document, EVENT, title=title))


def raise_in_a_slot(qtbot, message: str = "boom in a slot") -> None:
    """A real button whose clicked slot raises: PySide hands the exception to sys.excepthook."""
    button = QPushButton("Break")
    qtbot.addWidget(button)

    def broken_slot():
        raise RuntimeError(message)

    button.clicked.connect(broken_slot)
    button.click()


def test_a_slot_exception_is_logged_shown_autosaved_and_the_app_goes_on(window, handler, qtbot, capsys):
    edit(window)
    assert window.is_dirty() and window.files.autosaver.current_file is None
    raise_in_a_slot(qtbot)

    # logged, with the traceback
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and "RuntimeError: boom in a slot" in err
    assert "broken_slot" in err
    # shown, with details to copy
    dialog = handler.dialog
    assert isinstance(dialog, ErrorDialog) and dialog.isVisible() and not dialog.isModal()
    assert "RuntimeError: boom in a slot" in dialog.heading.text()
    assert "RuntimeError: boom in a slot" in dialog.details_text() and "broken_slot" in dialog.details_text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.details_text()
    # the unsaved changes went to the recovery file at once
    recovery = window.files.autosaver.current_file
    assert recovery is not None and recovery.exists()
    assert "recovery file" in dialog.note.text()
    # and the app is still usable: edits and selection work, the window repaints
    edit(window, "Edited again")
    window.selection.select(EVENT)
    assert window.detail_pane.form.title_edit.text() == "Edited again"
    assert not window.grab().isNull()


def test_a_clean_document_is_not_autosaved(window, handler, qtbot, capsys):
    raise_in_a_slot(qtbot)
    assert window.files.autosaver.current_file is None
    assert "no unsaved changes" in handler.dialog.note.text()
    assert "RuntimeError" in capsys.readouterr().err


def test_an_exception_in_a_virtual_method_and_a_timer_reach_the_handler(window, handler, qtbot, capsys):
    class Broken(QPushButton):
        def paintEvent(self, event):  # noqa: N802 - Qt's name
            raise ValueError("cannot paint")

    widget = Broken("x")
    qtbot.addWidget(widget)
    widget.show()
    widget.repaint()
    QTimer.singleShot(0, lambda: 1 / 0)
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.count >= 2)
    err = capsys.readouterr().err
    assert "ValueError: cannot paint" in err and "ZeroDivisionError" in err
    widget.hide()


def test_an_exception_in_a_thread_is_logged_there_and_shown_on_the_gui_thread(window, handler, qtbot, capsys):
    def work():
        raise OSError("disk on fire")

    thread = threading.Thread(target=work, name="exporter")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    assert "OSError: disk on fire" in handler.dialog.details_text()
    assert "in thread 'exporter'" in handler.dialog.details_text()
    assert "OSError: disk on fire" in capsys.readouterr().err


def test_repeated_errors_go_into_one_dialog(window, handler, qtbot, capsys):
    for number in range(MAX_ERRORS_SHOWN + 5):
        raise_in_a_slot(qtbot, f"error {number}")
    dialog = handler.dialog
    assert dialog.count == MAX_ERRORS_SHOWN + 5
    assert f"{MAX_ERRORS_SHOWN + 5} unexpected errors; the latest: RuntimeError: error {MAX_ERRORS_SHOWN + 4}" == dialog.heading.text()
    assert "… and 5 more like these" in dialog.details_text()
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()] == [dialog]
    assert capsys.readouterr().err.count("Traceback") == MAX_ERRORS_SHOWN + 5
    # Closed, the next error opens a new one.
    dialog.reject()
    raise_in_a_slot(qtbot, "after closing")
    assert handler.dialog is not dialog and handler.dialog.count == 1


def test_a_failing_autosave_is_reported_not_raised(window, handler, qtbot, capsys, monkeypatch):
    edit(window)

    def broken_save_now():
        raise RuntimeError("autosave broke too")

    monkeypatch.setattr(window.files.autosaver, "save_now", broken_save_now)
    raise_in_a_slot(qtbot)
    assert "could NOT be written to a recovery file" in handler.dialog.note.text()
    err = capsys.readouterr().err
    assert "boom in a slot" in err and "autosave broke too" in err


def test_keyboard_interrupt_goes_to_the_previous_hook(window, handler, monkeypatch):
    seen = []
    monkeypatch.setattr(handler, "_previous_excepthook", lambda *info: seen.append(info[0]))
    handler.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == [KeyboardInterrupt] and handler.dialog is None


def test_install_and_uninstall_put_the_hooks_back(window):
    before, thread_before = sys.excepthook, threading.excepthook
    installed = install_exception_handler(window)
    assert sys.excepthook == installed.excepthook and threading.excepthook == installed.thread_excepthook
    installed.uninstall()
    assert sys.excepthook is before and threading.excepthook is thread_before


def test_exception_text_is_shown_as_plain_text(window, handler, qtbot, capsys):
    raise_in_a_slot(qtbot, "<b>not bold</b><img src=http://127.0.0.1:9/x.png>")
    assert "<b>not bold</b>" in handler.dialog.heading.text()
    assert handler.dialog.heading.textFormat() == Qt.TextFormat.PlainText
    capsys.readouterr()


def test_the_hooks_go_back_when_the_window_is_destroyed(qtbot, settings, sample_path):
    from gui.app.window.main_window import MainWindow

    before = sys.excepthook
    other = MainWindow(settings)
    other.show_dialogs = False
    install_exception_handler(other)
    assert sys.excepthook != before
    other.deleteLater()
    qtbot.waitUntil(lambda: sys.excepthook is before)
