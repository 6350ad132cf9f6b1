"""Opening files: File ▸ Open, recent files, reload, drag and drop, and failed loads."""

from __future__ import annotations

import json
import subprocess
import sys

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from gui.app.window import file_controller
from gui.app.window.main_window import MainWindow


def write_timeline(path, title="Other", events=1):
    document = {
        "format": "inroads-timeline",
        "version": 1,
        "title": title,
        "lanes": [{"id": "apple", "name": "Apple"}],
        "events": [{"id": f"e{i}", "lane": "apple", "title": f"Event {i}", "start": f"20{10 + i:02d}"} for i in range(events)],
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_title_shows_document_name_with_modified_marker(window, sample_path):
    assert window.windowTitle() == f"{sample_path.name}[*] — Inroads"
    assert not window.isWindowModified()


def test_open_path_replaces_document_and_records_recent(window, tmp_path):
    first = window.model.path
    other = write_timeline(tmp_path / "other.json", events=3)
    assert window.open_path(other)
    assert window.model.document.title == "Other"
    assert window.model.layout.lane_names == ["Apple"]
    assert window.recent.paths()[:2] == [other.resolve(), first]


def test_failed_load_keeps_the_current_document_and_shows_problems(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(file_controller.LoadErrorDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.show_dialogs = True
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "inroads-timeline", "version": 1, "events": [{"id": 1}]}', encoding="utf-8")
    before = window.model.document
    assert not window.open_path(bad)
    assert window.model.document is before
    assert len(shown) == 1
    text = shown[0].details.toPlainText()
    assert 'events[0]: id must be a string' in text and "missing required field" in text


def test_recent_files_menu_opens_and_drops_missing(window, tmp_path):
    first = write_timeline(tmp_path / "first.json", "First")
    second = write_timeline(tmp_path / "second.json", "Second")
    window.open_path(first)
    window.open_path(second)
    window.files.fill_recent_menu(window.recent_menu)
    actions = window.recent_menu.actions()
    assert [a.text() for a in actions[:2]] == ["&1 second.json", "&2 first.json"]
    actions[1].trigger()
    assert window.model.document.title == "First"
    first.unlink()
    window.files.fill_recent_menu(window.recent_menu)
    entry = next(a for a in window.recent_menu.actions() if a.text().endswith("first.json"))
    entry.trigger()
    assert window.model.document.title == "First"  # unchanged: the file is gone
    assert first.resolve() not in window.recent.paths()


def test_reload_reads_the_file_again_and_keeps_the_selection(window, tmp_path):
    path = write_timeline(tmp_path / "t.json", "Before", events=2)
    window.open_path(path)
    window.selection.select("e1")
    write_timeline(path, "After", events=3)
    window.actions.reload.trigger()
    assert window.model.document.title == "After"
    assert window.selection.current == "e1"


def _send_drop(window, path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    position = QPointF(window.width() / 2, window.height() / 2)
    enter = QDragEnterEvent(
        position.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(position, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    return enter, drop


def test_dropping_a_json_file_opens_it(window, tmp_path):
    path = write_timeline(tmp_path / "dropped.json", "Dropped")
    enter, drop = _send_drop(window, path)
    assert enter.isAccepted() and drop.isAccepted()
    assert window.model.document.title == "Dropped"


def test_dropping_another_kind_of_file_is_refused(window, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello", encoding="utf-8")
    enter, _ = _send_drop(window, path)
    assert not enter.isAccepted()


def test_window_geometry_and_docks_are_restored(qtbot, settings, sample_path):
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.resize(760, 560)
    first.detail_pane.setFloating(False)
    first.removeDockWidget(first.detail_pane)
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, first.detail_pane)
    first.detail_pane.show()
    first.show()
    qtbot.waitExposed(first)
    first.close()
    second = MainWindow(settings)
    qtbot.addWidget(second)
    assert second.dockWidgetArea(second.detail_pane) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert second.size().width() == 760


def test_screenshot_cli_writes_a_non_blank_png(tmp_path, sample_path):
    out = tmp_path / "shot.png"
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    import os

    env = {**os.environ, **env}
    result = subprocess.run(
        [sys.executable, "-m", "gui", "--screenshot", str(out), "--size", "1200x800", "--select", "huawei-best-buy",
         str(sample_path)],
        capture_output=True, text=True, timeout=120, env=env,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    colours = {image.pixel(x, y) for x in range(0, 1200, 37) for y in range(0, 800, 29)}
    assert len(colours) > 20  # not blank: many distinct colours


def test_screenshot_cli_reports_a_bad_file(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run(
        [sys.executable, "-m", "gui", "--screenshot", str(tmp_path / "x.png"), str(bad)],
        capture_output=True, text=True, timeout=120, env=env,
    )
    assert result.returncode == 1
    assert "bad.json:1:2:" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()




def test_a_file_opens_straight_into_its_saved_view_with_one_layout(qtbot, settings, sample_path, monkeypatch, tmp_path):
    """Lanes by partner and a hidden lane, remembered for the file: the reopened file builds one layout."""
    import shutil

    from gui.app.document import document_model

    path = tmp_path / sample_path.name
    shutil.copy(sample_path, path)
    first = MainWindow(settings)
    first.show_dialogs = False
    qtbot.addWidget(first, before_close_func=lambda w: w.model.undo_stack.setClean())
    assert first.open_path(path)
    first.filter_panel.set_lanes_by("partner")
    first.view_filter.update(hidden_lanes={"Best Buy"})
    builds = []
    real_build = document_model.build_layout
    monkeypatch.setattr(document_model, "build_layout", lambda *a, **k: builds.append(k) or real_build(*a, **k))
    second = MainWindow(settings)
    second.show_dialogs = False
    qtbot.addWidget(second, before_close_func=lambda w: w.model.undo_stack.setClean())
    builds.clear()
    assert second.open_path(path)
    assert second.model.lanes_by == "partner"
    assert second.model.hidden_lanes == {"Best Buy"}
    assert len(builds) == 1
