"""Edit ▸ New Event with nothing clicked: title, lane, date and status asked, none of them assumed.

No date is invented: the date starts empty and the event can't be added until one is typed
("2018", "Dec 2017", "c. 2017"...). The status is asked too: the file format writes one on every
event, but how firm a report is is the analyst's call, not a default's. The dialog only gathers
values; the caller adds the event as one undo step.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from gui.app.widgets import style
from gui.app.widgets.date_field import DateField
from gui.app.widgets.event_form import fill_vocabulary, swatch
from gui.core.document.model import DEFAULT_STATUSES, Document

__all__ = ["AddEventDialog"]


class AddEventDialog(QDialog):
    """Ask for a new event's title, lane, start date and status; ``event_fields()`` gives what to add."""

    def __init__(
        self,
        document: Document,
        lane_id: str | None = None,
        statuses_in_use=(),
        parent: QWidget | None = None,
        start: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("add_event_dialog")
        self.setWindowTitle("New event")
        self.title_edit = QLineEdit("New event")
        self.lane_combo = QComboBox()
        self.lane_combo.setEditable(True)  # a name that is not a lane's yet makes a new lane
        self.lane_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lane_combo.lineEdit().setPlaceholderText("A lane, or a new name (e.g. Huawei)")
        for lane in document.lanes:
            self.lane_combo.addItem(swatch(lane.color or style.kind_color("other")), lane.name or lane.id, lane.id)
        self.lane_combo.setCurrentIndex(max(self.lane_combo.findData(lane_id), 0) if document.lanes else -1)
        self.start_field = DateField("Required: e.g. 2018, Dec 2017, 5 Dec 2017 or c. 2017")
        self.status_combo = QComboBox()
        self.status_combo.setEditable(True)
        self.status_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        fill_vocabulary(self.status_combo, DEFAULT_STATUSES, statuses_in_use, "")
        self.status_combo.setCurrentIndex(-1)
        self.status_combo.lineEdit().setPlaceholderText("Required: rumored, reported, confirmed…")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("Title", self.title_edit)
        form.addRow("Lane", self.lane_combo)
        form.addRow("Date", self.start_field)
        form.addRow("Status", self.status_combo)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Add Event")
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.button_box)
        self.resize(480, 0)
        for signal in (
            self.title_edit.textChanged, self.lane_combo.editTextChanged,
            self.start_field.line_edit.textChanged, self.status_combo.editTextChanged,
        ):
            signal.connect(self._check)
        if start:
            # A double-click gave the date (the period clicked, at the zoom's precision): ask for the rest.
            self.start_field.set_value(start)
        self._check()
        (self.status_combo if start else self.start_field.line_edit).setFocus()

    def _check(self) -> None:
        date = self.start_field.line_edit.text().strip()
        valid = (
            bool(self.title_edit.text().strip())
            and bool(self.lane_combo.currentText().strip())
            and bool(date) and not self.start_field.error()
            and bool(self.status_combo.currentText().strip())
        )
        self.ok_button.setEnabled(valid)

    def chosen_lane(self) -> str | None:
        """The id of the lane chosen, or None when a new lane's name was typed (see ``new_lane_name``)."""
        index = self.lane_combo.findText(self.lane_combo.currentText().strip())
        return self.lane_combo.itemData(index) if index >= 0 else None

    def new_lane_name(self) -> str | None:
        """The typed name of a lane to create for the event, or None when an existing lane was chosen."""
        return None if self.chosen_lane() is not None else self.lane_combo.currentText().strip() or None

    def event_fields(self) -> dict:
        """Keyword arguments for ``gui.core.document.edits.add_events`` (the lane is None for a new lane)."""
        status = self.status_combo.currentText().strip()
        index = self.status_combo.findText(status)
        return {
            "lane": self.chosen_lane(),
            "start": self.start_field.edtf_text(),
            "title": self.title_edit.text().strip(),
            "status": self.status_combo.itemData(index) if index >= 0 and self.status_combo.itemData(index) else status,
        }
