"""Corroboration in the window: how many sources back an event, and how many are independent,
in the Details pane and a sortable Sources column of the event table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.app.panes.event_table import COLUMNS, SORT_ROLE
from gui.core.analysis.conflicts import event_conflicts
from gui.core.storage.fileformat_write import write_document
from tests.core.analysis.conftest import market_document


@pytest.fixture
def market_window(window, tmp_path):
    path = tmp_path / "market.json"
    write_document(market_document(), path)
    assert window.open_path(path), window.files.last_load_error
    return window


def _click_row(qtbot, dock, event_id: str) -> None:
    row = dock.row_of(event_id)
    rect = dock.view.visualRect(dock.proxy.index(row, 0))
    qtbot.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_details_say_how_many_sources_and_how_many_independent(market_window, qtbot):
    window = market_window
    window.table_dock.show()
    _click_row(qtbot, window.table_dock, "talks-b")
    assert window.selection.current == "talks-b"
    label = window.detail_pane.evidence.sources_label
    assert label.isVisible()
    assert label.text() == "2 sources (1 independent): Bloomberg via The Verge, Bloomberg"
    _click_row(qtbot, window.table_dock, "deal")
    assert label.text() == "3 sources: Bloomberg, The Information, Reuters"
    _click_row(qtbot, window.table_dock, "china")
    assert not label.isVisible()


def test_sources_column_counts_and_sorts_by_independent_sources(market_window, qtbot):
    window = market_window
    dock = window.table_dock
    dock.show()
    column = COLUMNS.index("Sources")
    header = dock.view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + _section_centre(header, column))
    qtbot.waitUntil(lambda: dock.proxy.sortColumn() == column)
    texts = {dock.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole): dock.proxy.index(r, column).data()
             for r in range(dock.proxy.rowCount())}
    assert texts["talks-b"] == "2 (1 independent)"
    assert texts["deal"] == "3"
    assert texts["launch"] == "3 (2 independent)"
    assert texts["cert"] == "1"
    assert texts["china"] == ""
    keys = [dock.proxy.index(r, column).data(SORT_ROLE) for r in range(dock.proxy.rowCount())]
    assert keys == sorted(keys) or keys == sorted(keys, reverse=True)
    ids = [dock.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(dock.proxy.rowCount())]
    ends = {ids[0], ids[-1]}
    assert "china" in ends and "deal" in ends


def _section_centre(header, column):
    from PySide6.QtCore import QPoint
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    return QPoint(x, header.height() // 2)


def _drawn_labels(window) -> dict[str, str]:
    """The labels the canvas drew, by event id (rendered into an image first)."""
    from PySide6.QtGui import QImage, QStaticText
    from PySide6.QtWidgets import QWidget

    plot = window.timeline.plot
    QWidget.render(plot, QImage(plot.size(), QImage.Format.Format_ARGB32))
    layout, events = window.model.layout, window.model.document.events
    return {
        events[layout.item_event[item]].id: value.text() if isinstance(value, QStaticText) else value
        for (item, _width, _font), value in window.timeline.label_layer._texts.items()
        if value
    }


def test_canvas_labels_count_the_sources_when_more_than_one(market_window, qtbot):
    window = market_window
    window.resize(2400, 900)
    qtbot.waitUntil(lambda: "deal" in _drawn_labels(window))
    labels = _drawn_labels(window)
    assert labels["deal"] == "AT&T deal · 3 sources"
    assert labels["deal-off"] == "AT&T deal off"
    assert labels["cert"] == "FCC filing"


def _table_ids(dock) -> set[str]:
    return {dock.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(dock.proxy.rowCount())}


def test_filters_for_single_source_claims_and_disagreeing_sources(market_window, qtbot):
    window = market_window
    panel, dock = window.filter_panel, window.table_dock
    panel.show()
    dock.show()
    qtbot.mouseClick(panel.single_source, Qt.MouseButton.LeftButton)
    assert window.view_filter.state.single_source
    assert _table_ids(dock) == {"talks-a", "talks-b", "talks-c", "deal-off", "launch-2", "cert"}
    qtbot.mouseClick(panel.single_source, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.disagreeing, Qt.MouseButton.LeftButton)
    assert _table_ids(dock) == {"deal", "deal-off", "launch", "launch-2"}
    assert "sources disagree" in window.view_filter.state.summary()
    # An edit that settles a disagreement takes the events out of the view.
    from gui.core.document.edits import edit_event

    window.model.push(edit_event(window.model.document, "launch-2", "Edit", start="2019-05"))
    assert _table_ids(dock) == {"deal", "deal-off"}
    window.undo_action.trigger()
    assert _table_ids(dock) == {"deal", "deal-off", "launch", "launch-2"}


def test_an_elided_label_keeps_its_source_count(window, qtbot, tmp_path):
    from gui.core.document.dates import parse_date
    from gui.core.document.model import Event, Evidence, Lane, Source, new_document

    document = new_document("Narrow")
    document.lanes = [Lane("huawei", "Huawei")]
    document.sources = [Source(s, s, publisher=s.title(), text=f"text of {s}") for s in ("bbg", "info", "reuters")]
    evidence = [Evidence(s, f"text of {s}") for s in ("bbg", "info", "reuters")]
    document.events = [
        Event(
            "deal",
            "huawei",
            "Huawei and AT&T agree to sell the Mate 10 Pro in stores",
            "2018-01-01",
            kind="carrier-deal",
            evidence=evidence,
        ),
        Event("next", "huawei", "Next", "2018-01-20", kind="carrier-deal", evidence=evidence[:1]),
    ]
    path = tmp_path / "narrow.json"
    write_document(document, path)
    assert window.open_path(path), window.files.last_load_error
    window.resize(1200, 700)
    first = parse_date("2018-01-01").first_day()
    for days in (30, 40, 50, 60):  # narrower and narrower: the title is cut, the count stays
        window.timeline.show_days(first - 5, first + days)
        window.timeline.label_layer._texts.clear()
        qtbot.waitUntil(lambda: "deal" in _drawn_labels(window))
        label = _drawn_labels(window)["deal"]
        assert label.startswith("Huawei") and "\u2026" in label, label
        assert label.endswith(" \u00b7 3 sources"), label


class _CountedList(list):
    """A document's source list that counts how often it is walked whole."""

    walks = 0

    def __iter__(self):
        _CountedList.walks += 1
        return super().__iter__()


