"""Eliding a label at a word boundary: "In talks with…", never "In talks wi…"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

__all__ = ["ELLIPSIS", "elide_words"]

ELLIPSIS = "\u2026"


def elide_words(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` if it fits in ``width`` px, else its longest run of whole words with "…", or "" if no word fits."""
    cut = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    if cut == text:
        return text
    kept = cut[:-1] if cut.endswith(ELLIPSIS) else cut
    # Qt cut somewhere: keep it only where a word ends (the next character of the title is a space).
    if not (len(kept) < len(text) and text[len(kept)].isspace()):
        space = max(kept.rfind(" "), kept.rfind("\t"))
        kept = kept[:space] if space > 0 else ""
    kept = kept.rstrip(" \t,;:\u00b7-\u2013\u2014")
    return kept + ELLIPSIS if kept else ""
