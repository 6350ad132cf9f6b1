"""Autosave to a recovery file, and restoring from one (pytest-qt, a short delay instead of 5 s)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from gui.app.window import prompts
from gui.app.dialogs import recovery_dialog as recovery_dialog_module
from gui.app.document.autosave import DEFAULT_DELAY_MS, RECOVERY_DIR_ENV, Autosaver, default_recovery_dir
from gui.app.document.document_model import DocumentModel
from gui.app.dialogs.recovery_dialog import RecoveryDialog, offer_recovery, restore_into
from gui.core.document import edits
from gui.core.storage.diskstamp import DiskStamp
from gui.core.storage.fileformat import read_document
from gui.core.storage.fileformat_write import encode_document
from gui.core.document.model import new_document
from gui.core.storage.recovery import RecoveryStore, describe_saved_at
from gui.core.storage.recovery_write import RecoveryWrite

FIRST_EVENT = "huawei-att-verizon-talks"
DELAY_MS = 50
WAIT_MS = 5000


@pytest.fixture
def original(tmp_path, sample_path) -> Path:
    path = tmp_path / "docs" / "talks.json"
    path.parent.mkdir()
    shutil.copyfile(sample_path, path)
    return path


@pytest.fixture
def store(tmp_path) -> RecoveryStore:
    return RecoveryStore(tmp_path / "data" / "recovery")


@pytest.fixture
def model(qtbot, original) -> DocumentModel:
    model = DocumentModel()
    result = read_document(original)
    model.set_document(result.document, original.resolve(), result.warnings)
    return model


@pytest.fixture
def autosaver(model, store) -> Autosaver:
    return Autosaver(model, store, DELAY_MS)


def edit_title(model: DocumentModel, title: str, event_id: str = FIRST_EVENT) -> None:
    model.push(edits.edit_event(model.document, event_id, title=title))


def wait_for_file(qtbot, autosaver: Autosaver) -> Path:
    qtbot.waitUntil(lambda: autosaver.current_file is not None and autosaver.current_file.exists(), timeout=WAIT_MS)
    return autosaver.current_file


def recovered_title(path: Path) -> str:
    from gui.core.storage.recovery import read_entry

    entry, _ = read_entry(path)
    return entry.load().events[0].title


# ----------------------------------------------------------------------------- the Autosaver


def test_an_edit_is_written_to_a_recovery_file_after_the_delay(qtbot, model, store, autosaver, original):
    before = original.read_bytes()
    edit_title(model, "X")
    assert autosaver.timer.isActive() and autosaver.current_file is None  # debounced, not yet written

    written = wait_for_file(qtbot, autosaver)

    assert written.parent == store.directory
    assert written == store.path_for(original.resolve())
    assert recovered_title(written) == "X"
    [entry] = store.scan().live  # this run's own file: kept, but not offered to itself
    assert entry.original_path == original.resolve()
    assert entry.document_bytes == encode_document(model.document)
    assert original.read_bytes() == before  # autosave never touches the user's file


def test_discard_removes_the_file_and_stops_the_timer(qtbot, model, autosaver):
    edit_title(model, "X")
    written = wait_for_file(qtbot, autosaver)
    edit_title(model, "Y")
    assert autosaver.timer.isActive()
    autosaver.discard()
    assert not written.exists() and autosaver.current_file is None
    assert not autosaver.timer.isActive()


def test_edits_in_a_burst_are_written_once_with_the_last_state(qtbot, model, autosaver):
    writes = []
    autosaver.sig_written.connect(writes.append)
    for title in ("one", "two", "three"):
        edit_title(model, title)
    written = wait_for_file(qtbot, autosaver)
    qtbot.wait(3 * DELAY_MS)
    assert len(writes) == 1
    assert recovered_title(written) == "three"


def test_each_change_restarts_the_delay(qtbot, model, store):
    autosaver = Autosaver(model, store, 400)
    edit_title(model, "one")
    qtbot.wait(250)
    edit_title(model, "two")
    assert autosaver.timer.remainingTime() > 300  # restarted, not 150 ms left
    autosaver.discard()


def test_undo_back_to_the_saved_state_removes_the_file(qtbot, model, autosaver):
    edit_title(model, "X")
    written = wait_for_file(qtbot, autosaver)
    model.undo_stack.undo()
    assert model.undo_stack.isClean()
    assert not written.exists() and not autosaver.timer.isActive()


def test_nothing_is_written_when_the_changes_are_gone_before_the_delay(qtbot, model, store, autosaver):
    edit_title(model, "X")
    model.undo_stack.undo()
    qtbot.wait(4 * DELAY_MS)
    assert autosaver.current_file is None
    assert not store.directory.exists() or list(store.directory.iterdir()) == []


def test_a_save_removes_the_file(qtbot, model, autosaver):
    edit_title(model, "X")
    written = wait_for_file(qtbot, autosaver)
    model.undo_stack.setClean()  # what a successful save does
    assert not written.exists()


def test_another_document_replacing_this_one_removes_its_file(qtbot, model, autosaver):
    edit_title(model, "X")
    written = wait_for_file(qtbot, autosaver)
    model.set_document(new_document("Next"), None)
    assert not written.exists() and autosaver.current_file is None
    # And the new document is watched too.
    model.push(edits.add_lane(model.document, "Lane"))
    untitled = wait_for_file(qtbot, autosaver)
    assert untitled.name.startswith("untitled-")


def test_saving_under_another_name_moves_the_recovery_file(qtbot, model, autosaver, tmp_path):
    edit_title(model, "X")
    first = wait_for_file(qtbot, autosaver)
    model.path = tmp_path / "renamed.json"  # a Save As whose file is still dirty afterwards
    edit_title(model, "Y")
    qtbot.waitUntil(lambda: autosaver.current_file != first, timeout=WAIT_MS)
    assert autosaver.current_file.exists() and not first.exists()


def test_is_dirty_is_asked_not_assumed(qtbot, model, store):
    autosaver = Autosaver(model, store, DELAY_MS, is_dirty=lambda: False)
    edit_title(model, "X")
    qtbot.wait(4 * DELAY_MS)
    assert autosaver.current_file is None


def test_a_write_that_fails_is_reported_not_raised(qtbot, model, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    autosaver = Autosaver(model, RecoveryStore(blocker / "recovery"), DELAY_MS)
    with qtbot.waitSignal(autosaver.sig_failed, timeout=WAIT_MS) as failed:
        edit_title(model, "X")
    assert failed.args[0] and autosaver.last_error
    assert autosaver.current_file is None


@pytest.fixture
def gated_writes(monkeypatch):
    """Background writes wait at a gate (``gate.set()`` lets them go); ``threads`` says where they ran."""
    gate = threading.Event()
    threads: list[threading.Thread] = []
    run = RecoveryWrite.run

    def gated_run(self):
        threads.append(threading.current_thread())
        assert gate.wait(WAIT_MS / 1000)
        return run(self)

    monkeypatch.setattr(RecoveryWrite, "run", gated_run)
    yield gate, threads
    gate.set()


def test_the_timer_writes_in_a_thread_while_the_window_goes_on(qtbot, model, autosaver, gated_writes):
    gate, threads = gated_writes
    edit_title(model, "X")
    qtbot.waitUntil(lambda: bool(threads), timeout=WAIT_MS)
    assert threads[0] is not threading.main_thread()
    edit_title(model, "Y")  # the window goes on editing while the write waits
    qtbot.wait(3 * DELAY_MS)  # the timer fires again meanwhile: one write at a time
    assert len(threads) == 1 and autosaver.current_file is None
    gate.set()
    written = wait_for_file(qtbot, autosaver)
    assert recovered_title(written) in ("X", "Y")  # the state of the snapshot, whole
    qtbot.waitUntil(lambda: len(threads) == 2 and not autosaver.timer.isActive() and autosaver._job is None,
                    timeout=WAIT_MS)
    assert recovered_title(written) == "Y"  # and then the newer state


def test_a_write_under_way_when_the_changes_are_saved_leaves_no_file(qtbot, model, store, autosaver, gated_writes):
    gate, threads = gated_writes
    edit_title(model, "X")
    qtbot.waitUntil(lambda: bool(threads), timeout=WAIT_MS)
    model.undo_stack.setClean()  # saved while the recovery file is being written
    gate.set()
    threads[0].join(WAIT_MS / 1000)
    qtbot.wait(3 * DELAY_MS)
    assert autosaver.current_file is None
    assert not store.directory.exists() or list(store.directory.iterdir()) == []


def test_defaults(model, store, monkeypatch):
    assert Autosaver(model, store).delay_ms == DEFAULT_DELAY_MS == 5000
    monkeypatch.delenv(RECOVERY_DIR_ENV, raising=False)
    app_data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert default_recovery_dir() == Path(app_data) / "recovery"
    monkeypatch.setenv(RECOVERY_DIR_ENV, "/somewhere/else")
    assert default_recovery_dir() == Path("/somewhere/else")


# ----------------------------------------------------------------------------- the dialog


@pytest.fixture(scope="module")
def dead_pid() -> int:
    """The pid of a process that has ended (the crashed run)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait(timeout=60)
    return child.pid


