"""Reading text back from Qt text widgets without changing it.

``QPlainTextEdit.toPlainText()`` turns no-break spaces into plain spaces. Evidence
quotes must match their sources exactly, and notes must not change just
because they were shown, so read the raw text instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

__all__ = ["exact_plain_text"]


def exact_plain_text(edit: QPlainTextEdit) -> str:
    """The widget's text exactly as typed or set, with line breaks as ``\\n``."""
    return edit.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")
