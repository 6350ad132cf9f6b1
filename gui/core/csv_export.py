"""CSV export: one row per event, for spreadsheets (Excel, LibreOffice, Numbers).

Export writes UTF-8 with a byte-order mark (Excel needs it to read UTF-8), a
header row, CRLF between rows, and cells quoted by the csv module when they
hold commas, quotes or line breaks. ``csv_format`` reads such files back; the
mapping, and what a CSV cannot carry (reported as warnings), is in
docs/import-export.md.
"""

from __future__ import annotations

import csv
import io

from .model import Document
from .problems import Problem, Severity

__all__ = ["COLUMNS", "LIST_SEPARATOR", "encode_csv"]

#: The columns export writes, in this order.
COLUMNS = ("id", "lane", "title", "start", "end", "kind", "status", "partners", "tags", "notes", "source", "quote")
#: How partners and tags are joined in one cell; import splits on ";" and trims.
LIST_SEPARATOR = "; "

_UTF8_BOM = b"\xef\xbb\xbf"


def _warning(message: str) -> Problem:
    return Problem(message, severity=Severity.WARNING)


def _lane_labels(document: Document) -> dict[str, str]:
    """What the lane column says for each lane: its name when that names one lane only, else its id."""
    names: dict[str, int] = {}
    for lane in document.lanes:
        names[lane.name] = names.get(lane.name, 0) + 1
    ids = {lane.id for lane in document.lanes}
    labels = {}
    for lane in document.lanes:
        unique_name = lane.name and names[lane.name] == 1 and (lane.name not in ids or lane.name == lane.id)
        labels[lane.id] = lane.name if unique_name and lane.name.strip() == lane.name else lane.id
    return labels


def encode_csv(document: Document) -> tuple[bytes, list[Problem]]:
    """The events as CSV bytes (UTF-8 with BOM, CRLF rows), with warnings about what a CSV cannot hold."""
    labels = _lane_labels(document)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    lost: dict[str, list[int]] = {}
    for index, event in enumerate(document.events):
        first = event.evidence[0] if event.evidence else None
        writer.writerow(
            (
                event.id,
                labels.get(event.lane, event.lane),
                event.title,
                event.start,
                event.end or "",
                event.kind,
                event.status,
                LIST_SEPARATOR.join(event.partners),
                LIST_SEPARATOR.join(event.tags),
                event.notes,
                first.source if first else "",
                first.quote if first else "",
            )
        )
        if len(event.evidence) > 1:
            lost.setdefault("more evidence", []).append(index)
        if first is not None and (first.prefix or first.suffix or first.extra):
            lost.setdefault("prefix", []).append(index)
        if any(";" in item or item != item.strip() or not item for item in (*event.partners, *event.tags)):
            lost.setdefault("separator", []).append(index)
        if event.extra:
            lost.setdefault("extra", []).append(index)
    warnings = [_lost_warning(kind, indices, document) for kind, indices in lost.items()]
    if document.lanes or document.sources or document.title or document.description or document.extra:
        warnings.append(
            _warning(
                "a CSV holds events only: the timeline's title and description, the lanes' colours and aliases,"
                " and the sources (with their text) are not in it; evidence names its source by id"
            )
        )
    return _UTF8_BOM + buffer.getvalue().encode("utf-8"), warnings


_LOST_WORDS = {
    "more evidence": "has more than one evidence passage; only the first is in the CSV (source and quote)",
    "prefix": "has a first evidence with a prefix, suffix or unknown keys, which the CSV leaves out",
    "separator": 'has a partner or tag with ";" or surrounding spaces, which does not come back the same from a'
    ' "; "-separated cell',
    "extra": "has unknown keys (e.g. kept from a TimelineJS import), which the CSV leaves out",
}


def _lost_warning(kind: str, indices: list[int], document: Document) -> Problem:
    count = len(indices)
    listed = ", ".join(f'"{document.events[i].id}"' for i in indices[:8]) + (", ..." if count > 8 else "")
    subject = f"{count} event{'s' if count != 1 else ''} ({listed})"
    verb = _LOST_WORDS[kind] if count == 1 else _LOST_WORDS[kind].replace("has ", "have ", 1)
    return Problem(f"{subject} {verb}", "", ("events", indices[0]), Severity.WARNING)