@pytest.fixture
def earlier_entry(original, dead_pid):
    """Unsaved changes an earlier, crashed run left for ``original``."""

    def make(title="Recovered title", directory=None, pid=dead_pid):
        document = read_document(original).document
        edits.edit_event(document, FIRST_EVENT, title=title).apply(document)
        base = DiskStamp.of_file(original).sha256
        store = RecoveryStore(directory, pid=pid, session="crashed-run")
        store.write(document, original.resolve(), original_sha256=base)
        [entry] = RecoveryStore(directory).pending()
        return entry

    return make


def test_dialog_lists_file_folder_and_time(qtbot, store, earlier_entry, original, tmp_path):
    entry = earlier_entry(directory=store.directory)
    RecoveryStore(store.directory, session="crashed-run").write(new_document("Draft"), None)
    entries = store.pending()
    dialog = RecoveryDialog(entries, store)
    qtbot.addWidget(dialog)

    rows = [[dialog.list.topLevelItem(i).text(c) for c in range(3)] for i in range(dialog.list.topLevelItemCount())]
    assert ["talks.json", str(original.resolve().parent), describe_saved_at(entry.saved_at)] in rows
    assert ["Untitled", "—", describe_saved_at(entries[0].saved_at)] in rows
    assert all(row[2].startswith("today at ") for row in rows)
    assert dialog.selected_entry() is entries[0]
    assert dialog.restore_button.isEnabled() and not dialog.note.isVisibleTo(dialog)


