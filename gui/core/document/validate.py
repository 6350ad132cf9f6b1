"""Semantic checks on a decoded document: ids, references, dates, colours, quotes.

Type and shape are the decoder's job; this module checks what a type cannot say.
Every problem is collected, so one run tells the user everything to fix.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from itertools import chain, compress, repeat
from operator import attrgetter, contains

import numpy as np

from gui.core.document.dates import DateError, PartialDate, ends_before, parse_date, parsed_dates
from gui.core.document.model import FORMAT_NAME, FORMAT_VERSION, ONGOING, Document, Event, Evidence, Lane, Source
from gui.core.document.problems import Problem, Severity
from gui.core.document.textquote import normalize_space, quote_is_found

__all__ = ["COLOR_PATTERN", "EventScreen", "check_document", "check_header", "clip_text", "describe_object"]

COLOR_PATTERN = r"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"
_COLOR_RE = re.compile(COLOR_PATTERN)

#: Repeats of one id that are reported one by one; the rest are summed up in one more problem.
REPEATS_LISTED = 3
#: Problems one id check reports one by one (a file of 10,000 copies of one event gives a few, not 10,000).
ID_PROBLEMS_LISTED = 100


def describe_object(collection: str, index: int, object_id: object) -> str:
    """'events[3] (id "huawei-att")': how messages name an object."""
    if isinstance(object_id, str) and object_id:
        return f'{collection}[{index}] (id "{_clip(object_id)}")'
    return f"{collection}[{index}]"


def _clip(text: str, limit: int = 60) -> str:
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    # Control characters and bidi marks would garble a terminal line; show them escaped.
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


def clip_text(text: str, limit: int = 60) -> str:
    """Text from a file made safe for a one-line message: cut to ``limit`` characters, control
    characters and bidi marks escaped (``\\x07``, ``\\u202e``)."""
    return _clip(text, limit)


def _shown_value(value: object) -> str:
    """Any JSON value, short, for a message: strings quoted and clipped, numbers cut, containers named."""
    if isinstance(value, str):
        return repr(_clip(value, 40))
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    try:
        text = repr(value)
    except ValueError:  # an integer too long to print
        return "a very long number"
    return text if len(text) <= 24 else text[:23] + "…"


def _quoted(text: str) -> str:
    return f'"{_clip(text)}"'


def check_header(format_value: object, version: object) -> list[Problem]:
    """Problems with "format" and "version"; when there are any, nothing else is worth checking."""
    problems = []
    if format_value != FORMAT_NAME:
        shown = _quoted(format_value) if isinstance(format_value, str) else _shown_value(format_value)
        problems.append(
            Problem(f'format is {shown}, not "{FORMAT_NAME}": this is not an Inroads timeline', path=("format",))
        )
    elif not isinstance(version, int) or isinstance(version, bool) or version < 1:
        problems.append(
            Problem(f"version {_shown_value(version)} is not a format version (expected 1)", path=("version",))
        )
    elif version > FORMAT_VERSION:
        problems.append(
            Problem(
                f"made by a newer Inroads (format version {_shown_value(version)}; this Inroads reads version"
                f" {FORMAT_VERSION}): update Inroads to open it",
                path=("version",),
            )
        )
    return problems


def check_document(document: Document, screened: EventScreen | None = None) -> list[Problem]:
    """Every semantic problem in ``document``: errors, then warnings, each in file order.

    ``screened`` is an EventScreen that saw all of the document's events: when it
    passed them, they have no problem and are not looked at again.
    """
    problems = check_header(document.format, document.version)
    if problems:
        return problems
    problems += _check_lanes(document)
    problems += _check_sources(document)
    if screened is None or not screened.passed(document):
        problems += _check_events(document)
    problems.sort(key=lambda p: p.severity is Severity.WARNING)
    return problems


_ID = attrgetter("id")
_LANE = attrgetter("lane")
_START = attrgetter("start")
_END = attrgetter("end")
_EVIDENCE = attrgetter("evidence")
_SOURCE = attrgetter("source")
_QUOTE = attrgetter("quote")


class EventScreen:
    """Quick checks of events in batches, as they are decoded, that prove a batch has no problem.

    Each check runs over whole lists at C speed while the batch is fresh in the
    CPU cache. It is a proof, not a report: if any check fails, ``passed`` says
    no and ``check_document`` looks at every event to say what is wrong and
    where. The events must not change between ``add`` and ``passed``.
    """

    def __init__(self, lanes: list[Lane], sources: list[Source]) -> None:
        self._lane_ids = {lane.id for lane in lanes}
        self._source_texts = {source.id: source.text for source in sources}
        self._ids: set[str] = set()
        self._count = 0
        #: Every start text, and every end (None among them if some event has no end).
        self._start_texts: set[str] = set()
        self._end_texts: set[str | None] = set()
        #: The starts and ends of the events that have an end (ranges), in order.
        self._range_starts: list[str] = []
        self._range_ends: list[str] = []
        self._clean = True

    def add(
        self, events: list[Event], evidence: list[Evidence] | None = None, columns: dict[str, list] | None = None
    ) -> None:
        """Check one batch of events (in file order, after the batches before it).

        ``evidence`` is all of the batch's evidence in order, and ``columns`` the events' "lane", "start" and
        "end" values as lists, if the caller has them at hand.
        """
        columns = columns or {}
        starts = columns.get("start")
        ends = columns.get("end")
        lanes = columns.get("lane")
        starts = list(map(_START, events)) if starts is None else starts
        ends = list(map(_END, events)) if ends is None else ends
        self._count += len(events)
        self._start_texts.update(starts)
        self._end_texts.update(ends)
        if ends.count(None) != len(ends):  # some event of the batch has an end
            self._range_starts += compress(starts, ends)
            self._range_ends += filter(None, ends)
        self._ids.update(map(_ID, events))
        if not self._clean:
            return
        if evidence is None:
            evidence = list(chain.from_iterable(map(_EVIDENCE, events)))
        quotes = list(map(_QUOTE, evidence))
        texts = map(self._source_texts.get, map(_SOURCE, evidence), repeat(""))  # a missing source finds nothing
        self._clean = (
            set(map(_LANE, events) if lanes is None else lanes) <= self._lane_ids
            # A blank quote is an error even in a text that holds it; ``strip`` and ``isspace`` agree on blanks.
            and all(quotes)
            and not any(map(str.isspace, quotes))
            and all(map(contains, texts, quotes))
        )

    def passed(self, document: Document) -> bool:
        """True when the events added are all of ``document``'s events, and none has a problem."""
        count = self._count
        return (
            self._clean
            and count == len(document.events)
            and len(self._ids) == count  # no id twice
            and "" not in self._ids
            and _dates_are_fine(self._start_texts, self._end_texts, self._range_starts, self._range_ends)
        )


