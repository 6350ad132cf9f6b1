"""Fixtures for widget tests: an isolated QSettings file and a main window on the sample."""

from __future__ import annotations

import gc
import shutil

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings

from gui.app.window import prompts
from gui.app.window.garbage import collect_like_python
from gui.app.window.main_window import MainWindow


@pytest.fixture(autouse=True)
def garbage_between_tests():
    """As the app does (gui/app/window/garbage.py): no automatic collection while a test drives Qt, where it could
    destroy widgets inside a Qt call and hang; a collection after each test instead."""
    enabled = gc.isenabled()
    gc.disable()
    yield
    collect_like_python()
    if enabled:
        gc.enable()


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


# Synthetic mouse moves arrive faster than a hand could make them; deliver every one.
pg.setConfigOption("mouseRateLimit", -1)

REAL_PROMPTS = {
    name: getattr(prompts, name)
    for name in ("ask_save_changes", "ask_disk_conflict", "ask_recreate", "ask_save_read_only", "tell_save_failed")
}


@pytest.fixture(autouse=True)
def isolated_recovery_dir(tmp_path, monkeypatch):
    """Autosave must never write into the real app-data folder from a test."""
    monkeypatch.setenv("INROADS_RECOVERY_DIR", str(tmp_path / "recovery"))


@pytest.fixture(autouse=True)
def no_unexpected_prompts(monkeypatch):
    """A modal question nobody answers would hang the suite: fail loudly instead.

    Tests that exercise a prompt put the real one back (``REAL_PROMPTS``) and click it.
    """

    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected prompt: {args[1:]}")

    for name in REAL_PROMPTS:
        monkeypatch.setattr(prompts, name, unexpected)


@pytest.fixture
def window(qtbot, settings, sample_path, tmp_path):
    """The main window on a copy of the sample in tmp_path (the bundled sample itself opens as an
    untitled copy, see tests/app/window/test_sample_is_a_template.py)."""
    main_window = MainWindow(settings)
    main_window.show_dialogs = False
    # Closing at teardown must not ask about unsaved changes a test left behind.
    qtbot.addWidget(main_window, before_close_func=lambda w: w.model.undo_stack.setClean())
    main_window.resize(1400, 860)
    copy = tmp_path / "window-sample" / sample_path.name
    copy.parent.mkdir()
    shutil.copy(sample_path, copy)
    assert main_window.open_path(copy)
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window


def viewport_point(timeline, x_days: float, y_rows: float) -> QPoint:
    """Where a data point appears in the plot's viewport, in widget pixels."""
    scene_point = timeline.view_box.mapViewToScene(QPointF(x_days, y_rows))
    return timeline.plot.mapFromScene(scene_point)


def event_point(window: MainWindow, event_id: str) -> QPoint:
    """The viewport pixel at the centre of an event's marker, as drawn at the current zoom (or its bar's start)."""
    layout = window.model.layout
    index = window.model.event_index(event_id)
    x = layout.anchor_x(index, 1.0 / window.timeline.view_box.viewPixelSize()[0])
    if not layout.is_point[index]:
        x = max(x, float(layout.start_end[index]))  # inside the firm part of the bar
    return viewport_point(window.timeline, x, layout.y(index) + 0.5)
