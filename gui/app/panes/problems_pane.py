"""The Problems pane: every warning (and, for a file opened for repair, every error) of the last load or
import, with where it is; double-click goes to the event and field it is about."""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QTableView, QWidget

from gui.app.document.document_model import DocumentModel
from gui.app.widgets.plain_text import display_text
from gui.core.document.problems import Problem

__all__ = ["ProblemsPane", "ProblemTableModel", "problem_target", "create_dock"]

_EVENT_ID = re.compile(r'^events\[\d+\] \(id "((?:[^"\\]|\\.)*)"\)')
_HEADERS = ("", "Line", "Where", "Problem")
#: Fields of other formats (TimelineJS) named in an import's problems, as the form's fields.
_FIELD_NAMES = {
    "start_date": "start", "end_date": "end", "headline": "title", "text": "notes", "group": "lane",
    "media": "evidence", "url": "evidence", "caption": "evidence", "credit": "evidence", "thumbnail": "evidence",
}


def problem_target(problem: Problem, model: DocumentModel) -> tuple[str, str] | None:
    """The (event id, field) a problem is about, if it is about an event that is still in the document.

    The id named in ``where`` is preferred over the index in ``path``: edits since the load may have
    moved the event.
    """
    if not problem.path or problem.path[0] != "events":
        return None
    names = [part for part in problem.path[2:] if isinstance(part, str)]
    field = _FIELD_NAMES.get(names[-1], names[-1]) if names else ""
    match = _EVENT_ID.match(problem.where)
    if match and model.find_event(match.group(1)) is not None:
        return match.group(1), field
    if len(problem.path) > 1 and isinstance(problem.path[1], int) and 0 <= problem.path[1] < len(model.document.events):
        return model.document.events[problem.path[1]].id, field
    return None


class ProblemTableModel(QAbstractTableModel):
    """The document model's problems as rows: severity, line, where, message."""

    def __init__(self, model: DocumentModel, parent=None) -> None:
        super().__init__(parent)
        self._model = model
        self._problems: list[Problem] = []
        model.sig_reset.connect(self.refresh)
        model.sig_problems_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._problems = list(self._model.warnings)
        self.endResetModel()

    def problem(self, row: int) -> Problem:
        return self._problems[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _HEADERS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        problem = self._problems[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return "error" if problem.is_error else "warning"
            if column == 1:
                if problem.line is None:
                    return ""
                return f"{problem.line}" if problem.column is None else f"{problem.line}:{problem.column}"
            if column == 2:
                return display_text(problem.where)
            return display_text(problem.message)
        if role == Qt.ItemDataRole.ToolTipRole and column >= 2:
            return display_text(problem.describe(), limit=1000)
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and problem.is_error:
            from PySide6.QtGui import QColor

            return QColor("#c62828")
        return None


class ProblemsPane(QDockWidget):
    """A dock listing the problems; double-click (or Enter) on one selects its event and asks for its field."""

    sig_go_to = Signal(str, str)
    """(event id, field name or "") the user asked to see."""

    def __init__(self, model: DocumentModel, parent: QWidget | None = None) -> None:
        super().__init__("Problems", parent)
        self.setObjectName("problems_dock")
        self._model = model
        self.table_model = ProblemTableModel(model, self)
        self.view = QTableView()
        self.view.setModel(self.table_model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 280)  # room for 'events[12] (id "huawei-att")'
        header.setStretchLastSection(True)
        self.view.activated.connect(self._on_activated)  # double-click, or Enter on the keyboard
        self.setWidget(self.view)
        self.table_model.modelReset.connect(self._update_title)
        self._update_title()

    def count(self) -> int:
        return self.table_model.rowCount()

    def _update_title(self) -> None:
        count = self.count()
        self.setWindowTitle(f"Problems ({count})" if count else "Problems")

    def _on_activated(self, index: QModelIndex) -> None:
        target = problem_target(self.table_model.problem(index.row()), self._model)
        if target is not None:
            self.sig_go_to.emit(*target)


def create_dock(window, model: DocumentModel) -> ProblemsPane:
    """The Problems pane, docked at the bottom of ``window`` (a QMainWindow); hidden until there are problems."""
    pane = ProblemsPane(model, window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, pane)
    pane.hide()
    return pane
