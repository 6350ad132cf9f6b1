"""Open for Repair: a file with one bad date opens through the load-error dialog's button, its error is
listed and fixed in the form, and Save is refused until then; nothing else in the file changes."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.app.dialogs.load_error_dialog import LoadErrorDialog
from tests.app.modal import answering, click

GOOD = b'"start": "2017?"'
BAD = b'"start": "2017-13"'


def _with_month_13(sample_path, tmp_path):
    """The sample with one start in month 13; every other byte as the app writes it."""
    data = sample_path.read_bytes()
    assert data.count(GOOD) >= 1
    path = tmp_path / "bad-date.json"
    path.write_bytes(data.replace(GOOD, BAD, 1))
    return path


def _open_for_repair(qtbot, window, path) -> None:
    window.show_dialogs = True
    shown = []

    def repair(dialog: LoadErrorDialog) -> None:
        shown.append(dialog.details.toPlainText())
        assert dialog.repair_button.isVisible()
        click(qtbot, dialog.repair_button)

    with answering(LoadErrorDialog, repair):
        assert window.open_path(path)
    assert '"2017-13"' in shown[0]
    # The offscreen platform has no window manager to hand activation back once the dialog closes.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def test_open_for_repair_fix_in_the_form_then_save(qtbot, window, sample_path, tmp_path):
    path = _with_month_13(sample_path, tmp_path)
    _open_for_repair(qtbot, window, path)
    bad = next(event for event in window.model.document.events if event.start == "2017-13")
    pane = window.problems_pane
    assert pane.isVisible() and pane.count() == 1
    assert pane.table_model.index(0, 0).data() == "error"
    assert "1 error" in window.status_counts.text()
    # Hidden from the canvas (never drawn at 1970), listed in the table.
    assert window.model.layout.item_of_event(window.model.event_index(bad.id)) == -1

    # Double-click the problem: the form's start field has the keyboard; type a good date.
    view = pane.view
    rect = view.visualRect(pane.table_model.index(0, 3))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selection.current == bad.id
    line_edit = window.detail_pane.form.start_field.line_edit
    qtbot.waitUntil(line_edit.hasFocus, timeout=2000)
    assert line_edit.text() == "2017-13"  # the value as it was in the file
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, "2017?")
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)

    assert window.model.find_event(bad.id).start == "2017?"
    assert pane.count() == 0
    assert "error" not in window.status_counts.text()
    assert window.model.layout.item_of_event(window.model.event_index(bad.id)) >= 0

    window.actions.save.trigger()
    assert not window.is_dirty()
    assert path.read_bytes() == sample_path.read_bytes()  # only the fixed date changed


def test_save_is_refused_while_errors_remain_and_the_file_is_untouched(qtbot, window, sample_path, tmp_path):
    path = _with_month_13(sample_path, tmp_path)
    before = path.read_bytes()
    _open_for_repair(qtbot, window, path)
    # An edit elsewhere: the document is dirty, but still has its error.
    window.selection.select(window.model.document.events[0].id)
    title = window.detail_pane.form.title_edit
    title.selectAll()
    qtbot.keyClicks(title, "Renamed")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert window.is_dirty()
    told = []

    def read_and_close(box: QMessageBox) -> None:
        told.append(box.text() + "\n" + box.informativeText())
        box.button(QMessageBox.StandardButton.Ok).click()

    with answering(QMessageBox, read_and_close):
        window.actions.save.trigger()
    assert "still has 1 error" in told[0] and '"2017-13"' in told[0]
    assert "Not saved" in window.statusBar().currentMessage()
    assert path.read_bytes() == before
    assert window.is_dirty()


def test_a_file_that_cannot_be_repaired_has_no_repair_button(qtbot, window, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": "inroads-timeline", "version": 1,', encoding="utf-8")
    window.show_dialogs = True
    seen = []

    def look(dialog: LoadErrorDialog) -> None:
        seen.append(dialog.repair_button.isVisible())
        dialog.reject()

    with answering(LoadErrorDialog, look):
        assert not window.open_path(path)
    assert seen == [False]


def test_a_bad_file_at_start_up_says_what_the_user_sees(qtbot, tmp_path):
    """No document was open: the dialog must not say "the current document is unchanged"."""
    from PySide6.QtWidgets import QLabel

    from gui.app.window.main import INSTEAD_AT_START
    from gui.core.document.problems import LoadError, Problem

    error = LoadError(str(tmp_path / "x.json"), [Problem("bad")])
    for asked_for, shown in ((True, "a new, empty timeline"), (False, "the sample timeline")):
        dialog = LoadErrorDialog(error, instead=INSTEAD_AT_START[asked_for])
        qtbot.addWidget(dialog)
        text = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert "unchanged" not in text and shown in text
