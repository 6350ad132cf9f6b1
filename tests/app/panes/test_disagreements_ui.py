"""Disagreements you can read: the Details pane says what the selected event's sources disagree on,
and the Disagreements pane lists every disagreement, each row selecting its event."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.core.storage.fileformat_write import write_document
from tests.core.analysis.conftest import market_document

STATUS = "Bloomberg, The Information, Reuters (2018-01-15): confirmed \u00b7 Reuters (2018-01-15): cancelled"


@pytest.fixture
def market_window(window, tmp_path):
    document = market_document()
    next(s for s in document.sources if s.id == "reuters").published = "2018-01-15"
    path = tmp_path / "market.json"
    write_document(document, path)
    assert window.open_path(path), window.files.last_load_error
    return window


def _click_row(qtbot, dock, event_id: str) -> None:
    row = dock.row_of(event_id)
    rect = dock.view.visualRect(dock.proxy.index(row, 0))
    qtbot.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_details_say_what_the_sources_disagree_on(market_window, qtbot):
    window = market_window
    window.table_dock.show()
    label = window.detail_pane.evidence.disagreement_label
    _click_row(qtbot, window.table_dock, "deal-off")
    assert window.selection.current == "deal-off"
    assert label.isVisible()
    assert label.text() == f"Sources disagree on the status with \u201cAT&T deal\u201d: {STATUS}"
    _click_row(qtbot, window.table_dock, "launch-2")
    assert label.text() == (
        "Sources disagree on the date with \u201cUS launch\u201d: "
        "Blog, Bloomberg, Reuters (2018-01-15): May 2019 \u00b7 The Information: June 2019"
    )
    _click_row(qtbot, window.table_dock, "cert")
    assert not label.isVisible()


def _open_pane(window, qtbot):
    from PySide6.QtWidgets import QMenu

    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View")
    assert isinstance(view_menu, QMenu)
    action = next(a for a in view_menu.actions() if a.text().replace("&", "") == "Disagreements")
    action.trigger()
    pane = window.disagreements
    qtbot.waitUntil(pane.isVisible)
    return pane


def _row_texts(pane) -> list[list[str]]:
    rows = pane.table.model()
    return [[pane.index(r, c).data() for c in range(rows.columnCount())] for r in range(rows.rowCount())]


def test_the_list_names_each_disagreement_and_a_click_selects_its_events(market_window, qtbot):
    window = market_window
    pane = _open_pane(window, qtbot)
    assert pane.windowTitle() == "Disagreements (2)"
    assert _row_texts(pane) == [
        ["status", "AT&T deal", "AT&T deal off", STATUS],
        [
            "date",
            "US launch",
            "US launch, again",
            "Blog, Bloomberg, Reuters (2018-01-15): May 2019 \u00b7 The Information: June 2019",
        ],
    ]
    rect = pane.table.visualRect(pane.index(1, 3))
    qtbot.mouseClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selection.ids == ["launch"]
    assert window.detail_pane.evidence.disagreement_label.text().startswith(
        "Sources disagree on the date with \u201cUS launch, again\u201d"
    )
    rect = pane.table.visualRect(pane.index(0, 2))  # the other report's column selects the other report
    qtbot.mouseClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selection.ids == ["deal-off"]


def test_keys_move_through_the_list_and_enter_selects(market_window, qtbot):
    window = market_window
    pane = _open_pane(window, qtbot)
    window.selection.clear()
    pane.table.setFocus()
    pane.table.setCurrentIndex(pane.index(1, 0))
    qtbot.keyClick(pane.table, Qt.Key.Key_Up)
    assert pane.table.currentIndex().row() == 0
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    assert window.selection.ids == ["deal"]
    assert window.detail_pane.evidence.disagreement_label.text() == (
        f"Sources disagree on the status with \u201cAT&T deal off\u201d: {STATUS}"
    )


def test_the_list_follows_edits_and_undo(market_window, qtbot):
    from gui.core.document import edits

    window = market_window
    pane = _open_pane(window, qtbot)
    window.model.push(edits.edit_event(window.model.document, "deal-off", status="confirmed"))
    qtbot.waitUntil(lambda: not pane.refresh_pending)  # the list is worked out at the event loop's next turn
    assert [row[0] for row in _row_texts(pane)] == ["date"]
    assert pane.windowTitle() == "Disagreements (1)"
    window.model.undo_stack.undo()
    qtbot.waitUntil(lambda: not pane.refresh_pending)
    assert [row[0] for row in _row_texts(pane)] == ["status", "date"]


def test_an_event_selected_elsewhere_highlights_its_row(market_window, qtbot):
    window = market_window
    pane = _open_pane(window, qtbot)
    window.table_dock.show()
    _click_row(qtbot, window.table_dock, "launch-2")
    assert pane.table.selectionModel().isRowSelected(1)
    assert window.selection.ids == ["launch-2"]  # highlighting the row selected nothing else
    _click_row(qtbot, window.table_dock, "cert")
    assert not pane.table.selectionModel().hasSelection()


def test_the_details_show_every_disagreement_whole(window, qtbot, tmp_path):
    from gui.core.document.model import Event, Evidence

    document = market_document()
    deal = next(e for e in document.events if e.id == "deal")
    for n, (start, status) in enumerate((("2018-02", "cancelled"), ("2018-03", "cancelled"), ("2018-04", "reported"))):
        document.events.append(
            Event(
                f"more-{n}",
                "huawei",
                f"Another report of the AT&T deal, number {n}",
                start,
                kind="carrier-deal",
                status=status,
                partners=["AT&T"],
                evidence=[Evidence("reuters", "text of reuters")],
            )
        )
    path = tmp_path / "many.json"
    write_document(document, path)
    assert window.open_path(path), window.files.last_load_error
    window.resize(1100, 700)
    window.selection.select(deal.id)
    label = window.detail_pane.evidence.disagreement_label
    qtbot.waitUntil(label.isVisible)
    assert label.text().count("Sources disagree") == 4
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
