"""The Scoreboard pane in the window: View ▸ Scoreboard shows it, a click selects a cell's events,
and it follows edits, undo and the filters."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.core.document.edits import edit_event


def _open_scoreboard(window, qtbot):
    toggle = next(a for a in window.menuBar().actions() if a.text() == "&View").menu().actions()
    next(a for a in toggle if a.text() == "Score&board").trigger()
    pane = window.scoreboard
    qtbot.waitUntil(pane.isVisible)
    return pane


def _settled(qtbot, pane) -> None:
    """Wait for the board built anew: edits and the filters are followed at the event loop's next turn."""
    qtbot.waitUntil(lambda: not pane.refresh_pending)


def _cell_text(pane, maker: str, column: str) -> str:
    table = pane.table
    row = next(r for r in range(table.rowCount()) if table.verticalHeaderItem(r).text() == maker)
    col = next(c for c in range(table.columnCount()) if table.horizontalHeaderItem(c).text() == column)
    item = table.item(row, col)
    return "" if item is None else item.text()


def _click_cell(qtbot, pane, maker: str, column: str) -> None:
    table = pane.table
    row = next(r for r in range(table.rowCount()) if table.verticalHeaderItem(r).text() == maker)
    col = next(c for c in range(table.columnCount()) if table.horizontalHeaderItem(c).text() == column)
    table.scrollToItem(table.item(row, col))
    rect = table.visualItemRect(table.item(row, col))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_a_cell_selects_its_events(window, qtbot):
    pane = _open_scoreboard(window, qtbot)
    assert pane.table.rowCount() == 2
    assert _cell_text(pane, "Huawei", "Carrier deal").startswith("2018\nrumoured\nAT&T & Verizon")
    _click_cell(qtbot, pane, "Huawei", "Carrier talks")
    assert sorted(window.selection.ids) == ["huawei-att-verizon-talks", "huawei-pursues-carrier-deal"]
    titles = {e.id: e.title for e in window.model.document.events}
    assert pane.table.item(0, 0).toolTip() == "\n".join(
        f"• {titles[i]}" for i in ("huawei-att-verizon-talks", "huawei-pursues-carrier-deal")
    )


def test_scoreboard_follows_an_edit_and_its_undo(window, qtbot):
    pane = _open_scoreboard(window, qtbot)
    window.model.push(edit_event(window.model.document, "xiaomi-carrier-phones-2018", "Edit", status="confirmed",
                                 start="2018-06"))
    _settled(qtbot, pane)
    assert _cell_text(pane, "Xiaomi", "Carrier deal").startswith("June 2018\nconfirmed")
    window.undo_action.trigger()
    _settled(qtbot, pane)
    assert _cell_text(pane, "Xiaomi", "Carrier deal").startswith("2018\nrumoured")


def test_scoreboard_by_partner_and_with_a_filter(window, qtbot):
    pane = _open_scoreboard(window, qtbot)
    pane.by.setCurrentIndex(1)
    assert [pane.table.horizontalHeaderItem(c).text() for c in range(pane.table.columnCount())] == [
        "AT&T", "Verizon", "Best Buy"
    ]
    assert _cell_text(pane, "Huawei", "Best Buy").startswith("Retail\n2017 (uncertain)\nreported")
    window.view_filter.update(hidden_lanes={"huawei"})
    _settled(qtbot, pane)
    assert [pane.table.verticalHeaderItem(r).text() for r in range(pane.table.rowCount())] == ["Huawei", "Xiaomi"]
    assert [pane.table.horizontalHeaderItem(c).text() for c in range(pane.table.columnCount())] == ["AT&T", "Verizon"]
    assert _cell_text(pane, "Huawei", "AT&T") == ""
    assert _cell_text(pane, "Xiaomi", "AT&T").startswith("Carrier deal\n2018\nrumoured")


def _click_empty_cell(qtbot, pane, maker: str, column: str) -> None:
    table = pane.table
    row = next(r for r in range(table.rowCount()) if table.verticalHeaderItem(r).text() == maker)
    col = next(c for c in range(table.columnCount()) if table.horizontalHeaderItem(c).text() == column)
    assert table.item(row, col) is None
    rect = table.visualRect(table.model().index(row, col))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_cell_whose_events_the_filters_hide_says_so(window, qtbot):
    pane = _open_scoreboard(window, qtbot)
    assert not pane.note.isVisible()
    window.view_filter.update(hidden_statuses={"rumored"})  # the carrier deals of both makers are rumoured
    _settled(qtbot, pane)
    total = len(window.model.document.events)
    assert pane.note.isVisible()
    assert pane.note.text() == f"From the {total - 2} of {total} events the filters show."
    window.selection.select("huawei-best-buy")
    _click_empty_cell(qtbot, pane, "Huawei", "Carrier deal")
    assert window.selection.ids == ["huawei-best-buy"]  # nothing shown to select...
    assert pane.note.text() == (  # ...and said why
        "\u201cAim: Huawei phones in AT&T and Verizon stores in 2018\u201d is hidden by the filters, so it is not "
        "selected."
    )
    _click_cell(qtbot, pane, "Huawei", "Carrier talks")
    assert sorted(window.selection.ids) == ["huawei-att-verizon-talks", "huawei-pursues-carrier-deal"]
    assert pane.note.text() == f"From the {total - 2} of {total} events the filters show."
    window.view_filter.clear()
    _settled(qtbot, pane)
    assert not pane.note.isVisible()


def test_an_edit_builds_the_board_once_and_a_hidden_pane_not_at_all(window, qtbot):
    pane = _open_scoreboard(window, qtbot)
    _settled(qtbot, pane)
    builds = pane.builds
    document = window.model.document
    window.model.push(edit_event(document, "xiaomi-carrier-phones-2018", "Edit", status="confirmed"))
    window.model.push(edit_event(window.model.document, "xiaomi-carrier-phones-2018", "Edit", start="2018-06"))
    window.view_filter.update(hidden_kinds={"context"})  # each edit and the filters signal a change: one build
    _settled(qtbot, pane)
    assert pane.builds == builds + 1
    assert _cell_text(pane, "Xiaomi", "Carrier deal").startswith("June 2018\nconfirmed")
    pane.hide()
    window.undo_action.trigger()
    window.view_filter.clear()
    qtbot.wait(1)
    assert pane.builds == builds + 1
    pane.show()
    qtbot.waitUntil(pane.isVisible)
    assert pane.builds == builds + 2
    assert _cell_text(pane, "Xiaomi", "Carrier deal").startswith("2018\nconfirmed")
