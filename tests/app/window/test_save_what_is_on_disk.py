"""Saving over what is on disk now: a same-size rewrite, a link, a read-only file, a directory or a FIFO
in the file's place, and a name of 250 bytes. A real window, real files in tmp_path, real prompts clicked.
"""

from __future__ import annotations

import os
import shutil
import stat
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from gui.app.window import prompts
from gui.core.document import edits
from gui.core.storage.fileformat import read_document
from tests.app.conftest import REAL_PROMPTS
from tests.app.modal import answering

EVENT = "huawei-best-buy"


@pytest.fixture
def opened(window, tmp_path, sample_path):
    """The window on a copy of the sample, with an unsaved edit."""
    path = tmp_path / "timeline.json"
    shutil.copy(sample_path, path)
    return edit(window, path), path


def edit(window, path: Path):
    assert window.open_path(path)
    window.model.push(edits.edit_event(window.model.document, EVENT, title="Edited in the window"))
    return window


def title_in(path: Path) -> str:
    return next(event.title for event in read_document(path).document.events if event.id == EVENT)


def clicking(button_text: str, seen: list[str]):
    """Answer the next message box by its button, noting its text."""

    def click(box: QMessageBox) -> None:
        seen.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == button_text).click()

    return answering(QMessageBox, click)


def use_real(monkeypatch, *names: str) -> None:
    for name in names:
        monkeypatch.setattr(prompts, name, REAL_PROMPTS[name])


# ----------------------------------------------------------------------------- item 1: same size, same time


def test_a_same_size_rewrite_that_kept_the_time_is_noticed_before_saving(qtbot, opened, monkeypatch):
    window, path = opened
    before = os.stat(path)
    theirs = path.read_bytes().replace(b"Best Buy", b"Best Bux")  # another writer, same size
    assert len(theirs) == before.st_size and theirs != path.read_bytes()
    path.write_bytes(theirs)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # a coarse clock, or a tool putting it back
    use_real(monkeypatch, "ask_disk_conflict")
    seen: list[str] = []
    with clicking("Cancel", seen):
        assert not window.save()
    assert seen == ["“timeline.json” changed on disk."]
    assert path.read_bytes() == theirs and window.isWindowModified()


# ----------------------------------------------------------------------------- item 2: links


def test_overwrite_after_the_file_became_a_link_replaces_the_link_not_the_other_file(qtbot, opened, monkeypatch):
    window, path = opened
    other = path.with_name("someone-elses.json")
    other.write_bytes(b'{"not": "a timeline of ours"}\n')
    path.unlink()
    path.symlink_to(other)
    use_real(monkeypatch, "ask_disk_conflict")
    seen: list[str] = []
    with clicking("Overwrite", seen):
        assert window.save()
    assert seen == ["“timeline.json” changed on disk."]
    assert other.read_bytes() == b'{"not": "a timeline of ours"}\n'
    assert not path.is_symlink() and title_in(path) == "Edited in the window"


def test_a_file_opened_through_a_link_is_saved_into_the_links_target(qtbot, window, tmp_path, sample_path):
    real = tmp_path / "real.json"
    shutil.copy(sample_path, real)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    edit(window, link)
    assert window.save()
    assert link.is_symlink() and link.resolve() == real
    assert title_in(real) == "Edited in the window"


# ----------------------------------------------------------------------------- item 3: read-only


def test_a_read_only_file_is_saved_only_after_asking_and_stays_read_only(qtbot, opened, monkeypatch):
    window, path = opened
    path.chmod(0o444)
    on_disk = path.read_bytes()
    use_real(monkeypatch, "ask_save_read_only")
    seen: list[str] = []
    with clicking("Cancel", seen):
        assert not window.save()
    assert path.read_bytes() == on_disk and window.isWindowModified()
    with clicking("Save Anyway", seen):
        assert window.save()
    assert seen == ["“timeline.json” is read-only."] * 2
    assert title_in(path) == "Edited in the window" and not window.isWindowModified()
    assert stat.S_IMODE(path.stat().st_mode) == 0o444


# ----------------------------------------------------------------------------- item 13: not a file any more


def test_a_directory_in_the_files_place_is_a_plain_refusal(qtbot, opened):
    window, path = opened
    path.unlink()
    path.mkdir()
    assert not window.save()  # no prompt, no unexpected-error dialog
    message = window.statusBar().currentMessage()
    assert message == (
        "Could not save timeline.json: “timeline.json” is now a directory, not a file. Use Save As to save elsewhere."
    )
    assert path.is_dir() and window.isWindowModified()


def test_a_fifo_in_the_files_place_does_not_block_the_window(qtbot, opened):
    window, path = opened
    path.unlink()
    os.mkfifo(path)
    with writer_that_unblocks_a_reader(path) as rescued:
        assert not window.save()
    assert not rescued, "the window opened the FIFO and waited for a writer"
    assert "is now a FIFO (named pipe), not a file" in window.statusBar().currentMessage()
    assert stat.S_ISFIFO(os.lstat(path).st_mode) and window.isWindowModified()


class writer_that_unblocks_a_reader:
    """If anything blocks opening the FIFO for reading, open it for writing after a while, so the test
    fails instead of hanging; ``rescued`` (the value of ``with``) says whether that was needed."""

    def __init__(self, fifo: Path, patience: float = 10.0) -> None:
        self.fifo, self.patience = fifo, patience
        self.done = threading.Event()
        self.rescued: list[bool] = []

    def _rescue(self) -> None:
        while not self.done.wait(self.patience):
            try:
                os.close(os.open(self.fifo, os.O_WRONLY | os.O_NONBLOCK))  # succeeds only with a reader
                self.rescued.append(True)
            except OSError:
                pass

    def __enter__(self) -> list[bool]:
        self.thread = threading.Thread(target=self._rescue, daemon=True)
        self.thread.start()
        return self.rescued

    def __exit__(self, *exc) -> None:
        self.done.set()
        self.thread.join()


# ----------------------------------------------------------------------------- item 12: long names


def test_a_250_byte_name_is_saved_through_the_window(qtbot, window, tmp_path, sample_path):
    path = tmp_path / ("t" * 245 + ".json")
    assert len(os.fsencode(path.name)) == 250
    shutil.copy(sample_path, path)
    edit(window, path)
    assert window.save(), window.statusBar().currentMessage()
    assert title_in(path) == "Edited in the window" and not window.isWindowModified()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
