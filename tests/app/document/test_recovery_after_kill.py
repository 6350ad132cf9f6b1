"""The real thing: an Inroads process is killed with unsaved changes; the next start gets them back.

A child process runs a real MainWindow (offscreen) with the autosave wiring, in
its own HOME and XDG folders under tmp_path, on a copy of the sample. It makes
an edit, waits until the recovery file exists, says READY and idles. The test
SIGKILLs it, then checks (here, and in a second child: "the next start") that
the recovery file is offered, holds the edit, and that the user's file was
never touched. The second child restores the changes and saves them.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from gui import APP_NAME
from gui.app.document.autosave import RECOVERY_DIR_ENV
from gui.core.storage.fileformat import read_document
from gui.core.storage.recovery import RECOVERY_SUFFIX, RecoveryStore, describe_saved_at

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="isolates the app's folders through XDG variables (Linux)"
)

EVENT = "huawei-att-verizon-talks"
EDITED_TITLE = "Edited before the crash ✓"
READY_TIMEOUT = 60
EXIT_TIMEOUT = 30

CRASHING_RUN = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path

    from gui.app.window.main import create_application

    app = create_application()

    from PySide6.QtCore import QStandardPaths, QTimer

    from gui.app.document.autosave import default_recovery_dir
    from gui.app.window.main_window import MainWindow
    from gui.core.document import edits

    timeline, event_id, title = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    window = MainWindow()  # default QSettings: inside the isolated XDG_CONFIG_HOME
    window.show_dialogs = False
    # The window's own autosaver, with a 50 ms delay instead of 5 s.
    window.files.autosaver.timer.setInterval(50)
    assert window.open_path(timeline), window.files.last_load_error
    window.show()
    window.model.push(edits.edit_event(window.model.document, event_id, title=title))

    def report_when_written():
        written = window.files.autosaver.current_file
        if written is None or not written.exists():
            return
        poll.stop()
        info = {
            "pid": os.getpid(),
            "recovery_file": str(written),
            "recovery_dir": str(default_recovery_dir()),
            "app_data": QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation),
            "settings": window.settings.fileName(),
            "dirty": window.is_dirty(),
        }
        print("READY " + json.dumps(info), flush=True)

    poll = QTimer()
    poll.timeout.connect(report_when_written)
    poll.start(10)
    # Never outlive a test that died: idle (like a user away from the keyboard) for at most a minute.
    QTimer.singleShot(60_000, lambda: app.exit(3))
    sys.exit(app.exec())
    """
)

NEXT_START = textwrap.dedent(
    """
    import json, os, sys

    from gui.app.window.main import create_application

    app = create_application()

    from gui.app.document.autosave import default_recovery_dir
    from gui.app.window.main_window import MainWindow
    from gui.app.dialogs.recovery_dialog import RecoveryDialog, restore_into
    from gui.core.storage.recovery import RecoveryStore

    store = RecoveryStore(default_recovery_dir())
    entries = store.pending()
    dialog = RecoveryDialog(entries, store)
    rows = [[dialog.list.topLevelItem(i).text(c) for c in range(3)] for i in range(dialog.list.topLevelItemCount())]
    window = MainWindow()
    window.show_dialogs = False
    restore_into(window, dialog.entries[0])
    restored = {
        "rows": rows,
        "path": str(window.model.path),
        "title": window.model.find_event(sys.argv[1]).title,
        "dirty": window.is_dirty(),
        "modified_marker": window.isWindowModified(),
        "old_file_left": os.path.exists(entries[0].path),
        "own_file": str(window.files.autosaver.current_file),
    }
    restored["saved"] = window.save()
    restored["own_file_left"] = os.path.exists(restored["own_file"])
    restored["dirty_after_save"] = window.is_dirty()
    print("RESULT " + json.dumps(restored), flush=True)
    window.close()
    """
)


