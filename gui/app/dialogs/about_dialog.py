"""Help ▸ About Inroads: the version, what it runs on, the licence, and where its files live.

Everything shown is also what "Copy" puts on the clipboard, as plain ``name: value`` lines,
ready to paste into a bug report. All text is shown as plain text, never as rich text: the
paths come from the user's machine and may contain anything.
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui import APP_NAME, __version__

__all__ = ["LICENCE", "AboutDialog", "about_details", "details_text"]

LICENCE = "MIT"
SUMMARY = "A timeline editor for following how phone makers try to break into the US market, every event tied to its source passage."


def _library_versions() -> list[tuple[str, str]]:
    # Each module's own __version__, not importlib.metadata: a PyInstaller bundle carries
    # the code of these packages but not necessarily their metadata.
    import msgspec
    import numpy
    import pyqtgraph
    import PySide6

    return [
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("pyqtgraph", pyqtgraph.__version__),
        ("numpy", numpy.__version__),
        ("msgspec", msgspec.__version__),
    ]


def _installation() -> str:
    if getattr(sys, "frozen", False):
        return f"standalone bundle in {Path(sys.executable).resolve().parent}"
    import gui

    return f"Python package in {Path(gui.__file__).resolve().parent}"


def about_details(settings: QSettings | None = None) -> list[tuple[str, str]]:
    """The (name, value) pairs the dialog shows and copies, in order."""
    from gui.app.document.autosave import default_recovery_dir

    settings = settings if settings is not None else QSettings()
    platform_name = QGuiApplication.platformName() if QGuiApplication.instance() is not None else ""
    system = f"{platform.system()} {platform.release()} ({platform.machine()})"
    if platform_name:
        system += f", Qt platform {platform_name}"
    return [
        (APP_NAME, __version__),
        ("Licence", LICENCE),
        *_library_versions(),
        ("System", system),
        ("Installation", _installation()),
        ("Settings file", settings.fileName()),
        ("Recovery files", str(default_recovery_dir())),
    ]


def details_text(details: list[tuple[str, str]]) -> str:
    """The details as the clipboard gets them: one ``name: value`` line each."""
    return "".join(f"{name}: {value}\n" for name, value in details)


def _plain_label(text: str, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AboutDialog(QDialog):
    """The version, the libraries, the licence and the file locations, with a Copy button.

    ``settings`` is the QSettings whose file to show (the main window's); by default the
    application's own ``QSettings()``.
    """

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(f"About {APP_NAME}")
        self.details = about_details(settings)

        from gui.core.storage.resources import resource_path

        icon = QLabel()
        icon.setPixmap(QIcon(str(resource_path("icons", "inroads.svg"))).pixmap(64, 64))
        title = self.title_label = _plain_label(f"{APP_NAME} {__version__}")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        summary = _plain_label(SUMMARY)
        licence = _plain_label(f"Released under the {LICENCE} licence. Copyright (c) 2025 The Inroads developers.")
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(summary)
        heading.addWidget(licence)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.value_labels: dict[str, QLabel] = {}
        for name, value in self.details[1:]:  # the app's own version is in the title
            label = _plain_label(value, selectable=True)
            label.setObjectName(f"about_{name.lower().replace(' ', '_')}")
            self.value_labels[name] = label
            form.addRow(_plain_label(f"{name}:"), label)

        self.copied_label = _plain_label("")
        self.copy_button = QPushButton("&Copy")
        self.copy_button.setObjectName("about_copy_button")
        self.copy_button.setToolTip("Copy these details to the clipboard, e.g. for a bug report")
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.copied_label, 1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)  # spare height (from word-wrapped labels) goes here, not between the parts
        layout.addLayout(bottom)
        self.setMinimumWidth(560)

        self._clear_copied = QTimer(self)
        self._clear_copied.setSingleShot(True)
        self._clear_copied.setInterval(3000)
        self._clear_copied.timeout.connect(lambda: self.copied_label.setText(""))

    def details_text(self) -> str:
        """What Copy puts on the clipboard."""
        return details_text(self.details)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
        self.copied_label.setText("Copied to the clipboard.")
        self._clear_copied.start()
