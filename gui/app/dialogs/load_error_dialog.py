"""The dialog shown when a file fails to load: the first problems, all of them on request, and "Open for
Repair" when every value could be kept as it is (``LoadError.repairable``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QStyle, QToolButton, QVBoxLayout, QHBoxLayout

from gui.core.document.problems import ErrorKind, LoadError
from gui.core.document.repairable import REFUSED_FOR_REPAIR

__all__ = ["LoadErrorDialog", "REPAIR"]

FIRST_SHOWN = 5
#: What ``exec()`` returns when the user chose "Open for Repair".
REPAIR = 2
#: What the heading says the user sees after the failure, unless told otherwise.
UNCHANGED = "The current document is unchanged."


class LoadErrorDialog(QDialog):
    """Lists a load error's problems; never taller than the screen (the list scrolls)."""

    def __init__(self, error: LoadError, parent=None, instead: str | None = None, offer_repair: bool = False) -> None:
        """``instead``: what the window shows now that the file did not open (default: ``UNCHANGED``);
        ``offer_repair``: the caller opens the file for repair when ``exec()`` gives ``REPAIR``."""
        super().__init__(parent)
        self.error = error
        name = error.filename.rsplit("/", 1)[-1]
        self.setWindowTitle("Could not open file")
        errors = error.errors
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        text = f"“{name}” could not be opened. {instead or UNCHANGED}"
        repairable = offer_repair and error.repairable
        if repairable:
            text += (
                "\n\nOpen for Repair opens it anyway: every value is kept as it is, the errors are listed in"
                " the Problems pane for you to fix in the form, and it can be saved once none remains."
            )
        elif offer_repair and error.kind is ErrorKind.INVALID:
            text += f"\n\n{REFUSED_FOR_REPAIR}"
        heading = QLabel(text)
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
        self.repair_button = buttons.addButton("Open for Repair", QDialogButtonBox.ButtonRole.ActionRole)
        self.repair_button.setVisible(repairable)
        self.repair_button.clicked.connect(lambda: self.done(REPAIR))

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
