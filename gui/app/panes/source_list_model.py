"""The document's sources as table rows: title, publisher, date and how many events cite each."""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from gui.app.document.document_model import DocumentModel
from gui.app.widgets.plain_text import display_text
from gui.core.evidence.citations import CitationIndex
from gui.core.document.dates import DateError, parse_date
from gui.core.document.describe import date_words

__all__ = ["COLUMNS", "ID_ROLE", "SORT_ROLE", "SourceFilterProxy", "SourceListModel"]

COLUMNS = ("Title", "Publisher", "Published", "Events")
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
_UNDATED = (10**9, 9)


def _date_key(text: str | None) -> tuple[int, int]:
    if not text:
        return _UNDATED
    try:
        return parse_date(text).sort_key()
    except DateError:
        return _UNDATED


class SourceListModel(QAbstractTableModel):
    """Adapts ``document.sources`` to rows; reads the model on every reset and holds no copy of them.

    The model sorts itself (``sort``): one Python ``sorted`` with a key per source, instead
    of a sort proxy calling back into Python twice per comparison (about 2 s for the
    50,000 sources of a million-event file).
    """

    def __init__(self, model: DocumentModel, parent=None) -> None:
        super().__init__(parent)
        self._model = model
        self.citations = CitationIndex(model.document)
        self._order: list[int] = []  # display row -> position in document.sources
        self._rows: dict[str, int] = {}  # source id -> display row
        self._sort_column = 2
        self._sort_order = Qt.SortOrder.AscendingOrder

    def reload(self) -> None:
        """Re-read the sources and recount the citations."""
        self.beginResetModel()
        self.citations = CitationIndex(self._model.document)
        self._order = self._sorted_order()
        self._index_rows()
        self.endResetModel()

    def _sorted_order(self) -> list[int]:
        sources = self._model.document.sources
        column = self._sort_column
        order = sorted(range(len(sources)), key=lambda i: self._sort_key(sources[i], column))
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            order.reverse()
        return order

    def _index_rows(self) -> None:
        sources = self._model.document.sources
        self._rows = {sources[position].id: row for row, position in enumerate(self._order)}

    def _sort_key(self, source, column: int):
        if column == 2:
            return _date_key(source.published)
        if column == 3:
            return self.citations.event_count(source.id)
        return (source.title if column == 0 else source.publisher).casefold()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        sources = self._model.document.sources
        old_ids = [sources[position].id for position in self._order]
        persistent = self.persistentIndexList()
        self._order = self._sorted_order()
        self._index_rows()
        self.changePersistentIndexList(
            persistent, [self.index(self._rows[old_ids[index.row()]], index.column()) for index in persistent]
        )
        self.layoutChanged.emit()

    def update_events(self, event_indices) -> set[str]:
        """Recount after events were replaced in place; returns the ids of the sources affected."""
        return self._recounted(self.citations.update(self._model.document, event_indices))

    def splice_events(self, removed, inserted) -> set[str]:
        """Recount after events were removed and inserted (positions as in a Change); returns the sources affected."""
        return self._recounted(self.citations.splice(self._model.document, removed, inserted))

    def _recounted(self, affected: set[str]) -> set[str]:
        """Redraw the counts of these sources."""
        for source_id in affected:
            row = self._rows.get(source_id)
            if row is not None:
                count_cell = self.index(row, len(COLUMNS) - 1)
                self.dataChanged.emit(count_cell, count_cell)
        return affected

    def index_of(self, source_id: str) -> QModelIndex:
        """The first-column index of a source (invalid when there is none with that id)."""
        row = self._rows.get(source_id)
        return self.index(row, 0) if row is not None else QModelIndex()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        sources = self._model.document.sources
        row = index.row()
        if row >= len(self._order) or self._order[row] >= len(sources):
            return None  # the sources changed and the panel has not re-read them yet
        source = sources[self._order[row]]
        column = index.column()
        if role == ID_ROLE:
            return source.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return display_text(" ".join((source.title or f"({source.id})")[:1000].split()))
            if column == 1:
                return display_text(source.publisher)
            if column == 2:
                return date_words(source.published)
            count = self.citations.event_count(source.id)
            return str(count) if count else "—"
        if role == SORT_ROLE:
            return self._sort_key(source, column)
        if role == SEARCH_ROLE:
            return " ".join((source.title, source.publisher, source.url, source.id, *source.cites)).casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            # Qt renders a tooltip that looks like markup as rich text: file text is escaped, so it shows literally.
            lines = (" ".join(source.title[:1000].split()), source.url or source.id)
            return "<p>" + "<br>".join(html.escape(display_text(line)) for line in lines if line) + "</p>"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SourceFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose title, publisher, address or id hold every typed word; sorting is the model's."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The view's header asks the proxy; the model sorts in one pass and the proxy keeps its order.
        self.sourceModel().sort(column, order)

    def set_query(self, query: str) -> None:
        words = query.casefold().split()
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; invalidateRowsFilter() is deprecated there
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self._words:
            return True
        haystack = self.sourceModel().index(source_row, 0, source_parent).data(SEARCH_ROLE) or ""
        return all(word in haystack for word in self._words)
