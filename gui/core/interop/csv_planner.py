"""The CSV planner: what importing rows into a document would do (a CsvImportPlan), without changing it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec

from gui.core.document.dates import DateError, ends_before, parse_date
from gui.core.document.edit_types import CompositeEdit, Edit, InsertEvents, InsertLane, ReplaceEvents
from gui.core.document.edits import unique_id
from gui.core.document.model import ONGOING, Document, Event, Evidence, Lane
from gui.core.document.problems import LoadError, Problem
from gui.core.document.textquote import normalize_space, quote_is_found
from gui.core.interop.csv_export import LANE_ID, event_cells, lane_labels
from gui.core.interop.csv_reader import _error, _read_header, _Record, _show, _warning

#: How many distinct values (kinds, partners, dates...) import keeps one string of.
_SHARED_VALUES = 100_000


@dataclass
class CsvImportPlan:
    """What importing a CSV into a document would do, and what is wrong with it. Changes nothing by itself.

    ``problems`` are the rows that cannot be imported (each a ``RowProblem`` with
    the row's physical line); ``warnings`` do not stop a row. ``edit()`` is one
    reversible edit (a CompositeEdit) for the good rows: push it as one undo step.
    """

    filename: str
    rows_ok: int = 0
    rows_failed: int = 0
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    added: list[str] = field(default_factory=list)  # ids of new events
    updated: list[str] = field(default_factory=list)  # ids of changed events
    unchanged: list[str] = field(default_factory=list)  # ids of rows that change nothing
    new_lanes: list[str] = field(default_factory=list)  # ids of lanes to be created
    label: str = "Import CSV"
    _parts: list[Edit] = field(default_factory=list, repr=False)

    @property
    def ok(self) -> bool:
        """True when every row can be imported."""
        return not self.problems

    @property
    def has_changes(self) -> bool:
        return bool(self._parts)

    def edit(self) -> CompositeEdit:
        """One edit for all the rows that can be imported (the bad rows are left out)."""
        return CompositeEdit(self.label, list(self._parts))

    def summary(self) -> str:
        """One line for a report: "12 rows: 3 new events, 8 updated, 1 unchanged; 2 rows with problems"."""
        parts = [f"{len(self.added)} new event{'s' if len(self.added) != 1 else ''}", f"{len(self.updated)} updated"]
        if self.unchanged:
            parts.append(f"{len(self.unchanged)} unchanged")
        if self.new_lanes:
            parts.append(f"{len(self.new_lanes)} new lane{'s' if len(self.new_lanes) != 1 else ''}")
        total = self.rows_ok + self.rows_failed
        text = f"{total} row{'s' if total != 1 else ''}: " + ", ".join(parts)
        if self.rows_failed:
            text += f"; {self.rows_failed} row{'s' if self.rows_failed != 1 else ''} with problems, not imported"
        return text

    def report(self) -> str:
        """Every problem and warning, one per line, as ``FILE:LINE: message``."""
        return "\n".join(p.format(self.filename) for p in [*self.problems, *self.warnings])


class _Planner:
    """Plans the rows of a CSV file against a document, one row at a time, into a CsvImportPlan."""

    def __init__(self, document: Document, filename: str):
        self.document = document
        self.filename = filename
        label = f"Import {Path(filename).name}" if filename != "<data>" else "Import CSV"
        self.plan = CsvImportPlan(filename, label=label)
        self.events = {event.id: event for event in document.events}
        self.sources = {source.id: source for source in document.sources}
        self.normalized_sources: dict[str, str] = {}
        self.lanes = _LaneMatcher(document.lanes, self.plan.new_lanes)
        self.labels = lane_labels(document)  # what export writes in the lane column
        self.seen_rows: dict[str, int] = {}  # event id -> line of the row that set it
        self.replaced: list[tuple[Event, Event]] = []
        self.inserted: list[Event] = []
        self.explicit_ids: set[str] = set()  # every row's id cell, trimmed
        self.shared: dict[str, str] = {}  # kinds, statuses, partners, tags, dates: one string each
        self.unnamed: list[tuple[int, Event]] = []  # (place in plan.added, event) of new events without an id

    # ------------------------------------------------------------------ rows

    def run(self, records: Iterator[_Record]) -> CsvImportPlan:
        """Plan every row, one at a time; the header is the first row that is not blank."""
        header = next((r for r in records if any(c.strip() for c in r.cells)), None)
        if header is None:
            raise LoadError(self.filename, [_error("the file has no header row", None)])
        columns = _read_header(header, self.filename, self.plan.warnings)
        id_column = columns.get("id")
        width = len(header.cells)
        row_count = 0
        for record in records:
            if not any(c.strip() for c in record.cells):
                continue
            row_count += 1
            if id_column is not None and id_column < len(record.cells):
                self.explicit_ids.add(record.cells[id_column].strip())
            if len(record.cells) > width and any(c.strip() for c in record.cells[width:]):
                self.plan.warnings.append(
                    _warning(
                        f"the row has {len(record.cells)} cells but the header names {width}: the extra cells are"
                        " ignored",
                        record.line,
                    )
                )
            values = {name: record.cells[index] for name, index in columns.items() if index < len(record.cells)}
            cut = [name for name, index in columns.items() if index >= len(record.cells)]
            errors = self.row(record.line, values, _cut_short(record, width, cut) if cut else "")
            if errors:
                self.plan.problems += errors
                self.plan.rows_failed += 1
            else:
                self.plan.rows_ok += 1
        if not row_count:
            self.plan.warnings.append(_warning("the file has a header but no rows", header.line))
        self.name_unnamed_events()
        self.finish()
        return self.plan

    def row(self, line: int, values: dict[str, str], cut_short: str = "") -> list[Problem]:
        """Plan one row (its cells by column name); the errors that keep it out, or [].

        ``cut_short`` says how the row is cut short when it has fewer cells than the header names.
        """
        errors: list[Problem] = []
        raw_id = values.get("id", "")
        event_id = raw_id if raw_id in self.events else raw_id.strip()  # an id with outer spaces is found as it is
        if event_id and event_id in self.seen_rows:
            return [_error(f'id "{event_id}" is on line {self.seen_rows[event_id]} already', line)]
        old = self.events.get(event_id) if event_id else None
        if old is not None:
            # A cell that says what export writes for the event changes nothing, even where reading it anew
            # would not give the same value (a carriage return, a partner with ";", an empty kind).
            exported = event_cells(old, self.labels)
            values = {name: value for name, value in values.items() if name == "id" or value != exported[name]}
        text = {k: v.replace("\r\n", "\n").replace("\r", "\n") for k, v in values.items()}
        changes: dict[str, Any] = {}

        start = old.start if old else None
        start_bad = False
        if "start" in text:
            value = text["start"].strip()
            if not value:
                errors.append(_error("start is empty" + ("" if old else "; a new event needs one"), line))
            else:
                try:
                    parse_date(value)
                    start = changes["start"] = value
                except DateError as error:
                    errors.append(_error(f"start {error}", line))
                    start_bad = True
        elif old is None:
            errors.append(_error(_missing_cell("start", cut_short), line))
        end = old.end if old else None
        if "end" in text:
            value = text["end"].strip()
            if value in ("", ONGOING):
                end = changes["end"] = value or None
            else:
                try:
                    parse_date(value)
                    end = changes["end"] = value
                except DateError as error:
                    errors.append(_error(f'end {error}; an end is a date, ".." for ongoing, or empty', line))
        if start and end and end != ONGOING and not start_bad:
            try:
                if ends_before(parse_date(end), parse_date(start)):
                    errors.append(_error(f'end "{end}" is before start "{start}"', line))
            except DateError:
                pass  # already reported

        lane_label = None
        if "lane" in text:
            lane_label = text["lane"].strip()
            if not lane_label:
                errors.append(_error("lane is empty" + ("" if old else "; a new event needs one"), line))
        elif old is None:
            errors.append(_error(_missing_cell("lane", cut_short), line))

        if "title" in text:
            changes["title"] = text["title"]
        share = self.share
        for name, default in (("kind", "other"), ("status", "reported")):
            if name in text:
                changes[name] = share(text[name].strip() or default)
        for name in ("partners", "tags"):
            if name in text:
                changes[name] = [share(item.strip()) for item in text[name].split(";") if item.strip()]
        for name in ("start", "end"):
            if isinstance(changes.get(name), str):
                changes[name] = share(changes[name])
        if "notes" in text:
            changes["notes"] = text["notes"]

        evidence = self.evidence(line, text, old, errors)
        if evidence is not None:
            changes["evidence"] = evidence

        if errors:
            return errors
        if lane_label is not None:
            changes["lane"] = self.lanes.lane_for(lane_label, text.get(LANE_ID, "").strip())
        if old is None:
            fields = {k: v for k, v in changes.items() if k not in ("lane", "start")}
            fields.setdefault("title", "")
            title = fields.pop("title")
            event = Event(event_id, changes["lane"], title, changes["start"], **fields)
            if not event_id:  # named once every row's id is known, so that no later row's id is taken
                self.unnamed.append((len(self.plan.added), event))
            self.inserted.append(event)
            self.plan.added.append(event_id)
        else:
            new = msgspec.structs.replace(old, **changes)
            if new == old:
                self.plan.unchanged.append(event_id)
            else:
                self.replaced.append((old, new))
                self.plan.updated.append(event_id)
        if event_id:
            self.seen_rows[event_id] = line
        if cut_short:
            left = "left as they are" if old is not None else "left empty (or their defaults)"
            self.plan.warnings.append(_warning(f"{cut_short}; those fields are {left}", line))
        return []

    def evidence(
        self, line: int, text: dict[str, str], old: Event | None, errors: list[Problem]
    ) -> list[Evidence] | None:
        """The event's new evidence list (first passage from the row), or None to leave it as it is."""
        if "source" not in text and "quote" not in text:
            return None
        current = list(old.evidence) if old else []
        first = current[0] if current else None
        source = text["source"].strip() if "source" in text else (first.source if first else "")
        quote = text["quote"] if "quote" in text else (first.quote if first else "")
        if not source and not quote.strip():
            return current[1:] if first else current
        if not source:
            errors.append(_error(f"quote {_show(quote)} has no source (the source column is empty)", line))
            return None
        if source not in self.sources:
            if self.sources:
                hint = "add the source first: a quote is checked against its full text"
            else:
                hint = "this timeline has no sources: import the rows into the timeline they came from"
            errors.append(_error(f'quote cites source "{source}", which is not in this timeline ({hint})', line))
            return None
        if not quote.strip():
            errors.append(_error(f'source "{source}" has no quote (evidence needs the exact passage)', line))
            return None
        if first is not None and first.source == source and first.quote == quote:
            return current
        normalized = self.normalized_sources.get(source)
        if normalized is None:
            normalized = self.normalized_sources[source] = normalize_space(self.sources[source].text)
        if not quote_is_found(normalized, quote):
            self.plan.warnings.append(_warning(f'quote {_show(quote)} is not found in source "{source}"', line))
        return [Evidence(source, quote), *current[1:]]

    def share(self, value: str) -> str:
        """One string object for a value that many rows repeat (a kind, a partner, a date), as the file loader
        does: at 1M rows the copies took some 300 MB. The first 100,000 distinct values are shared."""
        shared = self.shared.get(value)
        if shared is not None:
            return shared
        if len(self.shared) < _SHARED_VALUES:
            self.shared[value] = value
        return value

    def name_unnamed_events(self) -> None:
        """Readable ids (from the title) for the new events of rows without one, in row order, taking no id
        of the document nor of any row."""
        taken = set(self.events) | self.explicit_ids
        for position, event in self.unnamed:
            event.id = unique_id(event.title or "event", taken)
            taken.add(event.id)
            self.plan.added[position] = event.id

    def finish(self) -> None:
        parts: list[Edit] = []
        label = self.plan.label
        for position, lane in enumerate(self.lanes.new_lanes_by_id.values(), start=len(self.document.lanes)):
            parts.append(InsertLane(label, position, lane))
        if self.replaced:
            parts.append(ReplaceEvents(label, [old for old, _ in self.replaced], [new for _, new in self.replaced]))
        if self.inserted:
            first = len(self.document.events)
            parts.append(InsertEvents(label, list(range(first, first + len(self.inserted))), self.inserted))
        self.plan._parts = parts


class _LaneMatcher:
    """The lane a row's lane cell names: one of the document's (by id, by name, either ignoring case), or a new
    lane, made once for all the rows that name it."""

    def __init__(self, lanes: list[Lane], created: list[str]):
        self.created = created  # the plan's new_lanes: the ids of the lanes to create, in order
        self.lane_ids = {lane.id for lane in lanes}
        self.lanes_by_id = {lane.id: lane for lane in lanes}
        self.lanes_by_name: dict[str, str] = {}
        self.lanes_folded: dict[str, str] = {}
        for lane in lanes:
            if lane.name:
                self.lanes_by_name.setdefault(lane.name, lane.id)
        for lane in lanes:
            self.lanes_folded.setdefault(lane.id.casefold(), lane.id)
            if lane.name:
                self.lanes_folded.setdefault(lane.name.strip().casefold(), lane.id)
        self.new_lanes: dict[str, Lane] = {}  # label -> lane to create
        self.new_lanes_by_id: dict[str, Lane] = {}

    def lane_for(self, label: str, wanted_id: str = "") -> str:
        """The lane a lane cell names: by id, else by name, else either ignoring case; else a new lane.

        ``wanted_id`` (the lane_id cell) is the id of the lane the row was exported from: the lane it names when
        the lane cell names it too, and the id of a new lane when the lane cell names no lane.
        """
        if wanted_id:
            lane = self.lanes_by_id.get(wanted_id) or self.new_lanes_by_id.get(wanted_id)
            if lane is not None and label in (lane.id, lane.name):
                return lane.id
            if lane is None and not self.names_a_lane(label):
                return self.new_lane(label, wanted_id).id
        if label in self.lanes_by_id:
            return label
        if label in self.lanes_by_name:
            return self.lanes_by_name[label]
        folded = self.lanes_folded.get(label.casefold())
        if folded is not None:
            return folded
        lane = self.new_lanes.get(label)
        if lane is None:
            lane = self.new_lane(label, unique_id(label, self.lane_ids))
        return lane.id

    def names_a_lane(self, label: str) -> bool:
        """True when a lane cell names a lane exactly (by id or name), one of the document's or a new one."""
        return label in self.lanes_by_id or label in self.lanes_by_name or label in self.new_lanes

    def new_lane(self, label: str, lane_id: str) -> Lane:
        """A lane to create, named ``label``."""
        lane = Lane(lane_id, label)
        self.lane_ids.add(lane.id)
        self.new_lanes.setdefault(label, lane)
        self.new_lanes_by_id[lane.id] = lane
        self.lanes_folded.setdefault(label.casefold(), lane.id)
        self.created.append(lane.id)
        return lane


def _cut_short(record: _Record, width: int, missing: list[str]) -> str:
    """How a row is cut short: the fields it has, those the header names, and the columns it has no cell for."""
    count = len(record.cells)
    names = ", ".join(f'"{name}"' for name in missing)
    fields = f"{count} field{'s' if count != 1 else ''}"
    return f"the row is cut short: it has {fields} where the header names {width} (no {names})"


def _missing_cell(name: str, cut_short: str) -> str:
    """Why a new event has no ``name`` (start or lane): the row is cut short, or the file has no such column."""
    if cut_short and f'"{name}"' in cut_short:
        return f"{cut_short}; a new event needs a {name}"
    return f'a new event needs a {name} (the file has no "{name}" column)'
