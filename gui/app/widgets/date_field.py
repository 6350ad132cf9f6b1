"""An EDTF date entry: typed text with live validation, plus a calendar to pick a day."""

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
from gui.core.document.dates import DateError, parse_date

__all__ = ["DateField", "ERROR_STYLE"]

ERROR_STYLE = "QLineEdit { border: 1px solid #c62828; background: #fdecea; }"


class DateField(QWidget):
    """A date typed as EDTF ("2018", "2017-12~") with its error shown under it; commits only when valid.

    ``validator(text)`` returns an error message or "" when the text is acceptable.
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
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line_edit, 1)
        row.addWidget(self.calendar_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
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

    def set_validator(self, validator: Callable[[str], str]) -> None:
        self._validator = validator

    def value(self) -> str:
        return self._value

    def set_value(self, text: str) -> None:
        """Show a value from the model (no commit signal)."""
        self._value = text
        self.line_edit.setText(text)
        self._show_error("")

    def error(self) -> str:
        return self._validator(self.line_edit.text().strip())

    def _validate(self, _text: str = "") -> bool:
        message = self.error()
        self._show_error(message)
        return not message

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.line_edit.setStyleSheet(ERROR_STYLE if message else "")
        self.line_edit.setToolTip(message)

    def _commit(self) -> None:
        text = self.line_edit.text().strip()
        if text == self._value:
            self._show_error("")
            return
        if self._validate():
            self._value = text
            self.sig_committed.emit(text)

    def _sync_calendar(self) -> None:
        try:
            date = parse_date(self.line_edit.text().strip())
        except DateError:
            return
        self.calendar.setSelectedDate(QDate(date.year, date.month or 1, date.day or 1))

    def _on_day_picked(self, day: QDate) -> None:
        # Keep the qualifier the user had ("~", "?", "%"): picking a day does not make it certain.
        qualifier = ""
        try:
            qualifier = parse_date(self.line_edit.text().strip()).qualifier
        except DateError:
            pass
        self.line_edit.setText(f"{day.year():04d}-{day.month():02d}-{day.day():02d}{qualifier}")
        self.calendar_button.menu().hide()
        self._commit()
