"""The Disagreements list is cheap to keep: one listing per turn of the event loop however many changes came,
none while the pane is hidden, only the changed events' after an edit of a few; an empty list says so and
what counts; the title counts the rows; it follows the filters and says when a row's event is hidden."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.core.document import edits
from gui.core.storage.fileformat_write import write_document
from tests.app.panes.test_disagreements_ui import _open_pane, _row_texts
from tests.core.analysis.conftest import market_document


@pytest.fixture
def market_window(window, tmp_path):
    path = tmp_path / "market.json"
    write_document(market_document(), path)
    assert window.open_path(path), window.files.last_load_error
    return window


def _settled(qtbot, pane) -> None:
    qtbot.waitUntil(lambda: not pane.refresh_pending)


def test_changes_in_one_turn_are_listed_once_and_only_the_changed_events_again(market_window, qtbot):
    window = market_window
    pane = _open_pane(window, qtbot)
    _settled(qtbot, pane)
    before = dict(pane.listings)
    model = window.model
    model.push(edits.edit_event(model.document, "deal-off", status="confirmed"))
    model.push(edits.edit_event(model.document, "launch-2", start="2019-05"))
    window.view_filter.update(hidden_kinds={"context"})
    assert pane.refresh_pending
    _settled(qtbot, pane)
    assert pane.listings == {"all": before["all"], "changed": before["changed"] + 1}
    assert _row_texts(pane) == []
    assert pane.windowTitle() == "Disagreements (0)"
    model.undo_stack.undo()
    model.undo_stack.undo()
    _settled(qtbot, pane)
    assert [row[0] for row in _row_texts(pane)] == ["status", "date"]
    assert pane.listings == {"all": before["all"], "changed": before["changed"] + 2}


def test_nothing_is_worked_out_while_hidden_and_the_list_is_right_when_shown(market_window, qtbot):
    window = market_window
    pane = _open_pane(window, qtbot)
    _settled(qtbot, pane)
    pane.hide()
    before = dict(pane.listings)
    model = window.model
    model.push(edits.edit_event(model.document, "deal-off", status="confirmed"))
    model.push(edits.delete_events(model.document, ["launch-2"]))
    qtbot.wait(1)  # turns of the event loop pass
    assert not pane.refresh_pending
    assert pane.listings == before
    pane.show()
    qtbot.waitUntil(pane.isVisible)
    assert pane.listings == {"all": before["all"], "changed": before["changed"] + 1}
    assert _row_texts(pane) == []


def test_an_empty_list_says_so_and_what_counts(window, qtbot, tmp_path):
    from gui.app.panes.disagreement_pane import EMPTY, WHAT_COUNTS

    document = market_document()
    document.events = [e for e in document.events if e.id not in ("deal-off", "launch-2")]
    path = tmp_path / "agreeing.json"
    write_document(document, path)
    assert window.open_path(path), window.files.last_load_error
    pane = _open_pane(window, qtbot)
    assert pane.windowTitle() == "Disagreements (0)"
    assert pane.note.isVisible() and not pane.table.isVisible()
    assert pane.note.text() == f"{EMPTY}\n{WHAT_COUNTS}"
    assert "confirmed, another cancelled" in pane.note.text()
    window.model.push(
        edits.add_event(
            window.model.document,
            "huawei",
            "2018-01",
            "Deal off",
            kind="carrier-deal",
            status="cancelled",
            partners=["AT&T"],
        )
    )
    _settled(qtbot, pane)
    assert pane.windowTitle() == "Disagreements (1)"
    assert pane.table.isVisible() and not pane.note.isVisible()


def test_the_list_follows_the_filters_and_says_when_a_rows_event_is_hidden(market_window, qtbot):
    window = market_window
    pane = _open_pane(window, qtbot)
    assert pane.windowTitle() == "Disagreements (2)"
    window.view_filter.update(hidden_statuses={"cancelled"})  # "AT&T deal off" is hidden
    _settled(qtbot, pane)
    assert [row[2] for row in _row_texts(pane)] == ["(hidden) AT&T deal off", "US launch, again"]
    window.selection.select("cert")
    rect = pane.table.visualRect(pane.index(0, 2))
    qtbot.mouseClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selection.ids == ["cert"]  # not selected...
    assert pane.note.isVisible()  # ...and said so
    assert pane.note.text() == "\u201cAT&T deal off\u201d is hidden by the filters, so it is not selected."
    rect = pane.table.visualRect(pane.index(0, 1))
    qtbot.mouseClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selection.ids == ["deal"]
    assert not pane.note.isVisible()
    window.view_filter.update(hidden_lanes={"xiaomi"}, hidden_statuses={"cancelled"})
    _settled(qtbot, pane)
    assert [row[1] for row in _row_texts(pane)] == ["AT&T deal"]  # both sides hidden: left out
    assert pane.windowTitle() == "Disagreements (1 of 2)"
    window.view_filter.update(hidden_lanes={"xiaomi", "huawei"}, hidden_statuses=set())
    _settled(qtbot, pane)
    assert not pane.table.isVisible()
    assert pane.note.text().startswith("The filters hide every report that disagrees")
    window.view_filter.clear()
    _settled(qtbot, pane)
    assert pane.windowTitle() == "Disagreements (2)"
