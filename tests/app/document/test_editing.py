"""Editing and saving, driven as a user would: typing in the form, menus, shortcuts, real prompts."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from gui.app.window import prompts
from gui.core.storage import atomic
from gui.core.document import edits
from gui.core.storage.fileformat_write import encode_document
from gui.app.dialogs.add_event_dialog import AddEventDialog
from tests.app.conftest import REAL_PROMPTS
from tests.app.modal import answering, click


@pytest.fixture
def editing(window, tmp_path, sample_path):
    """The window on a copy of the sample in tmp_path, so saving is safe."""
    path = tmp_path / "timeline.json"
    shutil.copy(sample_path, path)
    assert window.open_path(path)
    return window, path


def answer_next_prompt(qtbot, button_text: str, seen: list) -> None:
    """Click a button of the next modal message box, the way a user would."""

    def click():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        for button in box.findChildren(type(box.buttons()[0])):
            if button.text().replace("&", "") == button_text:
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, click)


def test_typing_a_new_title_is_one_labelled_undo_step(qtbot, editing):
    window, _ = editing
    window.selection.select("huawei-best-buy")
    title = window.detail_pane.form.title_edit
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    title.selectAll()
    qtbot.keyClicks(title, "Huawei phones in Best Buy stores")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert window.model.find_event("huawei-best-buy").title == "Huawei phones in Best Buy stores"
    assert window.isWindowModified()
    assert window.undo_action.text() == "&Undo Rename «Huawei phones in Best Buy stores»"
    window.undo_action.trigger()
    assert window.model.find_event("huawei-best-buy").title == "Popular Huawei phones reach Best Buy"
    assert not window.isWindowModified()
    assert window.redo_action.text() == "&Redo Rename «Huawei phones in Best Buy stores»"


def test_an_invalid_date_is_marked_at_the_field_and_not_committed(qtbot, editing):
    window, _ = editing
    window.selection.select("huawei-best-buy")
    field = window.detail_pane.form.start_field
    field.line_edit.clear()
    qtbot.keyClicks(field.line_edit, "2018-13")
    assert field.error_label.isVisible()
    assert "month 13 is out of range" in field.error_label.text()
    qtbot.keyClick(field.line_edit, Qt.Key.Key_Return)
    assert window.model.find_event("huawei-best-buy").start == "2017?"
    assert window.model.undo_stack.count() == 0
    field.line_edit.clear()
    qtbot.keyClicks(field.line_edit, "2017-11~")
    assert not field.error_label.isVisible()
    qtbot.keyClick(field.line_edit, Qt.Key.Key_Return)
    assert window.model.find_event("huawei-best-buy").start == "2017-11~"
    assert window.detail_pane.form.when_label.text() == "c. November 2017"


def test_an_end_before_the_start_is_refused(qtbot, editing):
    window, _ = editing
    window.selection.select("huawei-pursues-carrier-deal")  # 2015~ .. 2017?
    field = window.detail_pane.form.end_field
    field.line_edit.clear()
    qtbot.keyClicks(field.line_edit, "2014")
    qtbot.keyClick(field.line_edit, Qt.Key.Key_Return)
    assert 'End "2014" is before the start "2015~"' in field.error_label.text()
    assert window.model.find_event("huawei-pursues-carrier-deal").end == "2017?"


def test_kind_accepts_a_new_value(qtbot, editing):
    window, _ = editing
    window.selection.select("huawei-best-buy")
    combo = window.detail_pane.form.kind_combo
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "price-war")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert window.model.find_event("huawei-best-buy").kind == "price-war"
    assert "price-war" in window.model.layout.kinds


def test_partners_tags_and_notes(qtbot, editing):
    window, _ = editing
    window.selection.select("huawei-best-buy")
    form = window.detail_pane.form
    form.partners_edit.clear()
    qtbot.keyClicks(form.partners_edit, "Best Buy, Amazon , ,Best Buy")
    qtbot.keyClick(form.partners_edit, Qt.Key.Key_Return)
    form.notes_edit.setFocus()
    qtbot.keyClick(form.notes_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.notes_edit, " More.")
    form.title_edit.setFocus()  # leaving the notes commits them
    event = window.model.find_event("huawei-best-buy")
    assert event.partners == ["Best Buy", "Amazon"]
    assert event.notes.endswith("More.")
    assert window.model.undo_stack.count() == 2


def test_delete_and_duplicate_from_the_keyboard(qtbot, editing):
    window, _ = editing
    plot = window.timeline.plot
    plot.setFocus()
    window.selection.select("huawei-best-buy")
    qtbot.keyClick(plot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.model.find_event("huawei-best-buy-copy") is not None
    assert window.selection.ids == ["huawei-best-buy-copy"]
    qtbot.keyClick(plot, Qt.Key.Key_Delete)
    qtbot.keyClick(plot, Qt.Key.Key_Delete)  # nothing selected any more: no-op
    assert window.model.find_event("huawei-best-buy-copy") is None
    assert window.undo_action.text() == "&Undo Delete «Popular Huawei phones reach Best Buy»"
    assert len(window.model.document.events) == 12


def test_new_event_goes_to_the_title_field(qtbot, editing):
    # New Event now asks for the date (it used to date the event at the middle of the view, to the day).
    window, _ = editing
    window.selection.select("xiaomi-china-india")

    def give_a_date(dialog):
        assert dialog.lane_combo.currentData() == "xiaomi"  # the current event's lane
        qtbot.keyClicks(dialog.start_field.line_edit, "2019")
        qtbot.keyClicks(dialog.status_combo.lineEdit(), "confirmed")
        click(qtbot, dialog.ok_button)

    with answering(AddEventDialog, give_a_date):
        window.actions.new_event.trigger()
    new = window.model.find_event(window.selection.current)
    assert new.lane == "xiaomi" and new.title == "New event" and new.start == "2019"
    assert window.undo_action.text() == "&Undo Add «New event»"


def test_save_writes_the_file_and_clears_the_modified_marker(qtbot, editing):
    window, path = editing
    original = path.read_bytes()
    window.actions.save.trigger()  # unchanged: byte-identical
    assert path.read_bytes() == original
    window.selection.select("huawei-best-buy")
    window.model.push(edits.edit_event(window.model.document, "huawei-best-buy", title="T"))
    assert window.isWindowModified()
    qtbot.keyClick(window.timeline.plot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    assert path.read_bytes() == encode_document(window.model.document)
    assert b'"title": "T"' in path.read_bytes()


def _edit(window):
    from gui.core.document import edits

    window.model.push(edits.edit_event(window.model.document, "huawei-best-buy", "Rename", title="Edited"))


def test_closing_with_changes_asks_and_cancel_keeps_the_window(qtbot, editing, monkeypatch):
    window, path = editing
    monkeypatch.setattr(prompts, "ask_save_changes", REAL_PROMPTS["ask_save_changes"])
    _edit(window)
    seen: list = []
    answer_next_prompt(qtbot, "Cancel", seen)
    window.close()
    assert seen == ["Save the changes to “timeline.json”?"]
    assert window.isVisible() and window.isWindowModified()
    answer_next_prompt(qtbot, "Save", seen)
    window.close()
    assert not window.isVisible()
    assert b'"title": "Edited"' in path.read_bytes()


def test_discard_closes_without_writing(qtbot, editing, monkeypatch):
    window, path = editing
    monkeypatch.setattr(prompts, "ask_save_changes", REAL_PROMPTS["ask_save_changes"])
    before = path.read_bytes()
    _edit(window)
    answer_next_prompt(qtbot, "Discard", [])
    window.close()
    assert not window.isVisible()
    assert path.read_bytes() == before


def test_a_failed_save_keeps_the_original_and_the_changes(qtbot, editing, monkeypatch):
    window, path = editing
    shown = []
    monkeypatch.setattr(prompts, "tell_save_failed", lambda parent, name, reason: shown.append(reason))
    window.show_dialogs = True
    before = path.read_bytes()
    _edit(window)

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    assert not window.save()
    assert shown == ["No space left on device"]
    assert path.read_bytes() == before
    assert not list(path.parent.glob("*.inroads-tmp"))  # no temp file left
    assert window.isWindowModified()
    assert window.model.find_event("huawei-best-buy").title == "Edited"


def test_a_change_on_disk_is_never_silently_overwritten(qtbot, editing, monkeypatch):
    window, path = editing
    _edit(window)
    path.write_bytes(path.read_bytes().replace(b"Huawei in talks", b"Huawei (edited elsewhere) in talks"))
    qtbot.waitUntil(lambda: window.info_bar.isVisible(), timeout=5000)
    assert "changed on disk" in window.info_bar.label.text()
    monkeypatch.setattr(prompts, "ask_disk_conflict", REAL_PROMPTS["ask_disk_conflict"])
    seen: list = []
    answer_next_prompt(qtbot, "Cancel", seen)
    assert not window.save()
    assert seen == ["“timeline.json” changed on disk."]
    assert b"edited elsewhere" in path.read_bytes()
    assert window.isWindowModified()
    answer_next_prompt(qtbot, "Overwrite", seen)
    assert window.save()
    assert b"edited elsewhere" not in path.read_bytes() and b'"title": "Edited"' in path.read_bytes()


def test_reload_from_the_info_bar_takes_the_disk_version(qtbot, editing):
    window, path = editing
    path.write_bytes(path.read_bytes().replace(b"Huawei in talks", b"Huawei (new) in talks"))
    qtbot.waitUntil(lambda: window.info_bar.isVisible(), timeout=5000)
    reload_button = next(b for b in window.info_bar.buttons if b.text() == "Reload")
    qtbot.mouseClick(reload_button, Qt.MouseButton.LeftButton)
    assert window.model.find_event("huawei-att-verizon-talks").title == "Huawei (new) in talks with AT&T and Verizon"
    assert not window.info_bar.isVisible()


def test_new_document_after_asking(qtbot, editing, monkeypatch):
    window, _ = editing
    monkeypatch.setattr(prompts, "ask_save_changes", REAL_PROMPTS["ask_save_changes"])
    _edit(window)
    answer_next_prompt(qtbot, "Discard", [])
    window.actions.new.trigger()
    assert window.model.path is None and window.model.document.events == []
    assert window.windowTitle() == "Untitled[*] — Inroads"
    assert not window.isWindowModified()




def test_showing_notes_with_no_break_spaces_changes_nothing(qtbot, editing):
    window, _ = editing
    from gui.core.document import edits as core_edits

    window.model.push(core_edits.edit_event(window.model.document, "huawei-best-buy", notes="A\u00a0B\nC"))
    window.model.undo_stack.setClean()
    window.selection.select("huawei-best-buy")
    form = window.detail_pane.form
    form.notes_edit.setFocus()
    form.title_edit.setFocus()  # focus passes through the notes without typing
    assert window.model.find_event("huawei-best-buy").notes == "A\u00a0B\nC"
    assert not window.isWindowModified()
    assert form.notes_edit.text() == "A\u00a0B\nC"


def test_saving_a_deleted_file_recreates_it_after_asking(qtbot, editing, monkeypatch):
    window, path = editing
    monkeypatch.setattr(prompts, "ask_recreate", REAL_PROMPTS["ask_recreate"])
    _edit(window)
    path.unlink()
    seen: list = []
    answer_next_prompt(qtbot, "Cancel", seen)
    assert not window.save()
    assert not path.exists() and window.isWindowModified()
    answer_next_prompt(qtbot, "Save", seen)
    assert window.save()
    assert len(seen) == 2 and "was deleted or moved" in seen[0]
    assert b'"title": "Edited"' in path.read_bytes()
