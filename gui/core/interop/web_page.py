"""The web page export: one self-contained HTML file with the events, the viewer's script and its style.

Nothing comes from the network: a Content-Security-Policy meta tag allows only the page's own inline
script and style (by their SHA-256 hashes) and data: images. The events travel as JSON in a
``<script type="application/json">`` block, with every ``<`` escaped so no string can end the block;
the viewer puts every string from the file into the page as text, never as HTML.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from functools import cache
from importlib import resources
from os import PathLike
from typing import Any

from gui.core.document.model import Document
from gui.core.interop.web_page_data import page_data
from gui.core.storage.atomic import atomic_write

__all__ = ["encode_web_page", "write_web_page", "page_json"]


@cache
def _viewer_file(name: str) -> str:
    text = resources.files("gui.core.interop").joinpath("web_viewer", name).read_text(encoding="utf-8")
    closing = "</script" if name.endswith(".js") else "</style"
    if closing in text.lower():
        raise ValueError(f"web_viewer/{name} contains {closing}, which would end its element early")
    return text


def page_json(data: dict[str, Any]) -> str:
    """The data as JSON that can sit inside a script element: no ``<``, so no ``</script>`` or ``<!--``."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def encode_web_page(document: Document, **options: Any) -> bytes:
    """The page as UTF-8 bytes; ``options`` are those of ``page_data`` (title, shown, event_ids)."""
    data = page_data(document, **options)
    script, style = _viewer_file("viewer.js"), _viewer_file("viewer.css")
    policy = (
        f"default-src 'none'; script-src {_sha256(script)}; style-src {_sha256(style)}; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    title = html.escape(data["title"] or "Timeline")
    page = (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="Inroads">\n'
        f"<title>{title}</title>\n<style>{style}</style>\n</head>\n<body>\n"
        '<noscript>This timeline needs JavaScript to show its events.</noscript>\n'
        f'<script type="application/json" id="inroads-data">{page_json(data)}</script>\n'
        f"<script>{script}</script>\n</body>\n</html>\n"
    )
    return page.encode("utf-8")


def write_web_page(document: Document, path: str | PathLike[str], **options: Any) -> None:
    """Write the page atomically (the old file stays whole if anything fails)."""
    atomic_write(path, encode_web_page(document, **options))
