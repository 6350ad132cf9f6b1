"""Quotes that survive source edits: each outcome shown to the user, lost quotes re-anchored by selection."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from gui.app.dialogs.source_dialogs import SourceEditDialog
from gui.app.widgets.text_offsets import utf16_position
from gui.core.storage.fileformat_write import encode_document
from tests.app.modal import answering, click

SAMPLE_SOURCE = "bloomberg-talks-2018"
TYPO_FIX = ("doing very well in China and India", "doing really well in China and India")
REWRITE = (
    "Huawei has outsold Apple in China, for instance, and Xiaomi’s found a niche in low-end and mid-range smartphones.",
    "Huawei sells well at home. Xiaomi found a niche in low-end and mid-range phones.",
)


@pytest.fixture
def edited(qtbot, window):
    """The sample after its source text was edited through the Sources dock: one undo step."""
    panel = window.sources_panel
    panel.show()
    panel.refresh()
    old_text = window.model.source(SAMPLE_SOURCE).text
    new_text = old_text.replace(*TYPO_FIX).replace(*REWRITE)
    before = encode_document(window.model.document)

    def edit(editor: SourceEditDialog) -> None:
        editor.set_text(new_text)
        click(qtbot, editor.ok_button)

    with answering(SourceEditDialog, edit):
        click(qtbot, panel.edit_button)
    assert window.model.source(SAMPLE_SOURCE).text == new_text
    return window, before


def evidence_of(window, event_id: str):
    return window.model.find_event(event_id).evidence[0]


def test_each_quote_is_found_again_and_marked(edited):
    window, _ = edited
    moved = evidence_of(window, "xiaomi-china-india")
    assert (moved.quote, moved.reanchored) == ("So far, Xiaomi’s been doing really well in China and India", "moved")
    fuzzy = evidence_of(window, "xiaomi-low-mid-range")
    assert fuzzy.reanchored == "fuzzy"
    assert fuzzy.quote.startswith("Xiaomi found a niche in low-end and mid-range phones")
    lost = evidence_of(window, "huawei-outsells-apple-china")
    assert (lost.quote, lost.reanchored) == ("Huawei has outsold Apple in China, for instance", "")
    exact = evidence_of(window, "huawei-best-buy")
    assert exact.reanchored == ""
    report = window.sources_panel.reanchor_report
    assert "17 were found exactly, 1 by the text around it, 1 approximately, and 1 is lost" in report
    assert window.statusBar().currentMessage() == report
    assert "1 quote no longer found" in window.sources_panel.summary_label.text()


def test_the_whole_edit_is_one_undo_step(edited):
    window, before = edited
    assert window.model.undo_stack.undoText().startswith("Edit source «Huawei and Xiaomi")
    window.model.undo_stack.undo()
    assert encode_document(window.model.document) == before
    window.model.undo_stack.redo()
    assert evidence_of(window, "xiaomi-china-india").reanchored == "moved"


@pytest.mark.parametrize(
    ("event_id", "words"), [("xiaomi-china-india", "by the text around it"), ("xiaomi-low-mid-range", "approximately")]
)
def test_the_detail_pane_asks_to_check_an_inexact_quote(qtbot, edited, event_id, words):
    window, _ = edited
    window.selection.select(event_id)
    pane = window.detail_pane
    assert pane.reanchor_note.isVisible()
    assert words in pane.reanchor_label.text()
    assert pane.highlighted_passage().startswith(evidence_of(window, event_id).quote[:20])
    steps = window.model.undo_stack.count()
    click(qtbot, pane.confirm_anchor_button)
    assert evidence_of(window, event_id).reanchored == ""
    assert not pane.reanchor_note.isVisible()
    assert window.model.undo_stack.count() == steps + 1
    window.model.undo_stack.undo()
    assert evidence_of(window, event_id).reanchored != ""


def test_a_lost_quote_is_flagged_and_filterable(edited):
    window, _ = edited
    window.selection.select("huawei-outsells-apple-china")
    pane = window.detail_pane
    assert pane.quote_warning.isVisible()
    assert "not found" in pane.quote_warning.text()
    assert not pane.reanchor_note.isVisible()
    window.view_filter.update(quote_not_found=True)
    shown = window.view_filter.shown_events()
    ids = {window.model.document.events[i].id for i in range(len(shown)) if shown[i]}
    assert ids == {"huawei-outsells-apple-china"}


def test_reanchor_a_lost_quote_by_selecting_new_text(qtbot, edited):
    window, _ = edited
    window.selection.select("huawei-outsells-apple-china")
    pane = window.detail_pane
    text = window.model.source(SAMPLE_SOURCE).text
    start = text.index("Huawei sells well at home.")
    end = start + len("Huawei sells well at home.")
    cursor = QTextCursor(pane.source_text.document())
    cursor.setPosition(utf16_position(text, start))
    cursor.setPosition(utf16_position(text, end), QTextCursor.MoveMode.KeepAnchor)
    pane.source_text.setTextCursor(cursor)
    action = window.sources_panel.reanchor_action
    assert action.isEnabled()
    steps = window.model.undo_stack.count()
    action.trigger()
    evidence = evidence_of(window, "huawei-outsells-apple-china")
    assert (evidence.quote, evidence.source) == ("Huawei sells well at home.", SAMPLE_SOURCE)
    assert not pane.quote_warning.isVisible()
    assert pane.highlighted_passage() == "Huawei sells well at home."
    assert window.model.undo_stack.count() == steps + 1
    assert window.model.undo_stack.undoText().startswith("Re-anchor the quote of")
    window.model.undo_stack.undo()
    assert evidence_of(window, "huawei-outsells-apple-china").quote == "Huawei has outsold Apple in China, for instance"
