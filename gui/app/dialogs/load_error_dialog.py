"""The dialog shown when a file fails to load: the first problems, and all of them on request."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QStyle, QToolButton, QVBoxLayout, QHBoxLayout

from gui.core.document.problems import LoadError

__all__ = ["LoadErrorDialog"]

FIRST_SHOWN = 5


class LoadErrorDialog(QDialog):
    """Lists a load error's problems; never taller than the screen (the list scrolls)."""

    def __init__(self, error: LoadError, parent=None) -> None:
        super().__init__(parent)
        self.error = error
        name = error.filename.rsplit("/", 1)[-1]
        self.setWindowTitle("Could not open file")
        errors = error.errors
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        heading = QLabel(f"“{name}” could not be opened. The current document is unchanged.")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        count = QLabel(f"{len(errors)} problem{'s' * (len(errors) != 1)} found:")
        count.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.show_all = QToolButton()
        self.show_all.setCheckable(True)
        self.show_all.setText(f"Show all {len(errors)} problems")
        self.show_all.setVisible(len(errors) > FIRST_SHOWN)
        self.show_all.toggled.connect(self._fill)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(count)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.show_all, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        self._fill(False)
        self.resize(720, 320)
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            self.setMaximumSize(int(available.width() * 0.9), int(available.height() * 0.85))

    def _fill(self, show_all: bool) -> None:
        errors = self.error.errors
        shown = errors if show_all else errors[:FIRST_SHOWN]
        name = self.error.filename.rsplit("/", 1)[-1]
        lines = [problem.format(name) for problem in shown]
        if not show_all and len(errors) > FIRST_SHOWN:
            lines.append(f"… and {len(errors) - FIRST_SHOWN} more")
        self.details.setPlainText("\n".join(lines))
        self.show_all.setText("Show fewer" if show_all else f"Show all {len(errors)} problems")
