"""The passage helper the date rounds' tests share: a passage selected in an article of four lanes."""

from __future__ import annotations

from gui.core.document.model import Lane, Source, new_document
from gui.core.evidence.extract import suggest_event


def _document():
    document = new_document()
    document.lanes.extend([Lane("vivo", "Vivo"), Lane("zte", "ZTE"), Lane("sony", "Sony"), Lane("tcl", "TCL")])
    return document


def suggest(passage: str, published: str = "2021-06-10", before: str = ""):
    """The suggestion for ``passage``, selected in an article that has ``before`` (a paragraph) ahead of it."""
    text = f"{before}\n\n{passage}" if before else passage
    start = text.index(passage)
    return suggest_event(_document(), Source("s", published=published, text=text), start, start + len(passage))
