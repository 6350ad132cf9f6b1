"""A source's text as a reader shows it, and the offsets between the two.

Qt lays out a paragraph as a whole: one 10 MB paragraph took seconds on every selection. A
paragraph longer than ``READER_PARAGRAPH_CHARS`` is therefore broken: at a space when it has one
(the space becomes the line break, one character for one), and otherwise at any character (a
line break is put in, as text with no spaces at all, Chinese for one, may have none). ``position``
and ``index`` translate between the file's Python offsets and the shown text's Qt positions, so the
breaks put in never move a quote, a selection or a highlight.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from gui.app.widgets.plain_text import READER_PARAGRAPH_CHARS, reader_text
from gui.app.widgets.text_offsets import python_index, utf16_position

__all__ = ["ReaderText"]


class ReaderText:
    """``original`` as shown in a reader (``shown``), with the line breaks put into it (``breaks``)."""

    def __init__(self, original: str) -> None:
        self.original = original
        #: The Python offsets in ``original`` before which a line break was put in (a paragraph with no space).
        self.breaks: list[int] = []
        self.shown = self._break_spaceless(reader_text(original))
        #: Where each break put in stands in ``shown`` (Python offsets).
        self._shown_breaks = [offset + count for count, offset in enumerate(self.breaks)]

    def _break_spaceless(self, text: str) -> str:
        """``text`` with a line break put in every READER_PARAGRAPH_CHARS characters of a paragraph still longer."""
        pieces: list[str] = []
        done = 0
        for line_start, line_end in _long_lines(text):
            for offset in range(line_start + READER_PARAGRAPH_CHARS, line_end, READER_PARAGRAPH_CHARS):
                pieces.append(text[done:offset])
                pieces.append("\n")
                self.breaks.append(offset)
                done = offset
        if not pieces:
            return text
        pieces.append(text[done:])
        return "".join(pieces)

    def position(self, index: int) -> int:
        """The Qt position in ``shown`` of Python offset ``index`` in ``original`` (after a break put in there)."""
        return utf16_position(self.original, index) + bisect_right(self.breaks, index)

    def index(self, position: int) -> int:
        """The Python offset in ``original`` of Qt position ``position`` in ``shown``."""
        shown_index = python_index(self.shown, position) if self.breaks else python_index(self.original, position)
        return shown_index - bisect_left(self._shown_breaks, shown_index)


def _long_lines(text: str):
    """(start, end) of each line of ``text`` longer than READER_PARAGRAPH_CHARS."""
    if len(text) <= READER_PARAGRAPH_CHARS:
        return
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start > READER_PARAGRAPH_CHARS:
            yield start, end
        start = end + 1
