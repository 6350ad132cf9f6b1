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
