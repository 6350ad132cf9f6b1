"""The Details' event page (the form, the evidence, the source text) and bulk page are built after the window's
first frame, which shows the document's summary: not during start-up (#22). Asked for sooner, they are built then."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QEvent, QObject

from gui.app.window.main_window import MainWindow


class _FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.pages_then: int | None = None
        self.pane = None

    def eventFilter(self, watched, event):  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and self.pages_then is None:
            self.pages_then = self.pane.stack.count()
        return False


def _window(qtbot, settings, sample_path, tmp_path) -> MainWindow:
    window = MainWindow(settings)
    window.show_dialogs = False
    qtbot.addWidget(window, before_close_func=lambda w: w.model.undo_stack.setClean())
    copy = tmp_path / sample_path.name
    shutil.copy(sample_path, copy)
    assert window.open_path(copy)
    return window


def test_the_event_page_is_built_after_the_first_frame(qtbot, settings, sample_path, tmp_path):
    window = _window(qtbot, settings, sample_path, tmp_path)
    pane = window.detail_pane
    assert pane.stack.count() == 1  # the summary only
    watcher = _FirstPaint()
    watcher.pane = pane
    window.timeline.plot.viewport().installEventFilter(watcher)
    window.show()
    qtbot.waitUntil(lambda: watcher.pages_then is not None)
    assert watcher.pages_then == 1  # the first frame painted without them
    qtbot.waitUntil(lambda: pane.stack.count() == 3)  # and then they are built, before any click needs them
    assert pane.stack.currentIndex() == 0


def test_an_event_selected_before_the_first_frame_is_shown_with_its_quote(qtbot, settings, sample_path, tmp_path):
    window = _window(qtbot, settings, sample_path, tmp_path)
    pane = window.detail_pane
    event = next(e for e in window.model.document.events if e.evidence)
    window.selection.select(event.id)
    assert pane.stack.currentIndex() == 1
    assert pane.form.title_edit.text() == event.title
    assert pane.highlighted_passage() == event.evidence[0].quote
    # New Event from Selection follows the selection in the source text the page brought.
    window.show()
    qtbot.waitExposed(window)
    actions = window.passage_actions
    assert not actions.new_event.isEnabled()
    cursor = pane.source_text.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(5, cursor.MoveMode.KeepAnchor)
    pane.source_text.setTextCursor(cursor)
    assert actions.new_event.isEnabled()
