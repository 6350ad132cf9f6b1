"""The HTML tokenizer: a saved page's tags, text and raw elements, read in linear time however broken."""

# HTML is read by a small tokenizer of our own rather than ``html.parser`` or a
# third-party parser, because saved pages can be hostile and each of those has
# a case that hangs or loses the text (see ``tokens``): every step here either
# consumes what it scanned or ends the scan, so reading is linear in the size of
# the page and never recurses, however the markup is broken or nested.

from __future__ import annotations

import html as html_entities
import re
from collections.abc import Iterator
from typing import Any

__all__ = ["tokens"]

_TAG_OPEN = re.compile(r"<[A-Za-z!/?]")
# Possessive quantifiers: a tag that never closes is scanned once, to the end, then dropped.
_START_TAG = re.compile(
    r"<([A-Za-z][^\s/>]*+)"
    r"((?:[\s/]++|[^\s/>][^\s/>=]*+(?:\s*+=\s*+(?:\"[^\"]*+\"|'[^']*+'|[^\s>]*+))?+)*+)>"
)
_END_TAG = re.compile(r"</([A-Za-z][^\s/>]*+)[^>]*+>")
_ATTRIBUTE = re.compile(r"""([^\s/>][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?""")
#: Elements whose content is raw text up to their end tag (RCDATA for title and textarea).
_RAW_TEXT = {"script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript"}
#: Elements skipped whole, up to their end tag: their content is not the page's text.
_SKIPPED_WHOLE = {"svg", "math", "template"}
_raw_end_patterns: dict[str, re.Pattern[str]] = {}


def _raw_end(name: str) -> re.Pattern[str]:
    pattern = _raw_end_patterns.get(name)
    if pattern is None:
        pattern = _raw_end_patterns[name] = re.compile(rf"</{name}[\s/>]", re.IGNORECASE)
    return pattern


def tokens(page: str) -> Iterator[tuple[str, str, Any]]:
    """("start", name, attributes) / ("end", name, None) / ("text", text, None) / ("raw", name, (attributes, text)).

    Linear time whatever the markup: every search below either consumes what it
    scanned or, having reached the end of the page, stops (an unclosed tag or
    comment runs to the end of the page, as in a browser). The stdlib
    ``html.parser`` rescans the rest of the page for each unclosed "<!" (minutes
    on a few megabytes), which is why it is not used.
    """
    position, size = 0, len(page)
    while position < size:
        opener = _TAG_OPEN.search(page, position)
        if opener is None:
            yield "text", page[position:], None
            return
        start = opener.start()
        if start > position:
            yield "text", page[position:start], None
        kind = page[start + 1]
        if kind == "!" or kind == "?":
            if page.startswith("<!--", start):
                if page.startswith(("<!-->", "<!--->"), start):
                    position = page.index(">", start + 4) + 1
                    continue
                close = page.find("-->", start + 4)
                if close < 0:
                    return
                position = close + 3
                continue
            close = page.find(">", start + 2)
            if close < 0:
                return
            position = close + 1
            continue
        if kind == "/":
            end = _END_TAG.match(page, start)
            if end:
                yield "end", end.group(1).lower(), None
                position = end.end()
                continue
            if start + 2 < size and page[start + 2].isascii() and page[start + 2].isalpha():
                return  # an end tag cut off by the end of the page
            close = page.find(">", start + 2)
            if close < 0:
                yield "text", page[start:], None
                return
            position = close + 1
            continue
        tag = _START_TAG.match(page, start)
        if tag is None:
            return  # a start tag cut off by the end of the page
        name = tag.group(1).lower()
        attributes = _attributes(tag.group(2))
        position = tag.end()
        self_closing = tag.group(2).rstrip().endswith("/")
        if name in _SKIPPED_WHOLE and not self_closing:
            close = _raw_end(name).search(page, position)
            if close is None:
                return
            position = _after_tag(page, close.start())
            continue
        if name in _RAW_TEXT:
            close = _raw_end(name).search(page, position)
            content_end = size if close is None else close.start()
            yield "raw", name, (attributes, page[position:content_end])
            position = size if close is None else _after_tag(page, close.start())
            continue
        yield "start", name, attributes


def _after_tag(page: str, start: int) -> int:
    close = page.find(">", start)
    return len(page) if close < 0 else close + 1


def _attributes(text: str) -> dict[str, str]:
    if not text or text.isspace():
        return {}
    attributes: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(text):
        name = match.group(1).lower()
        if name not in attributes:
            value = match.group(2) or match.group(3) or match.group(4) or ""
            attributes[name] = html_entities.unescape(value) if "&" in value else value
    return attributes

