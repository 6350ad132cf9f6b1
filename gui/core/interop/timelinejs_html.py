"""TimelineJS HTML as plain text and plain text as TimelineJS HTML (headlines, notes, captions, groups)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import Any

_BLOCK_TAGS = frozenset(
    "p div blockquote ul ol dl dt dd h1 h2 h3 h4 h5 h6 tr table section article header footer figure figcaption"
    " pre hr address aside nav main".split()
)
_SKIPPED_TAGS = frozenset(("script", "style", "template"))
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # HTML whitespace; a no-break space is not collapsed
_BREAK, _PARAGRAPH = object(), object()


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[Any] = []
        self.skipping = 0
        self.links: list[tuple[str, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self.skipping += 1
        elif tag == "br":
            self.parts.append(_BREAK)
        elif tag == "li":
            self.parts += [_BREAK, "- "]
        elif tag in _BLOCK_TAGS:
            self.parts.append(_PARAGRAPH)
        elif tag == "a":
            self.links.append((dict(attrs).get("href") or "", len(self.parts)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _SKIPPED_TAGS:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append(_PARAGRAPH)
        elif tag == "a" and self.links:
            href, start = self.links.pop()
            href = href.strip()
            shown = " ".join("".join(p for p in self.parts[start:] if isinstance(p, str)).split())
            if href and not href.startswith(("#", "javascript:")) and href != shown:
                self.parts.append(f" ({href})" if shown else href)

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)

    def text(self) -> str:
        out: list[str] = []
        pending = 0  # line breaks owed before the next text
        for part in self.parts:
            if part is _BREAK:
                pending += 1
            elif part is _PARAGRAPH:
                pending = max(pending, 2)
            else:
                text = _HTML_SPACE.sub(" ", part)
                if not text:
                    continue
                if pending:
                    if out:
                        out[-1] = out[-1].rstrip(" ")
                        out.append("\n" * min(pending, 2))
                    text = text.lstrip(" ")
                    pending = 0
                    if not text:
                        continue
                elif text.startswith(" ") and (not out or out[-1].endswith((" ", "\n"))):
                    text = text.lstrip(" ")
                    if not text:
                        continue
                out.append(text)
        joined = "".join(out)
        return "\n".join(line.strip(" ") for line in joined.split("\n")).strip("\n")


def _is_plain(text: str) -> bool:
    """True when HTML rendering would show ``text`` as it is (no tags, no character references)."""
    return "<" not in text and ("&" not in text or html.unescape(text) == text)


def html_to_text(value: str) -> str:
    """TimelineJS HTML as plain text: paragraphs and <br> become line breaks, links "text (url)".

    Text without tags or character references is returned exactly as it is.
    """
    if _is_plain(value):
        return value
    extractor = _TextExtractor()
    extractor.feed(value)
    extractor.close()
    return extractor.text()


def text_to_html(text: str) -> str:
    """Plain text as TimelineJS HTML that ``html_to_text`` turns back into the same text where it can."""
    if "\n" not in text:
        return text if _is_plain(text) else html.escape(text, quote=False)
    paragraphs = text.split("\n\n")
    return "".join(f"<p>{html.escape(p, quote=False).replace(chr(10), '<br>')}</p>" for p in paragraphs)


def _inline(value: str) -> str:
    """HTML as one line of plain text (headlines, captions, credits)."""
    text = html_to_text(value)
    return re.sub(r" *\n+ *", " ", text) if "\n" in text else text