def test_dialog_restore_and_discard(qtbot, store, earlier_entry):
    entry = earlier_entry(directory=store.directory)
    RecoveryStore(store.directory, session="crashed-run").write(new_document("Draft"), None)
    entries = store.pending()
    dialog = RecoveryDialog(entries, store)
    qtbot.addWidget(dialog)
    dialog.ask_before_discard = False

    untitled = next(e for e in entries if e.original_path is None)
    dialog.list.setCurrentItem(dialog.list.topLevelItem(entries.index(untitled)))
    dialog.discard_button.click()
    assert not untitled.path.exists() and dialog.discarded == [untitled]
    assert dialog.list.topLevelItemCount() == 1

    dialog.restore_button.click()
    assert dialog.chosen == entry and dialog.result() == RecoveryDialog.DialogCode.Accepted
    assert entry.path.exists()  # restoring, not the dialog, deals with the file


def test_dialog_mentions_unreadable_files(qtbot, store):
    store.directory.mkdir(parents=True)
    (store.directory / "broken.inroads-recovery.json").write_bytes(b"{")
    RecoveryStore(store.directory, session="crashed-run").write(new_document("Draft"), None)
    scan = store.scan()
    dialog = RecoveryDialog(scan.pending, store, unreadable=scan.unreadable)
    qtbot.addWidget(dialog)
    assert dialog.note.isVisibleTo(dialog) and "could not be read" in dialog.note.text()


# ----------------------------------------------------------------------------- restoring into a window


def attach_autosaver(window, store: RecoveryStore, monkeypatch) -> Autosaver:
    """The window's own autosaver (so these tests check the real wiring), on ``store`` with the short delay."""
    autosaver = window.files.autosaver
    autosaver.discard()
    autosaver.store = store
    autosaver.timer.setInterval(DELAY_MS)
    return autosaver


@pytest.fixture
def wired_window(window, original, store, monkeypatch):
    """The main window on a copy of the sample, with the autosave wiring main_window.py gets."""
    assert window.open_path(original)
    attach_autosaver(window, store, monkeypatch)
    return window


