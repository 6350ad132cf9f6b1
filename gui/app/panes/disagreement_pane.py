"""The Disagreements pane: every pair of reports of the same thing that disagree, with what each source says.

A row names the two events and, source by source, what they say ("Bloomberg (2018-01-09): confirmed ·
Reuters (2018-01-15): cancelled"); a click or Enter selects the row's event (the other report's, in its
column), and the Details pane says what they disagree on. It follows edits and undo while shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from gui.app.document.document_model import DocumentModel
from gui.app.document.selection import EventSelection
from gui.app.widgets.plain_text import display_text

if TYPE_CHECKING:  # the analysis room is imported when the pane is first shown
    from gui.core.analysis.conflicts import Conflict

__all__ = ["DisagreementPane", "create_dock"]

_HEADERS = ("On", "Event", "Other report", "What the sources say")


class DisagreementPane(QDockWidget):
    """A dock listing the disagreements, one row each."""

    def __init__(self, model: DocumentModel, selection: EventSelection, parent: QWidget | None = None) -> None:
        super().__init__("Disagreements", parent)
        self.setObjectName("disagreements_dock")
        self._model, self._selection = model, selection
        self.conflicts: list[Conflict] = []
        self.table = QTableWidget(0, len(_HEADERS))
        self.table.setHorizontalHeaderLabels(list(_HEADERS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 200)
        header.setStretchLastSection(True)
        self.table.cellClicked.connect(self.select_row)
        self.table.activated.connect(lambda index: self.select_row(index.row(), index.column()))  # Enter
        self.setWidget(self.table)
        model.sig_reset.connect(self.refresh)
        model.sig_changed.connect(lambda _change: self.refresh())
        self.visibilityChanged.connect(lambda visible: visible and self.refresh())
        selection.sig_changed.connect(self._follow_selection)

    def refresh(self) -> None:
        """List the disagreements of the document again (only while the pane is shown)."""
        if not self.isVisible():
            return
        from gui.core.analysis.conflicts import conflicts

        self.conflicts = found = conflicts(self._model.document)
        self.table.setRowCount(0)
        self.table.setRowCount(len(found))
        for row, conflict in enumerate(found):
            first, second = conflict.sides
            words = conflict.words()
            for column, text in enumerate((conflict.what, first.title, second.title, words)):
                item = QTableWidgetItem(display_text(text))
                item.setToolTip(display_text(words if column == 3 else text, limit=1000))
                self.table.setItem(row, column, item)
        self.setWindowTitle(f"Disagreements ({len(found)})" if found else "Disagreements")
        self._follow_selection()

    def _follow_selection(self) -> None:
        """Highlight the first row of the selected event (an event selected elsewhere, e.g. on the timeline)."""
        current = self._selection.current
        row = self.row_of(current) if current else -1
        if row < 0:
            self.table.clearSelection()
        elif self.table.currentRow() != row or not self.table.selectionModel().isRowSelected(row):
            self.table.selectRow(row)

    def row_of(self, event_id: str) -> int:
        """The first row the event is a side of, or -1."""
        return next((row for row, c in enumerate(self.conflicts) if event_id in c.event_ids), -1)

    def select_row(self, row: int, column: int = 0) -> None:
        """Select the row's event, or in the "Other report" column the other one."""
        if 0 <= row < len(self.conflicts):
            self._selection.select(self.conflicts[row].event_ids[1 if column == 2 else 0])

    def index(self, row: int, column: int = 0) -> QModelIndex:
        return self.table.model().index(row, column)


def create_dock(window, model: DocumentModel, selection: EventSelection) -> DisagreementPane:
    """The Disagreements pane, docked at the bottom of ``window`` (a QMainWindow); hidden until View ▸ Disagreements."""
    pane = DisagreementPane(model, selection, window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, pane)
    pane.hide()
    return pane
