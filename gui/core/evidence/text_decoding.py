"""The careful decoder: refusing files that are not text, and decoding text and saved pages from their bytes."""

from __future__ import annotations

import codecs
import re

from gui.core.document.positions import line_column
from gui.core.document.problems import ErrorKind, LoadError, Problem

__all__ = ["decode_html", "decode_text", "refuse_non_text"]

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


def decode_html(data: bytes) -> str:
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


#: How the binary files people mistake for articles begin, and what to tell them.
_SIGNATURES = (
    (b"%PDF", "a PDF document; save the article's text or the web page instead"),
    (b"PK\x03\x04", "a ZIP archive (a .docx, .odt or .epub is one); save it as plain text instead"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document; save it as plain text instead"),
    (b"{\\rtf", "an RTF document; save it as plain text instead"),
    (b"\x89PNG", "a PNG image, not a text"),
    (b"\xff\xd8\xff", "a JPEG image, not a text"),
    (b"GIF8", "a GIF image, not a text"),
)


def refuse_non_text(data: bytes, name: str) -> None:
    """Raise LoadError naming the file when ``data`` is a known binary format, holds NUL bytes or is blank."""
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


def decode_text(data: bytes, name: str) -> str:
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
