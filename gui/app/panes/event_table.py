"""The event table: the events that pass the filters, sortable, with selection shared with the timeline."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QTableView

from gui.app.widgets import style
from gui.app.document.document_model import DocumentModel
from gui.app.panes.event_table_proxy import EventFilterProxy
from gui.app.widgets.plain_text import TEXT_CHARS, display_text
from gui.app.document.selection import EventSelection
from gui.app.document.view_filter import ViewFilter
from gui.core.analysis.corroboration import independent_count, source_ids
from gui.core.document.dates import DateError, parse_date
from gui.core.document.describe import date_words, short_date_words
from gui.core.document.edit_types import Change
from gui.core.document.model import ONGOING

__all__ = ["EventTableModel", "EventFilterProxy", "EventTableDock", "SORT_ROLE", "COLUMNS"]

COLUMNS = ("Title", "Lane", "Start", "End", "Kind", "Status", "Partners", "Source", "Sources")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_LATEST = (10**9, 9)


def _date_key(text: str | None) -> tuple[int, int]:
    """Chronological by earliest moment, coarser precision first; no end sorts last, ongoing after dates."""
    if text is None:
        return _LATEST
    if text == ONGOING:
        return (10**9 - 1, 0)
    try:
        return parse_date(text).sort_key()
    except DateError:
        return _LATEST


class EventTableModel(QAbstractTableModel):
    """Adapts ``document.events`` to rows; holds no copy of them."""

    def __init__(self, model: DocumentModel, parent=None) -> None:
        super().__init__(parent)
        self._model = model
        # While a splice is being announced (``_splice_rows``): the rows removed, and the events
        # inserted, not announced yet.
        self._unannounced_removed: list[int] = []
        self._unannounced_inserted: list[int] = []  # as ``position - i`` for the i-th of them
        model.sig_reset.connect(self._on_reset)
        model.sig_changed.connect(self._on_changed)
        model.sig_layout_changed.connect(self._on_layout_changed)

    def _events(self):
        return self._model.document.events

    def event_position(self, row: int) -> int:
        """The position in ``document.events`` of the event in ``row``; -1 for a removed row not announced yet."""
        if self._unannounced_removed:
            before = bisect_left(self._unannounced_removed, row)
            if before < len(self._unannounced_removed) and self._unannounced_removed[before] == row:
                return -1
            row -= before
        return row + bisect_right(self._unannounced_inserted, row) if self._unannounced_inserted else row

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return len(self._events()) - len(self._unannounced_inserted) + len(self._unannounced_removed)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        position = self.event_position(index.row())
        if position < 0:
            return None
        event = self._events()[position]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(self._cell_text(event, column))
        elif role == SORT_ROLE:
            return self._sort_key(event, column)
        elif role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return display_text(event.title, TEXT_CHARS)
        elif role == Qt.ItemDataRole.ToolTipRole and column in (2, 3):
            written = event.start if column == 2 else event.end
            return display_text(f"{date_words(written)} (as written: {written})") if written and written != ONGOING else None
        elif role == Qt.ItemDataRole.UserRole:
            return event.id
        return None

    def _sort_key(self, event, column: int):
        """What the rows are sorted by: dates chronologically, text case-insensitively."""
        if column == 2:
            return _date_key(event.start)
        if column == 3:
            return _date_key(event.end)
        if column == 8:
            return self._source_counts(event)
        return self._cell_text(event, column).casefold()

    def sort_key(self, row: int, column: int):
        """The sort key of ``row`` for ``column`` (see ``_sort_key``)."""
        return self._sort_key(self._events()[self.event_position(row)], column)

    def sort_keys(self, column: int) -> list:
        """Every row's sort key for ``column``, read once: the proxy sorts them with one ``sorted``."""
        events = self._events()
        if not self._unannounced_removed and not self._unannounced_inserted:
            return [self._sort_key(event, column) for event in events]
        return [self.sort_key(row, column) for row in range(self.rowCount())]

    def _cell_text(self, event, column: int) -> str:
        """The file's text for a cell, whole (shown through ``display_text``, sorted as it is)."""
        if column == 0:
            return event.title
        if column == 1:
            lane = self._model.lane(event.lane)
            return (lane.name or lane.id) if lane else event.lane
        if column == 2:
            return short_date_words(event.start)
        if column == 3:
            return "ongoing" if event.end == ONGOING else short_date_words(event.end)
        if column == 4:
            return style.kind_label(event.kind)
        if column == 5:
            return style.status_label(event.status)
        if column == 6:
            return ", ".join(event.partners)
        if column == 7 and event.evidence:
            source = self._model.source(event.evidence[0].source)
            return (source.title or source.id) if source else event.evidence[0].source
        if column == 8 and event.evidence:
            independent, total = self._source_counts(event)
            return str(total) if independent == total else f"{total} ({independent} independent)"
        return ""

    def _source_counts(self, event) -> tuple[int, int]:
        """(independent origins, distinct sources) of the event: sorted by independence first."""
        return independent_count(event, self._model.sources_by_id()), len(source_ids(event))

    def _on_reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _on_changed(self, change: Change | None) -> None:
        if change is None or (change.events_reordered and not change.spliced) or change.lanes or change.sources:
            self.beginResetModel()
            self.endResetModel()
            return
        if change.spliced:
            # Rows inserted and removed, not a reset: a sorting proxy then places only the new rows.
            self._splice_rows(change.removed, change.inserted)
            return
        # Edits in place: only the touched rows change.
        self.rows_changed([row for row in map(self._model.event_index, change.event_ids) if row >= 0])

    def rows_changed(self, rows: list[int]) -> None:
        """Tell the views these rows read differently."""
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _splice_rows(self, removed, inserted) -> None:
        """Announce the rows removed, then those inserted, one run of adjacent rows at a time.

        The document has already changed: until a run is announced, its removed rows stay (with
        no data) and its inserted events are left out, so that at every step the rows are what
        the proxy and the views expect.
        """
        removed, inserted = list(removed), list(inserted)
        self._set_unannounced(removed, inserted)
        for first, last in reversed(_runs(removed)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del removed[first - last - 1 :]
            self._set_unannounced(removed, inserted)
            self.endRemoveRows()
        for first, last in _runs(inserted):
            self.beginInsertRows(QModelIndex(), first, last)
            del inserted[: last - first + 1]
            self._set_unannounced(removed, inserted)
            self.endInsertRows()

    def _set_unannounced(self, removed: list[int], inserted: list[int]) -> None:
        self._unannounced_removed = list(removed)
        self._unannounced_inserted = [position - i for i, position in enumerate(inserted)]

    def _on_layout_changed(self) -> None:
        pass


def _runs(positions) -> list[tuple[int, int]]:
    """Ascending positions as runs of adjacent ones: [2, 3, 4, 9] -> [(2, 4), (9, 9)]."""
    runs: list[tuple[int, int]] = []
    for position in positions:
        if runs and runs[-1][1] == position - 1:
            runs[-1] = (runs[-1][0], position)
        else:
            runs.append((position, position))
    return runs




#: First widths of the columns beside the title, in pixels: dates in words ("c. Dec 2017") fit.
COLUMN_WIDTHS = {1: 110, 2: 130, 3: 130, 4: 110, 5: 90, 6: 140, 7: 180, 8: 120}


class EventTableDock(QDockWidget):
    """The table in a dock. Selection flows both ways with the shared EventSelection."""

    sig_zoom_requested = Signal(str)

    def __init__(self, model: DocumentModel, selection: EventSelection, view_filter: ViewFilter, parent=None) -> None:
        super().__init__("Events", parent)
        self.setObjectName("table_dock")
        self._model = model
        self._selection = selection
        self.table_model = EventTableModel(model, self)
        self.proxy = EventFilterProxy(view_filter, self)
        # The proxy sorts and filters with Python callbacks per row: connect it only while the dock is
        # shown, so a hidden table costs nothing when files open, edits land or the search changes.
        self.visibilityChanged.connect(self._on_visibility_changed)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The title takes the width the other columns leave; their widths are the user's (remembered).
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in COLUMN_WIDTHS.items():
            self.view.setColumnWidth(column, width)
        self.setWidget(self.view)
        self._syncing = False
        self.view.selectionModel().selectionChanged.connect(self._on_table_selection)
        # Many rows changing at once (a new filter, a large undo) resets the proxy: select again.
        self.proxy.modelReset.connect(self._on_shared_selection)
        self.view.doubleClicked.connect(self._on_double_clicked)
        selection.sig_changed.connect(self._on_shared_selection)

    def _on_visibility_changed(self, visible: bool) -> None:
        if visible and self.proxy.sourceModel() is None:
            self.proxy.setSourceModel(self.table_model)
            self.view.sortByColumn(
                self.view.horizontalHeader().sortIndicatorSection(), self.view.horizontalHeader().sortIndicatorOrder()
            )
            self._on_shared_selection()
        elif not visible and self.proxy.sourceModel() is not None:
            self.proxy.setSourceModel(None)

    def save_columns(self, settings) -> None:
        """Remember the column widths (and the sort) in ``settings`` (a QSettings)."""
        settings.setValue("table/header", self.view.horizontalHeader().saveState())

    def restore_columns(self, settings) -> None:
        """The column widths as the user left them, if ``settings`` remembers them."""
        state = settings.value("table/header")
        if state is not None:
            header = self.view.horizontalHeader()
            header.restoreState(state)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    @property
    def is_live(self) -> bool:
        """True while the table is connected to the document (the dock is shown)."""
        return self.proxy.sourceModel() is not None

    def row_of(self, event_id: str) -> int:
        """The proxy row showing the event, or -1."""
        source_row = self._model.event_index(event_id)
        if source_row < 0 or not self.is_live:
            return -1
        return self.proxy.mapFromSource(self.table_model.index(source_row, 0)).row()

    def _on_table_selection(self, *_args) -> None:
        if self._syncing:
            return
        rows = self.view.selectionModel().selectedRows()
        ids = [self.proxy.mapToSource(index).data(Qt.ItemDataRole.UserRole) for index in rows]
        current = self.view.currentIndex()
        if current.isValid():
            current_id = self.proxy.mapToSource(current).data(Qt.ItemDataRole.UserRole)
            if current_id in ids:  # the current row is the one the detail pane shows
                ids = [i for i in ids if i != current_id] + [current_id]
        self._syncing = True
        try:
            self._selection.set_ids(ids)
        finally:
            self._syncing = False

    def _on_shared_selection(self) -> None:
        if self._syncing or not self.is_live:
            return
        self._syncing = True
        try:
            model = self.view.selectionModel()
            chosen = QItemSelection()
            last = QModelIndex()
            for event_id in self._selection.ids:
                row = self.row_of(event_id)
                if row >= 0:
                    last = self.proxy.index(row, 0)
                    chosen.select(last, self.proxy.index(row, len(COLUMNS) - 1))
            model.select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if last.isValid():
                model.setCurrentIndex(last, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.view.scrollTo(last)
        finally:
            self._syncing = False

    def _on_double_clicked(self, index: QModelIndex) -> None:
        event_id = self.proxy.mapToSource(index).data(Qt.ItemDataRole.UserRole)
        if event_id:
            self.sig_zoom_requested.emit(event_id)


def create_dock(window, model: DocumentModel, selection: EventSelection, view_filter: ViewFilter) -> EventTableDock:
    """The event table, docked at the bottom of ``window`` (a QMainWindow); hidden until View ▸ Event Table."""
    dock = EventTableDock(model, selection, view_filter, window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()
    return dock
