"""Edit ▸ Merge Events through the UI: one undo step that gives back the exact document."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.core.storage.fileformat_write import encode_document
from tests.app.panes.test_scoreboard_pane import _click_cell, _open_scoreboard


def test_merge_selected_events_is_one_undo_step(window, qtbot):
    before = encode_document(window.model.document)
    count = len(window.model.document.events)
    pane = _open_scoreboard(window, qtbot)
    _click_cell(qtbot, pane, "Huawei", "Carrier talks")  # selects the two carrier-talks events of Huawei
    assert window.actions.merge.isEnabled()
    steps = window.model.undo_stack.count()
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(window.model.document.events) == count - 1
    assert window.model.undo_stack.count() == steps + 1
    assert "Merge 2 events into «" in window.undo_action.text()
    merged = window.model.find_event("huawei-att-verizon-talks")
    # both dates are years: the earlier (c. 2015, with its end, 2017?) is kept; the evidence of both
    assert (merged.start, merged.end) == ("2015~", "2017?") and len(merged.evidence) == 3
    assert window.selection.ids == ["huawei-att-verizon-talks"]
    qtbot.waitUntil(lambda: not pane.refresh_pending)  # the board is built anew at the event loop's next turn
    assert _cell_text_ids(pane) == ("huawei-att-verizon-talks",)
    qtbot.keyClick(window.timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert encode_document(window.model.document) == before


def _cell_text_ids(pane):
    return pane.board.cell("huawei", "carrier-talks").event_ids
