"""The Sources dock's questions to the user: the source form, a file to add, the clipboard, a delete to confirm."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from gui.app.widgets.plain_text import display_text
from gui.core.document.model import Source
from gui.core.document.problems import LoadError
from gui.core.evidence.source_draft import SourceDraft, draft_from_text
from gui.core.evidence.source_import import SOURCE_SUFFIXES, read_source_file

__all__ = [
    "SOURCE_FILE_FILTER",
    "SOURCE_FILE_SUFFIXES",
    "ask_source_file",
    "ask_source_values",
    "clipboard_draft",
    "confirm_delete",
    "read_draft",
    "source_files",
    "tell",
]

SOURCE_FILE_SUFFIXES = tuple(SOURCE_SUFFIXES)
SOURCE_FILE_FILTER = f"Articles ({' '.join('*' + suffix for suffix in SOURCE_SUFFIXES)});;All files (*)"


def source_files(mime: QMimeData) -> list[Path]:
    """The local article files (.txt, .md, .html …) among dragged or copied data."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in SOURCE_FILE_SUFFIXES]


def ask_source_values(
    parent: QWidget, source: Source | None = None, draft: SourceDraft | None = None
) -> dict[str, Any] | None:
    """The source form for ``source`` (or a new one, prefilled from ``draft``): its values, None when cancelled."""
    from gui.app.dialogs.source_dialogs import SourceEditDialog  # imported when first opened

    dialog = SourceEditDialog(source, parent, draft=draft)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.values()
    return None


def clipboard_draft(parent: QWidget) -> SourceDraft | Path | None:
    """What the clipboard holds as a new source: an article file's path, or a draft from its HTML or text.

    None, once the user is told, when it holds nothing to paste.
    """
    mime = QGuiApplication.clipboard().mimeData()
    files = source_files(mime) if mime is not None else []
    if files:
        return files[0]
    if mime is not None and mime.hasHtml() and mime.html().strip():
        from gui.core.evidence.html_source import draft_from_html

        draft = draft_from_html(mime.html())
        if not draft.text.strip() and mime.hasText():
            draft = draft_from_text(mime.text())
        return draft
    if mime is not None and mime.hasText() and mime.text().strip():
        return draft_from_text(mime.text())
    tell(parent, "Nothing to paste", "The clipboard holds no text. Copy an article's text first.")
    return None


def ask_source_file(parent: QWidget) -> str | None:
    """An article file the user picks, None when cancelled."""
    path, _ = QFileDialog.getOpenFileName(
        parent, "Add a source from a file", "", SOURCE_FILE_FILTER, options=QFileDialog.Option.DontUseNativeDialog
    )
    return path or None


def read_draft(parent: QWidget, path: str | Path) -> SourceDraft | None:
    """The article at ``path`` as a draft source; None, once the user is told why, when it cannot be read."""
    try:
        return read_source_file(path)
    except LoadError as error:
        tell(parent, "Could not read the article", str(error))
        return None


def confirm_delete(parent: QWidget, source: Source, citing: int) -> bool:
    """Ask before deleting a source that ``citing`` events cite: True when the user says Delete."""
    name = display_text(" ".join((source.title or source.id)[:1000].split()))
    box = QMessageBox(QMessageBox.Icon.Warning, "Delete source", f"Delete the source “{name}”?", parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName("delete_source_prompt")
    box.setInformativeText(
        f"{citing} event{'s' * (citing != 1)} cite{'s' * (citing == 1)} it. The evidence in "
        f"{'that event' if citing == 1 else 'those events'} that points to this source will be removed too. "
        "You can undo this."
    )
    delete = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete


def tell(parent: QWidget, title: str, message: str) -> None:
    """A warning the user reads and closes."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName("source_problem")
    box.exec()
