"""The bundled sample (and any installed or read-only-folder file) opens as an untitled copy: Save asks where."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from gui.app.window.main_window import MainWindow
from gui.core.document import edits


def _window_on(qtbot, settings, path: Path) -> MainWindow:
    window = MainWindow(settings)
    window.show_dialogs = False
    qtbot.addWidget(window, before_close_func=lambda w: w.model.undo_stack.setClean())
    assert window.open_path(path)
    window.show()
    return window


def test_the_sample_opens_as_an_untitled_copy(qtbot, settings, sample_path):
    window = _window_on(qtbot, settings, sample_path)
    assert window.model.path is None
    assert window.windowTitle() == f"{sample_path.name} (sample)[*] — Inroads"
    assert not window.isWindowModified()
    assert window.recent.paths() == []  # the next start opens the sample again, not a "last file"


def test_save_on_the_sample_asks_where_and_leaves_the_sample_alone(qtbot, settings, sample_path, tmp_path, monkeypatch):
    before = sample_path.read_bytes()
    window = _window_on(qtbot, settings, sample_path)
    window.model.push(edits.edit_event(window.model.document, "huawei-best-buy", title="Mine now"))
    asked = []
    target = tmp_path / "mine.json"

    def choose(parent, caption, start, file_filter):
        asked.append(Path(start))
        return str(target), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    window.actions.save.trigger()  # Ctrl+S, through the window's Save action
    assert len(asked) == 1 and asked[0].name == sample_path.name  # Save As, starting from the sample's name
    assert not asked[0].resolve().is_relative_to(sample_path.parent.resolve())
    assert sample_path.read_bytes() == before
    assert b"Mine now" in target.read_bytes()
    assert window.model.path == target.resolve()
    assert window.windowTitle() == "mine.json[*] — Inroads"


def test_cancelling_save_as_keeps_the_copy_unsaved(qtbot, settings, sample_path, monkeypatch):
    window = _window_on(qtbot, settings, sample_path)
    window.model.push(edits.edit_event(window.model.document, "huawei-best-buy", title="Mine now"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: ("", "")))
    assert not window.save()
    assert window.model.path is None and window.isWindowModified()
