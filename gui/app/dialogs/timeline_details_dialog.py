"""Editing the timeline's own title and description."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit

from gui.app.document.document_model import DocumentModel
from gui.core.document import edits

__all__ = ["TimelineDetailsDialog"]


class TimelineDetailsDialog(QDialog):
    def __init__(self, model: DocumentModel, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Timeline details")
        self._model = model
        self.title_edit = QLineEdit(model.document.title)
        self.description_edit = QPlainTextEdit(model.document.description)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Title", self.title_edit)
        form.addRow("Description", self.description_edit)
        form.addRow(buttons)
        self.resize(480, 260)

    def accept(self) -> None:
        changes = {
            name: value
            for name, value in (
                ("title", self.title_edit.text().strip()),
                ("description", self.description_edit.toPlainText().strip()),
            )
            if getattr(self._model.document, name) != value
        }
        if changes:
            self._model.push(edits.set_document_fields(self._model.document, **changes))
        super().accept()
