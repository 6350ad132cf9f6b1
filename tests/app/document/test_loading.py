"""Opening a big file in the background: progress, cancel, failure, another open, closing the window.

A real generated timeline in tmp_path, and a small size threshold so that it counts as big. A gate
holds the worker thread at its first progress report until the test lets it go, so each test acts
while the load is surely still running; nothing here depends on how fast the machine is.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from gui.app.document import loading
from gui.app.window import prompts
from gui.app.dialogs.load_error_dialog import LoadErrorDialog
from gui.app.document.loading import LoadProgressDialog
from gui.app.window.main_window import MainWindow
from gui.core.document import edits
from gui.core.storage.fileformat import read_document
from gui.core.storage.fileformat_write import encode_document
from tests.app.conftest import REAL_PROMPTS
from tests.app.modal import answering

REPO_ROOT = Path(__file__).resolve().parents[3]
EVENTS = 3000
#: Smaller than the generated files, larger than the sample.
THRESHOLD = 200_000
WAIT_MS = 10_000


def make_timeline(path: Path, events: int = EVENTS, seed: int = 1) -> Path:
    """A file as benchmarks/make_timeline.py writes it."""
    sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
    try:
        from make_timeline import make_document
    finally:
        sys.path.remove(str(REPO_ROOT / "benchmarks"))
    path.write_bytes(encode_document(make_document(events, 12, seed)))
    return path


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    return make_timeline(tmp_path_factory.mktemp("big") / "big.json")


@pytest.fixture
def big(tmp_path, generated) -> Path:
    path = tmp_path / "big.json"
    path.write_bytes(generated.read_bytes())
    return path


class Gate:
    """Stands in for read_document in the worker: holds it until ``open`` (or until the load is cancelled)."""

    def __init__(self, monkeypatch) -> None:
        self.entered = threading.Event()
        self.released = threading.Event()
        self.calls = 0
        self.real = loading.read_document
        monkeypatch.setattr(loading, "read_document", self.read)

    def read(self, path, progress):
        self.calls += 1
        size = Path(path).stat().st_size
        progress("Reading", 0, size)
        self.entered.set()
        give_up = time.monotonic() + WAIT_MS / 1000
        while not self.released.wait(0.005):
            progress("Reading", 0, size)  # raises LoadCancelled once the load is cancelled
            if time.monotonic() > give_up:
                raise RuntimeError("the test never opened the gate")  # fail, never hang
        return self.real(path, progress=progress)

    def open(self) -> None:
        self.released.set()


def when(condition, action) -> list:
    """Run ``action()`` once ``condition()`` holds, checking from the window's event loop without
    blocking it (so it works in whatever nested loop runs then); collect errors for the test."""
    errors: list[BaseException] = []
    timer = QTimer()
    give_up = time.monotonic() + WAIT_MS / 1000

    def check() -> None:
        try:
            if condition():
                timer.stop()
                action()
            elif time.monotonic() > give_up:
                timer.stop()
                raise AssertionError("the condition never held")
        except BaseException as error:  # noqa: BLE001 - re-raised by the test
            errors.append(error)

    timer.timeout.connect(check)
    timer.start(5)
    errors.append(timer)  # keeps the timer alive; tests look at errors[1:]
    return errors


def shown_progress(window) -> LoadProgressDialog | None:
    dialogs = [d for d in window.findChildren(LoadProgressDialog) if d.isVisible()]
    return dialogs[0] if dialogs else None


@pytest.fixture
def gate(monkeypatch) -> Gate:
    return Gate(monkeypatch)


@pytest.fixture
def window(window) -> MainWindow:
    """The sample window, with files above THRESHOLD loading in the background."""
    window.files.background_load_bytes = THRESHOLD
    return window


def load_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name.startswith("inroads-load")]


def edit(window) -> None:
    window.model.push(edits.edit_event(window.model.document, "huawei-best-buy", title="Edited, not saved"))


# --------------------------------------------------------------------------- success


def test_a_big_file_loads_in_the_background_showing_progress(qtbot, window, gate, big):
    before = window.model.document
    seen: dict = {}
    stages: list[str] = []
    painted: list[bool] = []
    watcher = PaintWatcher(painted)

    def look() -> None:
        dialog = shown_progress(window)
        seen["modality"] = dialog.windowModality()
        seen["label"] = dialog.label.text()
        seen["document"] = window.model.document  # the old one, until the new one is ready
        window.files.background_load.sig_progress.connect(lambda stage, done, total: stages.append(stage))
        # The window still paints while the worker runs.
        window.timeline.plot.viewport().installEventFilter(watcher)
        window.timeline.plot.viewport().update()

    def let_go() -> None:
        window.timeline.plot.viewport().removeEventFilter(watcher)
        gate.open()

    errors = when(lambda: gate.entered.is_set() and shown_progress(window) is not None, look)
    errors += when(lambda: bool(painted), let_go)
    assert window.open_path(big)
    assert not failures(errors), errors
    assert seen["modality"] == Qt.WindowModality.WindowModal
    assert f"Opening “{big.name}”" in seen["label"] and "Reading" in seen["label"]
    assert seen["document"] is before and painted
    assert "Decoding" in stages and stages[-3:] == ["Checking", "Laying out", "Laying out"]
    assert len(window.model.document.events) == EVENTS
    assert window.model.path == big.resolve() and not window.isWindowModified()
    assert window.files.disk_stamp is not None and not window.files.disk_stamp.changed_on_disk(big)
    assert shown_progress(window) is None
    qtbot.waitUntil(lambda: not load_threads(), timeout=WAIT_MS)


class PaintWatcher(QObject):
    def __init__(self, painted: list) -> None:
        super().__init__()
        self.painted = painted

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.painted.append(True)
        return False


def test_the_dialog_names_each_stage(qtbot, window, big):
    dialog = LoadProgressDialog(big, window)
    qtbot.addWidget(dialog)
    dialog.show_progress("Reading", 3_000_000, 12_000_000)
    assert "Reading 3.0 MB of 12 MB" in dialog.label.text() and 0 < dialog.bar.value() < 100
    dialog.show_progress("Decoding", 40_000, 100_000)
    assert "Decoding events: 40,000 of 100,000" in dialog.label.text() and 100 < dialog.bar.value() < 850
    dialog.show_progress("Checking", 1, 1)
    assert "Checking" in dialog.label.text()
    dialog.show_laying_out()
    assert "Laying out" in dialog.label.text() and dialog.bar.value() == 900
    assert not dialog.buttons.isEnabled()  # laying out cannot be cancelled


def test_small_files_load_at_once_without_a_worker(qtbot, window, gate, tmp_path, sample_path):
    small = tmp_path / "small.json"
    small.write_bytes(sample_path.read_bytes())
    assert small.stat().st_size < THRESHOLD
    assert window.open_path(small)
    assert gate.calls == 0 and window.model.path == small.resolve()
    assert not window.findChildren(LoadProgressDialog)


# --------------------------------------------------------------------------- cancel


def failures(errors: list) -> list[BaseException]:
    return [error for error in errors if isinstance(error, BaseException)]


def loading_shown(window, gate: Gate):
    return lambda: gate.entered.is_set() and shown_progress(window) is not None


@pytest.mark.parametrize("how", ["escape", "button"])
def test_cancelling_keeps_the_previous_document_untouched(qtbot, window, gate, big, how):
    edit(window)
    document, stack, path = window.model.document, window.model.undo_stack, window.model.path
    assert window.isWindowModified()

    def cancel() -> None:
        dialog = shown_progress(window)
        if how == "escape":
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            button = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    errors = when(loading_shown(window, gate), cancel)
    assert not window.open_path(big, ask_to_save=False)
    assert not failures(errors), errors
    assert window.model.document is document and window.model.undo_stack is stack and window.model.path == path
    assert stack.count() == 1 and not stack.isClean() and window.isWindowModified()
    assert window.model.find_event("huawei-best-buy").title == "Edited, not saved"
    assert window.files.last_load_error is None
    assert "cancelled" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not load_threads(), timeout=WAIT_MS)  # the worker stopped at its next report


def test_a_cancelled_load_that_asked_to_discard_changes_keeps_them_and_their_recovery(
    qtbot, window, gate, big, monkeypatch
):
    """ "Save changes?" → Discard removes the recovery file; if the open is then cancelled, the changes
    are still open, and the recovery file comes back."""
    monkeypatch.setattr(prompts, "ask_save_changes", REAL_PROMPTS["ask_save_changes"])
    window.files.autosaver.timer.setInterval(50)
    edit(window)
    written = window.files.autosaver.save_now()
    assert written is not None and written.exists()

    def discard(box) -> None:
        button = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.DestructiveRole)
        button.click()

    errors = when(loading_shown(window, gate), lambda: qtbot.keyClick(shown_progress(window), Qt.Key.Key_Escape))
    with answering(QMessageBox, discard):
        assert not window.open_path(big)
    assert not failures(errors), errors
    assert window.isWindowModified() and window.model.find_event("huawei-best-buy").title == "Edited, not saved"
    qtbot.waitUntil(lambda: written.exists(), timeout=WAIT_MS)


# --------------------------------------------------------------------------- failure


def test_a_failed_background_load_keeps_the_document_and_shows_the_problems(qtbot, window, big):
    data = big.read_bytes()
    last = data.rindex(b'"start": "')
    big.write_bytes(data[:last] + b'"start": "2018-02-30", "x": ' + data[last + len(b'"start": ') :])
    # The edit above breaks the date and the syntax: whichever the loader meets, it must say where.
    document = window.model.document
    window.show_dialogs = True
    shown: list[str] = []

    def close(dialog) -> None:
        shown.append(dialog.details.toPlainText())
        dialog.reject()

    with answering(LoadErrorDialog, close, timeout=WAIT_MS):
        assert not window.open_path(big)
    assert window.model.document is document and window.model.path.name != big.name
    assert window.files.last_load_error is not None and window.files.last_load_error.errors[0].line is not None
    assert shown and "big.json:" in shown[0]
    assert not [d for d in window.findChildren(LoadProgressDialog) if d.isVisible()]


def test_a_bug_in_the_worker_is_raised_in_the_window_not_swallowed(qtbot, window, big, monkeypatch):
    def broken(path, progress):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(loading, "read_document", broken)
    document = window.model.document
    with pytest.raises(ZeroDivisionError):
        window.open_path(big)
    assert window.model.document is document
    assert not [d for d in window.findChildren(LoadProgressDialog) if d.isVisible()]


# --------------------------------------------------------------------------- interruptions


@pytest.mark.parametrize("second_is_big", [True, False], ids=["big-then-big", "big-then-small"])
def test_opening_another_file_while_one_loads_cancels_the_first(
    qtbot, window, gate, big, tmp_path, sample_path, second_is_big
):
    second = tmp_path / "second.json"
    if second_is_big:
        make_timeline(second, events=EVENTS // 2, seed=2)
    else:
        second.write_bytes(sample_path.read_bytes())
    results: list[bool] = []

    def open_second() -> None:
        gate.open()  # the second load may pass the gate; the first is cancelled before it can
        results.append(window.open_path(second))

    errors = when(loading_shown(window, gate), open_second)
    results.insert(0, window.open_path(big))
    assert not failures(errors), errors
    assert results == [False, True]
    assert window.model.path == second.resolve()
    assert len(window.model.document.events) == len(read_document(second).document.events)
    assert shown_progress(window) is None
    qtbot.waitUntil(lambda: not load_threads(), timeout=WAIT_MS)


def test_closing_the_window_while_loading_stops_the_load(qtbot, window, gate, big):
    document = window.model.document
    closed: list[bool] = []
    errors = when(loading_shown(window, gate), lambda: closed.append(window.close()))
    assert not window.open_path(big)
    assert not failures(errors), errors
    assert closed == [True] and not window.isVisible()
    assert window.model.document is document
    assert not load_threads()  # closing waited for the worker to stop


# --------------------------------------------------------------------------- how responsive (slow, prints)


@pytest.mark.slow
def test_the_window_keeps_answering_while_100k_events_load(qtbot, window, tmp_path):
    """The numbers behind docs/reliability.md: the longest pause of a 50 ms timer while 100,000 events load."""
    path = make_timeline(tmp_path / "100k.json", events=100_000)
    window.files.background_load_bytes = loading.DEFAULT_BACKGROUND_BYTES
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    began = time.perf_counter()
    assert window.open_path(path)
    ended = time.perf_counter()
    timer.stop()
    QApplication.processEvents()
    moments = [began, *ticks]
    gaps = [b - a for a, b in pairwise(moments)]
    longest = sorted(((gap, number) for number, gap in enumerate(gaps)), reverse=True)[:3]
    print(
        f"\n100,000 events ({path.stat().st_size / 1e6:.0f} MB): open_path {ended - began:.2f} s, {len(ticks)} timer"
        f" ticks while the worker ran, longest gaps "
        + ", ".join(f"{gap * 1000:.0f} ms (before tick {number + 1})" for gap, number in longest)
        + f"; then {(ended - moments[-1]) * 1000:.0f} ms laying out in the window's thread"
    )
    assert len(window.model.document.events) == 100_000


def test_the_layout_is_built_in_the_loading_thread_for_the_files_saved_view(qtbot, window, big, monkeypatch):
    from gui.app.document import document_model
    from gui.core.view.layout_builder import build_layout as real_build

    # The view last used for this file: lanes by partner.
    saved = {"lanes_by": "partner", "state": {}, "path": str(big.resolve())}
    window.settings.setValue(window.files.filters.key(big.resolve()), json.dumps(saved))
    built_in: list[str] = []

    def recording(*args, **kwargs):
        built_in.append(threading.current_thread().name)
        return real_build(*args, **kwargs)

    monkeypatch.setattr(loading, "build_layout", recording)
    monkeypatch.setattr(document_model, "build_layout", recording)
    assert window.open_path(big)
    assert window.model.lanes_by == "partner"
    assert len(window.model.document.events) == len(read_document(big).document.events)
    assert built_in == ["inroads-load big.json"]  # once, and not on the window's thread
