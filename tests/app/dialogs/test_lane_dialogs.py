"""The lane manager: every change is one undo step, and undo gives back the exact earlier file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QDialogButtonBox, QInputDialog, QLabel, QLineEdit, QWidget

from gui.app.document.document_model import DocumentModel
from gui.app.dialogs.lane_dialogs import LaneDeleteDialog, LaneManagerDialog
from gui.core.document import edits
from gui.core.storage.fileformat import read_document
from gui.core.storage.fileformat_write import encode_document
from gui.core.document.model import Lane, new_document
from tests.app.modal import answering, click, no_prompt




def ok_button(dialog) -> QWidget:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def type_and_ok(qtbot, text: str, replace: bool = True):
    """An answer for a QInputDialog: type ``text`` (replacing what is there) and click OK."""

    def answer(dialog) -> None:
        line = dialog.findChild(QLineEdit)
        if replace:
            line.selectAll()
        qtbot.keyClicks(line, text)
        click(qtbot, ok_button(dialog))

    return answer


@pytest.fixture
def model(sample_path) -> DocumentModel:
    document_model = DocumentModel()
    document_model.set_document(read_document(sample_path).document, sample_path)
    return document_model


@pytest.fixture
def dialog(qtbot, model) -> LaneManagerDialog:
    manager = LaneManagerDialog(model)
    qtbot.addWidget(manager)
    manager.show()
    qtbot.waitExposed(manager)
    return manager


def select(qtbot, dialog: LaneManagerDialog, lane_id: str) -> None:
    row = dialog.lane_ids().index(lane_id)
    rect = dialog.lane_list.visualItemRect(dialog.lane_list.item(row))
    qtbot.mouseClick(dialog.lane_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.selected_lane_id() == lane_id


def texts(dialog: LaneManagerDialog) -> list[str]:
    return [dialog.lane_list.item(row).text() for row in range(dialog.lane_list.count())]


def lane_ids(model: DocumentModel) -> list[str]:
    return [lane.id for lane in model.document.lanes]


def assert_one_step_undone(model: DocumentModel, before: bytes, steps_before: int) -> None:
    assert model.undo_stack.count() == steps_before + 1
    model.undo_stack.undo()
    assert encode_document(model.document) == before


def test_lists_each_lane_with_its_colour_and_event_count(dialog):
    assert texts(dialog) == ["Huawei — 8 events", "Xiaomi — 4 events"]
    swatch = dialog.lane_list.item(0).icon().pixmap(14, 14).toImage().pixelColor(7, 7)
    assert swatch.name() == "#c7000b"
    assert dialog.selected_lane_id() == "huawei"


def test_add_a_lane_by_typing_its_name(qtbot, dialog, model):
    before, steps = encode_document(model.document), model.undo_stack.count()
    with answering(QInputDialog, type_and_ok(qtbot, "Motorola")):
        click(qtbot, dialog.add_button)
    assert [lane.name for lane in model.document.lanes] == ["Huawei", "Xiaomi", "Motorola"]
    assert texts(dialog)[-1] == "Motorola — 0 events"
    assert dialog.selected_lane_id() == "motorola"
    assert model.undo_stack.undoText() == "Add lane «Motorola»"
    assert_one_step_undone(model, before, steps)
    assert texts(dialog) == ["Huawei — 8 events", "Xiaomi — 4 events"]


@pytest.mark.parametrize("answer", ["empty", "cancel"])
def test_an_empty_or_cancelled_name_adds_nothing(qtbot, dialog, model, answer):
    before = encode_document(model.document)

    def respond(prompt) -> None:
        if answer == "cancel":
            prompt.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
        else:
            type_and_ok(qtbot, "   ")(prompt)

    with answering(QInputDialog, respond):
        click(qtbot, dialog.add_button)
    assert model.undo_stack.count() == 0
    assert encode_document(model.document) == before


def test_rename_a_lane(qtbot, dialog, model):
    select(qtbot, dialog, "xiaomi")
    before, steps = encode_document(model.document), model.undo_stack.count()

    def answer(prompt) -> None:
        assert prompt.findChild(QLineEdit).text() == "Xiaomi"
        type_and_ok(qtbot, "Xiaomi Corp.")(prompt)

    with answering(QInputDialog, answer):
        click(qtbot, dialog.rename_button)
    assert model.lane("xiaomi").name == "Xiaomi Corp."  # the id (which events use) stays
    assert texts(dialog) == ["Huawei — 8 events", "Xiaomi Corp. — 4 events"]
    assert dialog.selected_lane_id() == "xiaomi"
    assert_one_step_undone(model, before, steps)


def test_edit_a_lanes_other_names(qtbot, dialog, model):
    select(qtbot, dialog, "xiaomi")
    before, steps = encode_document(model.document), model.undo_stack.count()

    def answer(prompt) -> None:
        assert prompt.findChild(QLineEdit).text() == "Mi, Xiamoi"
        type_and_ok(qtbot, "Mi, Xiamoi, Redmi, , Mi")(prompt)

    with answering(QInputDialog, answer):
        click(qtbot, dialog.aliases_button)
    assert model.lane("xiaomi").aliases == ["Mi", "Xiamoi", "Redmi"]
    assert model.undo_stack.undoText() == "Edit other names of lane «Xiaomi»"
    assert_one_step_undone(model, before, steps)


def test_renaming_to_the_same_name_changes_nothing(qtbot, dialog, model):
    with answering(QInputDialog, lambda prompt: click(qtbot, ok_button(prompt))):
        click(qtbot, dialog.rename_button)
    assert model.undo_stack.count() == 0


def test_recolour_a_lane(qtbot, dialog, model):
    select(qtbot, dialog, "xiaomi")
    before, steps = encode_document(model.document), model.undo_stack.count()

    def answer(prompt: QColorDialog) -> None:
        assert prompt.currentColor().name() == "#ff6900"
        prompt.setCurrentColor(QColor("#123456"))
        click(qtbot, ok_button(prompt))

    with answering(QColorDialog, answer):
        click(qtbot, dialog.colour_button)
    assert model.lane("xiaomi").color == "#123456"
    assert dialog.lane_list.item(1).icon().pixmap(14, 14).toImage().pixelColor(7, 7).name() == "#123456"
    assert model.undo_stack.undoText() == "Recolour lane «Xiaomi»"
    assert_one_step_undone(model, before, steps)


def test_keeping_the_colour_changes_nothing(qtbot, dialog, model):
    with answering(QColorDialog, lambda prompt: click(qtbot, ok_button(prompt))):
        click(qtbot, dialog.colour_button)
    assert model.undo_stack.count() == 0


def test_move_lanes_up_and_down(qtbot, dialog, model):
    before = encode_document(model.document)
    assert not dialog.up_button.isEnabled()
    select(qtbot, dialog, "xiaomi")
    assert dialog.up_button.isEnabled() and not dialog.down_button.isEnabled()

    click(qtbot, dialog.up_button)
    assert lane_ids(model) == ["xiaomi", "huawei"]
    assert dialog.lane_ids() == ["xiaomi", "huawei"]
    assert dialog.selected_lane_id() == "xiaomi"  # the moved lane stays selected
    assert model.undo_stack.count() == 1
    assert not dialog.up_button.isEnabled()

    click(qtbot, dialog.down_button)
    assert lane_ids(model) == ["huawei", "xiaomi"]
    assert model.undo_stack.count() == 2
    model.undo_stack.undo()
    assert lane_ids(model) == ["xiaomi", "huawei"]
    model.undo_stack.undo()
    assert encode_document(model.document) == before
    assert dialog.lane_ids() == ["huawei", "xiaomi"]
    assert dialog.selected_lane_id() == "xiaomi"


def test_delete_a_lane_moving_its_events_to_another(qtbot, dialog, model):
    before, steps = encode_document(model.document), model.undo_stack.count()
    huawei_events = {e.id for e in model.document.events if e.lane == "huawei"}
    assert len(huawei_events) == 8

    def answer(prompt: LaneDeleteDialog) -> None:
        assert "8 events" in prompt.question.text()
        assert prompt.move_radio.isChecked()
        assert prompt.target_combo.currentData() == "xiaomi"
        click(qtbot, prompt.button_box.button(QDialogButtonBox.StandardButton.Ok))

    with answering(LaneDeleteDialog, answer):
        click(qtbot, dialog.delete_button)
    assert lane_ids(model) == ["xiaomi"]
    assert len(model.document.events) == 12
    assert all(e.lane == "xiaomi" for e in model.document.events)
    assert texts(dialog) == ["Xiaomi — 12 events"]
    assert dialog.selected_lane_id() == "xiaomi"
    assert_one_step_undone(model, before, steps)
    assert texts(dialog) == ["Huawei — 8 events", "Xiaomi — 4 events"]


def test_delete_a_lane_with_its_events(qtbot, dialog, model):
    before, steps = encode_document(model.document), model.undo_stack.count()

    def answer(prompt: LaneDeleteDialog) -> None:
        click(qtbot, prompt.delete_radio)
        assert not prompt.target_combo.isEnabled()
        click(qtbot, prompt.button_box.button(QDialogButtonBox.StandardButton.Ok))

    with answering(LaneDeleteDialog, answer):
        click(qtbot, dialog.delete_button)
    assert lane_ids(model) == ["xiaomi"]
    assert len(model.document.events) == 4
    assert {e.lane for e in model.document.events} == {"xiaomi"}
    assert_one_step_undone(model, before, steps)


def test_cancelling_the_delete_changes_nothing(qtbot, dialog, model):
    before = encode_document(model.document)
    def cancel(prompt: LaneDeleteDialog) -> None:
        click(qtbot, prompt.button_box.button(QDialogButtonBox.StandardButton.Cancel))

    with answering(LaneDeleteDialog, cancel):
        click(qtbot, dialog.delete_button)
    assert model.undo_stack.count() == 0
    assert encode_document(model.document) == before


def test_an_empty_lane_is_deleted_without_asking(qtbot, dialog, model):
    dialog.add_lane("Empty")
    before, steps = encode_document(model.document), model.undo_stack.count()
    assert dialog.selected_lane_id() == "empty"
    with no_prompt():
        click(qtbot, dialog.delete_button)
    assert lane_ids(model) == ["huawei", "xiaomi"]
    assert dialog.selected_lane_id() == "xiaomi"
    assert_one_step_undone(model, before, steps)


def test_the_only_lane_can_only_take_its_events_with_it(qtbot):
    lane = Lane("solo", "Solo")
    prompt = LaneDeleteDialog(lane, 3, [])
    qtbot.addWidget(prompt)
    assert not prompt.move_radio.isEnabled()
    assert not prompt.target_combo.isEnabled()
    assert prompt.delete_radio.isChecked()
    assert prompt.move_to() is None


def test_follows_changes_made_elsewhere(qtbot, dialog, model):
    select(qtbot, dialog, "xiaomi")
    model.push(edits.add_lane(model.document, "Oppo", position=0))
    assert texts(dialog) == ["Oppo — 0 events", "Huawei — 8 events", "Xiaomi — 4 events"]
    assert dialog.selected_lane_id() == "xiaomi"
    model.push(edits.edit_event(model.document, model.document.events[0].id, lane="oppo"))
    assert texts(dialog)[0] == "Oppo — 1 event"

    other = new_document()
    other.lanes.append(Lane("zte", "ZTE"))
    model.set_document(other, None)
    assert texts(dialog) == ["ZTE — 0 events"]
    assert dialog.selected_lane_id() == "zte"


def test_lane_names_are_shown_as_plain_text(qtbot, dialog, model):
    dialog.rename_lane("huawei", "<b>x</b>")
    assert texts(dialog)[0] == "<b>x</b> — 8 events"

    def answer(prompt) -> None:
        label = prompt.findChild(QLabel)
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert "<b>x</b>" in label.text()
        prompt.reject()

    select(qtbot, dialog, "huawei")
    with answering(QInputDialog, answer):
        click(qtbot, dialog.rename_button)

    prompt = LaneDeleteDialog(model.lane("huawei"), 8, [model.lane("xiaomi")])
    qtbot.addWidget(prompt)
    assert prompt.question.textFormat() == Qt.TextFormat.PlainText
    assert "“<b>x</b>”" in prompt.question.text()


def test_a_lane_name_with_bidi_controls_shows_marks_and_an_unedited_rename_keeps_it(qtbot, dialog, model):
    name = "Invoice \u202efdp.exe"
    model.push(edits.edit_lane(model.document, "xiaomi", name=name))
    select(qtbot, dialog, "xiaomi")
    assert texts(dialog)[1].startswith("Invoice ‹RLO›fdp.exe")
    shown = []

    def answer(prompt) -> None:
        shown.append(prompt.findChild(QLineEdit).text())
        click(qtbot, ok_button(prompt))  # accepted without editing

    with answering(QInputDialog, answer):
        click(qtbot, dialog.rename_button)
    assert shown == ["Invoice ‹RLO›fdp.exe"]
    assert model.lane("xiaomi").name == name  # byte for byte what it was
