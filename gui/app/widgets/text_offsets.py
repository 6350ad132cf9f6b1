"""Python string offsets to Qt text positions (QString counts UTF-16 code units, Python code points)."""

from __future__ import annotations

__all__ = ["utf16_position", "python_index"]


def utf16_position(text: str, index: int) -> int:
    """The QTextCursor position of Python offset ``index`` in ``text``."""
    prefix = text[:index]
    if prefix.isascii():
        return index
    # Characters outside the Basic Multilingual Plane (emoji) take two UTF-16 units.
    return index + sum(1 for ch in prefix if ord(ch) > 0xFFFF)


def python_index(text: str, position: int) -> int:
    """The Python offset in ``text`` of QTextCursor position ``position`` (the inverse of utf16_position)."""
    if text.isascii() or max(text) <= "\uffff":  # no character takes two UTF-16 units
        return min(position, len(text))
    units = 0
    for index, ch in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)
