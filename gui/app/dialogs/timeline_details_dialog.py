"""Editing the timeline's own title and description."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit

from gui.app.document.document_model import DocumentModel
from gui.app.widgets.plain_text import edited_text, editable_text, exact_plain_text
from gui.core.document import edits

__all__ = ["TimelineDetailsDialog"]


class TimelineDetailsDialog(QDialog):
    def __init__(self, model: DocumentModel, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Timeline details")
        self._model = model
        # Bidi controls show as marks; an untouched field gives back the file's text byte for byte.
        self.title_edit = QLineEdit(editable_text(model.document.title))
        self.description_edit = QPlainTextEdit(editable_text(model.document.description))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Title", self.title_edit)
        form.addRow("Description", self.description_edit)
        form.addRow(buttons)
        self.resize(480, 260)

    @staticmethod
    def _value(shown: str, original: str) -> str:
        value = edited_text(shown, original)
        return value if value == original else value.strip()

    def accept(self) -> None:
        changes = {
            name: value
            for name, value in (
                ("title", self._value(self.title_edit.text(), self._model.document.title)),
                ("description", self._value(exact_plain_text(self.description_edit), self._model.document.description)),
            )
            if getattr(self._model.document, name) != value
        }
        if changes:
            self._model.push(edits.set_document_fields(self._model.document, **changes))
        super().accept()
