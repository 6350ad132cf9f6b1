"""Draft Events from This Source: review the events proposed for an article's passages, one key each.

A table lists the drafts (passage, lane, date, kind, status, partners, what it becomes, and why). With
the keyboard: Enter or A accepts the current draft, E edits it in the new-event form, Delete or R
rejects it, the arrows move. The dialog only gathers the decisions; the caller adds the accepted ones
as one undo step (``gui.core.evidence.drafting.drafts_edit``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.app.dialogs.new_event_dialog import NewEventDialog
from gui.app.widgets import style
from gui.core.document.describe import short_date_words
from gui.core.document.model import ONGOING, Document
from gui.core.evidence.drafting import Draft

__all__ = ["DraftReviewDialog", "COLUMNS"]

COLUMNS = ("Decision", "Passage", "Lane", "Date", "Kind", "Status", "Partners", "Becomes", "Why")
ACCEPTED, EDITED, REJECTED, UNDECIDED = "accepted", "edited", "rejected", ""


class _DraftTable(QTableWidget):
    """The table of drafts; the decision keys go to the dialog, the rest (arrows) to the table."""

    def __init__(self, dialog: DraftReviewDialog) -> None:
        super().__init__(0, len(COLUMNS))
        self._dialog = dialog

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, row = event.key(), self.currentRow()
        if row >= 0 and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_A):
                return self._dialog.accept_draft(row)
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_R, Qt.Key.Key_Backspace):
                return self._dialog.reject_draft(row)
            if key == Qt.Key.Key_E:
                return self._dialog.edit_draft(row)
        super().keyPressEvent(event)


class DraftReviewDialog(QDialog):
    """Decide on each draft; ``accepted()`` gives what to add. Widgets are public for tests."""

    def __init__(
        self,
        document: Document,
        drafts: list[Draft],
        kinds_in_use=(),
        statuses_in_use=(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("draft_review_dialog")
        self.setWindowTitle("Draft events from this source")
        self.document, self.drafts = document, drafts
        self._vocabulary = (kinds_in_use, statuses_in_use)
        self.decisions: list[str] = [UNDECIDED] * len(drafts)
        #: Fields from the edit form, per row edited (keyword arguments of ``add_event``, maybe with ``new_lane``).
        self.edited: dict[int, dict[str, Any]] = {}
        self._titles = {event.id: event.title for event in document.events}
        self._lanes = {lane.id: lane.name or lane.id for lane in document.lanes}

        self.table = _DraftTable(self)
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Wrapped cells change height when a column's width changes (a dragged column, a resized dialog):
        # rows are fitted again once the widths settle, not on every pixel of a drag.
        self._refit_rows = QTimer(self, singleShot=True, interval=50)
        self._refit_rows.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._refit_rows.start())
        self.table.setRowCount(len(drafts))
        for row in range(len(drafts)):
            self._fill_row(row)
        for column, width in enumerate((80, 330, 90, 90, 100, 80, 110, 170)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda index: self.edit_draft(index.row()))

        self.intro = QLabel(self._intro_text())
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(f"color: {style.MUTED_TEXT_COLOR};")
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAutoDefault(False)
        self.ok_button.setDefault(False)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.button_box)
        self.resize(1280, 640)
        self._update_button()
        if drafts:
            self.table.setCurrentCell(0, 1)
        self.table.setFocus()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # now that the columns have their shown widths

    def _intro_text(self) -> str:
        if not self.drafts:
            return "No passage of this source names a maker and an effort: there is nothing to draft."
        return (
            f"{len(self.drafts)} passages name a maker and an effort. Enter or A: accept · E: edit · "
            "Delete or R: reject · arrows: move. The accepted ones are added in one undo step."
        )

    # -- rows ---------------------------------------------------------------------------------

    def _fill_row(self, row: int) -> None:
        draft = self.drafts[row]
        fields = self.edited.get(row)
        suggestion = draft.suggestion
        hints = suggestion.hints
        if fields is not None:
            lane = self._lanes.get(fields.get("lane") or "", fields.get("new_lane") or "")
            start, end = fields["start"], fields.get("end")
            kind, status, partners = fields["kind"], fields["status"], list(fields.get("partners", ()))
            becomes = "a new event (edited)"
        else:
            lane = self._lanes.get(suggestion.lane or "", f"New lane: {suggestion.new_lane}")
            start, end = suggestion.start, suggestion.end
            kind, status, partners = suggestion.kind, suggestion.status, list(suggestion.partners)
            becomes = (
                f"evidence for «{self._titles.get(draft.match, draft.match)}»" if draft.match else "a new event"
            )
        date = " – ".join(short_date_words(d) for d in (start, end) if d) or "no date"
        if end == ONGOING:
            date = f"{short_date_words(start)} – ongoing"
        why = draft.why + (f"\nMatches: {draft.match_why}" if draft.match and fields is None else "")
        cells = (
            self.decisions[row] or "—",
            " ".join(suggestion.evidence.quote.split()),
            lane,
            date,
            kind,
            status,
            ", ".join(partners),
            becomes,
            why,
        )
        tips = ("", "", hints.get("lane", ""), f"EDTF {start}{'/' + end if end else ''}: {hints.get('start', '')}", hints.get("kind", ""),
                hints.get("status", ""), hints.get("partners", ""), draft.match_why, draft.why)
        for column, (text, tip) in enumerate(zip(cells, tips)):
            item = QTableWidgetItem(text)
            item.setToolTip(tip)
            if self.decisions[row] == REJECTED:
                item.setForeground(Qt.GlobalColor.gray)
            self.table.setItem(row, column, item)

    def _decide(self, row: int, decision: str) -> None:
        self.decisions[row] = decision
        self._fill_row(row)
        self.table.resizeRowToContents(row)
        self._update_button()
        if row + 1 < self.table.rowCount():
            self.table.setCurrentCell(row + 1, self.table.currentColumn())

    def _update_button(self) -> None:
        count = sum(decision in (ACCEPTED, EDITED) for decision in self.decisions)
        self.ok_button.setText(f"Add {count} Accepted" if count else "Add Accepted")
        self.ok_button.setEnabled(count > 0)

    # -- decisions ------------------------------------------------------------------------------

    def accept_draft(self, row: int) -> None:
        """Accept the draft as it is; one without a date opens the form, for a date is never invented."""
        draft = self.drafts[row]
        if not draft.suggestion.start and row not in self.edited:
            self.edit_draft(row)
            return
        self._decide(row, EDITED if row in self.edited else ACCEPTED)

    def reject_draft(self, row: int) -> None:
        self._decide(row, REJECTED)

    def edit_draft(self, row: int) -> bool:
        """The new-event form on the draft; what it gives becomes a new event (not evidence for a match)."""
        kinds, statuses = self._vocabulary
        form = NewEventDialog(self.document, self.drafts[row].suggestion, kinds, statuses, parent=self)
        form.setWindowTitle("Edit the drafted event")
        form.ok_button.setText("Accept Event")
        if form.exec() != QDialog.DialogCode.Accepted:
            return False
        fields = form.event_fields()
        if form.new_lane_name():
            fields["new_lane"] = form.new_lane_name()
        self.edited[row] = fields
        self._decide(row, EDITED)
        return True

    def accepted(self) -> list[tuple[Draft, dict[str, Any] | None]]:
        """The accepted drafts, in order, each with its edited fields (None: as drafted)."""
        return [
            (draft, self.edited.get(row) if decision == EDITED else None)
            for row, (draft, decision) in enumerate(zip(self.drafts, self.decisions))
            if decision in (ACCEPTED, EDITED)
        ]
