"""The FileController driven on its own (no main window): open, save, save as, reload, changes on disk, prompts.

The prompts are the real ones, answered by clicking (tests/app/modal.py), as in test_concurrent_writers.py.
"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gui.app.document.document_model import DocumentModel
from gui.app.document.selection import EventSelection
from gui.app.document.view_filter import ViewFilter
from gui.app.window import prompts
from gui.app.window.file_controller import FileController
from gui.app.window.info_bar import InfoBar
from gui.core.document import edits
from gui.core.storage.fileformat import read_document
from gui.core.storage.recovery import RecoveryStore
from tests.app.conftest import REAL_PROMPTS
from tests.app.modal import answering

EVENT = "huawei-best-buy"


@pytest.fixture
def timeline(tmp_path, sample_path):
    path = tmp_path / "talks.json"
    shutil.copy(sample_path, path)
    return path


@pytest.fixture
def files(qtbot, tmp_path, settings) -> FileController:
    """A controller on a bare widget: the model, selection and info bar a window would give it."""
    parent = QWidget()
    qtbot.addWidget(parent)
    model = DocumentModel(parent)
    info_bar = InfoBar()
    info_bar.setParent(parent)
    controller = FileController(
        model,
        EventSelection(parent),
        ViewFilter(model, parent),
        settings,
        info_bar,
        parent,
        recovery=RecoveryStore(tmp_path / "recovery"),
    )
    controller.show_dialogs = False
    messages: list[str] = []
    controller.sig_message.connect(lambda text, _ms: messages.append(text))
    controller.messages = messages  # what the status bar would have shown
    return controller


def retitle(files: FileController, title: str) -> None:
    files.model.push(edits.edit_event(files.model.document, EVENT, title=title))


def change_on_disk(path) -> bytes:
    """Another program retitles the event in the file; gives the file's new bytes."""
    theirs = path.read_bytes().replace(b"Popular Huawei phones reach Best Buy", b"Changed by another writer")
    path.write_bytes(theirs)
    return theirs


def title_of(document) -> str:
    return next(event.title for event in document.events if event.id == EVENT)


def click(button_text: str, seen: list[str] | None = None):
    """Answer the next message box by clicking the button with this text."""

    def press(box: QMessageBox) -> None:
        if seen is not None:
            seen.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == button_text).click()

    return answering(QMessageBox, press)


def test_open_a_file(files, timeline):
    assert files.open_path(timeline)
    assert files.model.path == timeline.resolve()
    assert files.disk_stamp is not None and not files.disk_stamp.changed_on_disk(timeline)
    assert files.recent.paths()[0] == timeline.resolve()
    assert files.disk_watch.watcher.files() == [str(timeline.resolve())]
    assert not files.is_dirty() and files.last_load_error is None


def test_a_file_that_does_not_load_keeps_the_open_document(files, timeline, tmp_path):
    assert files.open_path(timeline)
    before = files.model.document
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "inroads-timeline", "version": 1, "events": [{"id": 1}]}', encoding="utf-8")
    assert not files.open_path(bad)
    assert files.model.document is before and files.model.path == timeline.resolve()
    assert files.last_load_error is not None


def test_save_writes_the_changes_and_marks_them_saved(qtbot, files, timeline):
    assert files.open_path(timeline)
    retitle(files, "Saved title")
    assert files.is_dirty()
    with qtbot.waitSignal(files.sig_title_changed):
        assert files.save()
    assert title_of(read_document(timeline).document) == "Saved title"
    assert not files.is_dirty() and not files.disk_stamp.changed_on_disk(timeline)
    assert files.messages[-1] == "Saved talks.json"


def test_save_as_adds_the_suffix_and_moves_to_the_new_file(files, timeline, tmp_path, monkeypatch):
    assert files.open_path(timeline)
    retitle(files, "Elsewhere")
    asked = []

    def choose(parent, caption, start, filters):
        asked.append(start)
        return str(tmp_path / "copy"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    assert files.save_as()
    copy = tmp_path / "copy.json"
    assert asked == [str(timeline.resolve())]
    assert files.model.path == copy.resolve() and title_of(read_document(copy).document) == "Elsewhere"
    assert title_of(read_document(timeline).document) != "Elsewhere"  # the original is untouched
    assert files.disk_watch.watcher.files() == [str(copy.resolve())]


def test_save_as_cancelled_writes_nothing(files, timeline, monkeypatch):
    assert files.open_path(timeline)
    retitle(files, "Not saved")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert not files.save_as()
    assert files.is_dirty() and title_of(read_document(timeline).document) != "Not saved"


def test_reload_reads_a_change_made_on_disk(files, timeline):
    assert files.open_path(timeline)
    change_on_disk(timeline)
    files.reload()  # nothing unsaved: no question
    assert title_of(files.model.document) == "Changed by another writer"
    assert not files.disk_stamp.changed_on_disk(timeline)


def test_a_change_on_disk_is_told_in_the_info_bar(qtbot, files, timeline):
    assert files.open_path(timeline)
    change_on_disk(timeline)
    qtbot.waitUntil(lambda: "changed on disk" in files.info_bar.label.text(), timeout=5000)
    assert [button.text() for button in files.info_bar.buttons] == ["Reload", "Keep mine"]
    files.info_bar.buttons[0].click()
    assert title_of(files.model.document) == "Changed by another writer"


def test_save_refuses_to_overwrite_a_file_another_writer_changed(files, timeline, monkeypatch):
    assert files.open_path(timeline)
    retitle(files, "Mine")
    theirs = change_on_disk(timeline)
    monkeypatch.setattr(prompts, "ask_disk_conflict", REAL_PROMPTS["ask_disk_conflict"])
    seen: list[str] = []
    with click("Cancel", seen):
        assert not files.save()
    assert seen == ["“talks.json” changed on disk."]
    assert timeline.read_bytes() == theirs and files.is_dirty()
    with click("Overwrite"):
        assert files.save()
    assert title_of(read_document(timeline).document) == "Mine" and not files.is_dirty()


def test_unsaved_changes_are_asked_about_and_discarding_removes_the_recovery_file(files, timeline, monkeypatch):
    assert files.open_path(timeline)
    retitle(files, "Given up")
    written = files.autosaver.save_now()
    assert written is not None and written.exists()
    monkeypatch.setattr(prompts, "ask_save_changes", REAL_PROMPTS["ask_save_changes"])
    with click("Cancel"):
        assert not files.maybe_save()
    assert written.exists() and files.is_dirty()
    with click("Discard"):
        files.new_file()
    assert not written.exists()
    assert files.model.path is None and files.disk_stamp is None and not files.is_dirty()
    assert files.disk_watch.watcher.files() == []


def test_a_failed_save_says_why_and_keeps_the_changes(files, timeline, tmp_path):
    assert files.open_path(timeline)
    retitle(files, "Kept")
    folder = tmp_path / "a folder"
    folder.mkdir()
    assert not files.save_to(folder, check_disk=False)
    assert files.is_dirty() and files.messages[-1].startswith("Could not save a folder:")
