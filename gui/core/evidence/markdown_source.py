"""The Markdown reader: a draft source from front matter, the first heading and the text without its markup."""

from __future__ import annotations

import html as html_entities
import re

from gui.core.document.textquote import normalize_space
from gui.core.evidence.byline import read_byline
from gui.core.evidence.publication_dates import edtf_from_timestamp
from gui.core.evidence.source_draft import (
    SourceDraft,
    clean_newlines,
    first_line_title,
    http_url,
    make_draft,
    name_title,
)

__all__ = ["draft_from_markdown"]


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
    text = clean_newlines(text)
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
    header = read_byline(plain)  # what front matter does not say, a byline under the heading may
    if published is None and header.published:
        published, found["published"] = header.published, header.found["published"]
    if not values.get("publisher") and header.publisher:
        values["publisher"], found["publisher"] = header.publisher, header.found["publisher"]
    author = header.author
    if author:
        found["author"] = header.found["author"]
    url = http_url(values.get("url", ""))
    if not url:
        found.pop("url", None)
    title = values.get("title", "")
    if not title and first_heading:
        title, found["title"] = first_heading, "first # heading"
    if not title:
        title = first_line_title(plain)
        if title:
            found["title"] = "first line"
    if not title:
        title = name_title(name)
        if title:
            found["title"] = "file name"
    if plain:
        found["text"] = "the Markdown text"
    return make_draft(title, values.get("publisher", ""), url, published, plain, found, author)


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
            if field == "url" and not http_url(value):
                continue
            if field == "publisher" and http_url(value):
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

