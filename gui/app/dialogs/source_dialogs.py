"""Managing sources: the articles events rest on, with their metadata and full text.

``SourceEditDialog`` edits one source's fields: empty for a new source, or
prefilled from a draft read from an article (see ``gui.core.evidence.source_import``).
The list of sources is the Sources dock (``gui.app.panes.sources_panel``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.app.widgets.plain_text import edited_text, editable_text
from gui.core.document.dates import DateError, parse_date
from gui.core.document.model import Source
from gui.core.evidence.source_draft import SourceDraft

__all__ = ["SOURCE_FIELDS", "SourceEditDialog", "read_text_file"]

#: The Source fields the edit dialog edits, in the order ``values()`` gives them.
SOURCE_FIELDS = ("title", "publisher", "author", "url", "published", "accessed", "cites", "notes", "text")
TEXT_FILE_FILTER = "Text files (*.txt *.md);;All files (*)"
_ID_ROLE = Qt.ItemDataRole.UserRole
_ERROR_STYLE = "color: #d93025;"


def read_text_file(path: str | Path) -> str:
    """The text of a UTF-8 file (a byte-order mark is dropped, line ends become "\\n").

    Raises ValueError with a message for the user when the file cannot be read or is not UTF-8.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ValueError(f"“{path.name}” could not be read: {error.strerror or error}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(
            f"“{path.name}” is not UTF-8 text (byte 0x{data[error.start]:02x} at position {error.start} "
            "is not valid UTF-8). Save it as UTF-8 and open it again."
        ) from None
    return _normalize_newlines(text)


def _normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _editor_text(editor: QPlainTextEdit) -> str:
    """The editor's text exactly as typed (``toPlainText`` would turn no-break spaces into spaces)."""
    return editor.document().toRawText().replace("\u2029", "\n")


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' * (n != 1)}"


