"""The Disagreements pane: every pair of reports of the same thing that disagree, with what each source says.

A row names the two events and, source by source, what they say ("Bloomberg (2018-01-09): confirmed ·
Reuters (2018-01-15): cancelled"); a click or Enter selects the row's event (the other report's, in its
column), and the Details pane says what they disagree on. An empty list says so and what counts as a
disagreement; the dock's title counts the rows.

It follows the filters: a disagreement between two events the filters hide is left out, one side hidden
is marked so, and a click on it says it is hidden instead of selecting nothing without a word.

It follows edits and undo while shown, once per turn of the event loop however many changes came, and
after an edit of a few events finds again only their disagreements (core/analysis/conflicts_update.py);
while hidden it only remembers what changed, and works the list out when shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from gui.app.document.document_model import DocumentModel
from gui.app.document.selection import EventSelection
from gui.app.document.view_filter import ViewFilter
from gui.app.panes.disagreement_rows import HIDDEN_MARK, DisagreementRows
from gui.app.panes.hidden_events import HiddenCheck, hidden_words

if TYPE_CHECKING:  # the analysis room is imported when the pane is first shown
    from gui.core.analysis.conflicts import Conflict
    from gui.core.document.edit_types import Change

__all__ = ["EMPTY", "HIDDEN_MARK", "WHAT_COUNTS", "DisagreementPane", "create_dock"]

EMPTY = "No two reports disagree."
WHAT_COUNTS = (
    "Reports disagree when, in the same lane, of the same kind and naming the same partner (or both none), "
    "in the same year, they give different dates at the same precision (March 2018 against April 2018) "
    "or conflicting statuses (one says confirmed, another cancelled)."
)
#: More events changed than this since the list was last worked out: every disagreement is found again.
_MAX_CHANGED = 64


class DisagreementPane(QDockWidget):
    """A dock listing the disagreements, one row each, or saying there are none."""

    def __init__(
        self, model: DocumentModel, selection: EventSelection, view_filter: ViewFilter, parent: QWidget | None = None
    ) -> None:
        super().__init__("Disagreements", parent)
        self.setObjectName("disagreements_dock")
        self._model, self._selection, self._filter = model, selection, view_filter
        self.rows = DisagreementRows(self)
        self._found: list[Conflict] | None = None  # every disagreement of the document; None: find them again
        self._changed: set[str] = set()  # events changed since ``_found`` was worked out
        self.listings = {"all": 0, "changed": 0}  # how often every disagreement, or the changed ones, were found
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # it quotes titles
        self.note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setToolTip(WHAT_COUNTS)
        self.table = QTableView()
        self.table.setModel(self.rows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Fixed widths: fitting a column to its contents would read thousands of rows.
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, self.fontMetrics().horizontalAdvance("date and status") + 16)
        header.resizeSection(1, 200)
        header.resizeSection(2, 200)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.clicked.connect(lambda index: self.select_row(index.row(), index.column()))
        self.table.activated.connect(lambda index: self.select_row(index.row(), index.column()))  # Enter
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.setWidget(body)
        self._timer = QTimer(self)  # one refresh per turn of the event loop, however many changes came
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh_now)
        model.sig_reset.connect(self._on_reset)
        model.sig_changed.connect(self._on_changed)
        view_filter.sig_changed.connect(self.refresh)
        self.visibilityChanged.connect(lambda visible: visible and self.refresh_now())
        selection.sig_changed.connect(self._follow_selection)

    # -- what changed ----------------------------------------------------------------------------

    def _on_reset(self) -> None:
        self._found = None
        self._changed.clear()
        self.refresh()

    def _on_changed(self, change: Change) -> None:
        if not (change.event_ids or change.events_reordered or change.sources or change.lanes):
            return  # the document's own fields: no disagreement changes
        few = (
            change.event_ids
            and not (change.lanes or change.sources or change.document)
            and (change.spliced or not change.events_reordered)
            and len(self._changed) + len(change.event_ids) <= _MAX_CHANGED
        )
        if few:
            self._changed |= change.event_ids
        else:
            self._found = None
            self._changed.clear()
        self.refresh()

    def refresh(self) -> None:
        """List the disagreements again at the next turn of the event loop (only while the pane is shown)."""
        if self.isVisible():
            self._timer.start()

    @property
    def refresh_pending(self) -> bool:
        return self._timer.isActive()

    # -- the list --------------------------------------------------------------------------------

    def _every_disagreement(self) -> list[Conflict]:
        if self._found is None:
            from gui.core.analysis.conflicts import conflicts

            self._found = conflicts(self._model.document)
            self.listings["all"] += 1
        elif self._changed:
            from gui.core.analysis.conflicts_update import updated_conflicts

            self._found = updated_conflicts(self._model.document, self._found, self._changed)
            self.listings["changed"] += 1
        self._changed.clear()
        return self._found

    def refresh_now(self) -> None:
        """List the disagreements the filters show (only while the pane is shown)."""
        self._timer.stop()
        if not self.isVisible():
            return
        found = self._every_disagreement()
        check = HiddenCheck(self._model, self._filter)
        rows, hidden_sides = [], []
        for conflict in found:
            hidden = (check.hidden(conflict.event_ids[0]), check.hidden(conflict.event_ids[1]))
            if not all(hidden):
                rows.append(conflict)
                hidden_sides.append(hidden)
        self.rows.dim = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        self.rows.set_rows(rows, hidden_sides)
        shown, total = len(rows), len(found)
        self.setWindowTitle(f"Disagreements ({shown})" if shown == total else f"Disagreements ({shown} of {total})")
        if not total:
            self._say(f"{EMPTY}\n{WHAT_COUNTS}")
        elif not shown:
            many = "disagreement is" if total == 1 else f"{total} disagreements are"
            self._say(f"The filters hide every report that disagrees: the {many} between hidden events.")
        else:
            self._say("")
        self.table.setVisible(bool(shown))
        self._follow_selection()

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    # -- selection -------------------------------------------------------------------------------

    @property
    def conflicts(self) -> list[Conflict]:
        """The rows' disagreements, in order."""
        return self.rows.conflicts

    def _follow_selection(self) -> None:
        """Highlight the first row of the selected event (an event selected elsewhere, e.g. on the timeline)."""
        current = self._selection.current
        row = self.row_of(current) if current else -1
        if row < 0:
            self.table.clearSelection()
        elif self.table.currentIndex().row() != row or not self.table.selectionModel().isRowSelected(row):
            self.table.selectRow(row)

    def row_of(self, event_id: str) -> int:
        """The first row the event is a side of, or -1."""
        return next((row for row, c in enumerate(self.conflicts) if event_id in c.event_ids), -1)

    def select_row(self, row: int, column: int = 0) -> None:
        """Select the row's event, or in the "Other report" column the other one; one the filters hide is not
        selected, and the pane says why."""
        if not 0 <= row < len(self.conflicts):
            return
        side = 1 if column == 2 else 0
        if self.rows.hidden_sides[row][side]:
            self._say(hidden_words([self.conflicts[row].sides[side].title]))
            return
        if self.table.isVisible():
            self._say("")
        self._selection.select(self.conflicts[row].event_ids[side])

    def index(self, row: int, column: int = 0) -> QModelIndex:
        return self.rows.index(row, column)


def create_dock(window, model: DocumentModel, selection: EventSelection, view_filter: ViewFilter) -> DisagreementPane:
    """The Disagreements pane, docked at the bottom of ``window`` (a QMainWindow); hidden until View ▸ Disagreements."""
    pane = DisagreementPane(model, selection, view_filter, window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, pane)
    pane.hide()
    return pane
