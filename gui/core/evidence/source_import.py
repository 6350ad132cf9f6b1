"""Turning a pasted text or a saved article (.txt, .md, .html) into a draft source.

A draft holds what could be read from the document: its title, publisher, URL,
publication date (EDTF) and readable plain text, plus where each field came
from (``found``), so that the import dialog can show why a field was filled.
Nothing is ever fetched from the network: a page is read as it was saved.

HTML is read by a small tokenizer of our own rather than ``html.parser`` or a
third-party parser, because saved pages can be hostile and each of those has
a case that hangs or loses the text (see ``_tokens``): every step here either
consumes what it scanned or ends the scan, so reading is linear in the size of
the page and never recurses, however the markup is broken or nested.
"""

from __future__ import annotations

import codecs
import html as html_entities
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urljoin, urlsplit

from gui.core.document.dates import MONTH_ABBREVIATIONS, DateError, parse_date
from gui.core.document.positions import line_column
from gui.core.document.problems import ErrorKind, LoadError, Problem
from gui.core.document.textquote import normalize_space

__all__ = [
    "MAX_SOURCE_BYTES",
    "MAX_TITLE_LENGTH",
    "SOURCE_SUFFIXES",
    "SourceDraft",
    "draft_from_html",
    "draft_from_markdown",
    "draft_from_text",
    "edtf_from_timestamp",
    "read_source_file",
]

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


def _draft(
    title: str, publisher: str, url: str, published: str | None, text: str, found: dict[str, str]
) -> SourceDraft:
    return SourceDraft(title, publisher, url, published, text, MappingProxyType(dict(found)))


# ----------------------------------------------------------------------------- plain text


def draft_from_text(text: str, name: str | None = None) -> SourceDraft:
    """A draft from pasted text or a .txt file: the title is the first line when it is short.

    The text is kept as it is, title line included (evidence may quote the
    headline); only line endings are made "\\n" and blank space around it dropped.
    """
    text = _clean_newlines(text).strip()
    found: dict[str, str] = {}
    title = _first_line_title(text)
    if title:
        found["title"] = "first line"
    else:
        title = _name_title(name)
        if title:
            found["title"] = "file name"
    if text:
        found["text"] = "the whole text"
    return _draft(title, "", "", None, text, found)


def _clean_newlines(text: str) -> str:
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _first_line_title(text: str) -> str:
    for line in text.split("\n", 20)[:20]:
        line = normalize_space(line)
        if line:
            return line if len(line) < MAX_TITLE_LENGTH else ""
    return ""


def _name_title(name: str | None) -> str:
    return normalize_space(Path(name).stem) if name else ""


# ----------------------------------------------------------------------------- dates


_DAY_WORDS = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+"
_MONTH_WORD = r"([a-z]{3,9})\.?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_DATE_FORMS = (
    # ISO 8601 and its common relatives; the time and zone after the date are ignored.
    ("ymd", re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])")),
    ("ymd", re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})(?![\d])")),
    ("ymd", re.compile(r"(\d{4})\.(\d{1,2})\.(\d{1,2})(?![\d])")),
    ("ymd", re.compile(r"(\d{4})(\d{2})(\d{2})(?:t|$)")),
    ("ym", re.compile(r"(\d{4})-(\d{2})$")),
    ("y", re.compile(r"(\d{4})$")),
    # "Tue, 05 Dec 2017 14:30:00 GMT", "5 December 2017", "5th Dec. 2017"
    ("dmy", re.compile(rf"(?:{_DAY_WORDS})?(\d{{1,2}}){_ORDINAL}\s+{_MONTH_WORD},?\s+(\d{{4}})(?!\d)")),
    # "December 5, 2017", "Dec. 5th 2017", "Tuesday, December 5, 2017"
    ("mdy", re.compile(rf"(?:{_DAY_WORDS})?{_MONTH_WORD}\s+(\d{{1,2}}){_ORDINAL},?\s+(\d{{4}})(?!\d)")),
    ("my", re.compile(rf"{_MONTH_WORD},?\s+(\d{{4}})$")),
)


