"""Refusing to save a document opened for repair while it still has errors: nothing invalid is written."""

from __future__ import annotations

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from gui.app.document.document_model import DocumentModel
from gui.app.window import prompts
from gui.core.document.problems import Problem

__all__ = ["refuses_save", "save_refusal"]

#: Errors named in the refusal; the Problems pane lists them all.
_NAMED = 5


def save_refusal(name: str, errors: list[Problem]) -> tuple[str, str]:
    """What the user is told when a save is refused: (a one-line status, the first errors)."""
    count = f"{len(errors)} error{'s' * (len(errors) != 1)}"
    status = f"Not saved: “{name}” still has {count}. Fix them in the form (View ▸ Problems lists them), then save."
    details = "\n".join(problem.describe() for problem in errors[:_NAMED])
    if len(errors) > _NAMED:
        details += f"\n… and {len(errors) - _NAMED} more"
    return status, details


def refuses_save(errors: list[Problem], model: DocumentModel, window: QWidget | bool, message: SignalInstance) -> bool:
    """True (after saying why, in a dialog over ``window`` if it is one, and in ``message``) when errors remain."""
    if not errors:
        return False
    status, details = save_refusal(model.display_name(), errors)
    if isinstance(window, QWidget):
        prompts.tell_save_refused(window, status, details)
    message.emit(status, 30000)
    return True
