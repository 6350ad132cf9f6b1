"""The source texts the Details pane showed last, each kept laid out in its own document.

Setting a source's text again (``setPlainText``) splits it into blocks and lays it out anew, the largest
part of a click's Python in the Details pane when the event rests on another source (#22). The last few
sources' documents are kept: going back to an event of one of them swaps its document in.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout, QPlainTextEdit

from gui.app.widgets.reader_text import ReaderText

__all__ = ["RECENT_SOURCES", "SourceDocuments"]

#: How many source texts stay laid out (the one shown among them).
RECENT_SOURCES = 6


class SourceDocuments:
    """Shows source texts in ``editor``, each in a document of its own kept for the last RECENT_SOURCES texts."""

    def __init__(self, editor: QPlainTextEdit, owner: QObject, keep: int = RECENT_SOURCES) -> None:
        self._editor = editor
        self._owner = owner  # the documents' parent: the editor's own would delete one it is no longer showing
        self._keep = max(1, keep)
        self._documents: OrderedDict[str, tuple[ReaderText, QTextDocument]] = OrderedDict()

    def show(self, text: str) -> ReaderText:
        """Show ``text`` (as a reader shows it: see ReaderText) in the editor; returns how it is shown."""
        entry = self._documents.get(text)
        if entry is None:
            reader = ReaderText(text)
            entry = (reader, self._new_document(reader.shown))
            self._documents[text] = entry
            while len(self._documents) > self._keep:
                _text, (_reader, old) = self._documents.popitem(last=False)
                if old is not self._editor.document():
                    old.deleteLater()
        else:
            self._documents.move_to_end(text)
        document = entry[1]
        if document.defaultFont() != self._editor.font():
            document.setDefaultFont(self._editor.font())
        if self._editor.document() is not document:
            self._editor.setDocument(document)
        return entry[0]

    def _new_document(self, shown: str) -> QTextDocument:
        document = QTextDocument(self._owner)
        document.setUndoRedoEnabled(False)
        document.setDocumentLayout(QPlainTextDocumentLayout(document))
        document.setDefaultFont(self._editor.font())
        option = document.defaultTextOption()
        option.setWrapMode(self._editor.wordWrapMode())
        document.setDefaultTextOption(option)
        document.setPlainText(shown)
        return document
