"""The saved-page reader: a page's tokens into paragraphs by region (article, main, chrome) and its metadata."""

from __future__ import annotations

import html as html_entities
import re
from dataclasses import dataclass

from gui.core.document.textquote import normalize_space
from gui.core.evidence.html_tokens import tokens

__all__ = ["PageReader", "Region", "read_page"]

#: Elements that never close (a "</br>" is read as a <br>, as browsers do).
_VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    "basefont", "bgsound", "frame", "keygen", "image",
}  # fmt: skip
#: Elements that start and end a paragraph.
_BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "caption", "center", "details", "dialog", "dir", "div",
    "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "html", "legend", "listing", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "tfoot", "thead", "ul",
}  # fmt: skip
#: Elements that start a new line within the paragraph.
_LINES = {"li", "dt", "dd", "tr", "option"}
#: Elements whose text is never the article's: controls and embedded objects.
_NOT_TEXT = {"button", "select", "datalist", "object", "canvas", "audio", "video", "map", "applet"}
#: Page chrome: navigation, banners, sidebars, footers. A <header> inside an article or <main>
#: is the article's own (headline, byline) and is kept.
_CHROME = {"nav", "aside", "footer"}
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

# Bits of what an open element does to the text inside it.
_SKIP, _CHROME_BIT, _ARTICLE, _MAIN, _PRE, _H1 = 1, 2, 4, 8, 16, 32

_MAX_JSON_LD = 20
_MAX_JSON_LD_CHARS = 2_000_000
_MAX_RECORDED = 1000


@dataclass(frozen=True, slots=True)
class Region:
    """Where a paragraph is: in which outermost <article> (or -1), in <main>, in page chrome."""

    article: int
    main: bool
    chrome: bool


