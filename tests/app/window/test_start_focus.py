"""At start-up the keyboard is on the timeline: Ctrl+E reaches New Event, not the search field."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.app.dialogs.add_event_dialog import AddEventDialog
from gui.app.window.main_window import MainWindow
from tests.app.modal import answering


def test_keyboard_focus_starts_on_the_timeline_and_ctrl_e_reaches_new_event(qtbot, settings, sample_path, tmp_path):
    window = MainWindow(settings)
    window.show_dialogs = False
    qtbot.addWidget(window, before_close_func=lambda w: w.model.undo_stack.setClean())
    copy = tmp_path / "start" / sample_path.name
    copy.parent.mkdir()
    shutil.copy(sample_path, copy)
    assert window.open_path(copy)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    focused = QApplication.focusWidget()
    assert focused is window.timeline.plot, f"focus starts on {focused!r}"
    shown = []
    with answering(AddEventDialog, lambda dialog: (shown.append(dialog), dialog.reject())):
        qtbot.keyClick(focused, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert shown, "Ctrl+E reached New Event"
    assert not window.search_bar.field.hasFocus()
