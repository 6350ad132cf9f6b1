"""Filters: every checkbox means the same (ticked = shown, all ticked at first); a lane with hidden events says so."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from gui.core.view.lane_counts import count_words, shown_per_lane


def _all_ticked(checklist) -> bool:
    return all(checklist.item(i).checkState() == Qt.CheckState.Checked for i in range(checklist.count()))


def _click_box(qtbot, checklist, value: str) -> None:
    """Click the check box of ``value``'s row with the mouse."""
    item = checklist.item_for(value)
    checklist.scrollToItem(item)
    rect = checklist.visualItemRect(item)
    qtbot.mouseClick(checklist.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y()))


def test_every_filter_box_is_ticked_at_first_and_ticked_means_shown(qtbot, window):
    panel = window.filter_panel
    panel.show()
    qtbot.waitExposed(panel)
    for checklist in (panel.lanes, panel.kinds, panel.statuses, panel.partners):
        assert checklist.count() > 0 and _all_ticked(checklist)
    assert len(window.view_filter.shown_events().nonzero()[0]) == 12
    _click_box(qtbot, panel.kinds, "context")
    assert panel.kinds.item_for("context").checkState() == Qt.CheckState.Unchecked
    shown = {window.model.document.events[i].kind for i in window.view_filter.shown_events().nonzero()[0]}
    assert "context" not in shown and len(window.view_filter.shown_events().nonzero()[0]) == 8
    _click_box(qtbot, panel.statuses, "rumored")
    shown = {window.model.document.events[i].status for i in window.view_filter.shown_events().nonzero()[0]}
    assert shown == {"reported"}
    _click_box(qtbot, panel.kinds, "context")  # ticked again: shown again
    _click_box(qtbot, panel.statuses, "rumored")
    assert len(window.view_filter.shown_events().nonzero()[0]) == 12


def test_a_lane_with_hidden_events_says_how_many_are_shown(qtbot, window):
    panel = window.filter_panel
    panel.show()
    qtbot.waitExposed(panel)
    assert window.timeline.lane_axis.count_labels() == ["8 events", "4 events"]
    _click_box(qtbot, panel.partners, "")  # "No partner" unticked: only events with a partner
    assert panel.partners.item_for("").text() == "No partner"
    assert window.timeline.lane_axis.count_labels() == ["3 of 8 shown", "2 of 4 shown"]
    _click_box(qtbot, panel.partners, "Best Buy")
    assert window.timeline.lane_axis.count_labels() == ["2 of 8 shown", "2 of 4 shown"]
    assert "hidden partners: Best Buy, no partner" in window.search_bar.summary_label.text()


def test_count_words_and_shown_per_lane():
    assert count_words(8, 8) == "8 events" and count_words(1, 1) == "1 event"
    assert count_words(8, 2) == "2 of 8 shown"
    assert shown_per_lane([0, 3, 5], None).tolist() == [3, 2]
    assert shown_per_lane([0, 3, 5], [True, False, False, True, True]).tolist() == [1, 2]
