"""Python string offsets to Qt text positions (QString counts UTF-16 code units, Python code points)."""

from __future__ import annotations

__all__ = ["utf16_position"]


def utf16_position(text: str, index: int) -> int:
    """The QTextCursor position of Python offset ``index`` in ``text``."""
    prefix = text[:index]
    if prefix.isascii():
        return index
    # Characters outside the Basic Multilingual Plane (emoji) take two UTF-16 units.
    return index + sum(1 for ch in prefix if ord(ch) > 0xFFFF)
