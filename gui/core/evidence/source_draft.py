"""The draft source every article reader fills, the fields they find the same way, and the plain-text reader."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from urllib.parse import urlsplit

from gui.core.document.textquote import normalize_space
from gui.core.evidence.byline import read_byline

__all__ = [
    "MAX_TITLE_LENGTH",
    "SourceDraft",
    "clean_newlines",
    "draft_from_text",
    "first_line_title",
    "http_url",
    "make_draft",
    "name_title",
]

#: A first line at least this long is a paragraph, not a title.
MAX_TITLE_LENGTH = 200


@dataclass(frozen=True)
class SourceDraft:
    """What an imported document says about itself, to prefill a new source."""

    title: str
    publisher: str
    url: str
    #: An EDTF date of day, month or year precision, or None when none was found.
    published: str | None
    #: Readable plain text: paragraphs separated by a blank line.
    text: str
    #: For each field that was filled, where its value came from, e.g. {"title": "<title>"}.
    found: Mapping[str, str]
    #: Who wrote it, from a byline ("" when none was found); sources keep it in their notes.
    author: str = ""


def make_draft(
    title: str, publisher: str, url: str, published: str | None, text: str, found: dict[str, str], author: str = ""
) -> SourceDraft:
    """A draft whose ``found`` is a read-only copy."""
    return SourceDraft(title, publisher, url, published, text, MappingProxyType(dict(found)), author)


# ----------------------------------------------------------------------------- what every reader finds alike


def clean_newlines(text: str) -> str:
    """``text`` without a byte-order mark, its line endings all "\\n"."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def first_line_title(text: str) -> str:
    """The first non-blank line when it is short enough to be a title, else ""."""
    for line in text.split("\n", 20)[:20]:
        line = normalize_space(line)
        if line:
            return line if len(line) < MAX_TITLE_LENGTH else ""
    return ""


def name_title(name: str | None) -> str:
    """A title from a file name: its stem, or "" without a name."""
    return normalize_space(Path(name).stem) if name else ""


def http_url(value: str) -> str:
    """``value`` if it is an absolute http(s) URL, else ""."""
    value = value.strip()
    if not value or len(value) > 2000 or any(c.isspace() for c in value):
        return ""
    try:
        parts = urlsplit(value)
    except ValueError:
        return ""
    return value if parts.scheme.lower() in ("http", "https") and parts.netloc else ""


# ----------------------------------------------------------------------------- plain text


def draft_from_text(text: str, name: str | None = None) -> SourceDraft:
    """A draft from pasted text or a .txt file: the header block's byline, date and dateline, if any
    (``byline``), and a title from its first line when it is short.

    The text is kept as it is, title line included (evidence may quote the
    headline); only line endings are made "\\n" and blank space around it dropped.
    """
    text = clean_newlines(text).strip()
    header = read_byline(text)
    found: dict[str, str] = dict(header.found)
    title = header.title if header.title and len(header.title) < MAX_TITLE_LENGTH else first_line_title(text)
    if title:
        found["title"] = "first line" if title == first_line_title(text) else found.get("title", "first line")
    else:
        found.pop("title", None)
        title = name_title(name)
        if title:
            found["title"] = "file name"
    if text:
        found["text"] = "the whole text"
    return make_draft(title, header.publisher, "", header.published, text, found, header.author)