def test_details_name_the_sources_without_walking_every_source_per_click(market_window, qtbot):
    """A click's Details read the sources through the model's index (#22): at 5,000 sources a dict of
    them all per click cost about 1 ms of the 5 ms that select_to_detail may take."""
    window = market_window
    document = window.model.document
    document.sources = _CountedList(document.sources)
    window.table_dock.show()
    _CountedList.walks = 0
    _click_row(qtbot, window.table_dock, "deal")
    assert window.detail_pane.evidence.sources_label.text() == "3 sources: Bloomberg, The Information, Reuters"
    assert _CountedList.walks == 0


def test_details_find_disagreements_without_walking_every_event_per_click(market_window, qtbot):
    """The Details' disagreement line reads the selected event's lane and kind from the layout's columns:
    walking 100k events per click cost several ms of select_to_detail (#22)."""
    window = market_window
    document = window.model.document
    expected = {
        event.id: [e.id for e in document.events if e.lane == event.lane and e.kind == event.kind]
        for event in document.events
    }
    assert {e.id: [x.id for x in window.model.events_like(e)] for e in document.events} == expected
    disagrees = bool(event_conflicts(document, window.model.find_event("deal")))
    document.events = _CountedList(document.events)
    window.table_dock.show()
    _CountedList.walks = 0
    _click_row(qtbot, window.table_dock, "deal")
    assert _CountedList.walks == 0
    assert window.detail_pane.evidence.disagreement_label.isVisibleTo(window.detail_pane) == disagrees