def test_window_edit_then_save_removes_the_recovery_file(qtbot, wired_window, original):
    edit_title(wired_window.model, "X")
    written = wait_for_file(qtbot, wired_window.files.autosaver)
    assert wired_window.save()
    assert not written.exists()
    assert read_document(original).document.events[0].title == "X"


def test_restore_into_opens_the_changes_unsaved_at_the_original_path(
    qtbot, wired_window, store, earlier_entry, original
):
    entry = earlier_entry(directory=store.directory)
    restore_into(wired_window, entry)

    window = wired_window
    assert window.model.path == original.resolve()
    assert window.model.document.events[0].title == "Recovered title"
    assert window.is_dirty() and window.isWindowModified()
    assert window.files.disk_stamp == DiskStamp.of_file(original)
    assert "Recovered the unsaved changes" in window.info_bar.label.text()
    # The new run holds the changes in its own recovery file; the crashed run's file is gone.
    assert not entry.path.exists()
    assert window.files.autosaver.current_file.exists()
    assert recovered_title(window.files.autosaver.current_file) == "Recovered title"
    # Saving writes them to the original file and removes the recovery file.
    assert window.save()
    assert read_document(original).document.events[0].title == "Recovered title"
    assert not window.files.autosaver.current_file and list(store.directory.iterdir()) == []


def test_restoring_when_the_file_changed_since_asks_before_overwriting(
    qtbot, wired_window, store, earlier_entry, original, monkeypatch
):
    entry = earlier_entry(directory=store.directory)
    theirs = original.read_bytes().replace(b"Huawei", b"HUAWEI", 1)
    original.write_bytes(theirs)  # another program changed the file after the crash
    restore_into(wired_window, entry)
    assert wired_window.files.disk_stamp.changed_on_disk(original)
    assert "changed on disk" in wired_window.info_bar.label.text()
    asked = []
    monkeypatch.setattr(prompts, "ask_disk_conflict", lambda parent, name: asked.append(name) or prompts.Choice.CANCEL)
    assert not wired_window.save()
    assert asked == ["talks.json"]
    assert wired_window.is_dirty() and original.read_bytes() == theirs


def test_restoring_an_entry_of_an_earlier_run_with_our_pid_keeps_the_file(qtbot, wired_window, store, earlier_entry):
    entry = earlier_entry(directory=store.directory, pid=os.getpid())  # our pid, but an earlier session
    assert entry.path == wired_window.files.autosaver.store.path_for(entry.original_path)
    restore_into(wired_window, entry)
    assert entry.path.exists() and wired_window.files.autosaver.current_file == entry.path
    assert recovered_title(entry.path) == "Recovered title"


def test_restoring_an_untitled_document(qtbot, wired_window, store):
    RecoveryStore(store.directory, session="crashed-run").write(new_document("Draft"), None)
    [entry] = store.pending()
    restore_into(wired_window, entry)
    assert wired_window.model.path is None and wired_window.model.document.title == "Draft"
    assert wired_window.is_dirty() and wired_window.files.disk_stamp is None


def test_offer_recovery_restores_the_chosen_entry(qtbot, wired_window, store, earlier_entry, monkeypatch):
    entry = earlier_entry(directory=store.directory)
    wired_window.show_dialogs = True

    def choose_first(dialog):
        dialog.restore_selected()
        return dialog.result()

    monkeypatch.setattr(recovery_dialog_module.RecoveryDialog, "exec", choose_first)
    assert offer_recovery(wired_window) == entry
    assert wired_window.model.document.events[0].title == "Recovered title"


def test_offer_recovery_decide_later_changes_nothing(qtbot, wired_window, store, earlier_entry, monkeypatch):
    entry = earlier_entry(directory=store.directory)
    wired_window.show_dialogs = True
    before = wired_window.model.document
    monkeypatch.setattr(recovery_dialog_module.RecoveryDialog, "exec", lambda dialog: dialog.reject() or 0)
    assert offer_recovery(wired_window) is None
    assert wired_window.model.document is before and entry.path.exists()


def test_offer_recovery_with_nothing_to_recover_shows_nothing(qtbot, wired_window, monkeypatch):
    wired_window.show_dialogs = True
    monkeypatch.setattr(recovery_dialog_module.RecoveryDialog, "exec", lambda dialog: pytest.fail("shown"))
    assert offer_recovery(wired_window) is None


