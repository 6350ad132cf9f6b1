"""Turning a pasted text or a saved article (.txt, .md, .html) into a draft source.

A draft holds what could be read from the document: its title, publisher, URL,
publication date (EDTF) and readable plain text, plus where each field came
from (``found``), so that the import dialog can show why a field was filled.
Nothing is ever fetched from the network: a page is read as it was saved.

This is the entry point that picks a reader by the file's name extension, after
the careful decoder (``text_decoding``) has refused what is not text: the
plain-text reader (``source_draft``), the Markdown reader (``markdown_source``)
or the saved-page draft (``html_source``, which reads the page with
``html_tokens``, ``page_reader`` and ``json_ld``).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from gui.core.document.problems import ErrorKind, LoadError, Problem
from gui.core.evidence.source_draft import SourceDraft, draft_from_text
from gui.core.evidence.text_decoding import decode_text, refuse_non_text

__all__ = ["MAX_SOURCE_BYTES", "SOURCE_SUFFIXES", "read_source_file"]

#: File name suffixes ``read_source_file`` reads, and how.
SOURCE_SUFFIXES: Mapping[str, str] = MappingProxyType(
    {
        ".txt": "text",
        ".text": "text",
        ".md": "markdown",
        ".markdown": "markdown",
        ".html": "html",
        ".htm": "html",
        ".xhtml": "html",
    }
)

#: Larger files are refused: no article is this long, and the text is kept in the timeline file.
MAX_SOURCE_BYTES = 64 * 1024 * 1024


def read_source_file(path: str | Path) -> SourceDraft:
    """A draft from a .txt, .md or .html file; raise LoadError naming the file when it cannot be read."""
    name = str(path)
    kind = SOURCE_SUFFIXES.get(Path(path).suffix.lower())
    if kind is None:
        known = ", ".join(SOURCE_SUFFIXES)
        suffix = Path(path).suffix
        what = f'"{suffix}" files' if suffix else "files without a name extension"
        problem = Problem(f"cannot import {what}; Inroads reads sources from {known} files")
        raise LoadError(name, [problem], ErrorKind.UNREADABLE)
    data = _read_bytes(path, name)
    refuse_non_text(data, name)
    if kind == "html":
        from gui.core.evidence.html_source import draft_from_html  # the readers are imported when first used

        return draft_from_html(data, name)
    text = decode_text(data, name)
    if kind == "markdown":
        from gui.core.evidence.markdown_source import draft_from_markdown

        return draft_from_markdown(text, name)
    return draft_from_text(text, name)


def _read_bytes(path: str | Path, name: str) -> bytes:
    try:
        with open(path, "rb") as file:
            data = file.read(MAX_SOURCE_BYTES + 1)
    except FileNotFoundError:
        raise LoadError(name, [Problem("no such file")], ErrorKind.UNREADABLE) from None
    except IsADirectoryError:
        raise LoadError(name, [Problem("is a directory, not a source file")], ErrorKind.UNREADABLE) from None
    except PermissionError:
        raise LoadError(name, [Problem("permission denied")], ErrorKind.UNREADABLE) from None
    except OSError as error:
        raise LoadError(name, [Problem(error.strerror or str(error))], ErrorKind.UNREADABLE) from None
    if len(data) > MAX_SOURCE_BYTES:
        limit = MAX_SOURCE_BYTES // (1024 * 1024)
        raise LoadError(name, [Problem(f"is too large to import (more than {limit} MB)")], ErrorKind.UNREADABLE)
    return data

