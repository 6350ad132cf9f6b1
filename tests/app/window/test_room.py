"""The first window's room: the timeline's share of the width, one reader of the source text, the screen."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QSettings, Qt

from gui.app.window import first_layout
from gui.app.window.main_window import MainWindow


def _first_window(qtbot, tmp_path, sample_path, width: int, height: int) -> MainWindow:
    """A window as a new user first sees it: a fresh settings file, the sample open, at width × height."""
    settings = QSettings(str(tmp_path / f"fresh-{width}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.show_dialogs = False
    qtbot.addWidget(window, before_close_func=lambda w: w.model.undo_stack.setClean())
    window.resize(width, height)
    copy = tmp_path / f"sample-{width}" / sample_path.name
    copy.parent.mkdir()
    shutil.copy(sample_path, copy)
    assert window.open_path(copy)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.centralWidget().width() > 0)
    return window


@pytest.mark.parametrize(("width", "height", "share"), [(1024, 640, 0.50), (1440, 900, 0.60)])
def test_the_timeline_gets_its_share_of_the_first_window(qtbot, tmp_path, sample_path, width, height, share):
    window = _first_window(qtbot, tmp_path, sample_path, width, height)
    assert window.width() == width
    qtbot.waitUntil(lambda: window.centralWidget().width() >= share * width, timeout=2000)
    assert window.centralWidget().width() >= share * width
    # An event's form and evidence in the Details pane leave the timeline its share too.
    window.selection.select("xiaomi-att-verizon-talks")
    qtbot.waitUntil(lambda: window.detail_pane.highlighted_passage() != "")
    assert window.detail_pane.width() >= window.detail_pane.minimumSizeHint().width()
    assert window.centralWidget().width() >= share * width


def test_the_extra_room_of_a_wide_screen_goes_to_the_timeline(qtbot, tmp_path, sample_path):
    window = _first_window(qtbot, tmp_path, sample_path, 2560, 1440)
    qtbot.waitUntil(lambda: window.centralWidget().width() >= 0.8 * 2560)
    assert window.detail_pane.width() <= first_layout.DOCK_MAX + 10


def test_the_source_text_is_shown_once_by_default(qtbot, tmp_path, sample_path):
    window = _first_window(qtbot, tmp_path, sample_path, 1440, 900)
    event = window.model.document.events[0]
    window.selection.select(event.id)
    # One reader follows the selection: the Details pane, with the passage highlighted.
    qtbot.waitUntil(lambda: window.detail_pane.highlighted_passage() != "")
    assert window.detail_pane.source_text.isVisible()
    assert not window.sources_panel.isVisible()
    readers = [w for w in (window.detail_pane.source_text, window.sources_panel.reader) if w.isVisible()]
    assert readers == [window.detail_pane.source_text]
    # The Sources dock (the list of sources and its reader) stays a menu item away.
    qtbot.mouseClick(window.detail_pane.evidence.show_in_sources_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.sources_panel.isVisible)
    assert window.sources_panel.selected_source_id() == event.evidence[0].source


def test_the_first_window_fits_the_screens_available_area(qtbot, settings):
    window = MainWindow(settings)
    window.show_dialogs = False
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert window.width() + first_layout.FRAME_ALLOWANCE.width() <= max(available.width(), 656)
    assert window.height() + first_layout.FRAME_ALLOWANCE.height() <= max(available.height(), 448)
    assert available.contains(window.geometry().topLeft())


def test_the_window_is_as_the_user_left_it_on_the_next_run(qtbot, tmp_path, sample_path):
    window = _first_window(qtbot, tmp_path, sample_path, 1440, 900)
    window.sources_panel.show()
    window.save_window_state()
    settings = QSettings(str(tmp_path / "fresh-1440.ini"), QSettings.Format.IniFormat)
    again = MainWindow(settings)
    again.show_dialogs = False
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.sources_panel.isVisible()


def test_sources_and_filters_opened_at_1024x640_are_tabs_of_details_and_the_timeline_keeps_half(
    qtbot, tmp_path, sample_path
):
    window = _first_window(qtbot, tmp_path, sample_path, 1024, 640)
    view_menu_actions = {action.text().replace("&", ""): action for action in window.menuBar().actions()}
    view_menu = view_menu_actions["View"].menu()
    toggles = {action.text().replace("&", ""): action for action in view_menu.actions()}
    toggles["Sources"].trigger()  # as the user does, from View
    toggles["Filters"].trigger()
    qtbot.waitUntil(lambda: window.sources_panel.isVisible() or window.filter_panel.isVisible())
    tabbed = window.tabifiedDockWidgets(window.detail_pane)
    assert window.sources_panel in tabbed and window.filter_panel in tabbed
    assert window.dockWidgetArea(window.sources_panel) == window.dockWidgetArea(window.detail_pane)
    qtbot.waitUntil(lambda: window.centralWidget().width() >= 0.5 * 1024, timeout=2000)
    assert window.centralWidget().width() >= 0.5 * 1024
    # The last opened is in front.
    assert window.filter_panel.isVisible() and not window.filter_panel.visibleRegion().isEmpty()
