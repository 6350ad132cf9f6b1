"""The Filters dock: lanes by manufacturer, partner or kind; which lanes, kinds, statuses and partners; dates; evidence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.app.widgets import style
from gui.app.widgets.date_field import ERROR_STYLE
from gui.app.document.document_model import DocumentModel
from gui.app.document.view_filter import LANES_BY_LABELS, ViewFilter
from gui.core.document.dates import DateError, parse_date

__all__ = ["LANES_BY_LABELS", "FilterPanel"]

class _CheckList(QListWidget):
    """A list of checkable values; ``checked()`` is the set the user ticked."""

    _shown: tuple | None = None  # (values, checked) last shown

    def set_values(self, values: list[tuple[str, str]], checked: set[str]) -> None:
        shown = (tuple(values), frozenset(checked) & {value for value, _ in values})
        if shown == self._shown and self.count() == len(values):
            return  # unchanged: keep the widgets (a keystroke in the search must not rebuild them)
        self._shown = shown
        self.blockSignals(True)
        self.clear()
        for value, label in values:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setMaximumHeight(max(40, min(160, 22 * len(values) + 6)))
        self.blockSignals(False)

    def values_with_state(self, state: Qt.CheckState) -> set[str]:
        return {
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == state
        }

    def item_for(self, value: str) -> QListWidgetItem | None:
        for i in range(self.count()):
            if self.item(i).data(Qt.ItemDataRole.UserRole) == value:
                return self.item(i)
        return None


def _shown(values: list[tuple[str, str]], only: set[str], hidden: set[str]) -> set[str]:
    """The values ticked: all at first, less the hidden ones (and those outside an older "only these")."""
    return {value for value, _ in values if value not in hidden and (not only or value in only)}


class FilterPanel(QDockWidget):
    def __init__(self, model: DocumentModel, view_filter: ViewFilter, parent=None) -> None:
        super().__init__("Filters", parent)
        self.setObjectName("filter_dock")
        self._model = model
        self._filter = view_filter
        self._partners_stale = True
        self.lanes_by = QComboBox()
        for value, label in LANES_BY_LABELS.items():
            self.lanes_by.addItem(label, value)
        self.lanes = _CheckList()
        self.kinds = _CheckList()
        self.statuses = _CheckList()
        self.partners = _CheckList()
        self.date_from = QLineEdit()
        self.date_from.setPlaceholderText("from, e.g. 2017")
        self.date_to = QLineEdit()
        self.date_to.setPlaceholderText("to, e.g. 2018-06")
        self.no_evidence = QCheckBox("Has no evidence")
        self.quote_not_found = QCheckBox("Evidence not found in its source")
        self.single_source = QCheckBox("Only single-source claims")
        self.single_source.setToolTip("Events resting on one independent source (relays of it count as the same)")
        self.disagreeing = QCheckBox("Only events whose sources disagree")
        self.disagreeing.setToolTip("Reports of the same thing with different dates, or confirmed and cancelled")

        content = QWidget()
        layout = QVBoxLayout(content)
        form = QFormLayout()
        form.addRow("Lanes by", self.lanes_by)
        layout.addLayout(form)
        for title, widget, hint in (
            ("Lanes shown", self.lanes, "Untick a lane to hide it"),
            ("Kinds shown", self.kinds, "Untick a kind to hide its events"),
            ("Statuses shown", self.statuses, "Untick a status to hide its events"),
            ("Partners shown", self.partners, "Untick a partner to hide the events that are with no other partner shown"),
        ):
            box = QGroupBox(title)
            box.setToolTip(hint)
            QVBoxLayout(box).addWidget(widget)
            layout.addWidget(box)
        dates = QGroupBox("Dates (or drag along the date axis)")
        row = QHBoxLayout(dates)
        row.addWidget(self.date_from)
        row.addWidget(self.date_to)
        layout.addWidget(dates)
        layout.addWidget(self.no_evidence)
        layout.addWidget(self.quote_not_found)
        layout.addWidget(self.single_source)
        layout.addWidget(self.disagreeing)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.setWidget(scroll)

        self.lanes_by.activated.connect(lambda _i: self.set_lanes_by(self.lanes_by.currentData()))
        self.lanes.itemChanged.connect(
            lambda _item: view_filter.update(hidden_lanes=self.lanes.values_with_state(Qt.CheckState.Unchecked))
        )
        # Every checkbox means the same: ticked = shown. Unticking writes the hidden set and drops any
        # older "only these" restriction (a filter remembered from an earlier version).
        self.kinds.itemChanged.connect(
            lambda _i: view_filter.update(kinds=set(), hidden_kinds=self.kinds.values_with_state(Qt.CheckState.Unchecked))
        )
        self.statuses.itemChanged.connect(
            lambda _i: view_filter.update(
                statuses=set(), hidden_statuses=self.statuses.values_with_state(Qt.CheckState.Unchecked)
            )
        )
        self.partners.itemChanged.connect(
            lambda _i: view_filter.update(
                partners=set(), hidden_partners=self.partners.values_with_state(Qt.CheckState.Unchecked)
            )
        )
        self.date_from.editingFinished.connect(lambda: self._commit_date(self.date_from, "date_from"))
        self.date_to.editingFinished.connect(lambda: self._commit_date(self.date_to, "date_to"))
        self.no_evidence.toggled.connect(lambda on: view_filter.update(no_evidence=on))
        self.quote_not_found.toggled.connect(lambda on: view_filter.update(quote_not_found=on))
        self.single_source.toggled.connect(lambda on: view_filter.update(single_source=on))
        self.disagreeing.toggled.connect(lambda on: view_filter.update(disagreeing=on))
        view_filter.sig_changed.connect(self.refresh)
        model.sig_layout_changed.connect(self.refresh)
        self.refresh()

    def set_lanes_by(self, lanes_by: str) -> None:
        """Pivot the view; hidden lanes of the previous kind of lanes no longer apply."""
        self._filter.set_lanes_by(lanes_by)

    def _commit_date(self, field: QLineEdit, name: str) -> None:
        text = field.text().strip()
        try:
            if text:
                parse_date(text)
        except DateError as error:
            field.setStyleSheet(ERROR_STYLE)
            field.setToolTip(str(error))
            return
        field.setStyleSheet("")
        field.setToolTip("")
        if getattr(self._filter.state, name) != text:
            self._filter.update(**{name: text})

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._partners_stale:
            self.refresh()

    def refresh(self) -> None:
        """Show the model's view and the filter state.

        Kinds and statuses come from the layout's vocabularies and counts (made once per
        data change). Partners need a scan of every event, so a hidden panel leaves them
        until it is shown.
        """
        state = self._filter.state
        document = self._model.document
        self.lanes_by.setCurrentIndex(self.lanes_by.findData(self._model.lanes_by))
        layout = self._model.layout
        kinds_present = [k for k, count in zip(layout.kinds, layout.kind_counts.tolist()) if count]
        needs_partners = self.isVisible() or state.partners or state.hidden_partners
        self._partners_stale = not needs_partners
        if self._model.lanes_by == "manufacturer":
            lanes = [(lane.id, lane.name or lane.id) for lane in document.lanes]
        elif self._model.lanes_by == "partner":
            if needs_partners:
                lanes = [(p, p) for p in self._filter.partners()] + [("", "No partner")]
            else:
                lanes = None
        else:
            lanes = [(k, style.kind_label(k)) for k in kinds_present]
        if lanes is not None:
            self.lanes.set_values(lanes, {value for value, _ in lanes} - state.hidden_lanes)
        kinds = [(k, style.kind_label(k)) for k in kinds_present or layout.kinds]
        self.kinds.set_values(kinds, _shown(kinds, state.kinds, state.hidden_kinds))
        statuses = [(s, style.status_label(s)) for s in layout.statuses]
        self.statuses.set_values(statuses, _shown(statuses, state.statuses, state.hidden_statuses))
        if needs_partners:
            partners = [(p, p) for p in self._filter.partners()] + [("", "No partner")]
            self.partners.set_values(partners, _shown(partners, state.partners, state.hidden_partners))
        for field, value in ((self.date_from, state.date_from), (self.date_to, state.date_to)):
            if not field.hasFocus() and field.text() != value:
                field.setText(value)
        for box, value in (
            (self.no_evidence, state.no_evidence),
            (self.quote_not_found, state.quote_not_found),
            (self.single_source, state.single_source),
            (self.disagreeing, state.disagreeing),
        ):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)


def create_dock(window, model: DocumentModel, view_filter: ViewFilter) -> FilterPanel:
    """The Filters panel, docked on the left of ``window`` (a QMainWindow); hidden until View ▸ Filters."""
    panel = FilterPanel(model, view_filter, window)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, panel)
    panel.hide()  # opened from View ▸ Filters (or a saved layout)
    return panel
