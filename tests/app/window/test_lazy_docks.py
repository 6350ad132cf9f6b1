"""The docks that start hidden (the table, Problems, Scoreboard, Disagreements) are built when first shown (#22),
from the View menu as before, and a dock left open is open again in the next session, in its place."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMenu

from gui.app.window.main_window import MainWindow

HIDDEN = {"table_dock", "problems_dock", "scoreboard_dock", "disagreements_dock"}
SIDE = {"sources_dock", "filter_dock"}


def _docks(window) -> set[str]:
    return {dock.objectName() for dock in window.findChildren(QDockWidget)}


def _view_action(window, text: str):
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View")
    assert isinstance(view_menu, QMenu)
    return next(a for a in view_menu.actions() if a.text().replace("&", "") == text)


def test_hidden_docks_are_not_built_at_start(window):
    assert _docks(window) & HIDDEN == set()
    assert {"detail_dock"} <= _docks(window)
    # Their View menu entries are there, unchecked.
    for text in ("Event Table", "Problems", "Scoreboard", "Disagreements"):
        assert not _view_action(window, text).isChecked()


def test_the_view_menu_builds_and_shows_them(window, qtbot):
    action = _view_action(window, "Event Table")
    action.trigger()
    qtbot.waitUntil(lambda: window.table_dock.isVisible())
    assert "table_dock" in _docks(window)
    assert window.dockWidgetArea(window.table_dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert window.table_dock.proxy.rowCount() == len(window.model.document.events)
    assert action.isChecked()
    window.table_dock.close()  # its own close button: the menu follows
    qtbot.waitUntil(lambda: not action.isChecked())
    assert _docks(window) & HIDDEN == {"table_dock"}  # the others are still not built
    _view_action(window, "Scoreboard").trigger()
    qtbot.waitUntil(lambda: window.scoreboard.isVisible())
    # Ctrl+T still toggles the table.
    assert _view_action(window, "Event Table").shortcut().toString() == "Ctrl+T"


def test_a_dock_left_open_is_open_in_the_next_session(window, qtbot, settings):
    _view_action(window, "Disagreements").trigger()
    qtbot.waitUntil(lambda: window.disagreements.isVisible())
    window.save_window_state()

    again = MainWindow(settings)
    qtbot.addWidget(again, before_close_func=lambda w: w.model.undo_stack.setClean())
    again.show()
    qtbot.waitExposed(again)
    assert _docks(again) & HIDDEN == {"disagreements_dock"}
    assert again.disagreements.isVisible()
    assert _view_action(again, "Disagreements").isChecked()
    assert again.dockWidgetArea(again.disagreements) == Qt.DockWidgetArea.BottomDockWidgetArea

    again.disagreements.close()
    again.save_window_state()
    third = MainWindow(settings)
    qtbot.addWidget(third, before_close_func=lambda w: w.model.undo_stack.setClean())
    assert _docks(third) & HIDDEN == set()


def test_start_up_imports_none_of_their_modules(repo_root, tmp_path):
    probe = (
        "import json, sys\n"
        "from gui.app.window.main import create_application\n"
        "app = create_application()\n"
        "from gui.app.window.main_window import MainWindow\n"
        "window = MainWindow()\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(repo_root), QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, env=env, check=False)
    assert result.returncode == 0, result.stderr
    loaded = set(json.loads(result.stdout.splitlines()[-1]))
    assert "gui.app.window.main_window" in loaded
    lazy = {"gui.app.panes.event_table", "gui.app.panes.problems_pane", "gui.app.panes.scoreboard_pane",
            "gui.app.panes.disagreement_pane", "gui.app.panes.sources_panel", "gui.app.panes.filter_panel"}
    assert loaded & lazy == set()
