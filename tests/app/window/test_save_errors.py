"""A disk that fills up or fails while a real MainWindow saves: the file, the changes and the recovery file all survive.

The failure is made at the system call, in the module that writes (``gui.core.storage.atomic``): ``os.write``
(after part of the file went out, as a real full disk does) or ``os.fsync``. The fsync ENOSPC case
without the recovery file is also in test_editing.py (test_a_failed_save_keeps_the_original_and_the_changes).
"""

from __future__ import annotations

import errno
import os
import shutil

import pytest
from PySide6.QtWidgets import QMessageBox

from gui.app.window import prompts
from gui.core.storage import atomic
from gui.core.document import edits
from gui.core.storage.atomic import TEMP_SUFFIX
from gui.core.storage.fileformat_write import encode_document
from gui.core.storage.recovery import read_entry
from tests.app.conftest import REAL_PROMPTS
from tests.app.modal import answering

EVENT = "huawei-best-buy"


@pytest.fixture
def editing(window, tmp_path, sample_path):
    """The window on a copy of the sample, with an unsaved edit already in its recovery file."""
    path = tmp_path / "timeline.json"
    shutil.copy(sample_path, path)
    assert window.open_path(path)
    window.model.push(edits.edit_event(window.model.document, EVENT, title="Edited before the disk filled up"))
    recovery = window.files.autosaver.save_now()
    assert recovery is not None and recovery.exists()
    return window, path, recovery


def failing_write(code: int):
    """os.write that writes part of the first buffer it gets, then fails as the disk would."""
    real = os.write
    calls = []

    def write(fd, data):
        calls.append(len(data))
        if len(calls) == 1:
            return real(fd, memoryview(data)[: max(1, len(data) // 3)])
        raise OSError(code, os.strerror(code))

    return write


def failing_fsync(code: int):
    def fsync(fd):
        raise OSError(code, os.strerror(code))

    return fsync


CASES = {
    "write-ENOSPC": ("write", errno.ENOSPC, "the disk is full"),
    "write-EIO": ("write", errno.EIO, "the disk reported an error while writing"),
    "fsync-ENOSPC": ("fsync", errno.ENOSPC, "the disk is full"),
    "fsync-EIO": ("fsync", errno.EIO, "the disk reported an error while writing"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_disk_error_while_saving_keeps_the_file_the_changes_and_the_recovery_file(qtbot, editing, monkeypatch, case):
    window, path, recovery = editing
    call, code, words = CASES[case]
    before = path.read_bytes()
    edited = window.model.document
    monkeypatch.setattr(prompts, "tell_save_failed", REAL_PROMPTS["tell_save_failed"])
    window.show_dialogs = True
    shown: list[tuple[str, str]] = []

    def read_and_close(box: QMessageBox) -> None:
        shown.append((box.text(), box.informativeText()))
        box.accept()

    with monkeypatch.context() as failing:
        failing.setattr(atomic.os, call, failing_write(code) if call == "write" else failing_fsync(code))
        with answering(QMessageBox, read_and_close):
            assert not window.save()

    # A clear message: what failed, why, that nothing was lost, and (in the status bar) what to do.
    ((text, details),) = shown
    assert text == "“timeline.json” could not be saved."
    assert details == f"{os.strerror(code)}\n\nThe file on disk is unchanged, and your changes are still open."
    status = window.statusBar().currentMessage()
    assert status.startswith(f"Could not save timeline.json: {words} ({os.strerror(code)}).") and "Save As" in status
    # The original, byte for byte, and no half-written temporary file beside it.
    assert path.read_bytes() == before
    assert not list(path.parent.glob(f"*{TEMP_SUFFIX}"))
    # The changes: still open, still unsaved.
    assert window.model.document is edited and window.isWindowModified()
    assert window.model.find_event(EVENT).title == "Edited before the disk filled up"
    # The recovery file: still there, still holding the changes.
    assert recovery.exists() and window.files.autosaver.current_file == recovery
    entry, _ = read_entry(recovery)
    assert entry.load().events == edited.events
    # Once the disk is fine again, saving works and the recovery file goes.
    assert window.save()
    assert path.read_bytes() == encode_document(edited)
    assert not recovery.exists() and not window.isWindowModified()


def test_a_save_refused_by_the_folder_says_to_save_elsewhere(qtbot, editing, monkeypatch):
    window, path, recovery = editing
    before = path.read_bytes()
    real_open = os.open

    def no_new_files(name, flags, *args, **kwargs):
        if str(name).endswith(TEMP_SUFFIX):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        return real_open(name, flags, *args, **kwargs)

    reasons = []
    monkeypatch.setattr(prompts, "tell_save_failed", lambda parent, name, reason: reasons.append(reason))
    window.show_dialogs = True
    with monkeypatch.context() as refusing:
        refusing.setattr(atomic.os, "open", no_new_files)
        assert not window.save()
    assert reasons == [os.strerror(errno.EACCES)]
    assert "Inroads may not write there" in window.statusBar().currentMessage()
    assert path.read_bytes() == before and window.isWindowModified() and recovery.exists()