def _month_number(word: str) -> int:
    word = word[:3]
    return MONTH_ABBREVIATIONS.index(word.title()) + 1 if word.title() in MONTH_ABBREVIATIONS else 0


def edtf_from_timestamp(value: str) -> str | None:
    """The EDTF date (day, month or year precision) of a date as pages write it; None if unreadable.

    The calendar date is taken as written: "2017-12-05T23:30:00-05:00" is
    2017-12-05, the publisher's own day, even though it is 6 December in UTC.
    Numeric dates with the day and month in an unknown order ("05/12/2017") are not read.
    """
    text = normalize_space(value).lower()[:100]
    for form, pattern in _DATE_FORMS:
        match = pattern.match(text)
        if not match:
            continue
        parts = match.groups()
        if form == "ymd":
            edtf = f"{int(parts[0]):04d}-{int(parts[1]):02d}-{int(parts[2]):02d}"
        elif form == "ym":
            edtf = f"{parts[0]}-{parts[1]}"
        elif form == "y":
            edtf = parts[0]
        else:
            month = _month_number(parts[1] if form == "dmy" else parts[0])
            if not month:
                continue  # not a month name after all
            if form == "my":
                edtf = f"{parts[1]}-{month:02d}"
            else:
                day, year = (parts[0], parts[2]) if form == "dmy" else (parts[1], parts[2])
                edtf = f"{year}-{month:02d}-{int(day):02d}"
        try:
            parse_date(edtf)
        except DateError:
            return None
        return edtf
    return None


# ----------------------------------------------------------------------------- markdown


_FRONT_MATTER = (
    re.compile(r"---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)", re.DOTALL),
    re.compile(r"\+\+\+[ \t]*\n(.*?)\n\+\+\+[ \t]*(?:\n|$)", re.DOTALL),
)
_FRONT_KEY = re.compile(r"([A-Za-z_][\w.-]*)[ \t]*[:=][ \t]*(.*)")
_FRONT_FIELDS = (
    ("title", ("title", "headline")),
    ("published", ("date", "published", "pubdate", "date_published", "datepublished", "publishdate", "created")),
    ("publisher", ("publisher", "site", "site_name", "sitename", "source", "author", "authors", "by")),
    ("url", ("url", "canonical_url", "canonical", "source_url", "link", "original_url", "source")),
)

_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_ATX_HEADING = re.compile(r"(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r"(=+|-+)[ \t]*$")
_THEMATIC_BREAK = re.compile(r"([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE_MARKS = re.compile(r"(?:>[ \t]?)+")
_LIST_ITEM = re.compile(r"([-*+]|\d{1,9}[.)])[ \t]+(.*)")
_REFERENCE_DEFINITION = re.compile(r" {0,3}\[[^\[\]\n]+\]:[ \t]*\S")
_TABLE_RULE = re.compile(r"\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")

# Each inline pattern's repeated part cannot run past the next delimiter of its
# kind, so a line full of unmatched markers is scanned in linear time.
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_CODE_SPAN = re.compile(r"(?<!`)(`{1,2})([^`\n]+)\1(?!`)")
#: A line without any of these has no inline markup to remove.
_INLINE_MARKUP = re.compile(r"[*_`\[<~\\&]")
_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^()\n]*\)")
_LINK = re.compile(r"\[([^\[\]\n]*)\]\([^()\n]*\)")
_REFERENCE_LINK = re.compile(r"\[([^\[\]\n]+)\]\[[^\[\]\n]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]+)>")
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>")
_EMPHASIS = (
    re.compile(r"\*\*(?=\S)((?:[^*\n]|\*(?!\*))+?)(?<=\S)\*\*"),
    re.compile(r"(?<![\w\\])__(?=\S)((?:[^_\n]|_(?!_))+?)(?<=\S)__(?!\w)"),
    re.compile(r"\*(?=[^\s*])([^*\n]+?)(?<=\S)\*"),
    re.compile(r"(?<![\w\\])_(?=[^\s_])([^_\n]+?)(?<=\S)_(?!\w)"),
    re.compile(r"~~(?=\S)((?:[^~\n]|~(?!~))+?)(?<=\S)~~"),
)
#: Escaped characters wait in this private-use block while markup is removed around them.
_ESCAPED_BASE = 0xE000
_UNESCAPE = {_ESCAPED_BASE + code: code for code in range(128)}


