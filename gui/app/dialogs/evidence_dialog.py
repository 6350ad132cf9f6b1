"""Adding or editing one evidence item: a source and the exact passage quoted from it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from gui.app.widgets.plain_text import display_text, edited_text, editable_text, exact_plain_text
from gui.core.document.model import Document, Evidence
from gui.core.document.textquote import find_quote

__all__ = ["EvidenceDialog"]


class EvidenceDialog(QDialog):
    """Pick the source, paste the passage; shows live whether the passage is found in the source's text."""

    def __init__(self, document: Document, evidence: Evidence | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit evidence" if evidence else "Add evidence")
        self._document = document
        self.source_combo = QComboBox()
        for source in document.sources:
            self.source_combo.addItem(display_text(source.title or source.id), source.id)
        self.quote_edit = QPlainTextEdit()
        self.quote_edit.setPlaceholderText("The exact passage the event rests on")
        self.prefix_edit = QLineEdit()
        self.prefix_edit.setPlaceholderText("optional: text just before, if the passage occurs twice")
        self.suffix_edit = QLineEdit()
        self.suffix_edit.setPlaceholderText("optional: text just after")
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Source", self.source_combo)
        form.addRow("Quote", self.quote_edit)
        form.addRow("Before", self.prefix_edit)
        form.addRow("After", self.suffix_edit)
        layout = QVBoxLayout(self)
        if not document.sources:
            note = QLabel("This timeline has no sources yet: add one first (Edit ▸ Sources…).")
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        # File text is shown with its bidi controls as marks, and given back unchanged unless edited.
        self._original = evidence or Evidence("", "", "", "")
        if evidence is not None:
            self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(evidence.source)))
            self.quote_edit.setPlainText(editable_text(evidence.quote))
            self.prefix_edit.setText(editable_text(evidence.prefix))
            self.suffix_edit.setText(editable_text(evidence.suffix))
        for signal in (self.quote_edit.textChanged, self.prefix_edit.textChanged, self.suffix_edit.textChanged):
            signal.connect(self._check)
        self.source_combo.currentIndexChanged.connect(self._check)
        self.resize(520, 360)
        self._check()

    def evidence(self) -> Evidence:
        original = self._original
        quote = edited_text(exact_plain_text(self.quote_edit), original.quote)
        return Evidence(
            self.source_combo.currentData() or "",
            quote if quote == original.quote else quote.strip(),
            edited_text(self.prefix_edit.text(), original.prefix),
            edited_text(self.suffix_edit.text(), original.suffix),
        )

    def _check(self) -> None:
        evidence = self.evidence()
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not evidence.source or not evidence.quote:
            ok_button.setEnabled(False)
            self.status_label.setText("Choose a source and paste the passage.")
            self.status_label.setStyleSheet("color: #57606a;")
            return
        ok_button.setEnabled(True)
        source = next(s for s in self._document.sources if s.id == evidence.source)
        if find_quote(source.text, evidence.quote, evidence.prefix, evidence.suffix) is None:
            self.status_label.setText("⚠ Not found in this source's text (it will be kept, and flagged).")
            self.status_label.setStyleSheet("color: #9a3412;")
        else:
            self.status_label.setText("✓ Found in the source.")
            self.status_label.setStyleSheet("color: #1a7f37;")
