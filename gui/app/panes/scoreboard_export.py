"""Saving the scoreboard as shown: CSV and Markdown (the core's text) or a PNG picture of the table."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableWidget, QWidget

from gui.core.storage.atomic import atomic_write

if TYPE_CHECKING:  # the analysis room is imported when a board is first built
    from gui.core.analysis.scoreboard import Scoreboard

__all__ = ["FORMATS", "export_scoreboard"]

#: Format key: (menu words, file extension).
FORMATS = {"csv": ("CSV", "csv"), "md": ("Markdown", "md"), "png": ("PNG picture", "png")}


def _table_png(table: QTableWidget) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    table.grab().save(buffer, "PNG")
    return bytes(buffer.data())


def export_scoreboard(
    parent: QWidget, board: Scoreboard, table: QTableWidget, fmt: str, suggested: str = "scoreboard"
) -> Path | None:
    """Ask where, then write the board in ``fmt`` ("csv", "md" or "png"); the path written, or None."""
    words, extension = FORMATS[fmt]
    name, _ = QFileDialog.getSaveFileName(
        parent, f"Export the scoreboard as {words}", f"{suggested}.{extension}", f"{words} (*.{extension});;All files (*)"
    )
    if not name:
        return None
    path = Path(name)
    if fmt == "png":
        data = _table_png(table)
    else:
        from gui.core.analysis.scoreboard_text import to_csv, to_markdown

        data = (to_csv(board) if fmt == "csv" else to_markdown(board)).encode("utf-8")
    try:
        atomic_write(path, data)
    except OSError as error:
        QMessageBox.warning(parent, "Could not export", f"Could not write {path.name}: {error.strerror or error}")
        return None
    return path