def draft_from_markdown(text: str, name: str | None = None) -> SourceDraft:
    """A draft from Markdown: front matter (YAML or TOML) first, then the first level-1 heading.

    The text is made readable: heading marks, emphasis, code marks and link
    syntax are removed (a link keeps its text, an image is dropped), wrapped
    lines of a paragraph are joined, list items keep one line each.
    """
    text = _clean_newlines(text)
    fields, body = _front_matter(text)
    paragraphs, first_heading = _markdown_paragraphs(body)
    plain = "\n\n".join(paragraphs)
    found: dict[str, str] = {}
    values: dict[str, str] = {}
    for field, (key, value) in fields.items():
        values[field] = value
        found[field] = f'front matter "{key}"'
    published = edtf_from_timestamp(values["published"]) if "published" in values else None
    if published is None:
        found.pop("published", None)
    url = _http_url(values.get("url", ""))
    if not url:
        found.pop("url", None)
    title = values.get("title", "")
    if not title and first_heading:
        title, found["title"] = first_heading, "first # heading"
    if not title:
        title = _first_line_title(plain)
        if title:
            found["title"] = "first line"
    if not title:
        title = _name_title(name)
        if title:
            found["title"] = "file name"
    if plain:
        found["text"] = "the Markdown text"
    return _draft(title, values.get("publisher", ""), url, published, plain, found)


def _front_matter(text: str) -> tuple[dict[str, tuple[str, str]], str]:
    """The fields named in the front matter ({field: (key, value)}) and the text after it."""
    match = None
    for pattern in _FRONT_MATTER:
        match = pattern.match(text)
        if match:
            break
    if match is None:
        return {}, text
    pairs: dict[str, str] = {}
    lines = match.group(1).split("\n")
    for index, line in enumerate(lines):
        key_match = _FRONT_KEY.match(line)
        if not key_match:
            continue
        key, value = key_match.group(1).lower(), key_match.group(2).strip()
        if not value and index + 1 < len(lines):  # a YAML list on the following lines: take its first item
            item = lines[index + 1].strip()
            value = item[1:].strip() if item.startswith("-") else ""
        if value.startswith("[") and value.endswith("]"):
            value = value[1:-1].split(",")[0].strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        value = normalize_space(value)
        if value and key not in pairs:
            pairs[key] = value
    fields: dict[str, tuple[str, str]] = {}
    for field, keys in _FRONT_FIELDS:
        for key in keys:
            value = pairs.get(key, "")
            if field == "url" and not _http_url(value):
                continue
            if field == "publisher" and _http_url(value):
                continue
            if value:
                fields[field] = (key, value)
                break
    return fields, text[match.end() :]


