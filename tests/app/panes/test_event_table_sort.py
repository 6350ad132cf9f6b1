"""The event table sorts itself in one pass: one sort key per row, no Python call per comparison.

A ``QSortFilterProxyModel`` called back into Python for each of the n log n comparisons (and
twice more per comparison for the row and column counts): 15 s to open the table on 100k events.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt

from gui.app.panes.event_table import COLUMNS, SORT_ROLE
from gui.core.document import edits

ROWS = 600


@pytest.fixture
def table(window, tmp_path):
    """The Event Table shown on ROWS events in ROWS lanes, with repeated keys in every column."""
    events = [
        {
            "id": f"e{i}", "lane": f"l{i % 7}", "title": f"Event {(i * 37) % 101}", "start": str(2020 - i % 30),
            "end": str(2021 + i % 5) if i % 3 else None, "kind": ("launch", "retail", "deal")[i % 3],
            "partners": [f"P{i % 11}"],
        }
        for i in range(ROWS)
    ]
    events = [{key: value for key, value in event.items() if value is not None} for event in events]
    document = {
        "format": "inroads-timeline", "version": 1, "title": "t",
        "lanes": [{"id": f"l{i}", "name": f"Lane {(i * 3) % 7}"} for i in range(7)],
        "sources": [], "events": events,
    }
    path = tmp_path / "many.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert window.open_path(path), window.files.last_load_error
    window.table_dock.show()
    return window.table_dock


def _column_keys(dock, column: int) -> list:
    proxy = dock.proxy
    return [proxy.index(row, column).data(SORT_ROLE) for row in range(proxy.rowCount())]


def _ids(dock) -> list[str]:
    proxy = dock.proxy
    return [proxy.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(proxy.rowCount())]


#: Python methods Qt's sort proxy called back per comparison (or per index it made to compare).
_PER_COMPARISON = {"lessThan", "rowCount", "columnCount", "index", "data", "event_position", "mapToSource"}


@contextmanager
def _python_calls_per_name():
    """Counts, per function name, the Python calls into the event table's modules (from Qt or Python)."""
    counts: Counter = Counter()

    def profile(frame, event, _arg):
        if event == "call" and frame.f_code.co_filename.endswith(("event_table.py", "event_table_proxy.py")):
            counts[frame.f_code.co_name] += 1

    sys.setprofile(profile)
    try:
        yield counts
    finally:
        sys.setprofile(None)


def test_sorting_by_each_column_reads_each_key_once_and_orders_the_rows(table):
    for column in range(len(COLUMNS)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            with _python_calls_per_name() as calls:
                table.view.sortByColumn(column, order)
            assert calls["_sort_key"] <= ROWS, (column, order)  # one key per row at most, read once per sort
            per_comparison = sum(calls[name] for name in _PER_COMPARISON)
            assert per_comparison < ROWS // 10, (column, order, calls)  # no Python call per comparison
            keys = _column_keys(table, column)
            assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder), (column, order)
            assert sorted(_ids(table)) == sorted(event.id for event in table._model.document.events)


def test_ties_keep_the_file_order(table):
    table.view.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # kind: three values, 200 rows each
    positions = [table._model.event_index(event_id) for event_id in _ids(table)]
    kinds = _column_keys(table, 4)
    for row in range(1, len(positions)):
        if kinds[row] == kinds[row - 1]:
            assert positions[row] > positions[row - 1]


def test_an_edit_after_sorting_moves_the_row_and_keeps_it_selected(table, window):
    table.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    window.selection.select("e300")
    window.model.push(edits.edit_event(window.model.document, "e300", title="Aardvark"))
    assert _ids(table)[0] == "e300"
    keys = _column_keys(table, 0)
    assert keys == sorted(keys)
    selected = [table.proxy.mapToSource(index).data(Qt.ItemDataRole.UserRole) for index in
                table.view.selectionModel().selectedRows()]
    assert selected == ["e300"] and window.selection.ids == ["e300"]
    table.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    window.model.push(edits.edit_event(window.model.document, "e300", start="1990"))
    assert _ids(table)[-1] == "e300"
    window.model.push(edits.add_events(window.model.document, [{"lane": "l1", "title": "New", "start": "2030"}]))
    keys = _column_keys(table, 2)
    assert keys == sorted(keys, reverse=True) and len(keys) == ROWS + 1
    window.undo_action.trigger()
    window.undo_action.trigger()
    keys = _column_keys(table, 2)
    assert keys == sorted(keys, reverse=True) and len(keys) == ROWS
    selected = [table.proxy.mapToSource(index).data(Qt.ItemDataRole.UserRole) for index in
                table.view.selectionModel().selectedRows()]
    assert selected == ["e300"] and window.selection.ids == ["e300"]


def test_filtering_a_sorted_table_keeps_it_sorted(table, window):
    table.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    window.view_filter.update(kinds={"retail"})  # a third of the rows: rebuilt in one sort
    keys = _column_keys(table, 0)
    assert len(keys) == ROWS // 3 and keys == sorted(keys)
    window.model.push(edits.edit_event(window.model.document, "e1", kind="launch"))  # leaves the filter
    window.model.push(edits.edit_event(window.model.document, "e0", kind="retail"))  # joins it
    ids = _ids(table)
    assert "e1" not in ids and "e0" in ids
    keys = _column_keys(table, 0)
    assert keys == sorted(keys)
    window.view_filter.update(kinds=set())
    assert table.proxy.rowCount() == ROWS and _column_keys(table, 0) == sorted(_column_keys(table, 0))
