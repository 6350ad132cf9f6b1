"""The one QUndoCommand every document change goes through."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from gui.core.document.edits import Edit

if TYPE_CHECKING:
    from gui.app.document.document_model import DocumentModel

__all__ = ["EditCommand"]


class EditCommand(QUndoCommand):
    """Wraps a core Edit: redo applies it to the model's document, undo reverts it exactly."""

    def __init__(self, model: DocumentModel, edit: Edit) -> None:
        super().__init__(edit.label)
        self._model = model
        self.edit = edit

    def redo(self) -> None:
        self._model.apply_edit(self.edit)

    def undo(self) -> None:
        self._model.revert_edit(self.edit)