def _markdown_paragraphs(body: str) -> tuple[list[str], str]:
    """The readable paragraphs of a Markdown body, and the text of its first level-1 heading."""
    paragraphs: list[str] = []
    lines: list[list[str]] = []  # the current paragraph's lines, each in pieces (joined once: no quadratic +=)
    first_heading = ""
    new_line = True  # the next text starts a line rather than continuing the last one
    fence = ""
    code: list[str] = []

    def flush() -> None:
        nonlocal new_line
        kept = [" ".join(piece for piece in line if piece) for line in lines]
        kept = [line for line in kept if line]
        if kept:
            paragraphs.append("\n".join(kept))
        lines.clear()
        new_line = True

    for raw in body.split("\n"):
        if fence:
            if raw.strip().startswith(fence) and not raw.strip().strip(fence[0]):
                if any(line.strip() for line in code):
                    paragraphs.append("\n".join(line.rstrip() for line in code).strip("\n"))
                fence, code = "", []
            else:
                code.append(raw)
            continue
        fence_match = _FENCE.match(raw)
        if fence_match:
            flush()
            fence = fence_match.group(1)
            continue
        line = raw.strip()
        quote_marks = _QUOTE_MARKS.match(line)
        if quote_marks:
            line = line[quote_marks.end() :].strip()
        if not line:
            flush()
            continue
        underline = _SETEXT_UNDERLINE.match(line)
        if underline and lines and not _LIST_ITEM.match(lines[0][0]):
            heading = " ".join(" ".join(line) for line in lines)
            if underline.group(1)[0] == "=" and not first_heading:
                first_heading = heading
            lines[:] = [[heading]]
            flush()
            continue
        if _THEMATIC_BREAK.match(line):
            flush()
            continue
        heading_match = _ATX_HEADING.match(line)
        if heading_match:
            flush()
            heading = _inline(heading_match.group(2) or "")
            if heading:
                paragraphs.append(heading)
                if len(heading_match.group(1)) == 1 and not first_heading:
                    first_heading = heading
            continue
        if _REFERENCE_DEFINITION.match(line) or ("|" in line and _TABLE_RULE.match(line)):
            continue
        hard_break = raw.endswith("  ") or line.endswith("\\")
        line = line.removesuffix("\\").rstrip()
        item = _LIST_ITEM.match(line)
        if item:
            marker = "-" if item.group(1) in "-*+" else item.group(1)
            lines.append([f"{marker} {_inline(item.group(2))}"])
        elif new_line or not lines:
            lines.append([_inline(line)])
        else:
            lines[-1].append(_inline(line))
        new_line = hard_break
    if code and any(line.strip() for line in code):  # an unclosed fence runs to the end
        paragraphs.append("\n".join(line.rstrip() for line in code).strip("\n"))
    flush()
    return paragraphs, first_heading


def _inline(text: str) -> str:
    """Markdown inline markup removed: what a reader sees of one line."""
    if not _INLINE_MARKUP.search(text):
        return normalize_space(text)
    if "\\" in text:
        text = _ESCAPE.sub(lambda m: chr(_ESCAPED_BASE + ord(m.group(1))), text)
    pieces = []
    position = 0
    for match in _CODE_SPAN.finditer(text) if "`" in text else ():
        pieces.append(_inline_markup(text[position : match.start()]))
        pieces.append(match.group(2).strip())
        position = match.end()
    pieces.append(_inline_markup(text[position:]))
    text = "".join(pieces).translate(_UNESCAPE)
    return normalize_space(html_entities.unescape(text))


def _inline_markup(text: str) -> str:
    if "[" in text:
        text = _IMAGE.sub("", text)
        text = _LINK.sub(r"\1", text)
        text = _REFERENCE_LINK.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
        text = _HTML_TAG.sub("", text)
    if "*" in text or "_" in text or "~" in text:
        for pattern in _EMPHASIS:
            text = pattern.sub(r"\1", text)
    return text


# ----------------------------------------------------------------------------- HTML: decoding

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
#: How far into a page its <meta charset> is looked for (browsers look at 1024 bytes; pages are sloppier).
_CHARSET_PRESCAN = 4096
# Labels the HTML standard reads as another encoding than Python's codec of that name.
_WINDOWS_1252_LABELS = {
    "ascii", "us-ascii", "ansi_x3.4-1968", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1",
    "cp819", "ibm819", "iso-ir-100", "csisolatin1", "x-user-defined", "windows-1252", "cp1252", "x-cp1252",
}  # fmt: skip
#: Labels the standard decodes with a superset of the named encoding.
_SUPERSETS = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs", "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949", "shift_jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "iso-8859-9": "cp1254",
    "latin5": "cp1254", "tis-620": "cp874", "iso-8859-11": "cp874",
}  # fmt: skip


