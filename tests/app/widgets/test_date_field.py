"""The date field takes dates as people type them, previews them in words and stores EDTF."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def form_on_a_copy(window, tmp_path, sample_path):
    path = tmp_path / "timeline.json"
    shutil.copy(sample_path, path)
    assert window.open_path(path)
    window.selection.select("huawei-best-buy")
    return window, window.detail_pane.form.start_field


def _type(qtbot, field, text: str) -> None:
    field.line_edit.clear()
    qtbot.keyClicks(field.line_edit, text)


def test_dec_2017_is_stored_as_2017_12_with_a_preview_in_words(qtbot, form_on_a_copy):
    window, field = form_on_a_copy
    _type(qtbot, field, "Dec 2017")
    assert not field.error_label.isVisible()
    assert field.preview_label.isVisible()
    assert field.preview_label.text() == "→ December 2017  (saved as 2017-12)"
    qtbot.keyClick(field.line_edit, Qt.Key.Key_Return)
    assert window.model.find_event("huawei-best-buy").start == "2017-12"
    assert field.line_edit.text() == "2017-12"
    assert field.preview_label.text() == "→ December 2017"
    assert window.model.undo_stack.count() == 1


def test_mid_2017_says_what_the_file_keeps(qtbot, form_on_a_copy):
    window, field = form_on_a_copy
    _type(qtbot, field, "mid-2017")
    assert '"mid" is not kept' in field.preview_label.text()
    qtbot.keyClick(field.line_edit, Qt.Key.Key_Return)
    assert window.model.find_event("huawei-best-buy").start == "2017"


def test_a_misspelt_month_says_what_to_type_and_commits_nothing(qtbot, form_on_a_copy):
    window, field = form_on_a_copy
    _type(qtbot, field, "Decmber 2017")
    assert field.error_label.isVisible()
    assert field.error_label.text() == "Not a date I can read: 'Decmber 2017'. Try 2018, Dec 2017 or 5 Dec 2017."
    assert not field.preview_label.isVisible()
    qtbot.keyClick(field.line_edit, Qt.Key.Key_Return)
    assert window.model.find_event("huawei-best-buy").start == "2017?"
    assert window.model.undo_stack.count() == 0


def test_typed_dates_are_checked_against_the_other_end_as_edtf(qtbot, window, tmp_path, sample_path):
    path = tmp_path / "timeline.json"
    shutil.copy(sample_path, path)
    assert window.open_path(path)
    ranged = next(event for event in window.model.document.events if event.end not in (None, ".."))
    window.selection.select(ranged.id)
    end_field = window.detail_pane.form.end_field
    _type(qtbot, end_field, "Jan 1900")
    assert end_field.error_label.isVisible()
    assert "before the start" in end_field.error_label.text()
