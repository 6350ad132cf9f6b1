"""The search field above the timeline: filter as you type, count matches, step through them, clear filters."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from gui.app.document.document_model import DocumentModel
from gui.app.document.selection import EventSelection
from gui.app.document.view_filter import ViewFilter

__all__ = ["SearchBar"]


class SearchBar(QWidget):
    def __init__(self, model: DocumentModel, selection: EventSelection, view_filter: ViewFilter, parent=None) -> None:
        super().__init__(parent)
        self._model = model
        self._selection = selection
        self._filter = view_filter
        self.field = QLineEdit()
        self.field.setPlaceholderText("Find events: title, notes, partners, tags, lane, quotes  (Ctrl+F)")
        self.field.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hide_others = QCheckBox("Hide others")
        self.hide_others.setToolTip("Hide events that don't match instead of dimming them")
        self.summary_label = QLabel()
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setStyleSheet("color: #57606a;")
        self.clear_button = QPushButton("Clear filters")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.field, 2)
        layout.addWidget(self.count_label)
        layout.addWidget(self.hide_others)
        layout.addWidget(self.summary_label, 3)
        layout.addWidget(self.clear_button)
        # Typing restarts a very short timer: keystrokes coalesce, the UI never waits on a search.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(0)
        self._typing.timeout.connect(lambda: self._filter.update(query=self.field.text()))
        self.field.textEdited.connect(lambda _t: self._typing.start())
        self.field.returnPressed.connect(self.find_next)
        self.hide_others.toggled.connect(lambda on: self._filter.update(hide_non_matching=on))
        self.clear_button.clicked.connect(self._clear)
        QShortcut(QKeySequence.StandardKey.FindNext, self, self.find_next, context=Qt.ShortcutContext.WindowShortcut)
        QShortcut(
            QKeySequence.StandardKey.FindPrevious,
            self,
            lambda: self.find_next(-1),
            context=Qt.ShortcutContext.WindowShortcut,
        )
        view_filter.sig_changed.connect(self._refresh)
        model.sig_layout_changed.connect(self._refresh)
        self.field.installEventFilter(self)
        self._refresh()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.field and event.type() == QEvent.Type.FocusIn:
            self._filter.prepare_search()  # a search is coming: build the index while the user types
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self._filter.prepare_search()  # also when the window is not active and gives no focus event
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def find_next(self, step: int = 1) -> None:
        """Select the next (or previous) match in time order and pan to it."""
        if self._typing.isActive():
            self._typing.stop()
            self._filter.update(query=self.field.text())
        order = self._filter.matches_in_time_order()
        if not order:
            return
        events = self._model.document.events
        current = self._model.event_index(self._selection.current) if self._selection.current else -1
        if current in order:
            position = (order.index(current) + step) % len(order)
        else:
            position = 0 if step > 0 else len(order) - 1
        self._selection.select(events[order[position]].id)

    def _clear(self) -> None:
        self.field.clear()
        self._filter.clear()

    def _refresh(self) -> None:
        state = self._filter.state
        if self.field.text() != state.query and not self.field.hasFocus():
            self.field.setText(state.query)
        self.hide_others.blockSignals(True)
        self.hide_others.setChecked(state.hide_non_matching)
        self.hide_others.blockSignals(False)
        total = len(self._model.document.events)
        if state.query.strip():
            self.count_label.setText(f"{self._filter.match_count()} of {total} match")
        elif state.is_filtering():
            self.count_label.setText(f"{self._filter.match_count()} of {total} shown")
        else:
            self.count_label.setText("")
        lane_names = {lane.id: lane.name or lane.id for lane in self._model.document.lanes}
        self.summary_label.setText(state.summary(lane_names))
        self.clear_button.setVisible(state.is_filtering())