def _dates_are_fine(
    start_texts: set[str], end_texts: set[str | None], range_starts: list[str], range_ends: list[str]
) -> bool:
    """True when every start and end parses and no range ends before it starts (whole arrays at a time).

    ``start_texts`` and ``end_texts`` are every start and end (None for no end); ``range_starts`` and
    ``range_ends`` are those of the events that have an end ("" would be one, but it does not parse).
    """
    texts = end_texts - {None, ONGOING}
    texts |= start_texts
    dates = parsed_dates(texts)
    if len(dates) != len(texts):
        return False  # a date that does not parse
    if not range_ends:
        return True
    table = _comparison_table(dates.values())
    row = {text: number for number, text in enumerate(dates)}
    start_rows = np.fromiter(map(row.__getitem__, range_starts), dtype=np.intp, count=len(range_starts))
    row[ONGOING] = -1  # no end to compare
    end_rows = np.fromiter(map(row.__getitem__, range_ends), dtype=np.intp, count=len(range_ends))
    closed = end_rows >= 0
    start_rows, end_rows = start_rows[closed], end_rows[closed]
    # Compare at the coarser precision: index min(precision) of the truncation keys.
    precision = np.minimum(table[start_rows, 3], table[end_rows, 3])
    return not bool(np.any(table[end_rows, precision] < table[start_rows, precision]))


