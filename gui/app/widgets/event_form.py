"""The form that edits one event: every field, validated as you type, committed as one undo step each."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QIcon, QPixmap
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from gui.app.widgets import style
from gui.app.widgets.date_field import DateField
from gui.app.document.document_model import DocumentModel
from gui.app.widgets.plain_text import (
    add_text_item,
    combo_text,
    display_text,
    edited_text,
    editable_text,
    exact_plain_text,
)
from gui.app.widgets.tag_list import format_list, parse_list
from gui.core.document import edits
from gui.core.document.dates import DateError, ends_before, parse_date
from gui.core.document.describe import when_words
from gui.core.document.model import DEFAULT_KINDS, DEFAULT_STATUSES, ONGOING, Event

__all__ = ["EventForm", "NotesEdit", "fill_vocabulary", "swatch"]


class NotesEdit(QPlainTextEdit):
    """Multi-line notes; committed when the field loses focus, and only if the user changed them."""

    sig_editing_finished = Signal()

    def set_text(self, text: str) -> None:
        self.setPlainText(text)
        self.document().setModified(False)

    def text(self) -> str:
        return exact_plain_text(self)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.document().isModified():
            self.document().setModified(False)
            self.sig_editing_finished.emit()


def swatch(color) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(color)
    return QIcon(pixmap)


def fill_vocabulary(combo: QComboBox, defaults, used, current: str, colored: bool = False) -> None:
    """Defaults first, then the other values in use, sorted; refilled only when that list changed."""
    values = list(dict.fromkeys([*defaults, *sorted(set(used) - set(defaults))]))
    combo.blockSignals(True)
    if values != [combo.itemData(i) for i in range(combo.count())]:
        combo.clear()
        for value in values:  # file text: bidi controls shown as marks, the value kept as the item's data
            add_text_item(combo, value, swatch(style.kind_color(value)) if colored else None)
    index = combo.findData(current)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(editable_text(current))
    combo.blockSignals(False)


def _set_text(edit: QLineEdit, text: str) -> None:
    """Show ``text`` from its start; an unchanged field is not set again (nor repainted)."""
    if edit.text() != text:
        edit.setText(text)
    edit.setCursorPosition(0)


class _CommitOnFocusOut(QObject):
    """Commits an editable combo box's typed text when it loses focus."""

    def __init__(self, combo: QComboBox, callback) -> None:
        super().__init__(combo)
        self._callback = callback
        combo.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class EventForm(QWidget):
    """Edits the event with id ``event_id``; reads it back from the model after every change."""

    def __init__(self, model: DocumentModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.event_id: str | None = None
        self._lanes_shown: tuple = ()  # (id, name, colour) per lane in the lane combo

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("A short headline")
        title_font = self.title_edit.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.title_edit.setFont(title_font)
        self.title_error = QLabel("A title can't be empty.")
        self.title_error.setStyleSheet("color: #c62828;")
        self.title_error.hide()
        self.lane_combo = QComboBox()
        self.start_field = DateField("e.g. 2018, Dec 2017, 5 Dec 2017 or c. 2017", self._validate_start)
        self.end_field = DateField("empty: a point in time · .. : ongoing", self._validate_end)
        for field in (self.start_field, self.end_field):
            # A point's end shows no preview: its line is kept, so the fields below stay put from event to event.
            policy = field.preview_label.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            field.preview_label.setSizePolicy(policy)
        self.when_label = QLabel()
        self.when_label.setTextFormat(Qt.TextFormat.PlainText)
        self.when_label.setStyleSheet(f"color: {style.MUTED_TEXT_COLOR};")
        self.kind_combo = QComboBox()
        self.kind_combo.setEditable(True)
        self.kind_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.status_combo = QComboBox()
        self.status_combo.setEditable(True)
        self.status_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.partners_edit = QLineEdit()
        self.partners_edit.setPlaceholderText("the carriers or retailers it is with, separated by commas")
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText("comma-separated")
        self.notes_edit = NotesEdit()
        self.notes_edit.setPlaceholderText("Why a date is approximate, what is still unclear…")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(60)
        self.notes_edit.setMaximumHeight(110)

        form = QFormLayout(self)
        form.setContentsMargins(14, 12, 14, 8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.title_edit)
        form.addRow(self.title_error)
        form.addRow("Lane", self.lane_combo)
        form.addRow("Start", self.start_field)
        form.addRow("End", self.end_field)
        form.addRow("When", self.when_label)  # the whole extent in words: a bare line under End read as its value
        form.addRow("Kind", self.kind_combo)
        form.addRow("Status", self.status_combo)
        form.addRow("Partners", self.partners_edit)
        form.addRow("Tags", self.tags_edit)
        form.addRow("Notes", self.notes_edit)

        self.title_edit.editingFinished.connect(self._commit_title)
        self.lane_combo.activated.connect(self._commit_lane)
        self.start_field.sig_committed.connect(lambda text: self._commit("Change dates of", start=text))
        self.end_field.sig_committed.connect(lambda text: self._commit("Change dates of", end=text or None))
        self.kind_combo.activated.connect(lambda _i: self._commit_kind())
        self.status_combo.activated.connect(lambda _i: self._commit_status())
        self.kind_combo.lineEdit().editingFinished.connect(self._commit_kind)
        self.status_combo.lineEdit().editingFinished.connect(self._commit_status)
        _CommitOnFocusOut(self.kind_combo, self._commit_kind)
        _CommitOnFocusOut(self.status_combo, self._commit_status)
        self.partners_edit.editingFinished.connect(
            lambda: self._commit("Edit partners of", partners=self._edited_list(self.partners_edit, "partners"))
        )
        self.tags_edit.editingFinished.connect(
            lambda: self._commit("Edit tags of", tags=self._edited_list(self.tags_edit, "tags"))
        )
        self.notes_edit.sig_editing_finished.connect(
            lambda: self._commit("Edit notes of", notes=self._edited("notes", self.notes_edit.text()))
        )

    # -- showing -------------------------------------------------------------------------------

    def current_event(self) -> Event | None:
        return self._model.find_event(self.event_id) if self.event_id else None

    def show_event(self, event: Event) -> None:
        """Fill every field from the model's copy of the event."""
        self.event_id = event.id
        document = self._model.document
        # Bidi controls show as marks (‹RLO›), so a title cannot pretend to read otherwise;
        # ``edited_text`` gives back the file's text unchanged unless the user edits it.
        _set_text(self.title_edit, editable_text(event.title))
        self.title_error.hide()
        lanes = tuple((lane.id, lane.name or lane.id, lane.color) for lane in document.lanes)
        if lanes != self._lanes_shown:
            self._lanes_shown = lanes
            self.lane_combo.blockSignals(True)
            self.lane_combo.clear()
            for lane_id, name, color in lanes:
                self.lane_combo.addItem(swatch(color or style.kind_color("other")), display_text(name), lane_id)
            self.lane_combo.blockSignals(False)
        self.lane_combo.setCurrentIndex(self.lane_combo.findData(event.lane))
        self.start_field.set_value(event.start)
        self.end_field.set_value(event.end or "")
        self.when_label.setText(when_words(event))
        # The layout keeps the vocabularies in use (made once per data change): never scan every event here.
        layout = self._model.layout
        fill_vocabulary(self.kind_combo, DEFAULT_KINDS, layout.kinds, event.kind, True)
        fill_vocabulary(self.status_combo, DEFAULT_STATUSES, layout.statuses, event.status)
        _set_text(self.partners_edit, editable_text(format_list(event.partners)))
        _set_text(self.tags_edit, editable_text(format_list(event.tags)))
        if self.notes_edit.text() != editable_text(event.notes):
            self.notes_edit.set_text(editable_text(event.notes))

    def focus_title(self) -> None:
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title_edit.selectAll()

    def focus_field(self, name: str) -> None:
        """Put the keyboard in the field a problem names ("start", "partners"...); the title otherwise."""
        widgets = {
            "title": self.title_edit, "lane": self.lane_combo, "start": self.start_field.line_edit,
            "end": self.end_field.line_edit, "kind": self.kind_combo, "status": self.status_combo,
            "partners": self.partners_edit, "tags": self.tags_edit, "notes": self.notes_edit,
        }
        widget = widgets.get(name)
        if widget is None:
            self.focus_title()
            return
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- validation ----------------------------------------------------------------------------

    def _validate_start(self, text: str) -> str:
        try:
            start = parse_date(text)
        except DateError as error:
            return "Start " + str(error)
        event = self.current_event()
        if event is not None and event.end not in (None, ONGOING):
            try:
                if ends_before(parse_date(event.end), start):
                    return f'Start "{text}" is after the end "{event.end}".'
            except DateError:
                pass
        return ""

    def _validate_end(self, text: str) -> str:
        if text in ("", ONGOING):
            return ""
        try:
            end = parse_date(text)
        except DateError as error:
            return f"End {error}. Leave it empty for a point in time, or type .. for ongoing."
        event = self.current_event()
        if event is not None:
            try:
                if ends_before(end, parse_date(event.start)):
                    return f'End "{text}" is before the start "{event.start}".'
            except DateError:
                pass
        return ""

    # -- committing ----------------------------------------------------------------------------

    def _commit(self, verb: str, **changes) -> None:
        event = self.current_event()
        if event is None:
            return
        changes = {name: value for name, value in changes.items() if getattr(event, name) != value}
        if changes:
            self._model.push(
                edits.edit_event(
                    self._model.document, event.id, verb, hint=self._model.event_index(event.id), **changes
                )
            )

    def _edited(self, field: str, shown: str) -> str:
        """The value to save for ``field`` from its edit field's text (the event's own when unedited)."""
        event = self.current_event()
        return shown if event is None else edited_text(shown, getattr(event, field))

    def _edited_list(self, edit: QLineEdit, field: str) -> list[str]:
        """The list to save from a comma-separated field: the event's own when the field is unedited."""
        event = self.current_event()
        if event is not None and edit.text() == editable_text(format_list(getattr(event, field))):
            return list(getattr(event, field))
        return parse_list(edited_text(edit.text(), format_list(getattr(event, field)) if event else ""))

    def _commit_title(self) -> None:
        event = self.current_event()
        if event is not None and self.title_edit.text() == editable_text(event.title):
            self.title_error.hide()
            return  # unedited: the saved title stays byte for byte what the file had
        title = self._edited("title", self.title_edit.text()).strip()
        if not title:
            self.title_error.show()
            return
        self.title_error.hide()
        self._commit("Rename", title=title)

    def _commit_lane(self, _index: int) -> None:
        lane_id = self.lane_combo.currentData()
        if lane_id:
            self._commit("Move to another lane:", lane=lane_id)

    def _commit_kind(self) -> None:
        event = self.current_event()
        value = combo_text(self.kind_combo, event.kind if event else "").strip()
        if value:
            self._commit("Set kind of", kind=value)

    def _commit_status(self) -> None:
        event = self.current_event()
        value = combo_text(self.status_combo, event.status if event else "").strip()
        if value:
            self._commit("Set status of", status=value)
