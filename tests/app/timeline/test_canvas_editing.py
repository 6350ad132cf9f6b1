"""Editing on the canvas with real mouse drags: move, change lane, resize, rubber band; one undo step each."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt

from gui.core.document.dates import days_from_civil
from gui.core.storage.fileformat_write import encode_document
from gui.app.dialogs.add_event_dialog import AddEventDialog
from tests.app.conftest import event_point, viewport_point
from tests.app.modal import answering
from tests.app.mouse import double_click, drag


def double_click_and_add(viewport, point, status: str = "reported") -> dict:
    """Double-click empty lane space, and in the new-event dialog that opens choose a status and add.

    Returns what the dialog showed: its date (filled in from the click) and its status (never assumed).
    """
    shown: dict = {}

    def add(dialog: AddEventDialog) -> None:
        shown.update(date=dialog.start_field.line_edit.text(), status=dialog.status_combo.currentText(),
                     lane=dialog.lane_combo.currentData())
        dialog.status_combo.setEditText(status)
        dialog.ok_button.click()

    with answering(AddEventDialog, add):
        double_click(viewport, point)
    return shown


@pytest.fixture
def editable(qtbot, window, tmp_path):
    document = {
        "format": "inroads-timeline",
        "version": 1,
        "lanes": [{"id": "huawei", "name": "Huawei"}, {"id": "xiaomi", "name": "Xiaomi"}],
        "events": [
            {"id": "month", "lane": "huawei", "title": "Month event", "start": "2018-03~"},
            {"id": "year", "lane": "huawei", "title": "Year event", "start": "2016"},
            {"id": "range", "lane": "xiaomi", "title": "A range", "start": "2018-01-10", "end": "2018-06-20"},
        ],
    }
    path = tmp_path / "edit.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert window.open_path(path)
    window.timeline.show_days(days_from_civil(2017, 1, 1), days_from_civil(2019, 7, 1))
    return window


def x_of(window, year, month, day=1):
    return viewport_point(window.timeline, days_from_civil(year, month, day), 0).x()


def test_moving_a_month_event_snaps_to_months_and_is_one_undo_step(qtbot, editable):
    window = editable
    viewport = window.timeline.plot.viewport()
    start = event_point(window, "month")
    before = encode_document(window.model.document)
    captions = []
    end = QPoint(start.x() + (x_of(window, 2018, 5, 20) - x_of(window, 2018, 3, 16)), start.y())
    drag(viewport, start, end, before_release=lambda: captions.append(window.timeline.drag_preview.caption))
    event = window.model.find_event("month")
    assert event.start == "2018-05~"  # two months later, still month precision and still approximate
    assert captions == ["c. May 2018"]
    assert window.model.undo_stack.count() == 1
    assert window.undo_action.text() == "&Undo Move «Month event»"
    window.undo_action.trigger()
    assert encode_document(window.model.document) == before


def test_a_year_event_moves_by_whole_years(qtbot, editable):
    window = editable
    window.timeline.show_days(days_from_civil(2010, 1, 1), days_from_civil(2022, 1, 1))
    viewport = window.timeline.plot.viewport()
    start = event_point(window, "year")
    small = QPoint(start.x() + (x_of(window, 2016, 4) - x_of(window, 2016, 1)), start.y())
    drag(viewport, start, small)
    assert window.model.find_event("year").start == "2016"  # a quarter of a year rounds to no move
    assert window.model.undo_stack.count() == 0
    start = event_point(window, "year")
    far = QPoint(start.x() + (x_of(window, 2018, 9) - x_of(window, 2016, 1)), start.y())
    drag(viewport, start, far)
    assert window.model.find_event("year").start == "2019"


def test_dragging_to_another_lane_changes_the_lane(qtbot, editable):
    window = editable
    viewport = window.timeline.plot.viewport()
    start = event_point(window, "month")
    layout = window.model.layout
    target_y = viewport_point(window.timeline, 0, layout.lane_top[1] + 0.5).y()
    drag(viewport, start, QPoint(start.x(), target_y))
    event = window.model.find_event("month")
    assert (event.lane, event.start) == ("xiaomi", "2018-03~")
    assert window.model.undo_stack.count() == 1


def test_resizing_a_range_end_snaps_to_days(qtbot, editable):
    window = editable
    viewport = window.timeline.plot.viewport()
    layout = window.model.layout
    index = window.model.event_index("range")
    y = viewport_point(window.timeline, 0, layout.y(index) + 0.5).y()
    right_edge = viewport_point(window.timeline, layout.end_end[index], 0).x() - 1
    target = x_of(window, 2018, 9, 3)
    drag(viewport, QPoint(right_edge, y), QPoint(target, y))
    event = window.model.find_event("range")
    assert event.start == "2018-01-10"
    assert event.end in ("2018-09-02", "2018-09-03")  # the pointer's day, to a pixel
    assert window.undo_action.text() == "&Undo Resize «A range»"


def test_resizing_a_range_start_never_passes_its_end(qtbot, editable):
    window = editable
    viewport = window.timeline.plot.viewport()
    layout = window.model.layout
    index = window.model.event_index("range")
    y = viewport_point(window.timeline, 0, layout.y(index) + 0.5).y()
    left_edge = viewport_point(window.timeline, layout.start_first[index], 0).x() + 1
    drag(viewport, QPoint(left_edge, y), QPoint(x_of(window, 2019, 3, 1), y))
    event = window.model.find_event("range")
    assert event.start == "2018-06-20" and event.end == "2018-06-20"


def test_dragging_empty_space_pans_and_changes_nothing(qtbot, editable):
    window = editable
    viewport = window.timeline.plot.viewport()
    before_view = window.timeline.visible_days()
    empty_y = viewport_point(window.timeline, 0, window.model.layout.total_rows + 2).y()
    drag(viewport, QPoint(200, empty_y), QPoint(400, empty_y))
    after_view = window.timeline.visible_days()
    assert after_view[0] < before_view[0]
    assert window.model.undo_stack.count() == 0


def test_rubber_band_then_bulk_change_is_one_step(qtbot, editable):
    window = editable
    viewport = window.timeline.plot.viewport()
    layout = window.model.layout
    top_left = viewport_point(window.timeline, days_from_civil(2017, 6, 1), 0.05)
    bottom_right = viewport_point(window.timeline, days_from_civil(2019, 1, 1), layout.total_rows)
    drag(viewport, top_left, bottom_right, Qt.KeyboardModifier.ShiftModifier)
    assert set(window.selection.ids) == {"month", "range"}
    pane = window.detail_pane
    assert pane.stack.currentIndex() == 2
    assert pane.bulk_form.heading.text() == "2 events selected"
    combo = pane.bulk_form.status_combo
    combo.setCurrentIndex(combo.findText("confirmed"))
    combo.activated.emit(combo.currentIndex())
    assert {window.model.find_event(i).status for i in ("month", "range")} == {"confirmed"}
    assert window.undo_action.text() == "&Undo Set status of 2 events"
    window.undo_action.trigger()
    assert {window.model.find_event(i).status for i in ("month", "range")} == {"reported"}


def test_ctrl_click_adds_to_the_selection(qtbot, editable):
    window = editable
    viewport = window.timeline.plot.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=event_point(window, "month"))
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, event_point(window, "range"))
    assert window.selection.ids == ["month", "range"]
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, event_point(window, "month"))
    assert window.selection.ids == ["range"]


def test_double_click_on_empty_lane_space_creates_an_event_there(qtbot, editable):
    window = editable
    viewport = window.timeline.plot.viewport()
    layout = window.model.layout
    point = viewport_point(window.timeline, days_from_civil(2018, 11, 14) + 0.5, layout.lane_top[1] + 0.5)
    shown = double_click_and_add(viewport, point, status="rumored")
    assert shown["status"] == "" and shown["lane"] == "xiaomi"  # the status is asked, never assumed
    new_id = window.selection.current
    event = window.model.find_event(new_id)
    assert event.lane == "xiaomi"
    assert event.start[:7] == "2018-11" and event.status == "rumored"
    assert window.model.undo_stack.undoText().startswith("Add")
    assert window.detail_pane.form.title_edit.hasFocus() or window.detail_pane.form.title_edit.selectedText() == "New event"


def _double_click_in_lane(window, lane: int, day: float) -> str:
    layout = window.model.layout
    shown = double_click_and_add(window.timeline.plot.viewport(), viewport_point(window.timeline, day, layout.lane_top[lane] + 0.5))
    start = window.model.find_event(window.selection.current).start
    assert shown["date"] == start  # the dialog showed the clicked period
    return start


def test_double_click_at_a_zoom_of_decades_makes_a_year(qtbot, window, tmp_path):
    path = tmp_path / "lanes-only.json"  # no events: the view may take in decades
    path.write_text(json.dumps({"format": "inroads-timeline", "version": 1, "lanes": [{"id": "zte", "name": "ZTE"}]}))
    assert window.open_path(path)
    window.timeline.show_days(days_from_civil(1980, 1, 1), days_from_civil(2040, 1, 1))
    assert _double_click_in_lane(window, 0, days_from_civil(2003, 7, 9) + 0.5) == "2003"


def test_double_click_at_a_zoom_of_months_makes_a_month(qtbot, editable):
    window = editable  # two and a half years across the canvas
    assert _double_click_in_lane(window, 1, days_from_civil(2018, 11, 14) + 0.5) == "2018-11"


def test_double_click_at_a_zoom_of_days_makes_that_day(qtbot, editable):
    window = editable
    window.timeline.show_days(days_from_civil(2018, 11, 1), days_from_civil(2018, 12, 1))
    assert _double_click_in_lane(window, 1, days_from_civil(2018, 11, 14) + 0.5) == "2018-11-14"


def test_cancelling_the_double_click_dialog_adds_nothing(qtbot, editable):
    window = editable
    layout = window.model.layout
    count = len(window.model.document.events)
    with answering(AddEventDialog, lambda dialog: dialog.reject()):
        double_click(window.timeline.plot.viewport(),
                     viewport_point(window.timeline, days_from_civil(2018, 11, 14) + 0.5, layout.lane_top[1] + 0.5))
    assert len(window.model.document.events) == count
    assert window.model.undo_stack.count() == 0
