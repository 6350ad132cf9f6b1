"""The event table: dates in words, the title given the width, column widths remembered across a restart."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest

from gui.app.window.main_window import MainWindow
from gui.core.document.describe import short_date_words


def _row_of(dock, event_id: str) -> int:
    for row in range(dock.proxy.rowCount()):
        if dock.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole) == event_id:
            return row
    raise AssertionError(event_id)


def test_short_date_words_keep_the_dates_precision():
    assert short_date_words("2015~") == "c. 2015"
    assert short_date_words("2017-12") == "Dec 2017"
    assert short_date_words("2017-12-05") == "5 Dec 2017"
    assert short_date_words("2017?") == "2017 (uncertain)"
    assert short_date_words("2018") == "2018"
    assert short_date_words("not a date") == "not a date"


def test_table_dates_show_in_words_and_the_title_gets_the_width(qtbot, window):
    dock = window.table_dock
    dock.show()
    qtbot.waitUntil(lambda: dock.proxy.rowCount() == 12)
    row = _row_of(dock, "huawei-pursues-carrier-deal")
    assert dock.proxy.index(row, 2).data() == "c. 2015"
    row = _row_of(dock, "huawei-carrier-phones-2018")
    assert dock.proxy.index(row, 2).data() == "2018"
    header = dock.view.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert widths[0] == max(widths)


def test_column_widths_are_remembered_across_a_restart(qtbot, window, settings):
    dock = window.table_dock
    dock.show()
    qtbot.waitExposed(dock.view)
    header = dock.view.horizontalHeader()
    before = header.sectionSize(6)
    # Drag the right edge of the Partners column 60 px to the right, as a user would.
    edge = header.sectionViewportPosition(6) + header.sectionSize(6) - 1
    y = header.height() // 2
    QTest.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge, y))
    QTest.mouseMove(header.viewport(), QPoint(edge + 30, y))
    QTest.mouseMove(header.viewport(), QPoint(edge + 60, y))
    QTest.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge + 60, y))
    widened = header.sectionSize(6)
    assert widened > before + 30
    window.close()
    again = MainWindow(QSettings(settings.fileName(), QSettings.Format.IniFormat))
    again.show_dialogs = False
    qtbot.addWidget(again)
    assert again.table_dock.view.horizontalHeader().sectionSize(6) == widened
