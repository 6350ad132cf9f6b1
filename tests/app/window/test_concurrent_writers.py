"""Two windows with the same file open, both edit and save: the second save asks, and each answer loses
nothing the user did not choose to drop.

Two real MainWindows in this process, each with its own settings and recovery folder (as two running
Inroads would have), on one file in tmp_path. The prompt is the real one, answered by clicking.
"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from gui.app.window import prompts
from gui.app.document.autosave import RECOVERY_DIR_ENV
from gui.app.window.main_window import MainWindow
from gui.core.document import edits
from gui.core.storage.fileformat import read_document
from gui.core.storage.fileformat_write import encode_document
from tests.app.conftest import REAL_PROMPTS
from tests.app.modal import answering

EVENT_A = "huawei-best-buy"
EVENT_B = "xiaomi-china-india"


@pytest.fixture
def shared(tmp_path, sample_path):
    path = tmp_path / "shared.json"
    shutil.copy(sample_path, path)
    return path


def open_window(qtbot, tmp_path, monkeypatch, name: str, path) -> MainWindow:
    monkeypatch.setenv(RECOVERY_DIR_ENV, str(tmp_path / f"recovery-{name}"))
    window = MainWindow(QSettings(str(tmp_path / f"settings-{name}.ini"), QSettings.Format.IniFormat))
    window.show_dialogs = False
    qtbot.addWidget(window, before_close_func=lambda w: w.model.undo_stack.setClean())
    assert window.open_path(path)
    window.show()
    return window


@pytest.fixture
def windows(qtbot, tmp_path, monkeypatch, shared):
    """Window A edits and saves first; window B edits another event and has not saved yet."""
    first = open_window(qtbot, tmp_path, monkeypatch, "a", shared)
    second = open_window(qtbot, tmp_path, monkeypatch, "b", shared)
    first.model.push(edits.edit_event(first.model.document, EVENT_A, title="Saved by A"))
    assert first.save()
    second.model.push(edits.edit_event(second.model.document, EVENT_B, title="Edited in B"))
    monkeypatch.setattr(prompts, "ask_disk_conflict", REAL_PROMPTS["ask_disk_conflict"])
    return first, second


def title(document, event_id: str) -> str:
    return next(event.title for event in document.events if event.id == event_id)


def answer(button_text: str, seen: list):
    def click(box: QMessageBox) -> None:
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        button.click()

    return answering(QMessageBox, click)


def test_the_second_save_asks_and_cancel_keeps_both_versions(qtbot, windows, shared):
    _first, second = windows
    on_disk = shared.read_bytes()
    seen: list[str] = []
    with answer("Cancel", seen):
        assert not second.save()
    assert seen == ["“shared.json” changed on disk."]
    assert shared.read_bytes() == on_disk  # A's version, untouched
    assert title(read_document(shared).document, EVENT_A) == "Saved by A"
    assert second.isWindowModified() and title(second.model.document, EVENT_B) == "Edited in B"
    # Saving again still asks: B never overwrites A's version without asking.
    with answer("Cancel", seen):
        assert not second.save()
    assert len(seen) == 2 and shared.read_bytes() == on_disk


def test_overwrite_writes_the_second_version_and_the_first_window_is_told(qtbot, windows, shared):
    first, second = windows
    seen: list[str] = []
    with answer("Overwrite", seen):
        assert second.save()
    assert seen == ["“shared.json” changed on disk."]
    assert shared.read_bytes() == encode_document(second.model.document)
    assert title(read_document(shared).document, EVENT_B) == "Edited in B"
    assert not second.isWindowModified() and not second.files.disk_stamp.changed_on_disk(shared)
    # A's edit is gone from the file because B chose so; A still has it open, and hears of the change.
    assert title(first.model.document, EVENT_A) == "Saved by A"
    qtbot.waitUntil(first.info_bar.isVisible, timeout=5000)
    assert "changed on disk" in first.info_bar.label.text()
    # A's next edit and save asks in turn.
    first.model.push(edits.edit_event(first.model.document, EVENT_A, title="A again"))
    with answer("Cancel", seen):
        assert not first.save()
    assert len(seen) == 2 and title(read_document(shared).document, EVENT_B) == "Edited in B"


def test_reload_takes_the_first_version_and_drops_only_what_the_user_chose(qtbot, windows, shared):
    _first, second = windows
    on_disk = shared.read_bytes()
    seen: list[str] = []
    with answer("Reload (lose my changes)", seen):
        assert not second.save()
    assert seen == ["“shared.json” changed on disk."]
    assert shared.read_bytes() == on_disk
    assert title(second.model.document, EVENT_A) == "Saved by A"
    assert title(second.model.document, EVENT_B) != "Edited in B"  # dropped, as chosen
    assert not second.isWindowModified() and not second.files.disk_stamp.changed_on_disk(shared)
    # Now in step: B's next save needs no question.
    second.model.push(edits.edit_event(second.model.document, EVENT_B, title="B after reloading"))
    assert second.save()
    document = read_document(shared).document
    assert (title(document, EVENT_A), title(document, EVENT_B)) == ("Saved by A", "B after reloading")


def test_a_reload_that_fails_keeps_the_second_windows_changes(qtbot, windows, shared):
    """If the other version cannot be read, choosing Reload must not throw away the open changes."""
    _first, second = windows
    shared.write_text('{"format": "inroads-timeline", "version": 1, "events": [', encoding="utf-8")  # cut short
    seen: list[str] = []
    with answer("Reload (lose my changes)", seen):
        assert not second.save()
    assert second.isWindowModified() and title(second.model.document, EVENT_B) == "Edited in B"
    assert second.files.last_load_error is not None
