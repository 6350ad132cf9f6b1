"""A new, empty document: a hint on the canvas, an axis around the current year, New Event invents no date,
driven with real keys and clicks."""

from __future__ import annotations

import datetime
import shutil

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog

from gui.app.dialogs.add_event_dialog import AddEventDialog
from gui.app.dialogs.lane_dialogs import LaneManagerDialog
from gui.app.dialogs.source_dialogs import SourceEditDialog
from gui.app.window import file_controller
from gui.core.document.dates import days_from_civil
from tests.app.conftest import viewport_point
from tests.app.modal import answering, click
from tests.app.mouse import double_click


def press_new_file(qtbot, window) -> None:
    window.timeline.plot.setFocus()
    qtbot.keyClick(window.timeline.plot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.model.document.events == [] and window.model.path is None


def test_an_empty_document_shows_a_hint(qtbot, window):
    press_new_file(qtbot, window)
    hint = window.timeline.empty_hint
    assert hint.isVisible()
    words = hint.text.text().lower()
    assert "add a lane" in words and "paste an article" in words and "open a timeline file" in words
    assert [b.text() for b in (hint.add_lane_button, hint.paste_button, hint.open_button)] == [
        "Add a Lane…", "Paste an Article…", "Open a File…",
    ]


def test_an_empty_document_shows_the_years_around_today(qtbot, window):
    press_new_file(qtbot, window)
    year = datetime.date.today().year  # the view, not data: no date is written anywhere
    first, last = window.timeline.visible_days()
    assert first <= days_from_civil(year, 1, 1) and days_from_civil(year, 12, 31) < last
    assert last - first < 20 * 366, "a new timeline shows years around today, not two centuries"
    window.timeline.plot.grab()  # paint, so the axis lays out its ticks
    assert str(year) in [label for _, label in window.timeline.date_axis.plan.major]


def test_the_hint_adds_a_lane_and_goes_once_there_is_an_event(qtbot, window):
    press_new_file(qtbot, window)
    hint = window.timeline.empty_hint

    def name_it(dialog: QInputDialog) -> None:
        dialog.setTextValue("Huawei")
        dialog.accept()

    with answering(QInputDialog, name_it):
        click(qtbot, hint.add_lane_button)
    assert [lane.name for lane in window.model.document.lanes] == ["Huawei"]
    assert hint.isVisible() and "Double-click in a lane" in hint.text.text()
    window.model.undo_stack.undo()  # the hint's lane is one ordinary undo step
    assert window.model.document.lanes == []
    window.model.undo_stack.redo()
    window.findChild(LaneManagerDialog).close()  # the lane manager the hint opened to ask for the name
    # A double-click in the new lane adds an event; the hint goes.
    layout = window.model.layout
    first, last = window.timeline.visible_days()
    def add(dialog: AddEventDialog) -> None:
        dialog.status_combo.setEditText("reported")
        dialog.ok_button.click()

    with answering(AddEventDialog, add):
        double_click(window.timeline.plot.viewport(), viewport_point(window.timeline, (first + last) / 2, layout.lane_top[0] + 0.5))
    assert len(window.model.document.events) == 1
    assert not hint.isVisible()


def test_the_hint_opens_a_file(qtbot, window, tmp_path, sample_path, monkeypatch):
    press_new_file(qtbot, window)
    copy = tmp_path / "picked.inroads.json"
    shutil.copy(sample_path, copy)
    monkeypatch.setattr(file_controller.QFileDialog, "getOpenFileName", lambda *args: (str(copy), ""))
    click(qtbot, window.timeline.empty_hint.open_button)
    assert window.model.path == copy.resolve() or window.model.path == copy
    assert not window.timeline.empty_hint.isVisible()


def test_ctrl_e_with_nothing_clicked_asks_for_the_date_and_invents_none(qtbot, window):
    press_new_file(qtbot, window)
    seen = {}

    def look_and_cancel(dialog: AddEventDialog) -> None:
        seen["date"] = dialog.start_field.line_edit.text()
        seen["status"] = dialog.status_combo.currentText()
        seen["can_add"] = dialog.ok_button.isEnabled()
        dialog.reject()

    with answering(AddEventDialog, look_and_cancel):
        qtbot.keyClick(window.timeline.plot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"date": "", "status": "", "can_add": False}
    assert window.model.document.events == [] and window.model.document.lanes == []
    assert not window.model.undo_stack.count()


def test_ctrl_e_adds_the_event_with_the_date_and_status_typed(qtbot, window):
    window.selection.clear()
    before = len(window.model.document.events)

    def fill_in(dialog: AddEventDialog) -> None:
        qtbot.keyClicks(dialog.start_field.line_edit, "Dec 2017")
        assert not dialog.ok_button.isEnabled(), "the status is asked, not assumed"
        qtbot.keyClicks(dialog.status_combo.lineEdit(), "rumored")
        click(qtbot, dialog.ok_button)

    window.timeline.plot.setFocus()
    with answering(AddEventDialog, fill_in):
        qtbot.keyClick(window.timeline.plot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(window.model.document.events) == before + 1
    new = window.model.find_event(window.selection.current)
    assert (new.start, new.status, new.title) == ("2017-12", "rumored", "New event")
    assert window.undo_action.text() == "&Undo Add «New event»"


def test_the_hint_pastes_an_article_as_a_source(qtbot, window):
    press_new_file(qtbot, window)
    QGuiApplication.clipboard().setText("Phones arrive\n\nHuawei is in talks with AT&T.")

    def add_it(editor: SourceEditDialog) -> None:
        click(qtbot, editor.ok_button)

    with answering(SourceEditDialog, add_it):
        click(qtbot, window.timeline.empty_hint.paste_button)
    assert [source.title for source in window.model.document.sources] == ["Phones arrive"]
    assert window.sources_panel.isVisible()
