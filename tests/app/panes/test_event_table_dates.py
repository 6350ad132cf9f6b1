"""The event table shows dates at their precision, in words (issue #16, part 3): "2017 (uncertain)", never a day."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.core.document import edits

EVENT = "huawei-best-buy"


def test_table_shows_dates_in_words(qtbot, window):
    dock = window.table_dock
    dock.show()
    window.model.push(edits.edit_event(window.model.document, "huawei-us-success-eludes", start="2017-12"))
    starts = {
        dock.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole): dock.proxy.index(row, 2).data()
        for row in range(dock.proxy.rowCount())
    }
    assert starts[EVENT] == "2017 (uncertain)"
    assert starts["huawei-us-success-eludes"] == "Dec 2017"
    assert "2017?" not in starts.values()
    # The file's own text is a tooltip away.
    row = dock.row_of(EVENT)
    assert dock.proxy.index(row, 2).data(Qt.ItemDataRole.ToolTipRole) == "2017 (uncertain) (as written: 2017?)"
