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

from gui.core.document.edits import unique_id
from gui.core.document.model import Document, Event
from gui.core.document.problems import Problem, Severity

__all__ = ["COLUMNS", "LANE_ID", "LIST_SEPARATOR", "encode_csv", "event_cells", "lane_labels"]

#: The columns export writes, in this order.
COLUMNS = ("id", "lane", "title", "start", "end", "kind", "status", "partners", "tags", "notes", "source", "quote")
#: How partners and tags are joined in one cell; import splits on ";" and trims.
LIST_SEPARATOR = "; "
#: The column export adds when a new timeline could not tell the lane ids from the lane column.
LANE_ID = "lane_id"
#: The cells import trims.
_TRIMMED = ("id", "lane", "kind", "status", LANE_ID)

_UTF8_BOM = b"\xef\xbb\xbf"


def _warning(message: str) -> Problem:
    return Problem(message, severity=Severity.WARNING)


def lane_labels(document: Document) -> dict[str, str]:
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


def event_cells(event: Event, labels: dict[str, str]) -> dict[str, str]:
    """The cells of an event's row, by column name (``LANE_ID`` included): what export writes, and what
    import compares a row with to tell a cell the user left alone."""
    first = event.evidence[0] if event.evidence else None
    return {
        "id": event.id,
        "lane": labels.get(event.lane, event.lane),
        "title": event.title,
        "start": event.start,
        "end": event.end or "",
        "kind": event.kind,
        "status": event.status,
        "partners": LIST_SEPARATOR.join(event.partners),
        "tags": LIST_SEPARATOR.join(event.tags),
        "notes": event.notes,
        "source": first.source if first else "",
        "quote": first.quote if first else "",
        LANE_ID: event.lane,
    }


def _lanes_need_ids(document: Document, labels: dict[str, str]) -> bool:
    """True when importing the lane column into a new timeline would not give every event its lane id back.

    It follows ``csv_planner``'s lane matching in a timeline without lanes: a label already seen (exactly, or
    ignoring case) is that lane, a new label makes a lane whose id comes from it.
    """
    made: dict[str, str] = {}  # label, and label ignoring case -> the id an import gives it
    taken: set[str] = set()
    for event in document.events:
        label = labels.get(event.lane, event.lane).strip()
        lane_id = made.get(label) or made.get(label.casefold())
        if lane_id is None:
            lane_id = unique_id(label, taken)
            taken.add(lane_id)
            made[label] = lane_id
            made.setdefault(label.casefold(), lane_id)
        if lane_id != event.lane:
            return True
    return False


def encode_csv(document: Document) -> tuple[bytes, list[Problem]]:
    """The events as CSV bytes (UTF-8 with BOM, CRLF rows), with warnings about what a CSV cannot hold.

    A ``lane_id`` column is added only when the lane column alone would not give the lane ids back in a
    new timeline (e.g. a lane "hw" named "Huawei"): plain files keep the plain layout.
    """
    labels = lane_labels(document)
    columns = (*COLUMNS, LANE_ID) if _lanes_need_ids(document, labels) else COLUMNS
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    lost: dict[str, list[int]] = {}
    for index, event in enumerate(document.events):
        cells = event_cells(event, labels)
        writer.writerow([cells[name] for name in columns])
        for kind in _lost_kinds(event, cells):
            lost.setdefault(kind, []).append(index)
    warnings = [_lost_warning(kind, indices, document) for kind, indices in lost.items()]
    if document.lanes or document.sources or document.title or document.description or document.extra:
        warnings.append(
            _warning(
                "a CSV holds events only: the timeline's title and description, the lanes' colours and aliases,"
                " and the sources (with their text) are not in it; evidence names its source by id"
            )
        )
    lanes = _lane_warning(document, labels)
    if lanes is not None:
        warnings.append(lanes)
    return _UTF8_BOM + buffer.getvalue().encode("utf-8"), warnings


def _lost_kinds(event: Event, cells: dict[str, str]) -> list[str]:
    """What of an event its row does not give back, in a new timeline (all of them) or in any (separator)."""
    kinds = []
    first = event.evidence[0] if event.evidence else None
    if len(event.evidence) > 1:
        kinds.append("more evidence")
    if first is not None and (first.prefix or first.suffix or first.extra or first.reanchored):
        kinds.append("prefix")
    if any(";" in item or item != item.strip() or not item for item in (*event.partners, *event.tags)):
        kinds.append("separator")
    if event.extra:
        kinds.append("extra")
    if any(cells[name] != cells[name].strip() for name in _TRIMMED) or not event.kind or not event.status:
        kinds.append("trimmed")
    if any("\r" in cell for cell in cells.values()):
        kinds.append("carriage return")
    return kinds


def _lane_warning(document: Document, labels: dict[str, str]) -> Problem | None:
    """What of the lanes a new timeline would not get back beyond colours and aliases, or None."""
    used: dict[str, None] = dict.fromkeys(event.lane for event in document.events)
    parts = []
    empty = [lane.id for lane in document.lanes if lane.id not in used]
    if empty:
        parts.append(f"{len(empty)} lane{'s' if len(empty) != 1 else ''} without events ({_listed(empty)})")
    if [lane.id for lane in document.lanes if lane.id in used] != list(used):
        parts.append("the order of the lanes (a new timeline has them in the order the rows first use them)")
    unnamed = [lane.id for lane in document.lanes if lane.id in used and labels[lane.id] != lane.name]
    if unnamed:
        parts.append(
            f"the names of {len(unnamed)} lane{'s' if len(unnamed) != 1 else ''} ({_listed(unnamed)}), which the lane"
            " column gives by id (the name is empty, has surrounding spaces, or is another lane's name or id): a new"
            " timeline names them by their ids"
        )
    broken = [lane.id for lane in document.lanes if lane.id in used and "\r" in labels[lane.id]]
    if broken:
        parts.append(f"the names of lanes with a carriage return ({_listed(broken)}), which come back with a line"
                     " break")
    if any(lane.extra for lane in document.lanes):
        parts.append("the lanes' unknown keys")
    if not parts:
        return None
    return _warning("importing the CSV into a new timeline does not give back " + "; ".join(parts))


def _listed(ids: list[str]) -> str:
    return ", ".join(f'"{i}"' for i in ids[:8]) + (", ..." if len(ids) > 8 else "")


_LOST_WORDS = {
    "more evidence": "has more than one evidence passage; only the first is in the CSV (source and quote)",
    "prefix": "has a first evidence with a prefix, suffix or unknown keys, which the CSV leaves out",
    "separator": 'has a partner or tag with ";" or surrounding spaces, which does not come back the same from a'
    ' "; "-separated cell',
    "extra": "has unknown keys (e.g. kept from a TimelineJS import), which the CSV leaves out",
    "trimmed": "has an id, lane, kind or status that is empty or has surrounding spaces: an import into the"
    ' timeline it came from keeps it, one into a new timeline trims it (an empty kind or status becomes "other" or'
    ' "reported")',
    "carriage return": "has a carriage return in a cell (its title, notes, quote, a partner...): an import into the"
    " timeline it came from keeps it, one into a new timeline makes it a line break (\\n)",
}


def _lost_warning(kind: str, indices: list[int], document: Document) -> Problem:
    count = len(indices)
    subject = f"{count} event{'s' if count != 1 else ''} ({_listed([document.events[i].id for i in indices])})"
    verb = _LOST_WORDS[kind] if count == 1 else _LOST_WORDS[kind].replace("has ", "have ", 1)
    return Problem(f"{subject} {verb}", "", ("events", indices[0]), Severity.WARNING)
