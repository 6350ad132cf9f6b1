"""The source form: dates checked as typed, untouched fields kept exactly, text from a file, drafts from articles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.app.dialogs.source_dialogs import SourceEditDialog
from gui.core.document.model import Source
from tests.app.modal import answering, click


def test_an_invalid_date_is_explained_and_disables_ok(qtbot):
    editor = SourceEditDialog()
    qtbot.addWidget(editor)
    editor.show()
    assert editor.ok_button.isEnabled()
    assert not editor.published_error.isVisible()

    qtbot.keyClicks(editor.published_edit, "2018-13")
    assert not editor.ok_button.isEnabled()
    assert editor.published_error.isVisible()
    assert "month 13 is out of range" in editor.published_error.text()

    qtbot.keyClick(editor.published_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor.published_edit, "2")
    assert editor.ok_button.isEnabled()
    assert not editor.published_error.isVisible()

    qtbot.keyClicks(editor.accessed_edit, "09/01/2018")
    assert not editor.ok_button.isEnabled()
    assert "year first" in editor.accessed_error.text()
    editor.accessed_edit.clear()
    assert editor.ok_button.isEnabled()
    assert editor.values()["published"] == "2018-12"
    assert editor.values()["accessed"] is None

def test_untouched_fields_keep_their_exact_values():
    """A text with no-break spaces, or a cited name with a comma, survives editing another field."""
    source = Source("s", title="T", cites=["Smith, J.", "AP"], notes="a\u00a0b", text="x\u00a0y\r\nz")
    editor = SourceEditDialog(source)
    editor.title_edit.setText("T2")
    values = editor.values()
    assert values["title"] == "T2"
    assert (values["cites"], values["notes"], values["text"]) == (source.cites, source.notes, source.text)
    editor.deleteLater()

def test_open_a_text_file(qtbot, tmp_path):
    editor = SourceEditDialog()
    qtbot.addWidget(editor)
    editor.show()
    good = tmp_path / "article.md"
    good.write_bytes("\ufeffFirst line\r\nSecond\u00a0line\r\n".encode("utf-8"))

    def choose(path):
        def answer(files: QFileDialog) -> None:
            files.selectFile(str(path))
            files.accept()

        return answer

    with answering(QFileDialog, choose(good)):
        click(qtbot, editor.open_button)
    assert editor.values()["text"] == "First line\nSecond\u00a0line\n"

    bad = tmp_path / "latin1.txt"
    bad.write_bytes("café".encode("latin-1"))

    def read_message(box: QMessageBox) -> None:
        assert box.textFormat() == Qt.TextFormat.PlainText
        assert "“latin1.txt” is not UTF-8 text" in box.text()
        click(qtbot, box.buttons()[0])

    with answering(QFileDialog, choose(bad)), answering(QMessageBox, read_message):
        click(qtbot, editor.open_button)
    assert editor.values()["text"] == "First line\nSecond\u00a0line\n"  # unchanged