class PageReader:
    """Reads the tokens of a page into paragraphs by region, and the metadata it declares."""

    def __init__(self) -> None:
        self.stack: list[tuple[str, int]] = []
        self.open_counts: dict[str, int] = {}
        self.depth = {_SKIP: 0, _CHROME_BIT: 0, _ARTICLE: 0, _MAIN: 0, _PRE: 0, _H1: 0}
        self.articles = 0
        self.article = -1
        self.paragraphs: list[tuple[Region, str]] = []
        self.lines: list[str] = []
        self.parts: list[str] = []
        self.last_break_was_br = False
        self.title = ""
        self.metas: dict[str, tuple[str, str]] = {}  # lower-case name or property -> (label, content)
        self.itemprops: dict[str, tuple[str, str]] = {}
        self.links: dict[str, str] = {}
        self.times: list[tuple[Region, str]] = []
        self.h1s: list[tuple[Region, str]] = []
        self.h1_parts: list[str] = []
        self.json_ld: list[str] = []

    # -- regions

    def region(self) -> Region:
        return Region(self.article, self.depth[_MAIN] > 0, self.depth[_CHROME_BIT] > 0)

    # -- text

    def text(self, data: str) -> None:
        if self.depth[_SKIP]:
            return
        if "&" in data:
            data = html_entities.unescape(data)
        if self.depth[_H1]:
            self.h1_parts.append(data)
        if self.depth[_PRE]:
            first, *rest = data.split("\n")
            self.parts.append(first)
            for piece in rest:
                self.line_break()
                self.parts.append(piece)
        else:
            self.parts.append(data)
        if not data.isspace():
            self.last_break_was_br = False

    def line_break(self) -> None:
        line = "".join(self.parts)
        self.parts.clear()
        self.lines.append(line.rstrip() if self.depth[_PRE] else normalize_space(line))

    def paragraph_break(self) -> None:
        self.line_break()
        lines = self.lines
        if self.depth[_PRE]:
            while lines and not lines[0]:
                lines.pop(0)
            while lines and not lines[-1]:
                lines.pop()
            text = "\n".join(lines)
        else:
            text = "\n".join(line for line in lines if line)
        if text and not text.isspace():
            self.paragraphs.append((self.region(), text))
        self.lines = []

    def br(self) -> None:
        # Old pages separate paragraphs with <br><br>.
        if self.last_break_was_br and not "".join(self.parts).strip():
            self.paragraph_break()
        else:
            self.line_break()
        self.last_break_was_br = True

    # -- elements

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if name == "meta":
            self.meta(attributes)
        elif name == "link":
            for rel in attributes.get("rel", "").lower().split():
                self.links.setdefault(rel, attributes.get("href", "").strip())
        elif "itemprop" in attributes:
            value = attributes.get("content") or attributes.get("datetime") or ""
            key = attributes["itemprop"].strip()
            if value and key:
                self.itemprops.setdefault(key, (f'<{name} itemprop="{key}">', value))
        if name == "time" and not self.depth[_SKIP] and len(self.times) < _MAX_RECORDED:
            value = attributes.get("datetime") or attributes.get("pubdate") or ""
            if value:
                self.times.append((self.region(), value))
        if name == "br":
            if not self.depth[_SKIP]:
                self.br()
            return
        if name in _VOID:
            if name == "hr":
                self.paragraph_break()
            return
        bits = self.element_bits(name, attributes)
        if name in _BLOCKS or bits & (_ARTICLE | _MAIN | _CHROME_BIT):
            self.paragraph_break()
        elif name in _LINES:
            self.line_break()
        elif name in ("td", "th"):
            self.parts.append(" ")
        self.stack.append((name, bits))
        self.open_counts[name] = self.open_counts.get(name, 0) + 1
        for bit in self.depth:
            if bits & bit:
                self.depth[bit] += 1
        if bits & _ARTICLE and self.depth[_ARTICLE] == 1:
            self.article = self.articles
            self.articles += 1
        if bits & _H1 and self.depth[_H1] == 1:
            self.h1_parts = []

    def element_bits(self, name: str, attributes: dict[str, str]) -> int:
        bits = _SKIP if name in _NOT_TEXT or _is_hidden(attributes) else 0
        in_content = self.depth[_ARTICLE] or self.depth[_MAIN]
        role = attributes.get("role", "").lower()
        if name in _CHROME or (name == "header" and not in_content) or role in _CHROME_ROLES:
            bits |= _CHROME_BIT
        if name == "article" or (role == "article" and name != "main"):
            bits |= _ARTICLE
        if name == "main" or role == "main":
            bits |= _MAIN
        if name in ("pre", "listing"):
            bits |= _PRE
        if name == "h1":
            bits |= _H1
        return bits

    def end(self, name: str) -> None:
        if name == "br":  # "</br>" is a line break in every browser
            self.start("br", {})
            return
        if name == "p" and not self.open_counts.get("p"):
            self.paragraph_break()  # "</p>" with no <p> open makes an empty paragraph: a break
            return
        if not self.open_counts.get(name):
            return  # a stray end tag: ignored, as browsers do
        while self.stack:  # close every element left open inside this one (amortised: each was pushed once)
            open_name, bits = self.stack.pop()
            self.close(open_name, bits)
            if open_name == name:
                break

    def close(self, name: str, bits: int) -> None:
        if name in _BLOCKS or bits & (_ARTICLE | _MAIN | _CHROME_BIT):
            self.paragraph_break()
        elif name in _LINES:
            self.line_break()
        elif name in ("td", "th"):
            self.parts.append(" ")
        if bits & _H1 and self.depth[_H1] == 1 and len(self.h1s) < _MAX_RECORDED:
            heading = normalize_space("".join(self.h1_parts))
            if heading:
                self.h1s.append((self.region(), heading))
        self.open_counts[name] -= 1
        for bit in self.depth:
            if bits & bit:
                self.depth[bit] -= 1
        if bits & _ARTICLE and self.depth[_ARTICLE] == 0:
            self.article = -1

    def raw(self, name: str, attributes: dict[str, str], content: str) -> None:
        if name == "title" and not self.title:
            self.title = normalize_space(html_entities.unescape(content))
        json_ld = name == "script" and "ld+json" in attributes.get("type", "").lower()
        if json_ld and len(self.json_ld) < _MAX_JSON_LD and len(content) <= _MAX_JSON_LD_CHARS:
            self.json_ld.append(content)

    def meta(self, attributes: dict[str, str]) -> None:
        content = attributes.get("content")
        if content is None:
            return
        for attribute in ("property", "name", "itemprop"):
            key = attributes.get(attribute, "").strip()
            if key:
                table = self.itemprops if attribute == "itemprop" else self.metas
                table.setdefault(
                    key if attribute == "itemprop" else key.lower(), (f'<meta {attribute}="{key}">', content)
                )

    def finish(self) -> None:
        while self.stack:
            self.close(*self.stack.pop())
        self.paragraph_break()


def _is_hidden(attributes: dict[str, str]) -> bool:
    if "hidden" in attributes or attributes.get("aria-hidden", "").strip().lower() == "true":
        return True
    return "style" in attributes and _HIDDEN_STYLE.search(attributes["style"]) is not None


def read_page(page: str) -> PageReader:
    reader = PageReader()
    for kind, name, value in tokens(page):
        if kind == "text":
            reader.text(name)
        elif kind == "start":
            reader.start(name, value)
        elif kind == "end":
            reader.end(name)
        else:
            reader.raw(name, *value)
    reader.finish()
    return reader

