"""Changing several selected events at once: kind, status, lane, or delete, each as one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QWidget

from gui.app.document.document_model import DocumentModel
from gui.app.widgets.plain_text import add_text_item, combo_text, display_text, editable_text
from gui.app.document.selection import EventSelection
from gui.core.document import edits
from gui.core.document.model import DEFAULT_KINDS, DEFAULT_STATUSES

__all__ = ["BulkForm"]

_UNCHANGED = "(mixed)"


class BulkForm(QWidget):
    def __init__(self, model: DocumentModel, selection: EventSelection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._selection = selection
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.kind_combo = QComboBox()
        self.kind_combo.setEditable(True)
        self.status_combo = QComboBox()
        self.status_combo.setEditable(True)
        self.lane_combo = QComboBox()
        self.delete_button = QPushButton("Delete these events")
        hint = QLabel("Each change applies to every selected event, as one step you can undo.")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #57606a;")
        form = QFormLayout(self)
        form.setContentsMargins(14, 12, 14, 8)
        form.addRow(self.heading)
        form.addRow(hint)
        form.addRow("Kind", self.kind_combo)
        form.addRow("Status", self.status_combo)
        form.addRow("Lane", self.lane_combo)
        form.addRow(self.delete_button)
        self.kind_combo.activated.connect(lambda _i: self._apply("kind", combo_text(self.kind_combo)))
        self.kind_combo.lineEdit().editingFinished.connect(lambda: self._apply("kind", combo_text(self.kind_combo)))
        self.status_combo.activated.connect(lambda _i: self._apply("status", combo_text(self.status_combo)))
        self.status_combo.lineEdit().editingFinished.connect(
            lambda: self._apply("status", combo_text(self.status_combo))
        )
        self.lane_combo.activated.connect(lambda _i: self._apply("lane", self.lane_combo.currentData()))
        self.delete_button.clicked.connect(self._delete)

    def _events(self):
        return [e for e in (self._model.find_event(i) for i in self._selection.ids) if e is not None]

    def refresh(self) -> None:
        events = self._events()
        self.heading.setText(f"{len(events)} events selected")
        document = self._model.document
        for combo, defaults, values in (
            (self.kind_combo, DEFAULT_KINDS, [e.kind for e in events]),
            (self.status_combo, DEFAULT_STATUSES, [e.status for e in events]),
        ):
            combo.blockSignals(True)
            combo.clear()
            for value in dict.fromkeys([*defaults, *values]):
                add_text_item(combo, value)  # file text: bidi controls as marks, the value kept as data
            combo.setCurrentText(editable_text(values[0]) if len(set(values)) == 1 else _UNCHANGED)
            combo.blockSignals(False)
        self.lane_combo.blockSignals(True)
        self.lane_combo.clear()
        for lane in document.lanes:
            self.lane_combo.addItem(display_text(lane.name or lane.id), lane.id)
        lanes = {e.lane for e in events}
        if len(lanes) == 1:
            self.lane_combo.setCurrentIndex(self.lane_combo.findData(next(iter(lanes))))
        else:
            self.lane_combo.insertItem(0, _UNCHANGED, None)
            self.lane_combo.setCurrentIndex(0)
        self.lane_combo.blockSignals(False)

    def _apply(self, field: str, value) -> None:
        if not value or value == _UNCHANGED:
            return
        ids = [e.id for e in self._events() if getattr(e, field) != value]
        if not ids:
            return
        noun = {"kind": "kind", "status": "status", "lane": "lane"}[field]
        label = f"Set {noun} of {len(ids)} event{'s' * (len(ids) != 1)}"
        self._model.push(edits.edit_events(self._model.document, ids, label, **{field: value}))

    def _delete(self) -> None:
        ids = [e.id for e in self._events()]
        if ids:
            self._selection.clear()
            self._model.push(edits.delete_events(self._model.document, ids, index=self._model.layout.id_to_index))
