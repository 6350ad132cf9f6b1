"""The Scoreboard pane: where each maker stands, by stage or by partner, following the filters, edits and undo.

Clicking a cell selects its events on the timeline; hovering lists them. While the filters hide events,
a line says how many the board is built from, and a click on a cell whose events the filters hide (its
cell is empty, or the board is not yet built anew) says they are hidden instead of selecting nothing.
Edits, undo and the filters' answers to them are followed once per turn of the event loop, however many
came (an edit makes both the document and the filters change), and not at all while the pane is hidden.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.app.document.document_model import DocumentModel
from gui.app.document.selection import EventSelection
from gui.app.document.view_filter import ViewFilter
from gui.app.panes.hidden_events import HiddenCheck, hidden_words
from gui.app.panes.scoreboard_export import FORMATS, export_scoreboard
from gui.app.widgets.status_marker import status_icon

if TYPE_CHECKING:  # the analysis room is imported when the pane is first shown
    from gui.core.analysis.scoreboard import Scoreboard

__all__ = ["ScoreboardPane", "create_dock"]

_EVENT_IDS = Qt.ItemDataRole.UserRole
_TOOLTIP_EVENTS = 12


class ScoreboardPane(QDockWidget):
    """A dock with the scoreboard table and a choice of columns: stages or partners."""

    def __init__(
        self, model: DocumentModel, selection: EventSelection, view_filter: ViewFilter, parent: QWidget | None = None
    ) -> None:
        super().__init__("Scoreboard", parent)
        self.setObjectName("scoreboard_dock")
        self._model, self._selection, self._filter = model, selection, view_filter
        self.board: Scoreboard | None = None
        self.by = QComboBox()
        self.by.addItem("By stage", "stage")
        self.by.addItem("By partner", "partner")
        self.by.currentIndexChanged.connect(lambda _index: self.refresh_now())
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellClicked.connect(self._on_cell_clicked)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        bar.addWidget(self.by, 1)
        self.export_buttons: dict[str, QToolButton] = {}
        for fmt, (words, _extension) in FORMATS.items():
            button = self.export_buttons[fmt] = QToolButton()
            button.setText(f"{words.split()[0]}…")
            button.setToolTip(f"Save the scoreboard as shown as {words}")
            button.clicked.connect(lambda _checked=False, f=fmt: self.export(f))
            bar.addWidget(button)
        layout.addLayout(bar)
        self.note = QLabel()  # what the filters leave out, and a click on hidden events
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # it quotes titles
        self.note.hide()
        self._filter_words = ""
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.setWidget(body)
        self.builds = 0  # how often the board was built
        self._timer = QTimer(self)  # one build per turn of the event loop, however many changes came
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh_now)
        model.sig_reset.connect(self.refresh)
        model.sig_changed.connect(lambda _change: self.refresh())
        view_filter.sig_changed.connect(self.refresh)
        self.visibilityChanged.connect(lambda visible: visible and self.refresh_now())

    def shown_events(self) -> list:
        """The events the filters show (hidden lanes included in the filter state are left out)."""
        events = self._model.document.events
        shown = self._filter.shown_events()
        hidden = self._filter.state.hidden_lanes
        if len(shown) != len(events):
            return [e for e in events if e.lane not in hidden]
        return [e for e, keep in zip(events, shown.tolist()) if keep and e.lane not in hidden]

    def refresh(self) -> None:
        """Build the board again at the next turn of the event loop (only while the pane is shown)."""
        if self.isVisible():
            self._timer.start()

    @property
    def refresh_pending(self) -> bool:
        return self._timer.isActive()

    def refresh_now(self) -> None:
        """Build the board again from the document and the filters (only while the pane is shown)."""
        self._timer.stop()
        if not self.isVisible():
            return
        self.builds += 1
        from gui.core.analysis.scoreboard import by_partner, by_stage
        from gui.core.analysis.scoreboard_text import cell_words, column_title

        build = by_partner if self.by.currentData() == "partner" else by_stage
        shown, total = self.shown_events(), len(self._model.document.events)
        self.board = board = build(self._model.document, shown)
        self._filter_words = (
            "" if len(shown) == total else f"From the {len(shown):,} of {total:,} events the filters show."
        )
        self._say(self._filter_words)
        titles = {e.id: e.title for e in self._model.document.events}
        self.table.clear()
        self.table.setRowCount(len(board.rows))
        self.table.setColumnCount(len(board.columns))
        self.table.setHorizontalHeaderLabels([column_title(c) for c in board.columns])
        self.table.setVerticalHeaderLabels([name for _lane, name in board.rows])
        for row, (lane, _name) in enumerate(board.rows):
            for column, key in enumerate(board.columns):
                cell = board.cell(lane, key)
                if cell is None:
                    continue
                item = QTableWidgetItem(cell_words(cell, board.by).replace(", ", "\n", 2))
                item.setIcon(status_icon(cell.kind, cell.status))  # filled or hollow, as on the canvas
                item.setData(_EVENT_IDS, list(cell.event_ids))
                listed = [f"• {titles.get(i, i)}" for i in cell.event_ids[:_TOOLTIP_EVENTS]]
                if len(cell.event_ids) > _TOOLTIP_EVENTS:
                    listed.append(f"… and {len(cell.event_ids) - _TOOLTIP_EVENTS} more")
                item.setToolTip("\n".join(listed))
                self.table.setItem(row, column, item)

    def export(self, fmt: str):
        """Save the board as shown ("csv", "md" or "png"), asking where; the path written, or None."""
        if self.board is None or self.refresh_pending:
            self.refresh_now()
        if self.board is None:
            return None
        name = self._model.path.stem if self._model.path else "timeline"
        return export_scoreboard(self, self.board, self.table, fmt, f"{name} scoreboard by {self.board.by}")

    def _on_cell_clicked(self, row: int, column: int) -> None:
        """Select the cell's events the filters show; say so of those they hide (not selected)."""
        if self.refresh_pending:  # the board of before a change: build it now, then read the cell
            self.refresh_now()
        item = self.table.item(row, column)
        if item is not None:
            shown, hidden = HiddenCheck(self._model, self._filter).split(item.data(_EVENT_IDS))
        else:
            shown, hidden = [], self._hidden_in_cell(row, column)
        if shown:
            self._selection.set_ids(shown)
        titles = [event.title for event in map(self._model.find_event, hidden) if event is not None]
        self._say(hidden_words(titles) or self._filter_words)

    def _hidden_in_cell(self, row: int, column: int) -> list[str]:
        """The events the filters hide from the cell at ``row``, ``column`` (an empty cell): its events on the
        board of every event."""
        board = self.board
        if board is None or not self._filter_words or row >= len(board.rows) or column >= len(board.columns):
            return []
        from gui.core.analysis.scoreboard import by_partner, by_stage

        build = by_partner if board.by == "partner" else by_stage
        cell = build(self._model.document, self._model.document.events).cell(board.rows[row][0], board.columns[column])
        return list(cell.event_ids) if cell is not None else []

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))


def create_dock(window, model: DocumentModel, selection: EventSelection, view_filter: ViewFilter) -> ScoreboardPane:
    """The Scoreboard pane, docked at the bottom of ``window`` (a QMainWindow); hidden until View ▸ Scoreboard."""
    pane = ScoreboardPane(model, selection, view_filter, window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, pane)
    pane.hide()
    return pane
