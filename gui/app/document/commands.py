"""The one QUndoCommand every document change goes through."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from gui.core.document.edit_types import Edit

__all__ = ["EditCommand", "EditTarget"]


class EditTarget(Protocol):
    """What a command edits: the document model, seen only through how it applies and reverts edits."""

    def apply_edit(self, edit: Edit) -> None: ...

    def revert_edit(self, edit: Edit) -> None: ...


class EditCommand(QUndoCommand):
    """Wraps a core Edit: redo applies it to the model's document, undo reverts it exactly."""

    def __init__(self, model: EditTarget, edit: Edit) -> None:
        super().__init__(edit.label)
        self._model = model
        self.edit = edit

    def redo(self) -> None:
        self._model.apply_edit(self.edit)

    def undo(self) -> None:
        self._model.revert_edit(self.edit)
