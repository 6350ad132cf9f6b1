"""The Sources dock's list: the search field, the Add, Edit and Delete buttons, and the sources, sorted and filtered."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gui.app.document.document_model import DocumentModel
from gui.app.panes.source_list_model import ID_ROLE, SourceFilterProxy, SourceListModel

__all__ = ["SourceListView"]


class SourceListView(QWidget):
    """The list of sources and its toolbar. What the buttons do is the Sources dock's to connect."""

    def __init__(self, model: DocumentModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("source_search")
        self.search_edit.setPlaceholderText("Search sources")
        self.search_edit.setClearButtonEnabled(True)
        self.add_button = QToolButton()
        self.add_button.setText("Add")
        self.add_button.setToolTip("Add a source: paste an article, or open a .txt, .md or .html file")
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        #: The Add button's menu: the dock adds its ways of adding a source.
        self.add_menu = QMenu(self.add_button)
        self.add_button.setMenu(self.add_menu)
        self.edit_button = QToolButton()
        self.edit_button.setText("Edit…")
        self.edit_button.setToolTip("Edit the source's title, date, address or text")
        self.delete_button = QToolButton()
        self.delete_button.setText("Delete…")

        self.list_model = SourceListModel(model, self)
        self.proxy = SourceFilterProxy(self)
        self.proxy.setSourceModel(self.list_model)
        self.source_list = QTreeView()
        self.source_list.setObjectName("source_list")
        self.source_list.setModel(self.proxy)
        self.source_list.setRootIsDecorated(False)
        self.source_list.setUniformRowHeights(True)
        self.source_list.setSortingEnabled(True)
        self.source_list.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.source_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.source_list.setAlternatingRowColors(True)
        self.source_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)  # the dock adds the actions
        header = self.source_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 70)
        header.resizeSection(2, 96)
        header.resizeSection(3, 48)
        self.search_edit.textChanged.connect(self.proxy.set_query)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search_edit, 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            top.addWidget(button)
        list_layout = QVBoxLayout(self)
        list_layout.setContentsMargins(8, 6, 8, 0)
        list_layout.addLayout(top)
        list_layout.addWidget(self.source_list, 1)
        self.update_buttons()

    def reload(self) -> None:
        """Re-read the list from the model, keeping the same source selected (else a row where it was)."""
        kept = self.selected_source_id()
        old_row = self.source_list.currentIndex().row()
        self.list_model.reload()
        if not self.select_source(kept) and self.proxy.rowCount():
            self.select_row(min(max(old_row, 0), self.proxy.rowCount() - 1))

    def source_ids(self) -> list[str]:
        """The source ids as listed (sorted and filtered as shown)."""
        return [self.proxy.index(row, 0).data(ID_ROLE) for row in range(self.proxy.rowCount())]

    def selected_source_id(self) -> str | None:
        index = self.source_list.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_source(self, source_id: str | None) -> bool:
        """Select the source with this id; False when it is not listed."""
        if source_id is None:
            return False
        index = self.proxy.mapFromSource(self.list_model.index_of(source_id))
        if not index.isValid():
            return False  # no such source, or the search hides it
        self.select_row(index.row())
        return True

    def select_row(self, row: int) -> None:
        self.source_list.selectionModel().setCurrentIndex(
            self.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def update_buttons(self) -> None:
        """Edit and Delete act on the selected source: enabled when there is one."""
        has = self.selected_source_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
