"""A date entry: typed as people write dates ("Dec 2017", "c. 2017"), stored as EDTF, with a preview in words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from gui.app.widgets.icons import app_icon
from gui.app.widgets import style
from gui.core.document.dates import DateError, parse_date
from gui.core.document.model import ONGOING

__all__ = ["DateField", "ERROR_STYLE"]

ERROR_STYLE = "QLineEdit { border: 1px solid #c62828; background: #fdecea; }"


def _read_typed_date(text: str):
    """``read_typed_date(text)``; the date phrases it reads with are imported when a date is first read, not at
    start-up, where no field shows one yet (#22)."""
    from gui.core.evidence.typed_dates import read_typed_date

    return read_typed_date(text)


def _typed_date_error() -> type[Exception]:
    from gui.core.evidence.typed_dates import TypedDateError

    return TypedDateError


class DateField(QWidget):
    """A date typed as people write it ("Dec 2017", "5 Dec 2017", "c. 2017", or EDTF such as "2017-12~").

    What is typed is read into EDTF (the file keeps EDTF), a preview beside the field says in words
    what it will be stored as, and what was dropped to store it ("mid-2017" is 2017). Errors say what
    to type. ``validator(edtf)`` sees the EDTF and returns an error message, or "" when acceptable.
    Commits only when valid, and commits the EDTF.
    """

    sig_committed = Signal(str)
    """Editing finished with a valid value that differs from the shown one."""

    def __init__(self, placeholder: str, validator: Callable[[str], str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._validator = validator or self.default_validator
        self._value = ""
        self.line_edit = QLineEdit()
        self.line_edit.setPlaceholderText(placeholder)
        self.line_edit.setClearButtonEnabled(True)
        self.calendar_button = QToolButton()
        self.calendar_button.setIcon(app_icon("calendar"))
        self.calendar_button.setToolTip("Pick a day")
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._on_day_picked)
        menu = QMenu(self.calendar_button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._sync_calendar)
        self.calendar_button.setMenu(menu)
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.hide()
        self.preview_label = QLabel()
        self.preview_label.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_label.setWordWrap(True)
        self.preview_label.setStyleSheet(f"color: {style.MUTED_TEXT_COLOR};")
        self.preview_label.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line_edit, 1)
        row.addWidget(self.calendar_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.error_label)
        self.line_edit.textEdited.connect(self._validate)
        self.line_edit.editingFinished.connect(self._commit)

    @staticmethod
    def default_validator(text: str) -> str:
        try:
            parse_date(text)
        except DateError as error:
            return str(error)
        return ""

    def edtf_text(self) -> str:
        """The typed text as EDTF; as typed when it is empty, ".." or can't be read (``error`` says why)."""
        typed = self.line_edit.text().strip()
        if typed in ("", ONGOING):
            return typed
        try:
            return _read_typed_date(typed).edtf
        except _typed_date_error():
            return typed

    def set_validator(self, validator: Callable[[str], str]) -> None:
        self._validator = validator

    def value(self) -> str:
        return self._value

    def set_value(self, text: str) -> None:
        """Show a value from the model (no commit signal)."""
        self._value = text
        if self.line_edit.text() != text:  # an unchanged field is not set again (nor repainted)
            self.line_edit.setText(text)
        self._show_error("")
        self._show_preview()

    def error(self) -> str:
        typed = self.line_edit.text().strip()
        if typed not in ("", ONGOING):
            try:
                _read_typed_date(typed)
            except _typed_date_error() as error:
                return str(error)
        return self._validator(self.edtf_text())

    def _validate(self, _text: str = "") -> bool:
        message = self.error()
        self._show_error(message)
        self._show_preview()
        return not message

    def _show_preview(self) -> None:
        """Beside the field, in words, what the typed text will be stored as."""
        typed = self.line_edit.text().strip()
        preview = ""
        if typed == ONGOING:
            preview = "ongoing"
        elif typed:
            try:
                reading = _read_typed_date(typed)
            except _typed_date_error():
                reading = None
            if reading is not None:
                preview = reading.words if reading.edtf == typed else f"{reading.words}  (saved as {reading.edtf})"
                if reading.mapping:
                    preview += f"; {reading.mapping}"
        self.preview_label.setText(f"→ {preview}" if preview else "")
        self.preview_label.setVisible(bool(preview))

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        sheet = ERROR_STYLE if message else ""
        if self.line_edit.styleSheet() != sheet:  # a style sheet set again re-polishes the field
            self.line_edit.setStyleSheet(sheet)
        self.line_edit.setToolTip(message)

    def _commit(self) -> None:
        text = self.edtf_text()
        if text == self._value:
            if self.line_edit.text().strip() != text:
                self.line_edit.setText(text)  # "Dec 2017" typed over 2017-12: show what is stored
            self._show_error("")
            self._show_preview()
            return
        if self._validate():
            self._value = text
            self.line_edit.setText(text)
            self._show_preview()
            self.sig_committed.emit(text)

    def _sync_calendar(self) -> None:
        try:
            date = parse_date(self.edtf_text())
        except DateError:
            return
        self.calendar.setSelectedDate(QDate(date.year, date.month or 1, date.day or 1))

    def _on_day_picked(self, day: QDate) -> None:
        # Keep the qualifier the user had ("~", "?", "%"): picking a day does not make it certain.
        qualifier = ""
        try:
            qualifier = parse_date(self.edtf_text()).qualifier
        except DateError:
            pass
        self.line_edit.setText(f"{day.year():04d}-{day.month():02d}-{day.day():02d}{qualifier}")
        self.calendar_button.menu().hide()
        self._commit()