def _decode_html(data: bytes) -> str:
    """The text of an HTML file: byte-order mark, then <meta charset>, then UTF-8, then windows-1252."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    head = data[:_CHARSET_PRESCAN]
    declared = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if declared:
        label = declared.group(1).decode("ascii").lower()
        if label in _WINDOWS_1252_LABELS:
            encoding = "cp1252"
        elif label.startswith("utf-16"):  # a page read as bytes that says it is UTF-16 is not: ASCII found the label
            encoding = "utf-8"
        else:
            encoding = _SUPERSETS.get(label, label)
        try:
            return data.decode(encoding, errors="replace")
        except LookupError:  # an unknown label, or a codec that is not a text encoding (e.g. "rot13")
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


# ----------------------------------------------------------------------------- HTML: tokens

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


def _tokens(page: str) -> Iterator[tuple[str, str, Any]]:
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


# ----------------------------------------------------------------------------- HTML: reading the page

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
class _Region:
    """Where a paragraph is: in which outermost <article> (or -1), in <main>, in page chrome."""

    article: int
    main: bool
    chrome: bool


class _PageReader:
    """Reads the tokens of a page into paragraphs by region, and the metadata it declares."""

    def __init__(self) -> None:
        self.stack: list[tuple[str, int]] = []
        self.open_counts: dict[str, int] = {}
        self.depth = {_SKIP: 0, _CHROME_BIT: 0, _ARTICLE: 0, _MAIN: 0, _PRE: 0, _H1: 0}
        self.articles = 0
        self.article = -1
        self.paragraphs: list[tuple[_Region, str]] = []
        self.lines: list[str] = []
        self.parts: list[str] = []
        self.last_break_was_br = False
        self.title = ""
        self.metas: dict[str, tuple[str, str]] = {}  # lower-case name or property -> (label, content)
        self.itemprops: dict[str, tuple[str, str]] = {}
        self.links: dict[str, str] = {}
        self.times: list[tuple[_Region, str]] = []
        self.h1s: list[tuple[_Region, str]] = []
        self.h1_parts: list[str] = []
        self.json_ld: list[str] = []

    # -- regions

    def region(self) -> _Region:
        return _Region(self.article, self.depth[_MAIN] > 0, self.depth[_CHROME_BIT] > 0)

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


def _read_page(page: str) -> _PageReader:
    reader = _PageReader()
    for kind, name, value in _tokens(page):
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


# ----------------------------------------------------------------------------- HTML: JSON-LD


_ARTICLE_TYPES = re.compile(r"Article|BlogPosting|Posting|Report", re.IGNORECASE)
_MAX_JSON_LD_NODES = 10_000


def _json_ld_nodes(scripts: list[str]) -> list[dict[str, Any]]:
    """The objects of a page's JSON-LD blocks, articles first, walked without recursion."""
    nodes: list[dict[str, Any]] = []
    for script in scripts:
        try:
            data = json.loads(script.strip().removeprefix("<!--").removesuffix("-->"))
        except (ValueError, RecursionError):
            continue
        pending = [(data, 0)]
        while pending and len(nodes) < _MAX_JSON_LD_NODES:
            value, depth = pending.pop()
            if depth > 20:
                continue
            if isinstance(value, list):
                pending.extend((item, depth + 1) for item in reversed(value))
            elif isinstance(value, dict):
                nodes.append(value)
                graph = value.get("@graph")
                if isinstance(graph, list):
                    pending.extend((item, depth + 1) for item in reversed(graph))
    return sorted(nodes, key=lambda node: not _ARTICLE_TYPES.search(str(node.get("@type", ""))))


