"""The choices of an exported picture, the same as ``inroads export-image``'s flags.

PDF: page size (A4, Letter, A3 or fit to content) and orientation. PNG: width and DPI. SVG: width.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

__all__ = ["PictureOptions", "PictureOptionsDialog"]

PAGES = (("A4", "a4"), ("Letter", "letter"), ("A3", "a3"), ("Fit to content", "fit"))
ORIENTATIONS = (("Landscape", "landscape"), ("Portrait", "portrait"))


@dataclass(frozen=True)
class PictureOptions:
    """``export_picture``'s keywords: ``--page``, ``--orientation``, ``--width`` and ``--dpi``."""

    page: str = "a4"
    orientation: str = "landscape"
    width: int = 1600
    dpi: int = 96


class PictureOptionsDialog(QDialog):
    """Asks only what the chosen format uses."""

    def __init__(self, kind: str, width: int = 1600, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Export {kind.upper()}")
        form = QFormLayout(self)
        self.page = QComboBox()
        self.orientation = QComboBox()
        for combo, choices in ((self.page, PAGES), (self.orientation, ORIENTATIONS)):
            for text, value in choices:
                combo.addItem(text, value)
        self.width = QSpinBox()
        self.width.setRange(200, 20000)
        self.width.setSuffix(" px")
        self.width.setValue(width)
        self.dpi = QSpinBox()
        self.dpi.setRange(24, 1200)
        self.dpi.setValue(96)
        self.dpi.setToolTip("96 draws at screen size; 300 draws text and markers at print size")
        if kind == "pdf":
            form.addRow("&Page size:", self.page)
            form.addRow("&Orientation:", self.orientation)
            self.page.currentIndexChanged.connect(self._page_changed)
        form.addRow("&Width:", self.width)
        if kind == "png":
            form.addRow("&DPI:", self.dpi)
        self.width.setEnabled(kind != "pdf")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _page_changed(self) -> None:
        fit = self.page.currentData() == "fit"
        self.width.setEnabled(fit)  # a fitted page is as wide as asked; a paper page sets the width
        self.orientation.setEnabled(not fit)

    def options(self) -> PictureOptions:
        return PictureOptions(self.page.currentData(), self.orientation.currentData(), self.width.value(),
                              self.dpi.value())
