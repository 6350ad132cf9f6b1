"""The header block of a pasted or plain-text article: byline, "Published:" lines and the dateline.

Trade-press and wire articles copied as text start with a few short lines before the first paragraph:
the headline, "By Jane Doe, TechWire — October 12, 2018", "Published: Oct. 12, 2018", "Source: ...".
The first paragraph may open with a dateline, "SHENZHEN, China (Reuters) —". ``read_byline`` reads
the title, publisher, author and publication date from them and says where each came from; what is
not written there stays empty (a dateline without a year gives no date).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from gui.core.document.dates import DateError, parse_date
from gui.core.document.textquote import normalize_space
from gui.core.evidence.datelines import DATELINE
from gui.core.evidence.publication_dates import edtf_from_timestamp

__all__ = ["HEADER_LINES", "Byline", "find_date_in_line", "read_byline"]

#: At most this many non-blank lines before the first paragraph are read as the header block.
HEADER_LINES = 12
#: A line at least this long is a paragraph: the header block ends before it.
PARAGRAPH_LENGTH = 160
_SHOWN = 60  #: how much of a line ``found`` quotes


@dataclass(frozen=True)
class Byline:
    """What the header block says; ``found`` names the line each field came from."""

    title: str = ""
    publisher: str = ""
    author: str = ""
    published: str | None = None
    found: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


_SEPARATORS = re.compile(r"\s+[|·•—–-]+\s+|\s*[|·•—–]\s*|,\s+")
_BY = re.compile(r"(?i)by\s+(?P<rest>\S.*)")
_LABELLED = re.compile(
    r"(?i)(?P<label>published(?:\s+on)?|first\s+published|posted(?:\s+on)?|date(?:d)?|updated(?:\s+on)?|last\s+updated"
    r"|author|authors|written\s+by|reporter|publisher|publication|source|outlet|title|headline)\s*(?P<colon>[:：])?\s*"
    r"(?P<value>\S.*)"
)
_LABEL_FIELD = {
    "published": "published", "published on": "published", "first published": "published", "posted": "published",
    "posted on": "published", "date": "published", "dated": "published", "updated": "updated",
    "updated on": "updated", "last updated": "updated", "author": "author", "authors": "author",
    "written by": "author", "reporter": "author", "publisher": "publisher", "publication": "publisher",
    "source": "publisher", "outlet": "publisher", "title": "title", "headline": "title",
}  # fmt: skip
#: Words after a byline's name that are a role, not a publisher: "By Jane Doe, Staff Writer".
_ROLES = re.compile(
    r"(?i)\b(?:staff|senior|contributing|special|writer|reporter|correspondent|editor|contributor|columnist|analyst)\b"
)
_DATE_START = re.compile(
    r"(?<!\w)(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4})"
)
_US_NUMERIC = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?!\d)")


def _dateline(line: str) -> re.Match | None:
    """The dateline ``line`` opens with, when it names who filed it ("SHENZHEN, China (Reuters) —")."""
    match = DATELINE.match(line)
    return match if match is not None and match["publisher"] else None


def _quoted(line: str) -> str:
    line = normalize_space(line)
    return f'"{line if len(line) <= _SHOWN else line[: _SHOWN - 1] + "…"}"'


def _us_numeric(text: str) -> str | None:
    """ "3/14/2019" or "3/14/19" as US trade press writes it (month first), as EDTF; None if not a date."""
    match = _US_NUMERIC.match(text)
    if not match:
        return None
    month, day, year = int(match[1]), int(match[2]), match[3]
    year_number = int(year) if len(year) == 4 else 2000 + int(year)
    try:
        return parse_date(f"{year_number:04d}-{month:02d}-{day:02d}").edtf()
    except DateError:
        return None


def find_date_in_line(line: str) -> tuple[str, int, int] | None:
    """The first publication date written in ``line``: (EDTF, start, end of the words that say it)."""
    for match in _DATE_START.finditer(line):
        rest = line[match.start() :]
        edtf = _us_numeric(rest) if "/" in match[0] else edtf_from_timestamp(rest)
        if edtf is None:
            continue
        year = re.search(r"(?:19|20)\d\d|/\d\d(?!\d)", rest)
        end = match.start() + (year.end() if year else len(match[0]))
        return edtf, match.start(), end
    return None


def _name(text: str) -> str:
    """A publisher's or author's name from a piece of a byline: short, starting with a capital or digit."""
    text = normalize_space(text).strip(" .,;:|—–-")
    if not text or len(text) > 60 or not (text[0].isupper() or text[0].isdigit()):
        return ""
    return text


def _read_by_line(line: str, values: dict[str, str], found: dict[str, str]) -> None:
    """ "By Jane Doe, TechWire — October 12, 2018": the author, then a publisher and a date in any order."""
    rest = _BY.fullmatch(line)["rest"]
    where = f"byline {_quoted(line)}"
    date = find_date_in_line(rest)
    if date is not None:
        edtf, start, end = date
        if "published" not in values:
            values["published"], found["published"] = edtf, where
        rest = rest[:start] + " | " + rest[end:]
    rest = re.sub(r"\s+(?:for|of|at)\s+(?=[A-Z])", " | ", rest, count=1)  # "By Li Wen for Phone Ledger"
    pieces = [piece for piece in _SEPARATORS.split(rest) if piece.strip()]
    if not pieces:
        return
    author = _name(pieces[0])
    # "By Jane Doe and Li Wei": one byline, two people.
    if author and "author" not in values:
        values["author"], found["author"] = author, where
    for piece in pieces[1:]:
        name = _name(re.sub(r"(?i)^(?:for|of|at)\s+", "", piece.strip()))
        if name and not _ROLES.search(name) and "publisher" not in values and not re.fullmatch(r"[\d: apm.ET]+", name):
            values["publisher"], found["publisher"] = name, where
            break


def read_byline(text: str) -> Byline:
    """The title, publisher, author and date of the header block at the start of ``text``."""
    values: dict[str, str] = {}
    found: dict[str, str] = {}
    first_paragraph = ""
    lines = 0
    for raw in text.split("\n", 4 * HEADER_LINES)[: 4 * HEADER_LINES]:
        line = normalize_space(raw)
        if not line:
            continue
        if len(line) >= PARAGRAPH_LENGTH or lines >= HEADER_LINES:
            first_paragraph = line
            break
        lines += 1
        labelled = _LABELLED.fullmatch(line)
        if (
            labelled
            and not labelled["colon"]
            and _LABEL_FIELD[" ".join(labelled["label"].lower().split())]
            not in (
                "published",
                "updated",
            )
        ):
            labelled = None  # "Source code..." is a sentence; "Posted on 2019-03-04" is a date line
        if labelled:
            name = _LABEL_FIELD[" ".join(labelled["label"].lower().split())]
            value = labelled["value"]
            where = f'"{labelled["label"]}{labelled["colon"] or ""}" line'
            if name in ("published", "updated"):
                date = find_date_in_line(value) or (
                    (edtf_from_timestamp(value), 0, len(value)) if edtf_from_timestamp(value) else None
                )
                if date is not None and name not in values:
                    values[name], found[name] = date[0], where
            elif _name(value) and name not in values:
                values[name], found[name] = _name(value), where
            continue
        if _BY.fullmatch(line) and len(line) < 120 and line[:1] in "Bb":
            _read_by_line(line, values, found)
            continue
        date = find_date_in_line(line)
        if date is not None and date[1] == 0 and len(line) - date[2] <= 20 and "published" not in values:
            values["published"], found["published"] = date[0], f"date line {_quoted(line)}"
            continue
        if _dateline(line):
            first_paragraph = line
            break
        if "title" not in values:
            values["title"], found["title"] = line, "first line"
    dateline = _dateline(first_paragraph)
    if dateline:
        where = f"dateline {_quoted(dateline[0])}"
        if "publisher" not in values:
            values["publisher"], found["publisher"] = normalize_space(dateline["publisher"]), where
        if dateline["date"] and "published" not in values:
            edtf = edtf_from_timestamp(dateline["date"])
            if edtf and len(edtf) >= 10:  # only a dateline that writes its year gives a date
                values["published"], found["published"] = edtf, where
    if "published" not in values and "updated" in values:
        values["published"] = values["updated"]
        found["published"] = found["updated"] + " (no publication date: the date it was updated)"
    found.pop("updated", None)
    return Byline(
        values.get("title", ""),
        values.get("publisher", ""),
        values.get("author", ""),
        values.get("published"),
        MappingProxyType({key: found[key] for key in ("title", "publisher", "author", "published") if key in found}),
    )