def _duplicate_ids(ids: Iterable[str]) -> dict[str, int]:
    """Map each id seen more than once to the index of its first occurrence."""
    first: dict[str, int] = {}
    duplicates: dict[str, int] = {}
    for index, object_id in enumerate(ids):
        if object_id in first:
            duplicates.setdefault(object_id, first[object_id])
        else:
            first[object_id] = index
    return duplicates


def _check_ids(collection: str, ids: list[str], noun: str) -> list[Problem]:
    """Empty and repeated ids. One id repeated thousands of times gives a few problems and a summary."""
    if len(set(ids)) == len(ids) and all(ids):
        return []
    first_use: dict[str, int] = {}
    repeats: dict[str, list[int]] = {}
    empty: list[int] = []
    for index, object_id in enumerate(ids):
        if not object_id:
            empty.append(index)
        elif object_id in first_use:
            repeats.setdefault(object_id, []).append(index)
        else:
            first_use[object_id] = index
    problems = [Problem("id is empty", describe_object(collection, i, ""), (collection, i, "id")) for i in empty]
    for object_id, indexes in repeats.items():
        first = first_use[object_id]
        listed = indexes if len(indexes) <= REPEATS_LISTED + 1 else indexes[:REPEATS_LISTED]
        for index in listed:
            problems.append(
                Problem(
                    f"duplicate {noun} id {_quoted(object_id)} (first used by {collection}[{first}])",
                    describe_object(collection, index, object_id),
                    (collection, index, "id"),
                )
            )
        rest = indexes[len(listed) :]
        if rest:
            problems.append(
                Problem(
                    f"duplicate {noun} id {_quoted(object_id)} (first used by {collection}[{first}]), here and in"
                    f" {len(rest) - 1:,} more {collection} up to {collection}[{rest[-1]}]",
                    describe_object(collection, rest[0], object_id),
                    (collection, rest[0], "id"),
                )
            )
    problems.sort(key=lambda problem: problem.path[1])
    if len(problems) > ID_PROBLEMS_LISTED:
        more = len(problems) - ID_PROBLEMS_LISTED
        problems = problems[:ID_PROBLEMS_LISTED]
        problems.append(Problem(f"and {more:,} more problems with {noun} ids in {collection}"))
    return problems


def _check_lanes(document: Document) -> list[Problem]:
    problems = _check_ids("lanes", [lane.id for lane in document.lanes], "lane")
    for index, lane in enumerate(document.lanes):
        if lane.color is not None and not _COLOR_RE.match(lane.color):
            problems.append(
                Problem(
                    f"color {_quoted(lane.color)} is not a colour (expected #rrggbb or #rgb)",
                    describe_object("lanes", index, lane.id),
                    ("lanes", index, "color"),
                )
            )
    return problems


def _check_sources(document: Document) -> list[Problem]:
    problems = _check_ids("sources", [source.id for source in document.sources], "source")
    # Thousands of sources: their dates parsed together first (the dates that parse are then looked up).
    dates = parsed_dates({date for source in document.sources for date in (source.published, source.accessed)} - {None})
    for index, source in enumerate(document.sources):
        for name in ("published", "accessed"):
            value = getattr(source, name)
            if value is not None and value not in dates:
                try:
                    parse_date(value)
                except DateError as error:
                    where = describe_object("sources", index, source.id)
                    problems.append(Problem(f"{name} {error}", where, ("sources", index, name)))
    return problems


