"""The source dialogs: adding, editing and deleting sources, each one undo step that undoes exactly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from gui.app.document_model import DocumentModel
from gui.app.source_dialogs import SourceEditDialog, SourceManagerDialog
from gui.core import edits
from gui.core.fileformat import encode_document, read_document
from gui.core.model import Source
from tests.app.modal import answering, click, no_prompt

SAMPLE_SOURCE = "bloomberg-talks-2018"




def message_button(box: QMessageBox, text: str) -> QWidget:
    return next(button for button in box.buttons() if button.text().replace("&", "") == text)


@pytest.fixture
def model(sample_path) -> DocumentModel:
    document_model = DocumentModel()
    document_model.set_document(read_document(sample_path).document, sample_path)
    return document_model


@pytest.fixture
def dialog(qtbot, model) -> SourceManagerDialog:
    manager = SourceManagerDialog(model)
    qtbot.addWidget(manager)
    manager.show()
    qtbot.waitExposed(manager)
    return manager


def row_texts(dialog: SourceManagerDialog) -> list[list[str]]:
    tree = dialog.source_list
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())] for i in range(tree.topLevelItemCount())]


def select(qtbot, dialog: SourceManagerDialog, source_id: str) -> None:
    tree = dialog.source_list
    item = tree.topLevelItem(dialog.source_ids().index(source_id))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
    assert dialog.selected_source_id() == source_id


def assert_one_step_undone(model: DocumentModel, before: bytes, steps_before: int) -> None:
    assert model.undo_stack.count() == steps_before + 1
    model.undo_stack.undo()
    assert encode_document(model.document) == before


def cited_sources(model: DocumentModel) -> set[str]:
    return {evidence.source for event in model.document.events for evidence in event.evidence}


def test_lists_sources_with_their_date_in_words_and_citations(dialog):
    assert row_texts(dialog) == [
        [
            "Huawei and Xiaomi in Talks with AT&T and Verizon to Carry Phones in 2018",
            "",
            "2017 (uncertain)",
            "12 events",
        ]
    ]
    assert dialog.selected_source_id() == SAMPLE_SOURCE


def test_add_a_source_with_pasted_text(qtbot, dialog, model):
    article = "Line one of the article.\nSecond line, with a\u00a0no-break space.\n"
    QApplication.clipboard().setText(article)
    before, steps = encode_document(model.document), model.undo_stack.count()

    def fill(editor: SourceEditDialog) -> None:
        assert editor.text_edit.toPlainText() == ""
        qtbot.keyClicks(editor.title_edit, "Phones arrive")
        qtbot.keyClicks(editor.publisher_edit, "The Verge")
        qtbot.keyClicks(editor.url_edit, "https://example.com/a")
        qtbot.keyClicks(editor.published_edit, "2018-01-09")
        qtbot.keyClicks(editor.cites_edit, "Bloomberg, The Information")
        click(qtbot, editor.paste_button)
        click(qtbot, editor.ok_button)

    with answering(SourceEditDialog, fill):
        click(qtbot, dialog.add_button)
    source = model.document.sources[-1]
    assert source == Source(
        "phones-arrive",
        title="Phones arrive",
        publisher="The Verge",
        url="https://example.com/a",
        published="2018-01-09",
        cites=["Bloomberg", "The Information"],
        text=article,
    )
    assert row_texts(dialog)[-1] == ["Phones arrive", "The Verge", "9 January 2018", "—"]
    assert dialog.selected_source_id() == "phones-arrive"
    assert_one_step_undone(model, before, steps)
    assert dialog.source_ids() == [SAMPLE_SOURCE]


def test_edit_a_sources_metadata_and_text(qtbot, dialog, model):
    before, steps = encode_document(model.document), model.undo_stack.count()
    old = model.source(SAMPLE_SOURCE)

    def edit(editor: SourceEditDialog) -> None:
        assert editor.title_edit.text() == old.title
        assert editor.published_edit.text() == "2017?"
        assert editor.cites_edit.text() == "Bloomberg"
        qtbot.keyClicks(editor.publisher_edit, "Bloomberg")
        editor.published_edit.selectAll()
        qtbot.keyClicks(editor.published_edit, "2017-12-27")
        editor.text_edit.moveCursor(editor.text_edit.textCursor().MoveOperation.End)
        qtbot.keyClicks(editor.text_edit, "A line added.")
        click(qtbot, editor.ok_button)

    with answering(SourceEditDialog, edit):
        click(qtbot, dialog.edit_button)
    new = model.source(SAMPLE_SOURCE)
    assert (new.publisher, new.published) == ("Bloomberg", "2017-12-27")
    assert new.text == old.text + "A line added."
    assert (new.title, new.cites, new.notes, new.url) == (old.title, old.cites, old.notes, old.url)
    assert row_texts(dialog)[0][1:3] == ["Bloomberg", "27 December 2017"]
    assert_one_step_undone(model, before, steps)


@pytest.mark.parametrize("button", ["ok", "cancel"])
def test_an_untouched_or_cancelled_edit_changes_nothing(qtbot, dialog, model, button):
    before = encode_document(model.document)

    def answer(editor: SourceEditDialog) -> None:
        if button == "cancel":
            qtbot.keyClicks(editor.title_edit, " (changed)")
            click(qtbot, editor.button_box.button(QDialogButtonBox.StandardButton.Cancel))
        else:
            click(qtbot, editor.ok_button)

    with answering(SourceEditDialog, answer):
        click(qtbot, dialog.edit_button)
    assert model.undo_stack.count() == 0
    assert encode_document(model.document) == before


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


def test_delete_an_uncited_source_without_asking(qtbot, dialog, model):
    dialog.add_source({"title": "Loose article", "text": "Nothing cites this."})
    before, steps = encode_document(model.document), model.undo_stack.count()
    assert dialog.selected_source_id() == "loose-article"
    with no_prompt():
        click(qtbot, dialog.delete_button)
    assert [s.id for s in model.document.sources] == [SAMPLE_SOURCE]
    assert dialog.source_ids() == [SAMPLE_SOURCE]
    assert_one_step_undone(model, before, steps)


def test_delete_a_cited_source_after_confirming(qtbot, dialog, model):
    before, steps = encode_document(model.document), model.undo_stack.count()
    assert cited_sources(model) == {SAMPLE_SOURCE}

    def confirm(box: QMessageBox) -> None:
        assert "12 events cite it" in box.informativeText()
        assert "removed too" in box.informativeText()
        click(qtbot, message_button(box, "Delete"))

    with answering(QMessageBox, confirm):
        click(qtbot, dialog.delete_button)
    assert model.document.sources == []
    assert cited_sources(model) == set()
    assert len(model.document.events) == 12
    assert dialog.source_ids() == []
    assert not dialog.edit_button.isEnabled()
    assert model.undo_stack.undoText().startswith("Delete source «Huawei and Xiaomi")
    assert_one_step_undone(model, before, steps)
    assert dialog.source_ids() == [SAMPLE_SOURCE]


def test_cancelling_the_delete_changes_nothing(qtbot, dialog, model):
    before = encode_document(model.document)
    with answering(QMessageBox, lambda box: click(qtbot, message_button(box, "Cancel"))):
        click(qtbot, dialog.delete_button)
    assert model.undo_stack.count() == 0
    assert encode_document(model.document) == before


def test_follows_changes_made_elsewhere(dialog, model):
    model.push(edits.add_source(model.document, "Elsewhere", "text", published="2019-02"))
    assert dialog.source_ids() == [SAMPLE_SOURCE, "elsewhere"]
    assert dialog.selected_source_id() == SAMPLE_SOURCE
    model.push(edits.delete_events(model.document, [model.document.events[0].id]))
    assert row_texts(dialog)[0][3] == "11 events"
    model.undo_stack.undo()
    model.undo_stack.undo()
    assert row_texts(dialog)[0][3] == "12 events"
    assert dialog.source_ids() == [SAMPLE_SOURCE]


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


def test_titles_are_shown_as_plain_text(qtbot, dialog, model):
    dialog.edit_source(SAMPLE_SOURCE, {"title": "<b>x</b>"})
    assert row_texts(dialog)[0][0] == "<b>x</b>"

    def check(box: QMessageBox) -> None:
        assert box.textFormat() == Qt.TextFormat.PlainText
        assert "“<b>x</b>”" in box.text()
        click(qtbot, message_button(box, "Cancel"))

    with answering(QMessageBox, check):
        click(qtbot, dialog.delete_button)
    assert model.source(SAMPLE_SOURCE) is not None
