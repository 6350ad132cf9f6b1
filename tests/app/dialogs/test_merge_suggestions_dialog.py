"""Edit ▸ Suggest Merges…: the groups that look like the same report, chosen with a click, merged as one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.core.storage.fileformat_write import write_document
from tests.core.analysis.conftest import market_document


@pytest.fixture
def market_window(window, tmp_path):
    path = tmp_path / "market.json"
    write_document(market_document(), path)
    assert window.open_path(path), window.files.last_load_error
    return window


def _menu_action(window, menu: str, text: str):
    entries = next(a for a in window.menuBar().actions() if a.text() == menu).menu().actions()
    return next(a for a in entries if a.text() == text)


def _click_group(qtbot, dialog, row: int) -> None:
    rect = dialog.groups.visualItemRect(dialog.groups.item(row))
    qtbot.mouseClick(dialog.groups.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_suggested_group_is_selected_then_merged_in_one_undo_step(market_window, qtbot):
    window = market_window
    before = [e.id for e in window.model.document.events]
    _menu_action(window, "&Edit", "Suggest Mer&ges…").trigger()
    dialog = window.merge_suggestions
    qtbot.waitExposed(dialog)
    assert dialog.groups.count() == 2
    first = dialog.groups.item(0).text()
    assert first.startswith("Huawei: these 3 events look like the same report")
    assert "«Talks with AT&T», March 2017" in first
    assert not dialog.merge_button.isEnabled()
    _click_group(qtbot, dialog, 0)
    assert sorted(window.selection.ids) == ["talks-a", "talks-b", "talks-c"]
    assert dialog.merge_button.isEnabled()
    steps = window.model.undo_stack.count()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert window.model.undo_stack.count() == steps + 1
    ids = [e.id for e in window.model.document.events]
    assert "talks-a" in ids and "talks-b" not in ids and "talks-c" not in ids
    merged = window.model.find_event("talks-a")
    assert [ev.source for ev in merged.evidence] == ["bbg", "verge", "info"]
    assert merged.start == "2017-03-14"  # the earliest-known precise date
    assert window.selection.ids == ["talks-a"]
    assert dialog.groups.count() == 1  # the list follows the document
    window.undo_action.trigger()
    assert [e.id for e in window.model.document.events] == before
    assert dialog.groups.count() == 2
