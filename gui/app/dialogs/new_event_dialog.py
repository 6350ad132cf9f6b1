"""The event form for "New Event from Selection": prefilled from the passage, each field saying why.

The dialog only gathers values; the caller adds the event as one undo step when
the user accepts. Every prefilled field has a muted hint under it ("from “in
2018” in the passage"), so the analyst can see which guesses to check.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui.app.widgets import style
from gui.app.widgets.date_field import DateField
from gui.app.widgets.event_form import fill_vocabulary, swatch
from gui.app.widgets.plain_text import exact_plain_text
from gui.app.widgets.tag_list import format_list, parse_list
from gui.core.document.dates import DateError, ends_before, parse_date
from gui.core.evidence.extract import Suggestion
from gui.core.document.model import DEFAULT_KINDS, DEFAULT_STATUSES, ONGOING, Document

__all__ = ["NewEventDialog"]


def _hint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {style.MUTED_TEXT_COLOR}; font-size: 90%;")
    label.setVisible(bool(text))
    return label


class NewEventDialog(QDialog):
    """Review a suggested event; ``event_fields()`` gives what to add. Widgets are public for tests."""

    def __init__(
        self,
        document: Document,
        suggestion: Suggestion,
        kinds_in_use=(),
        statuses_in_use=(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("new_event_dialog")
        self.setWindowTitle("New event from a passage")
        self.suggestion = suggestion
        hints = dict(suggestion.hints)
        self.hint_labels: dict[str, QLabel] = {}

        self.title_edit = QLineEdit(suggestion.title)
        # Editable: a name that is not a lane's yet makes a new lane, in the same undo step as the event.
        self.lane_combo = QComboBox()
        self.lane_combo.setEditable(True)
        self.lane_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lane_combo.lineEdit().setPlaceholderText("A lane, or a new name (e.g. Huawei)")
        for lane in document.lanes:
            self.lane_combo.addItem(swatch(lane.color or style.kind_color("other")), lane.name or lane.id, lane.id)
        lane_index = self.lane_combo.findData(suggestion.lane)
        if suggestion.new_lane:  # a maker without a lane: offered as a new one, made with the event
            self.lane_combo.setCurrentIndex(-1)  # no other lane's colour beside the new name
            self.lane_combo.setEditText(suggestion.new_lane)
        elif document.lanes:
            self.lane_combo.setCurrentIndex(max(lane_index, 0))
        else:
            self.lane_combo.setEditText("")
        self.start_field = DateField("e.g. 2018, Dec 2017, 5 Dec 2017 or c. 2017", self._validate_start)
        self.start_field.set_value(suggestion.start)
        self.end_field = DateField("empty: a point in time · .. : ongoing", self._validate_end)
        self.end_field.set_value(suggestion.end or "")
        self.kind_combo = self._vocabulary_combo(DEFAULT_KINDS, kinds_in_use, suggestion.kind, colored=True)
        self.status_combo = self._vocabulary_combo(DEFAULT_STATUSES, statuses_in_use, suggestion.status)
        self.partners_edit = QLineEdit(format_list(list(suggestion.partners)))
        self.partners_edit.setPlaceholderText("the carriers or retailers it is with, separated by commas")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(70)
        self.notes_edit.setPlaceholderText("Why a date is approximate, what is still unclear…")
        self.notes_edit.setPlainText(suggestion.notes)
        self.quote_view = QPlainTextEdit(f"“{' '.join(suggestion.evidence.quote.split())}”")
        self.quote_view.setReadOnly(True)
        self.quote_view.setTabChangesFocus(True)
        self.quote_view.setStyleSheet(f"QPlainTextEdit {{ background: {style.QUOTE_HIGHLIGHT}; }}")
        self.quote_view.setMaximumHeight(self.quote_view.fontMetrics().lineSpacing() * 4 + 12)
        #: One check box per other maker the passage names: add the same event to that lane too.
        self.also_boxes: dict[str, QCheckBox] = {}
        for lane_id in suggestion.other_lanes:
            box = QCheckBox(f"Also add this event to {self._lane_name(document, lane_id)}")
            box.setToolTip("The passage names this maker too: one event per maker, each citing the passage")
            self.also_boxes[lane_id] = box

        lane_hint = hints.get("lane", "")
        if suggestion.other_lanes:
            names = [self._lane_name(document, lane_id) for lane_id in suggestion.other_lanes]
            lane_hint = f"{lane_hint} (also named: {', '.join(names)})".strip()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_row(form, "Title", self.title_edit, "title", hints.get("title", ""))
        self._add_row(form, "Lane", self.lane_combo, "lane", lane_hint)
        for box in self.also_boxes.values():
            form.addRow("", box)
        self._add_row(form, "Start", self.start_field, "start", hints.get("start", ""))
        self._add_row(form, "End", self.end_field, "end", hints.get("end", ""))
        self._add_row(form, "Kind", self.kind_combo, "kind", hints.get("kind", ""))
        self._add_row(form, "Status", self.status_combo, "status", hints.get("status", ""))
        self._add_row(form, "Partners", self.partners_edit, "partners", hints.get("partners", ""))
        form.addRow("Notes", self.notes_edit)
        form.addRow("Evidence", self.quote_view)

        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Add Event")
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        intro = _hint_label("Filled in from the passage. Check each guess; the grey notes say where it came from.")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.button_box)
        self.resize(600, 0)

        self.title_edit.textChanged.connect(self._check)
        self.lane_combo.editTextChanged.connect(self._check)
        self.start_field.line_edit.textChanged.connect(self._check)
        self.end_field.line_edit.textChanged.connect(self._check)
        self._check()
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    @staticmethod
    def _lane_name(document: Document, lane_id: str) -> str:
        for lane in document.lanes:
            if lane.id == lane_id:
                return lane.name or lane.id
        return lane_id

    def _add_row(self, form: QFormLayout, label: str, widget: QWidget, name: str, hint: str) -> None:
        form.addRow(label, widget)
        hint_label = _hint_label(f"↳ {hint}" if hint else "")
        self.hint_labels[name] = hint_label
        form.addRow("", hint_label)

    @staticmethod
    def _vocabulary_combo(defaults, in_use, current: str, colored: bool = False) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        fill_vocabulary(combo, defaults, in_use, current, colored)
        return combo

    # -- validation ----------------------------------------------------------------------------

    def _validate_start(self, text: str) -> str:
        try:
            parse_date(text)
        except DateError as error:
            return "Start " + str(error)
        return ""

    def _validate_end(self, text: str) -> str:
        if text in ("", ONGOING):
            return ""
        try:
            end = parse_date(text)
        except DateError as error:
            return "End " + str(error)
        try:
            if ends_before(end, parse_date(self.start_field.edtf_text())):
                return f'The end "{text}" is before the start.'
        except DateError:
            pass
        return ""

    def _check(self) -> None:
        valid = (
            bool(self.title_edit.text().strip())
            and bool(self.lane_combo.currentText().strip())
            and not self.start_field.error()
            and not self.end_field.error()
        )
        self.ok_button.setEnabled(valid)

    # -- the result ----------------------------------------------------------------------------

    def chosen_lane(self) -> str | None:
        """The id of the lane chosen, or None when a new lane's name was typed (see ``new_lane_name``)."""
        text = self.lane_combo.currentText().strip()
        index = self.lane_combo.findText(text)
        return self.lane_combo.itemData(index) if index >= 0 else None

    def new_lane_name(self) -> str | None:
        """The typed name of a lane to create for the event, or None when an existing lane was chosen."""
        return None if self.chosen_lane() is not None else self.lane_combo.currentText().strip() or None

    def events_fields(self) -> list[dict]:
        """One record per event to add: the chosen lane's, then one per ticked "Also add" box."""
        first = self.event_fields()
        chosen = [lane_id for lane_id, box in self.also_boxes.items() if box.isChecked() and lane_id != first["lane"]]
        return [first, *(dict(first, lane=lane_id) for lane_id in chosen)]

    def event_fields(self) -> dict:
        """Keyword arguments for ``gui.core.document.edits.add_event``."""
        fields = {
            "lane": self.chosen_lane(),
            "start": self.start_field.edtf_text(),
            "title": self.title_edit.text().strip(),
            "kind": self.kind_combo.currentText().strip() or "other",
            "status": self.status_combo.currentText().strip() or "reported",
            "partners": parse_list(self.partners_edit.text()),
            "evidence": [self.suggestion.evidence],
        }
        end = self.end_field.edtf_text()
        if end:
            fields["end"] = end
        notes = exact_plain_text(self.notes_edit)
        if notes.strip():
            fields["notes"] = notes
        return fields
