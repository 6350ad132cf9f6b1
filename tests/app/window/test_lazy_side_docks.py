"""Sources and Filters are built when first used, not at start-up (#22): New Event from Selection works from
the Details' source text before the Sources dock was ever shown, View ▸ Sources and View ▸ Filters build and
show them, Lanes By works without the Filters dock, a narrow window still tabs them with Details, and a
session closed with them open opens them again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDockWidget, QMenu

from gui.app.dialogs.new_event_dialog import NewEventDialog
from gui.app.window.main_window import MainWindow
from tests.app.modal import answering, click

SIDE = {"sources_dock", "filter_dock"}


def _docks(window) -> set[str]:
    return {dock.objectName() for dock in window.findChildren(QDockWidget)}


def _menu(window, title: str) -> QMenu:
    return next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == title)


def _action(menu: QMenu, text: str):
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def test_sources_and_filters_are_not_built_at_start(window):
    assert _docks(window) & SIDE == set()
    view = _menu(window, "View")
    assert not _action(view, "Sources").isChecked() and not _action(view, "Filters").isChecked()
    edit = _menu(window, "Edit")
    assert _action(edit, "New Event from Selection").shortcut().toString() == "Ctrl+Shift+E"


def test_new_event_from_the_details_source_text_before_sources_was_ever_shown(window, qtbot):
    event = next(e for e in window.model.document.events if e.evidence)
    window.selection.select(event.id)
    text = window.detail_pane.evidence.source_text
    qtbot.waitUntil(text.isVisible)
    quote = event.evidence[0].quote
    start = text.toPlainText().find(quote)
    assert start >= 0
    cursor = text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(quote), QTextCursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)
    text.setFocus()
    edit = _menu(window, "Edit")
    assert _action(edit, "New Event from Selection").isEnabled()
    steps = window.model.undo_stack.count()

    def review(dialog: NewEventDialog) -> None:
        qtbot.keyClicks(dialog.title_edit, "From the Details")
        click(qtbot, dialog.ok_button)

    with answering(NewEventDialog, review):
        qtbot.keyClick(text, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.model.undo_stack.count() == steps + 1
    made = window.model.find_event(window.selection.current)
    assert made.title == "From the Details" and made.evidence[0].quote == quote
    assert "sources_dock" not in _docks(window)


def test_view_sources_and_view_filters_build_and_show_them(window, qtbot):
    view = _menu(window, "View")
    _action(view, "Sources").trigger()
    qtbot.waitUntil(lambda: window.sources_panel.isVisible())
    assert window.sources_panel.source_list.model().rowCount() == len(window.model.document.sources)
    assert _action(view, "Sources").isChecked()
    _action(view, "Filters").trigger()
    qtbot.waitUntil(lambda: window.filter_panel.isVisible())
    assert _docks(window) & SIDE == SIDE
    window.filter_panel.close()
    qtbot.waitUntil(lambda: not _action(view, "Filters").isChecked())


def test_lanes_by_works_without_the_filters_dock(window, qtbot):
    lanes_by = _action(_menu(window, "View"), "Lanes By").menu()
    by_kind = _action(lanes_by, "Kind")
    by_kind.trigger()
    assert window.model.lanes_by == "kind"
    assert "filter_dock" not in _docks(window)
    _action(_menu(window, "View"), "Filters").trigger()
    qtbot.waitUntil(lambda: window.filter_panel.isVisible())
    assert window.filter_panel.lanes_by.currentData() == "kind"


def test_a_narrow_window_tabs_them_with_details(window, qtbot):
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() < 1200)
    _action(_menu(window, "View"), "Sources").trigger()
    qtbot.waitUntil(lambda: window.sources_panel.isVisible())
    assert window.sources_panel in window.tabifiedDockWidgets(window.detail_pane)
    _action(_menu(window, "View"), "Filters").trigger()
    qtbot.waitUntil(lambda: window.filter_panel.isVisible())
    assert window.filter_panel in window.tabifiedDockWidgets(window.detail_pane)


def test_sources_and_filters_left_open_are_open_in_the_next_session(window, qtbot, settings):
    _action(_menu(window, "View"), "Sources").trigger()
    _action(_menu(window, "View"), "Filters").trigger()
    qtbot.waitUntil(lambda: window.sources_panel.isVisible() and window.filter_panel.isVisible())
    window.save_window_state()
    again = MainWindow(settings)
    qtbot.addWidget(again, before_close_func=lambda w: w.model.undo_stack.setClean())
    again.show()
    qtbot.waitExposed(again)
    assert _docks(again) & SIDE == SIDE
    assert again.sources_panel.isVisible() and again.filter_panel.isVisible()
    assert _action(_menu(again, "View"), "Sources").isChecked()
