"""Shared text helpers: reading text back from Qt widgets unchanged, and making file text fit to show.

``QPlainTextEdit.toPlainText()`` turns no-break spaces into plain spaces. Evidence
quotes must match their sources exactly, and notes must not change just
because they were shown, so read the raw text instead.

Text from a file is shown through ``display_text``: clipped before Qt lays it out (a
1 MB title laid out for a tooltip froze the window for seconds), and with its
bidirectional controls shown as marks.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QComboBox, QPlainTextEdit

__all__ = [
    "BIDI_MARKS",
    "LABEL_CHARS",
    "TEXT_CHARS",
    "add_text_item",
    "combo_text",
    "display_text",
    "edited_text",
    "editable_text",
    "exact_plain_text",
    "reader_text",
]

#: The most characters of one piece of file text shown in a label, a tooltip line or a table cell.
LABEL_CHARS = 300
#: The most characters of a longer text (a description, a quote in a warning) shown in a label.
TEXT_CHARS = 5000

# Bidirectional controls are shown as visible marks, as code editors do, rather than isolated
# with U+2068..U+2069: an isolate only stops a control from reordering the text *around* the label,
# while "Invoice \u202efdp.exe" inside it would still read "Invoice exe.pdf". A mark shows what is
# really there, and the text around it keeps its order.
BIDI_MARKS = {
    "\u061c": "‹ALM›",
    "\u200e": "‹LRM›",
    "\u200f": "‹RLM›",
    "\u202a": "‹LRE›",
    "\u202b": "‹RLE›",
    "\u202c": "‹PDF›",
    "\u202d": "‹LRO›",
    "\u202e": "‹RLO›",
    "\u2066": "‹LRI›",
    "\u2067": "‹RLI›",
    "\u2068": "‹FSI›",
    "\u2069": "‹PDI›",
}
_BIDI = re.compile("[" + "".join(BIDI_MARKS) + "]")
_MARK = re.compile("|".join(re.escape(mark) for mark in BIDI_MARKS.values()))
_CONTROL_OF_MARK = {mark: control for control, mark in BIDI_MARKS.items()}
#: In a source reader each control becomes one character, so offsets into the text stay right.
READER_STAND_IN = "\ufffd"
#: A source reader lays out a paragraph as a whole: a paragraph longer than this is broken at a space.
READER_PARAGRAPH_CHARS = 4000


def exact_plain_text(edit: QPlainTextEdit) -> str:
    """The widget's text exactly as typed or set, with line breaks as ``\\n``."""
    return edit.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")


def display_text(text: str, limit: int = LABEL_CHARS) -> str:
    """``text`` fit to show: at most ``limit`` of its characters (then "…"), bidi controls as ‹RLO›-style marks.

    Clipped first, so the cost is bounded by ``limit`` however long the text is.
    """
    clipped = text if len(text) <= limit else text[:limit] + "…"
    return _BIDI.sub(lambda match: BIDI_MARKS[match.group()], clipped)


def editable_text(text: str) -> str:
    """``text`` as an edit field shows it: whole, with bidi controls as marks (``edited_text`` undoes it)."""
    return _BIDI.sub(lambda match: BIDI_MARKS[match.group()], text)


def edited_text(shown: str, original: str) -> str:
    """What to save from an edit field that was filled with ``editable_text(original)`` and now reads ``shown``.

    Unedited, it is ``original`` itself, byte for byte. Edited, the marks stand for the controls
    they showed (only when ``original`` had some: a title that says "‹RLO›" in letters keeps them).
    """
    if shown == editable_text(original):
        return original
    if not _BIDI.search(original):
        return shown
    return _MARK.sub(lambda match: _CONTROL_OF_MARK[match.group()], shown)


def reader_text(text: str) -> str:
    """``text`` as a source reader shows it, with every offset unchanged (one character for one).

    Bidi controls become U+FFFD (a mark of several letters would move every offset after it),
    and a paragraph longer than READER_PARAGRAPH_CHARS is broken at a space: Qt lays out a
    paragraph as a whole, and one 10 MB paragraph took seconds on every selection.
    """
    text = _BIDI.sub(READER_STAND_IN, text)
    if len(text) <= READER_PARAGRAPH_CHARS:
        return text
    pieces: list[str] = []
    start = 0  # where the current paragraph starts
    done = 0  # how much of text is in pieces
    while True:
        newline = text.find("\n", start, start + READER_PARAGRAPH_CHARS + 1)
        if newline >= 0:
            start = newline + 1
            continue
        if len(text) - start <= READER_PARAGRAPH_CHARS:
            break
        space = text.rfind(" ", start + READER_PARAGRAPH_CHARS // 2, start + READER_PARAGRAPH_CHARS)
        if space < 0:
            start += READER_PARAGRAPH_CHARS  # no space to break at: ReaderText puts a line break in
            continue
        pieces.append(text[done:space])
        pieces.append("\n")
        done = start = space + 1
    pieces.append(text[done:])
    return "".join(pieces)


def add_text_item(combo: QComboBox, value: str, icon=None) -> None:
    """Add ``value`` (file text) to an editable combo box: shown with its bidi controls as marks, kept as data."""
    if icon is None:
        combo.addItem(editable_text(value), value)
    else:
        combo.addItem(icon, editable_text(value), value)


def combo_text(combo: QComboBox, original: str = "") -> str:
    """What to save from a combo box filled by ``add_text_item``: an item's own value when one is chosen,
    else the typed text (``edited_text`` against ``original``, the value it showed)."""
    shown = combo.currentText()
    index = combo.findText(shown)
    if index >= 0 and isinstance(combo.itemData(index), str):
        return combo.itemData(index)
    return edited_text(shown, original)
