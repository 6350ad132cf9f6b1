"""A KeptScrollBar looks exactly as the style draws a scroll bar, and draws a state it was in before only once:
the Details' source text gets a new range or position with almost every click (#22)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPlainTextEdit, QWidget

from gui.app.widgets.kept_scroll_bar import KeptScrollBar
from tests.app.conftest import event_point


def _text_edit() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setReadOnly(True)
    edit.setCursorWidth(0)  # no blinking caret in the pictures compared
    edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return edit


def test_it_looks_as_the_style_draws_a_scroll_bar_in_every_state(qtbot):
    host = QWidget()
    host.setAutoFillBackground(True)  # the window's colour behind, as in the Details
    layout = QHBoxLayout(host)
    plain, kept = _text_edit(), _text_edit()
    kept.setVerticalScrollBar(KeptScrollBar())
    layout.addWidget(plain)
    layout.addWidget(kept)
    host.resize(700, 400)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    compared = 0
    for words in (300, 1200, 5000, 1200):  # the last one again: its states are copied
        for edit in (plain, kept):
            edit.setPlainText("word " * words)
        bar = plain.verticalScrollBar()
        for value in sorted({*range(0, bar.maximum() + 1, max(1, bar.maximum() // 12)), bar.maximum()}):
            plain.verticalScrollBar().setValue(value)
            kept.verticalScrollBar().setValue(value)
            assert kept.verticalScrollBar().grab().toImage() == plain.verticalScrollBar().grab().toImage(), (words, value)
            assert kept.grab().toImage() == plain.grab().toImage(), (words, value)
            compared += 1
    assert compared > 30
    assert kept.verticalScrollBar().drawn < compared  # the repeated text's states were not drawn again


def test_going_back_to_a_source_does_not_draw_its_scroll_bar_again(window, qtbot, tmp_path):
    text = " ".join(f"Sentence {n} about Xiaomi and its carrier partners in the US." for n in range(60))
    document = {
        "format": "inroads-timeline",
        "version": 1,
        "lanes": [{"id": "xiaomi", "name": "Xiaomi"}],
        "sources": [
            {"id": "a", "title": "A", "text": text},
            {"id": "b", "title": "B", "text": text + " The end of the second one, a little longer."},
        ],
        "events": [
            {"id": "one", "lane": "xiaomi", "title": "One", "start": "2017-03",
             "evidence": [{"source": "a", "quote": "Sentence 30 about Xiaomi"}]},
            {"id": "two", "lane": "xiaomi", "title": "Two", "start": "2019-02",
             "evidence": [{"source": "b", "quote": "Sentence 50 about Xiaomi"}]},
        ],
    }
    path = tmp_path / "two.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert window.open_path(path), window.files.last_load_error
    pane = window.detail_pane
    pane.show()
    bar = pane.source_text.verticalScrollBar()
    assert isinstance(bar, KeptScrollBar)
    viewport = window.timeline.plot.viewport()
    viewport_point = {event_id: event_point(window, event_id) for event_id in ("one", "two")}

    def click(event_id: str) -> None:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=viewport_point[event_id])
        qtbot.waitUntil(lambda: pane.highlighted_passage().startswith("Sentence"))
        qtbot.waitUntil(lambda: window.selection.current == event_id)
        for _ in range(3):  # the frame and what it asked for (no timer involved)
            QApplication.sendPostedEvents()
            QApplication.processEvents()

    for event_id in ("one", "two", "one", "two"):  # each state seen once
        click(event_id)
    drawn = bar.drawn
    for event_id in ("one", "two", "one", "two"):
        click(event_id)
    assert bar.maximum() > 0  # the texts are longer than the pane: the bar shows
    assert bar.drawn == drawn
