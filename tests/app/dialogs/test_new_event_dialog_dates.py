"""The new-event form never invents a date (Start stays empty until typed) and offers a lane for a maker without one."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.app.dialogs.new_event_dialog import NewEventDialog
from gui.core.document.model import Lane, Source, new_document
from gui.core.evidence.extract import suggest_event


def test_a_dateless_passage_leaves_start_empty_and_ok_waits_for_a_date(qtbot):
    document = new_document()
    document.lanes.append(Lane("zte", "ZTE"))
    source = Source("s", text="ZTE is in talks with Cricket about its budget phones.")
    suggestion = suggest_event(document, source, 0, len(source.text))
    dialog = NewEventDialog(document, suggestion)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.start_field.line_edit.text() == ""
    assert "no date in the passage and the source has none" in dialog.hint_labels["start"].text()
    assert dialog.hint_labels["start"].isVisible()
    assert not dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.start_field.line_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.start_field.line_edit, "Oct 2018")
    assert dialog.ok_button.isEnabled()
    assert dialog.event_fields()["start"] == "2018-10"


def test_a_maker_without_a_lane_is_offered_as_a_new_lane(qtbot):
    document = new_document()
    document.lanes.append(Lane("huawei", "Huawei"))
    source = Source("s", published="2019-05-20", text="OnePlus will sell the 7 Pro at T-Mobile, unlike Huawei.")
    dialog = NewEventDialog(document, suggest_event(document, source, 0, len(source.text)))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.lane_combo.currentText() == "OnePlus"
    assert dialog.lane_combo.currentIndex() == -1  # not shown with Huawei's colour
    assert "New lane: OnePlus" in dialog.hint_labels["lane"].text()
    assert dialog.new_lane_name() == "OnePlus" and dialog.chosen_lane() is None
    assert dialog.ok_button.isEnabled()
