"""The questions the window asks the user, in one place (tests can answer them by clicking)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

__all__ = [
    "Choice",
    "ask_save_changes",
    "ask_disk_conflict",
    "ask_recreate",
    "ask_save_read_only",
    "tell_save_failed",
    "tell_save_refused",
]


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"
    OVERWRITE = "overwrite"
    RELOAD = "reload"
    KEEP = "keep"


def ask_save_changes(parent: QWidget, name: str) -> Choice:
    box = QMessageBox(QMessageBox.Icon.Warning, "Unsaved changes", f"Save the changes to “{name}”?", parent=parent)
    box.setInformativeText("Your changes will be lost if you don't save them.")
    box.setStandardButtons(
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setObjectName("save_changes_prompt")
    answer = box.exec()
    return {
        QMessageBox.StandardButton.Save: Choice.SAVE,
        QMessageBox.StandardButton.Discard: Choice.DISCARD,
    }.get(QMessageBox.StandardButton(answer), Choice.CANCEL)


def ask_disk_conflict(parent: QWidget, name: str) -> Choice:
    """The file changed on disk since it was opened: overwrite it, reload it, or cancel the save."""
    box = QMessageBox(QMessageBox.Icon.Warning, "File changed on disk", f"“{name}” changed on disk.", parent=parent)
    box.setInformativeText(
        "Another program changed it since you opened it. Saving now would overwrite those changes."
    )
    overwrite = box.addButton("Overwrite", QMessageBox.ButtonRole.DestructiveRole)
    reload = box.addButton("Reload (lose my changes)", QMessageBox.ButtonRole.ResetRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setObjectName("disk_conflict_prompt")
    box.exec()
    clicked = box.clickedButton()
    if clicked is overwrite:
        return Choice.OVERWRITE
    if clicked is reload:
        return Choice.RELOAD
    return Choice.CANCEL


def ask_recreate(parent: QWidget, name: str) -> bool:
    answer = QMessageBox.question(
        parent,
        "File deleted",
        f"“{name}” was deleted or moved since you opened it. Save it again at the same place?",
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Save


def ask_save_read_only(parent: QWidget, name: str) -> bool:
    """The file is read-only: replace it anyway (it stays read-only), or cancel the save."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Read-only file", f"“{name}” is read-only.", parent=parent)
    box.setInformativeText(
        "Someone marked it as not to be changed. Saving anyway replaces it with your version, "
        "which stays read-only."
    )
    save = box.addButton("Save Anyway", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setObjectName("read_only_prompt")
    box.exec()
    return box.clickedButton() is save


def tell_save_failed(parent: QWidget, name: str, reason: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "Could not save", f"“{name}” could not be saved.", parent=parent)
    box.setInformativeText(f"{reason}\n\nThe file on disk is unchanged, and your changes are still open.")
    box.setObjectName("save_failed_message")
    box.exec()


def tell_save_refused(parent: QWidget, status: str, details: str) -> None:
    """A document opened for repair still has errors: it is not saved, and nothing on disk changes."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Not saved", status, parent=parent)
    box.setInformativeText(f"{details}\n\nThe file on disk is unchanged, and your changes are still open.")
    box.setObjectName("save_refused_message")
    box.exec()