class SourceEditDialog(QDialog):
    """The fields of one source. Dates are checked as they are typed; OK is off while one is invalid.

    Widgets are public (``title_edit``, ``published_edit``, ``text_edit``, ``paste_button``,
    ``open_button``, ``button_box`` …) so tests can type and click. ``values()`` gives the
    fields as Source values; a field left untouched keeps the source's value exactly.
    """

    def __init__(
        self, source: Source | None = None, parent: QWidget | None = None, draft: SourceDraft | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("source_edit_dialog")
        self.setWindowTitle("Edit source" if source is not None else "Add source")
        self._original: dict[str, Any] = {name: getattr(source or Source(""), name) for name in SOURCE_FIELDS}

        self.title_edit = QLineEdit()
        self.publisher_edit = QLineEdit()
        self.author_edit = QLineEdit()
        self.author_edit.setPlaceholderText("Who wrote it, as the byline names them")
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://…")
        self.published_edit = QLineEdit()
        self.accessed_edit = QLineEdit()
        for edit in (self.published_edit, self.accessed_edit):
            edit.setPlaceholderText("YYYY, YYYY-MM or YYYY-MM-DD, with ~ ? or % if vague")
        self.published_error = _plain_label()
        self.accessed_error = _plain_label()
        self.cites_edit = QLineEdit()
        self.cites_edit.setPlaceholderText("Outlets or people it cites, separated by commas")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(70)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText("The full text of the article; evidence quotes are found in it.")
        self.paste_button = QPushButton("Paste text")
        self.paste_button.setToolTip("Replace the text with the text on the clipboard")
        self.open_button = QPushButton("Open .txt…")
        self.open_button.setToolTip("Replace the text with the text of a UTF-8 .txt or .md file")
        for button in (self.paste_button, self.open_button):
            button.setAutoDefault(False)
        self.paste_button.clicked.connect(self.paste_text)
        self.open_button.clicked.connect(self.ask_open_text_file)

        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow("Title:", self.title_edit)
        form.addRow("Publisher:", self.publisher_edit)
        form.addRow("Author:", self.author_edit)
        form.addRow("URL:", self.url_edit)
        form.addRow("Published:", self.published_edit)
        form.addRow("", self.published_error)
        form.addRow("Accessed:", self.accessed_edit)
        form.addRow("", self.accessed_error)
        form.addRow("Cites:", self.cites_edit)
        form.addRow("Notes:", self.notes_edit)
        text_buttons = QHBoxLayout()
        text_buttons.addWidget(QLabel("Full text:"))
        text_buttons.addStretch(1)
        text_buttons.addWidget(self.paste_button)
        text_buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(text_buttons)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.button_box)
        self.resize(640, 620)

        self.found_label = _plain_label()
        self.found_label.setObjectName("found_label")
        self.found_label.setStyleSheet("color: #57606a;")
        self.found_label.setVisible(False)
        layout.insertWidget(0, self.found_label)

        self._fill()
        if draft is not None:
            self._fill_from_draft(draft)
        self.published_edit.textChanged.connect(self._check_dates)
        self.accessed_edit.textChanged.connect(self._check_dates)
        self._check_dates()

    def _fill(self) -> None:
        original = self._original
        # Bidi controls show as marks (editable_text); ``values`` turns marks typed around back into them.
        self._filled = {name: original[name] or "" for name in self._line_edits()}
        self._filled.update(cites=", ".join(original["cites"]), notes=original["notes"], text=original["text"])
        for name, edit in self._line_edits().items():
            edit.setText(editable_text(self._filled[name]))
        self.cites_edit.setText(editable_text(self._filled["cites"]))
        self.notes_edit.setPlainText(editable_text(original["notes"]))
        self.text_edit.setPlainText(editable_text(original["text"]))
        #: What each widget showed at first: a widget still showing it gives back the original value.
        self._shown = self._widget_values()

    def _fill_from_draft(self, draft: SourceDraft) -> None:
        """Show what was read from an article, as if typed: OK adds exactly this, after any corrections."""
        self._filled.update(
            title=draft.title, publisher=draft.publisher, author=draft.author, url=draft.url, text=draft.text
        )
        self.title_edit.setText(editable_text(draft.title))
        self.publisher_edit.setText(editable_text(draft.publisher))
        self.author_edit.setText(editable_text(draft.author))
        self.url_edit.setText(editable_text(draft.url))
        self.published_edit.setText(draft.published or "")
        self.text_edit.setPlainText(editable_text(draft.text))
        if draft.found:
            found = "; ".join(f"{name} from {where}" for name, where in draft.found.items())
            self.found_label.setText(f"Read from the article: {found}. Check them, and fill in what is missing.")
        else:
            self.found_label.setText("The article named no title, publisher or date: please fill them in.")
        self.found_label.setVisible(True)

    def _line_edits(self) -> dict[str, QLineEdit]:
        return {
            "title": self.title_edit,
            "publisher": self.publisher_edit,
            "author": self.author_edit,
            "url": self.url_edit,
            "published": self.published_edit,
            "accessed": self.accessed_edit,
        }

    def _widget_values(self) -> dict[str, str]:
        shown = {name: edit.text() for name, edit in self._line_edits().items()}
        shown["cites"] = self.cites_edit.text()
        shown["notes"] = _editor_text(self.notes_edit)
        shown["text"] = _editor_text(self.text_edit)
        return shown

    # -- dates ---------------------------------------------------------------------------------

    @staticmethod
    def date_problem(text: str) -> str | None:
        """Why a date field's text is not a date (None when it is one, or empty)."""
        text = text.strip()
        if not text:
            return None
        try:
            parse_date(text)
        except DateError as error:
            return str(error)
        return None

    def _check_dates(self) -> None:
        valid = True
        for edit, label in ((self.published_edit, self.published_error), (self.accessed_edit, self.accessed_error)):
            problem = self.date_problem(edit.text())
            label.setText(problem or "")
            label.setStyleSheet(_ERROR_STYLE if problem else "")
            label.setVisible(problem is not None)
            valid = valid and problem is None
        self.ok_button.setEnabled(valid)

    def is_valid(self) -> bool:
        return self.ok_button.isEnabled()

    # -- the text ------------------------------------------------------------------------------

    def set_text(self, text: str) -> None:
        """Replace the full text (as an edit the text field itself can undo with Ctrl+Z)."""
        cursor = self.text_edit.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(_normalize_newlines(text))
        self.text_edit.moveCursor(QTextCursor.MoveOperation.Start)

    def paste_text(self) -> bool:
        """Take the full text from the clipboard; False (and nothing changes) when it holds no text."""
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            return False
        self.set_text(text)
        return True

    def load_text_file(self, path: str | Path) -> str | None:
        """Take the full text from a UTF-8 file; returns a message for the user when that fails."""
        try:
            self.set_text(read_text_file(path))
        except ValueError as error:
            return str(error)
        return None

    def ask_open_text_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open text", "", TEXT_FILE_FILTER, options=QFileDialog.Option.DontUseNativeDialog
        )
        if not path:
            return
        problem = self.load_text_file(path)
        if problem:
            box = QMessageBox(QMessageBox.Icon.Warning, "Could not open text", problem, parent=self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setObjectName("text_file_error")
            box.exec()

    # -- the result ----------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The fields as Source values (empty dates are None; cites a list)."""
        widgets = self._widget_values()
        values: dict[str, Any] = {}
        for name in SOURCE_FIELDS:
            if widgets[name] == self._shown[name]:
                values[name] = self._original[name]
                continue
            widgets[name] = edited_text(widgets[name], self._filled.get(name, ""))
            if name in ("published", "accessed"):
                values[name] = widgets[name].strip() or None
            elif name == "cites":
                values[name] = [part.strip() for part in widgets[name].split(",") if part.strip()]
            elif name == "text":
                values[name] = widgets[name]
            else:
                values[name] = widgets[name].strip() if name in ("title", "publisher", "author", "url") else widgets[name]
        return values