def _json_ld_text(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    return normalize_space(value) if isinstance(value, str) else ""


def _json_ld_publisher(nodes: list[dict[str, Any]]) -> str:
    by_id = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    for node in nodes:
        publisher = node.get("publisher")
        if isinstance(publisher, list):
            publisher = publisher[0] if publisher else None
        if isinstance(publisher, str):
            return normalize_space(publisher)
        if isinstance(publisher, dict):
            name = _json_ld_text(publisher.get("name"))
            if not name and isinstance(publisher.get("@id"), str):
                name = _json_ld_text(by_id.get(publisher["@id"], {}).get("name"))
            if name:
                return name
    return ""


def _json_ld_value(nodes: list[dict[str, Any]], key: str) -> str:
    for node in nodes:
        value = _json_ld_text(node.get(key))
        if value:
            return value
    return ""


# ----------------------------------------------------------------------------- HTML: the draft

_TITLE_META = ("og:title", "twitter:title")
_PUBLISHER_META = ("og:site_name", "publisher", "application-name", "dc.publisher", "dcterms.publisher")
_DATE_META_FIRST = ("article:published_time", "og:article:published_time", "date")
_DATE_META_MORE = (
    "pubdate", "publishdate", "publish-date", "publish_date", "article.published", "dc.date.issued", "dcterms.issued",
    "dc.date", "dcterms.date", "dcterms.created", "parsely-pub-date", "sailthru.date", "citation_publication_date",
    "citation_date", "og:published_time",
)  # fmt: skip
_TITLE_SEPARATORS = ("|", "-", "–", "—", "·", "•", "::", ":")


def draft_from_html(html: str | bytes, name: str | None = None) -> SourceDraft:
    """A draft from a saved web page: its metadata, and the readable text of its article.

    The text is that of the largest <article> when it holds at least a third of
    the page's text, else of <main>, else of the whole page; scripts, styles,
    hidden elements, navigation, site header and footer and sidebars are left out.
    """
    page = _decode_html(html) if isinstance(html, bytes) else html.removeprefix("\ufeff")
    reader = _read_page(page)
    found: dict[str, str] = {}
    nodes = _json_ld_nodes(reader.json_ld)

    publisher = ""
    for key in _PUBLISHER_META:
        if key in reader.metas and normalize_space(reader.metas[key][1]):
            label, publisher = reader.metas[key][0], normalize_space(reader.metas[key][1])
            found["publisher"] = label
            break
    if not publisher:
        publisher = _json_ld_publisher(nodes)
        if publisher:
            found["publisher"] = 'JSON-LD "publisher"'

    text, text_region, where = _chosen_text(reader)
    if text:
        found["text"] = where

    title_candidates = [(reader.metas[key][0], reader.metas[key][1]) for key in _TITLE_META if key in reader.metas]
    title_candidates.append(('JSON-LD "headline"', _json_ld_value(nodes, "headline")))
    title_candidates.append(("<title>", reader.title))
    title_candidates.append(("first <h1>", _first_in(reader.h1s, text_region)))
    title = ""
    for label, candidate in title_candidates:
        candidate = _without_site_name(normalize_space(candidate), publisher)
        if candidate:
            title, found["title"] = candidate, label
            break
    if not title:
        title = _name_title(name)
        if title:
            found["title"] = "file name"

    date_candidates = [reader.metas[key] for key in _DATE_META_FIRST if key in reader.metas]
    if "datePublished" in reader.itemprops:
        date_candidates.append(reader.itemprops["datePublished"])
    date_candidates.append(('JSON-LD "datePublished"', _json_ld_value(nodes, "datePublished")))
    date_candidates.extend(reader.metas[key] for key in _DATE_META_MORE if key in reader.metas)
    date_candidates.extend(("<time datetime>", value) for region, value in reader.times if _inside(region, text_region))
    published = None
    for label, candidate in date_candidates:
        published = edtf_from_timestamp(candidate) if candidate else None
        if published:
            found["published"] = label
            break

    url = ""
    base = _http_url(reader.metas.get("og:url", ("", ""))[1])
    url_candidates = [('<link rel="canonical">', reader.links.get("canonical", ""))]
    url_candidates += [reader.metas[key] for key in ("og:url", "twitter:url") if key in reader.metas]
    url_candidates.append(('JSON-LD "url"', _json_ld_value(nodes, "url")))
    for label, candidate in url_candidates:
        candidate = candidate.strip()
        url = _http_url(urljoin(base, candidate) if base and candidate else candidate)
        if url:
            found["url"] = label
            break
    return _draft(title, publisher, url, published, text, found)


def _chosen_text(reader: _PageReader) -> tuple[str, _Region | None, str]:
    """The readable text, the region it was taken from (None: the whole page) and how it is named."""
    content = [(region, text) for region, text in reader.paragraphs if not region.chrome]
    if not content:  # a page that is all "navigation" (or wrongly marked up): better its text than none
        paragraphs = reader.paragraphs
        return "\n\n".join(text for _, text in paragraphs), None, "the whole page"
    total = sum(len(text) for _, text in content)
    sizes: dict[int, int] = {}
    for region, text in content:
        if region.article >= 0:
            sizes[region.article] = sizes.get(region.article, 0) + len(text)
    if sizes:
        article, size = max(sizes.items(), key=lambda item: item[1])
        if 3 * size >= total:
            region = _Region(article, False, False)
            return "\n\n".join(text for r, text in content if r.article == article), region, "<article>"
    if any(region.main for region, _ in content):
        region = _Region(-1, True, False)
        return "\n\n".join(text for r, text in content if r.main), region, "<main>"
    return "\n\n".join(text for _, text in content), _Region(-1, False, False), "<body>"


def _inside(region: _Region, chosen: _Region | None) -> bool:
    """True when something in ``region`` belongs to the chosen text."""
    if chosen is None:
        return True
    if region.chrome:
        return False
    if chosen.article >= 0:
        return region.article == chosen.article
    if chosen.main:
        return region.main
    return True


def _first_in(found: list[tuple[_Region, str]], chosen: _Region | None) -> str:
    for region, text in found:
        if _inside(region, chosen):
            return text
    return found[0][1] if found else ""


def _without_site_name(title: str, site: str) -> str:
    """ "Huawei in talks | The Verge" -> "Huawei in talks" when the site is "The Verge"."""
    if not site or not title:
        return title
    site_key = site.casefold()
    for separator in _TITLE_SEPARATORS:
        head, sep, tail = title.rpartition(f" {separator} ")
        if sep and head and tail.strip().casefold() == site_key:
            return head.strip()
        tail, sep, rest = title.partition(f" {separator} ")
        if sep and rest and tail.strip().casefold() == site_key:
            return rest.strip()
    return title


def _http_url(value: str) -> str:
    """``value`` if it is an absolute http(s) URL, else ""."""
    value = value.strip()
    if not value or len(value) > 2000 or any(c.isspace() for c in value):
        return ""
    try:
        parts = urlsplit(value)
    except ValueError:
        return ""
    return value if parts.scheme.lower() in ("http", "https") and parts.netloc else ""


# ----------------------------------------------------------------------------- files

_SIGNATURES = (
    (b"%PDF", "a PDF document; save the article's text or the web page instead"),
    (b"PK\x03\x04", "a ZIP archive (a .docx, .odt or .epub is one); save it as plain text instead"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document; save it as plain text instead"),
    (b"{\\rtf", "an RTF document; save it as plain text instead"),
    (b"\x89PNG", "a PNG image, not a text"),
    (b"\xff\xd8\xff", "a JPEG image, not a text"),
    (b"GIF8", "a GIF image, not a text"),
)


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
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise LoadError(name, [Problem(f"is {what}")], ErrorKind.UNREADABLE)
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not utf16 and b"\x00" in data:
        line, column = line_column(data, data.index(b"\x00"))
        problem = Problem("is not a text file: it contains NUL bytes", line=line, column=column)
        raise LoadError(name, [problem], ErrorKind.UNREADABLE)
    if not data.strip():
        raise LoadError(name, [Problem("the file is empty" if not data else "the file holds only whitespace")])
    if kind == "html":
        return draft_from_html(data, name)
    text = _decode_text(data, name)
    return draft_from_markdown(text, name) if kind == "markdown" else draft_from_text(text, name)


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


def _decode_text(data: bytes, name: str) -> str:
    """UTF-8, with or without a byte-order mark; UTF-16 only with one."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = line_column(data, error.start)
        byte = data[error.start : error.start + 1].hex()
        problem = Problem(f"is not UTF-8 text (byte 0x{byte}); save it as UTF-8", line=line, column=column)
        raise LoadError(name, [problem], ErrorKind.UNREADABLE) from None