def test_closing_and_discarding_removes_the_file(qtbot, wired_window, monkeypatch):
    edit_title(wired_window.model, "X")
    written = wait_for_file(qtbot, wired_window.files.autosaver)
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, name: prompts.Choice.DISCARD)
    assert wired_window.close()
    assert not written.exists()


def test_closing_after_undoing_every_change_leaves_no_file(qtbot, wired_window):
    edit_title(wired_window.model, "X")
    written = wait_for_file(qtbot, wired_window.files.autosaver)
    wired_window.model.undo_stack.undo()
    assert wired_window.close()  # no prompt: nothing to save
    assert not written.exists()


def test_a_window_destroyed_with_unsaved_changes_keeps_the_file(qtbot, settings, original, store, monkeypatch):
    import shiboken6

    from gui.app.window.main_window import MainWindow

    window = MainWindow(settings)
    window.persist_state = False
    assert window.open_path(original)
    attach_autosaver(window, store, monkeypatch)
    edit_title(window.model, "X")
    written = wait_for_file(qtbot, window.files.autosaver)
    shiboken6.delete(window)  # torn down without a close: the undo stack is cleared on the way
    assert written.exists() and recovered_title(written) == "X"


# ----------------------------------------------------------------------------- telling the user


def autosave_bar(window):
    from gui.app.window.info_bar import InfoBar

    return window.findChild(InfoBar, "autosave_bar")


def test_a_failing_autosave_shows_in_the_window_until_it_works_again(qtbot, wired_window, tmp_path):
    from PySide6.QtWidgets import QLabel

    window = wired_window
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the recovery folder should be")
    window.files.autosaver.store = RecoveryStore(blocker / "recovery")
    with qtbot.waitSignal(window.files.autosaver.sig_failed, timeout=WAIT_MS):
        edit_title(window.model, "X")
    bar, label = autosave_bar(window), window.findChild(QLabel, "autosave_status")
    assert bar.isVisibleTo(window) and label.isVisibleTo(window)
    assert str(blocker / "recovery") in bar.label.text() and "save to keep them" in bar.label.text()
    assert window.statusBar().currentMessage().startswith("Autosave failed: ")
    window.info_bar.hide_message()  # what saving and opening do: the autosave bar stays
    assert bar.isVisibleTo(window)
    # Retry while the folder is still blocked: still failing, still shown.
    [retry] = [b for b in bar.buttons if b.text() == "Retry"]
    retry.click()
    assert bar.isVisibleTo(window) and label.isVisibleTo(window)

    blocker.unlink()  # the disk is fine again
    edit_title(window.model, "Y")
    qtbot.waitUntil(lambda: not bar.isVisibleTo(window), timeout=WAIT_MS)
    assert not label.isVisibleTo(window) and window.files.autosaver.current_file.exists()


def test_unreadable_recovery_files_are_mentioned_at_start_up_with_their_folder(qtbot, wired_window, store):
    store.directory.mkdir(parents=True)
    newer = {"format": "inroads-recovery", "version": 99, "document": "{}"}
    (store.directory / "newer.inroads-recovery.json").write_text(json.dumps(newer))
    (store.directory / "broken.inroads-recovery.json").write_bytes(b'{"format": "inroads-rec')
    assert offer_recovery(wired_window) is None
    bar = autosave_bar(wired_window)
    assert bar.isVisibleTo(wired_window)
    text = bar.label.text()
    assert text.startswith(f"2 recovery files in {store.directory} could not be read")
    assert "broken.inroads-recovery.json: not valid JSON" in text and "version 99" in text
    assert (store.directory / "broken.inroads-recovery.json").exists()  # left there


def test_start_up_removes_what_killed_autosaves_left(qtbot, wired_window, store):
    store.directory.mkdir(parents=True)
    leftover = store.directory / ".talks.json-0123456789ab-42.inroads-recovery.json.0123abcd.inroads-tmp"
    leftover.write_bytes(b'{"format": "inroads-recovery", "document": "half')
    os.utime(leftover, (0, 0))
    assert offer_recovery(wired_window) is None
    assert not leftover.exists() and not autosave_bar(wired_window).isVisibleTo(wired_window)