def _check_events(document: Document) -> list[Problem]:
    events = document.events
    problems = _check_ids("events", [event.id for event in events], "event")
    lane_ids = {lane.id for lane in document.lanes}
    # Distinct dates are few: parse each once, then each event costs dictionary lookups.
    texts = {e.start for e in events} | {e.end for e in events if e.end is not None and e.end != ONGOING}
    keys = _comparison_keys(texts)
    source_texts = {source.id: source.text for source in document.sources}
    normalized_texts: dict[str, str] = {}
    lane_list = ", ".join(_clip(lane.id, 30) for lane in document.lanes[:10]) or "none"
    for index, event in enumerate(events):
        if event.lane not in lane_ids:
            problems.append(
                Problem(
                    f"lane {_quoted(event.lane)} is not one of this file's lanes ({lane_list})",
                    describe_object("events", index, event.id),
                    ("events", index, "lane"),
                )
            )
        start_keys = keys.get(event.start)
        end = event.end
        if start_keys is None:
            problems += _check_event_dates(index, event)
        elif end is not None and end != ONGOING:
            end_keys = keys.get(end)
            # Compare at the coarser precision: index min(precision) of the truncation keys.
            if (
                end_keys is None
                or end_keys[min(start_keys[3], end_keys[3])] < start_keys[min(start_keys[3], end_keys[3])]
            ):
                problems += _check_event_dates(index, event)
        if event.evidence:
            for number, evidence in enumerate(event.evidence):
                text = source_texts.get(evidence.source)
                # Most quotes are verbatim: a plain substring test settles them without normalising.
                if text is None or evidence.quote not in text or not evidence.quote.strip():
                    problems += _check_evidence(index, event, number, source_texts, normalized_texts)
    return problems


def _comparison_keys(texts: set[str]) -> dict[str, tuple[int, int, int, int]]:
    """Each parsable date's (year key, month key, day key, precision); unparsable ones are left out."""
    dates = parsed_dates(texts)
    return dict(zip(dates, map(tuple, _comparison_table(dates.values()).tolist())))


def _comparison_table(dates: Collection[PartialDate]) -> np.ndarray:
    """A row for each date: its year key, month key and day key, and its precision (the index of the
    key to compare it by), so that two dates compare at a precision by one number each."""
    fields = np.fromiter(chain.from_iterable(dates), dtype=np.int64, count=len(dates) * _DATE_FIELDS)
    year, month, day = fields.reshape(-1, _DATE_FIELDS)[:, :3].T
    table = np.empty((len(dates), 4), dtype=np.int64)
    table[:, 0] = year * 10_000
    table[:, 1] = table[:, 0] + month * 100
    table[:, 2] = table[:, 1] + day
    table[:, 3] = (month > 0).astype(np.int64) + (day > 0)  # Precision: YEAR 0, MONTH 1, DAY 2
    return table


_DATE_FIELDS = len(PartialDate._fields)


def _check_event_dates(index: int, event: Event) -> list[Problem]:
    try:
        start = parse_date(event.start)
    except DateError as error:
        problems = [Problem(f"start {error}", describe_object("events", index, event.id), ("events", index, "start"))]
        start = None
    else:
        problems = []
    if event.end is None or event.end == ONGOING:
        return problems
    try:
        end = parse_date(event.end)
    except DateError as error:
        message = f'end {error}; an end is a date, ".." for ongoing, or null for a point in time'
        return problems + [Problem(message, describe_object("events", index, event.id), ("events", index, "end"))]
    if start is not None and ends_before(end, start):
        problems.append(
            Problem(
                f'end "{event.end}" is before start "{event.start}"',
                describe_object("events", index, event.id),
                ("events", index, "end"),
            )
        )
    return problems


def _check_evidence(
    index: int, event: Event, number: int, source_texts: dict[str, str], normalized_texts: dict[str, str]
) -> list[Problem]:
    evidence = event.evidence[number]
    where = describe_object("events", index, event.id)
    path = ("events", index, "evidence", number)
    text = source_texts.get(evidence.source)
    if text is None:
        message = f"evidence[{number}] cites source {_quoted(evidence.source)}, which is not in this file"
        return [Problem(message, where, path + ("source",))]
    if not evidence.quote.strip():
        return [Problem(f"evidence[{number}] has an empty quote", where, path + ("quote",))]
    normalized = normalized_texts.get(evidence.source)
    if normalized is None:
        normalized = normalized_texts[evidence.source] = normalize_space(text)
    if quote_is_found(normalized, evidence.quote):
        return []
    message = f"evidence[{number}] quote {_quoted(evidence.quote)} is not found in source {_quoted(evidence.source)}"
    return [Problem(message, where, path + ("quote",), Severity.WARNING)]