class Child:
    """A Python child process whose output lines are read on threads, so every wait has a timeout."""

    def __init__(self, script: str, args: list[str], env: dict[str, str], cwd: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", script, *args],
            env=env,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.stderr: list[str] = []
        threading.Thread(target=self._pump_stdout, daemon=True).start()
        threading.Thread(target=lambda: self.stderr.extend(self.process.stderr), daemon=True).start()

    def _pump_stdout(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)  # end of output: the child exited

    def wait_for_line(self, prefix: str, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        seen = []
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no {prefix!r} line within {timeout} s; stdout {seen}; {self.diagnostics()}")
            try:
                line = self.lines.get(timeout=remaining)
            except queue.Empty:
                continue
            if line is None:
                self.process.wait(timeout=EXIT_TIMEOUT)
                raise AssertionError(
                    f"child exited ({self.process.returncode}) before {prefix!r}; stdout {seen}; {self.diagnostics()}"
                )
            if line.startswith(prefix + " "):
                return line[len(prefix) + 1 :]
            seen.append(line)

    def diagnostics(self) -> str:
        return "stderr:\n" + "".join(self.stderr[-40:])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=EXIT_TIMEOUT)


@pytest.fixture
def isolated_env(tmp_path, repo_root) -> dict[str, str]:
    """An environment whose home, data, config and cache folders are all inside tmp_path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_") and k != RECOVERY_DIR_ENV}
    for name in ("home", "xdg-data", "xdg-config", "xdg-cache"):
        (tmp_path / name).mkdir()
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "xdg-data"),
        XDG_CONFIG_HOME=str(tmp_path / "xdg-config"),
        XDG_CACHE_HOME=str(tmp_path / "xdg-cache"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(filter(None, [str(repo_root), os.environ.get("PYTHONPATH")])),
        PYTHONUNBUFFERED="1",
        PYTHONDONTWRITEBYTECODE="1",
    )
    if "XDG_RUNTIME_DIR" in os.environ:
        env["XDG_RUNTIME_DIR"] = os.environ["XDG_RUNTIME_DIR"]
    return env


def test_changes_survive_a_kill_and_are_offered_at_the_next_start(tmp_path, sample_path, isolated_env, monkeypatch):
    timeline = tmp_path / "work" / "talks.json"
    timeline.parent.mkdir()
    shutil.copyfile(sample_path, timeline)
    before = timeline.read_bytes()
    before_stat = timeline.stat()
    expected_dir = tmp_path / "xdg-data" / APP_NAME / APP_NAME / "recovery"

    crashing = Child(CRASHING_RUN, [str(timeline), EVENT, EDITED_TITLE], isolated_env, tmp_path)
    try:
        info = json.loads(crashing.wait_for_line("READY", READY_TIMEOUT))
        # The app's folders really are the isolated ones (never the real home of whoever runs the tests).
        assert Path(info["app_data"]) == tmp_path / "xdg-data" / APP_NAME / APP_NAME
        assert Path(info["recovery_dir"]) == expected_dir
        assert Path(info["recovery_file"]).parent == expected_dir
        assert Path(info["settings"]).is_relative_to(tmp_path / "xdg-config")
        assert info["dirty"] and info["pid"] == crashing.process.pid
        assert crashing.process.poll() is None
    finally:
        crashing.process.send_signal(signal.SIGKILL)  # no close event, no atexit, no flush: a crash
        crashing.process.wait(timeout=EXIT_TIMEOUT)
    assert crashing.process.returncode == -signal.SIGKILL

    # Here, with the same XDG folders: exactly one entry to offer, for that file, with the edit.
    monkeypatch.setenv("XDG_DATA_HOME", isolated_env["XDG_DATA_HOME"])
    data_home = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation))
    assert data_home == tmp_path / "xdg-data"
    scan = RecoveryStore(data_home / APP_NAME / APP_NAME / "recovery").scan()
    assert scan.unreadable == [] and scan.live == []
    [entry] = scan.pending
    assert entry.path == Path(info["recovery_file"])
    assert entry.pid == info["pid"]
    assert entry.original_path == timeline.resolve()
    recovered = entry.load()
    assert next(e for e in recovered.events if e.id == EVENT).title == EDITED_TITLE
    assert entry.original_sha256 is not None and not entry.original_changed()

    # The user's file was never written: same bytes, same mtime, no temporary files beside it.
    assert timeline.read_bytes() == before
    assert timeline.stat().st_mtime_ns == before_stat.st_mtime_ns
    assert sorted(p.name for p in timeline.parent.iterdir()) == ["talks.json"]
    assert [p.name for p in expected_dir.iterdir()] == [entry.path.name]  # no half-written leftovers

    # The next start: the dialog shows which file and when; restoring and saving puts the edit in the file.
    next_start = Child(NEXT_START, [EVENT], isolated_env, tmp_path)
    try:
        result = json.loads(next_start.wait_for_line("RESULT", READY_TIMEOUT))
        next_start.process.wait(timeout=EXIT_TIMEOUT)
    finally:
        next_start.stop()
    assert next_start.process.returncode == 0, next_start.diagnostics()
    assert result["rows"] == [["talks.json", str(timeline.resolve().parent), describe_saved_at(entry.saved_at)]]
    assert result["path"] == str(timeline.resolve())
    assert result["title"] == EDITED_TITLE
    assert result["dirty"] and result["modified_marker"]
    assert not result["old_file_left"]  # handed over to the new run's own recovery file
    assert Path(result["own_file"]).parent == expected_dir
    assert result["saved"] and not result["own_file_left"] and not result["dirty_after_save"]
    assert read_document(timeline).document.events[0].title == EDITED_TITLE
    assert not any(p.name.endswith(RECOVERY_SUFFIX) for p in expected_dir.iterdir())


KILLED_BEFORE_RENAME = textwrap.dedent(
    """
    import os, sys, threading
    from pathlib import Path

    from gui.app.window.main import create_application

    app = create_application()

    from PySide6.QtCore import QTimer

    import gui.core.storage.recovery_write as recovery_write
    from gui.app.window.main_window import MainWindow
    from gui.core.document import edits

    real_replace = os.replace

    def stop_before_the_rename(source, target):
        # The recovery file is whole and synced under its temporary name: the kill comes now.
        if str(source).endswith(".inroads-tmp"):
            print("RENAMING " + str(source), flush=True)
            threading.Event().wait()  # the writing thread never gets to the rename
        return real_replace(source, target)

    recovery_write.os.replace = stop_before_the_rename
    timeline, event_id, title = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    window = MainWindow()
    window.show_dialogs = False
    window.files.autosaver.timer.setInterval(50)
    assert window.open_path(timeline), window.files.last_load_error
    window.show()
    window.model.push(edits.edit_event(window.model.document, event_id, title=title))
    QTimer.singleShot(60_000, lambda: app.exit(3))
    sys.exit(app.exec())
    """
)

START_UP_OFFERS = textwrap.dedent(
    """
    import json, sys

    from gui.app.window.main import create_application

    app = create_application()

    from gui.app.dialogs import recovery_dialog
    from gui.app.window.main_window import MainWindow

    offered = []

    def restore_the_first(dialog):
        offered.extend(entry.display_name for entry in dialog.entries)
        dialog.restore_selected()
        return dialog.result()

    recovery_dialog.RecoveryDialog.exec = restore_the_first
    window = MainWindow()
    window.show_dialogs = True
    entry = recovery_dialog.offer_recovery(window)  # what start-up (gui.app.window.main.run) calls
    print("RESULT " + json.dumps({
        "offered": offered,
        "restored": entry is not None,
        "title": window.model.find_event(sys.argv[1]).title if entry else None,
        "dirty": window.is_dirty(),
    }), flush=True)
    window.model.undo_stack.setClean()
    window.close()
    """
)


def test_a_kill_just_before_autosaves_rename_is_offered_at_the_next_start(tmp_path, sample_path, isolated_env):
    timeline = tmp_path / "work" / "talks.json"
    timeline.parent.mkdir()
    shutil.copyfile(sample_path, timeline)
    recovery_dir = tmp_path / "xdg-data" / APP_NAME / APP_NAME / "recovery"

    crashing = Child(KILLED_BEFORE_RENAME, [str(timeline), EVENT, EDITED_TITLE], isolated_env, tmp_path)
    try:
        temp = Path(crashing.wait_for_line("RENAMING", READY_TIMEOUT))
    finally:
        crashing.process.send_signal(signal.SIGKILL)
        crashing.process.wait(timeout=EXIT_TIMEOUT)
    assert crashing.process.returncode == -signal.SIGKILL
    assert temp.parent == recovery_dir and temp.exists()
    assert not any(p.name.endswith(RECOVERY_SUFFIX) for p in recovery_dir.iterdir())  # only the temporary file

    next_start = Child(START_UP_OFFERS, [EVENT], isolated_env, tmp_path)
    try:
        result = json.loads(next_start.wait_for_line("RESULT", READY_TIMEOUT))
        next_start.process.wait(timeout=EXIT_TIMEOUT)
    finally:
        next_start.stop()
    assert result == {"offered": ["talks.json"], "restored": True, "title": EDITED_TITLE, "dirty": True}
    assert not temp.exists()
