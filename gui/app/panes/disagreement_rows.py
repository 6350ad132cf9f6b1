"""The rows of the Disagreements pane as a Qt table model: a cell's text is made when the view asks for it,
so a list of thousands of disagreements costs nothing per row to show again after an edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from gui.app.widgets.plain_text import display_text

if TYPE_CHECKING:
    from gui.core.analysis.conflicts import Conflict

__all__ = ["HEADERS", "HIDDEN_MARK", "DisagreementRows"]

HEADERS = ("On", "Event", "Other report", "What the sources say")
HIDDEN_MARK = "(hidden) "  # before the title, so that an elided title keeps it

_Index = QModelIndex | QPersistentModelIndex


class DisagreementRows(QAbstractTableModel):
    """One row per disagreement: what they disagree on, the two events' titles, and what the sources say."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.conflicts: list[Conflict] = []
        self.hidden_sides: list[tuple[bool, bool]] = []  # per row: is each side hidden by the filters
        self.dim = QBrush()

    def set_rows(self, conflicts: list[Conflict], hidden_sides: list[tuple[bool, bool]]) -> None:
        self.beginResetModel()
        self.conflicts, self.hidden_sides = conflicts, hidden_sides
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.conflicts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        row, column = index.row(), index.column()
        if not index.isValid() or row >= len(self.conflicts):
            return None
        conflict = self.conflicts[row]
        hidden = column in (1, 2) and self.hidden_sides[row][column - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return (HIDDEN_MARK if hidden else "") + display_text(self._text(conflict, column))
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = display_text(self._text(conflict, column), limit=1000)
            return f"{tip}\n(hidden by the filters)" if hidden else tip
        if role == Qt.ItemDataRole.ForegroundRole and hidden:
            return self.dim
        return None

    @staticmethod
    def _text(conflict: Conflict, column: int) -> str:
        if column == 0:
            return conflict.what
        if column == 3:
            return conflict.words()
        return conflict.sides[column - 1].title
