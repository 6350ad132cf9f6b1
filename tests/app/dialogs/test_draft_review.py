"""Draft Events from This Source: a review list of drafts, decided with the keyboard, added in one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.app.dialogs.draft_review_dialog import DraftReviewDialog
from gui.app.dialogs.new_event_dialog import NewEventDialog
from gui.core.storage.fileformat_write import encode_document
from tests.app.modal import answering, click

SAMPLE_SOURCE = "bloomberg-talks-2018"
MATCHED = "xiaomi-carrier-phones-2018"  # the sample's event the source's AT&T/Verizon passage already backs up


@pytest.fixture
def panel(window):
    window.sources_panel.show()
    window.sources_panel.raise_()
    window.sources_panel.refresh()
    assert window.sources_panel.select_source(SAMPLE_SOURCE)
    return window.sources_panel


def _evidence_quotes(window, event_id):
    return [e.quote for e in window.model.find_event(event_id).evidence]


def test_accept_edit_reject_and_merge_with_the_keyboard_in_one_undo_step(qtbot, window, panel):
    before, steps, count = encode_document(window.model.document), window.model.undo_stack.count(), len(window.model.document.events)
    evidence_before = _evidence_quotes(window, MATCHED)
    seen = {}

    def review(dialog: DraftReviewDialog) -> None:
        table = dialog.table
        seen["rows"] = table.rowCount()
        seen["becomes"] = [table.item(row, 7).text() for row in range(table.rowCount())]
        seen["why"] = [table.item(row, 8).text() for row in range(table.rowCount())]
        merge_row = next(row for row, draft in enumerate(dialog.drafts) if draft.match == MATCHED)
        seen["merge_quote"] = dialog.drafts[merge_row].suggestion.evidence.quote
        assert merge_row >= 3
        table.setFocus()
        assert table.currentRow() == 0
        qtbot.keyClick(table, Qt.Key.Key_A)  # row 0: accepted as drafted
        seen["accepted_quote"] = dialog.drafts[0].suggestion.evidence.quote

        def edit(form: NewEventDialog) -> None:
            form.title_edit.selectAll()
            qtbot.keyClicks(form.title_edit, "Huawei outsells Apple in China")
            click(qtbot, form.ok_button)

        with answering(NewEventDialog, edit):
            qtbot.keyClick(table, Qt.Key.Key_E)  # row 1: edited in the event form
        assert table.item(1, 0).text() == "edited"
        qtbot.keyClick(table, Qt.Key.Key_R)  # row 2: rejected
        while table.currentRow() < merge_row:  # the arrows move; undecided rows are left out
            qtbot.keyClick(table, Qt.Key.Key_Down)
        qtbot.keyClick(table, Qt.Key.Key_Up)
        qtbot.keyClick(table, Qt.Key.Key_Delete)  # the row before the match: rejected too
        assert table.currentRow() == merge_row
        qtbot.keyClick(table, Qt.Key.Key_Return)  # the match: accepted as new evidence, not as a duplicate
        seen["decisions"] = list(dialog.decisions)
        assert dialog.ok_button.text() == "Add 3 Accepted"
        click(qtbot, dialog.ok_button)

    with answering(DraftReviewDialog, review):
        panel.draft_action.trigger()

    assert seen["rows"] >= 5
    assert all(why.startswith("names ") for why in seen["why"])
    assert seen["decisions"][:3] == ["accepted", "edited", "rejected"]
    events = window.model.document.events
    assert len(events) == count + 2  # the accepted and the edited draft; the match added no event
    added = events[-2:]
    assert added[0].evidence[0].quote == seen["accepted_quote"]
    assert added[1].title == "Huawei outsells Apple in China"
    assert all(e.evidence[0].source == SAMPLE_SOURCE for e in added)
    assert _evidence_quotes(window, MATCHED) == [*evidence_before, seen["merge_quote"]]
    # One undo step, which gives back the exact document.
    assert window.model.undo_stack.count() == steps + 1
    window.model.undo_stack.undo()
    assert encode_document(window.model.document) == before


def test_cancel_adds_nothing(qtbot, window, panel):
    before, steps = encode_document(window.model.document), window.model.undo_stack.count()

    def review(dialog: DraftReviewDialog) -> None:
        dialog.table.setFocus()
        qtbot.keyClick(dialog.table, Qt.Key.Key_A)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    with answering(DraftReviewDialog, review):
        panel.draft_action.trigger()
    assert window.model.undo_stack.count() == steps
    assert encode_document(window.model.document) == before


def test_the_action_is_in_the_source_lists_menu_and_needs_a_source_with_text(window, panel):
    assert panel.draft_action in panel.source_list.actions()
    assert panel.draft_action in panel.reader.context_actions
    assert panel.draft_action.isEnabled()
    panel.list_view.source_list.clearSelection()
    panel.list_view.source_list.setCurrentIndex(panel.proxy.index(-1, 0))
    assert not panel.draft_action.isEnabled()


def test_rows_fit_their_wrapped_text_again_when_a_column_is_widened(qtbot):
    """Rows kept the height they had when the dialog opened: widening the Passage column squeezed the stretched
    Why column, and its wrapped text was cut."""
    from gui.core.document.model import Lane, Source, new_document
    from gui.core.evidence.drafting import draft_events

    document = new_document()
    document.lanes[:] = [Lane("vivo", "Vivo")]
    text = (
        "Vivo in the US\n\nVivo has been quietly sounding out Verizon and T-Mobile about bringing its next "
        "flagship to their stores, according to two people with knowledge of the conversations."
    )
    drafts = draft_events(document, Source("s", "Vivo in the US", published="2021-06-09", text=text))
    dialog = DraftReviewDialog(document, drafts)
    qtbot.addWidget(dialog)
    dialog.resize(1280, 500)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.table.rowHeight(0)
    assert before == dialog.table.sizeHintForRow(0)
    dialog.table.horizontalHeader().resizeSection(1, 500)  # as a drag of the Passage column's edge does
    qtbot.waitUntil(lambda: dialog.table.rowHeight(0) > before)
    assert dialog.table.rowHeight(0) == dialog.table.sizeHintForRow(0)


def test_the_app_drafts_with_worker_processes_once_they_are_ready(qtbot, window, tmp_path):
    """``inroads`` starts Draft Events' workers a moment after its window shows; the review then lists the very drafts
    one process gives, most of a long article's passages prefilled by the workers."""
    from PySide6.QtWidgets import QApplication

    from gui.app.window.main import _start_draft_workers
    from gui.core.evidence.drafting import draft_events
    from gui.core.storage.fileformat_write import write_document
    from tests.core.evidence.test_draft_workers import _timeline

    document, source = _timeline()
    path = tmp_path / "long.inroads.json"
    write_document(document, path)
    assert window.open_path(path)
    workers = window.editing.draft_workers
    if workers.processes == 0:
        pytest.skip("one core: there are no workers to start")
    _start_draft_workers(QApplication.instance(), window)
    try:
        assert not workers.ready  # not while the window opens: a moment later
        qtbot.waitUntil(lambda: workers.ready, timeout=120_000)
        window.sources_panel.show()
        window.sources_panel.refresh()
        assert window.sources_panel.select_source(source.id)
        seen = {}

        def review(dialog: DraftReviewDialog) -> None:
            seen["drafts"] = list(dialog.drafts)
            dialog.reject()

        with answering(DraftReviewDialog, review):
            window.sources_panel.draft_action.trigger()
        assert seen["drafts"] == draft_events(window.model.document, window.model.source(source.id))
        assert workers.shared > 0
    finally:
        workers.close()
