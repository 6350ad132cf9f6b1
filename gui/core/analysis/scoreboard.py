"""Where each maker stands: the scoreboard's cells, by stage and by partner.

By stage, one row per lane (maker) and one column per stage; a cell holds every event of that
stage on the lane and names the headline one: the most recent (latest start; at the same start,
the firmer status, a cancellation counting as the latest news). By partner, one row per lane
and one column per partner named on its events; a cell names the furthest stage reached with
that partner (cancelled events reach nothing) and when, else the most recent event with them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain
from operator import attrgetter, itemgetter

import numpy as np

from gui.core.analysis.corroboration import independent_count
from gui.core.document.dates import FIRST_SUPPORTED_DAY, LAST_SUPPORTED_DAY, parsed_dates
from gui.core.document.describe import when_words
from gui.core.document.model import Document, Event

__all__ = ["OTHER", "PROGRESS", "STAGES", "Cell", "Scoreboard", "by_partner", "by_stage", "stage_of"]

#: The stage columns, in order; every other kind goes to OTHER.
STAGES = ("carrier-talks", "carrier-deal", "launch", "retail", "online-sales", "regulatory", "setback")
OTHER = "other"
#: How far along with a partner each stage is: higher is further.
PROGRESS = {"carrier-talks": 1, "carrier-deal": 2, "retail": 2, "online-sales": 2, "launch": 3}
_STATUS_ORDER = {"rumored": 0, "reported": 1, "confirmed": 2, "cancelled": 3}
_STAGE_SET = frozenset(STAGES)
#: Recency ranks count from the first supported day; a progress step outweighs any of them.
_FIRST_DAY = FIRST_SUPPORTED_DAY - 1
_PROGRESS_STEP = (LAST_SUPPORTED_DAY - _FIRST_DAY + 2) * 16


def stage_of(kind: str) -> str:
    """The stage column of an event kind."""
    return kind if kind in _STAGE_SET else OTHER


@dataclass(frozen=True)
class Cell:
    """One cell: all its events (file order) and the headline event, with what the board shows of it."""

    lane: str
    column: str
    event_ids: tuple[str, ...]
    headline: str
    when: str
    status: str
    kind: str
    partners: tuple[str, ...]
    sources: int  # independent origins of the headline event


@dataclass(frozen=True)
class Scoreboard:
    """Rows (lane id, name), columns, and the cells that have events, by (lane id, column)."""

    by: str  # "stage" or "partner"
    rows: tuple[tuple[str, str], ...]
    columns: tuple[str, ...]
    cells: dict[tuple[str, str], Cell]

    def cell(self, lane: str, column: str) -> Cell | None:
        return self.cells.get((lane, column))


#: Recency rank of each start text seen: a file repeats its dates, so most events need only a lookup.
_START_RANKS: dict[str, int] = {}


def _recency_ranks(events: list[Event], statuses: tuple[list[str], np.ndarray] | None = None) -> np.ndarray:
    """One number per event that orders by recency: start day, then precision, then status.

    ``statuses``: the distinct statuses and each event's number among them, when the caller has them."""
    starts = list(map(attrgetter("start"), events))
    try:  # after an edit every start is usually known already: no set of them to build
        by_start = np.fromiter(map(_START_RANKS.__getitem__, starts), np.int64, len(starts))
    except KeyError:
        missing = set(starts).difference(_START_RANKS)
        if len(_START_RANKS) > 1_000_000:
            _START_RANKS.clear()
            missing = set(starts)
        found = parsed_dates(missing)
        for start in missing:  # an unreadable start ranks 0: before any date
            date = found.get(start)
            _START_RANKS[start] = 0 if date is None else (date.first_day() - _FIRST_DAY) * 4 + int(date.precision) + 1
        by_start = np.fromiter(map(_START_RANKS.__getitem__, starts), np.int64, len(starts))
    distinct, codes = _codes(list(map(attrgetter("status"), events))) if statuses is None else statuses
    status_rank = np.array([_STATUS_ORDER.get(status, 1) for status in distinct] or [0], np.int64)
    return by_start * 4 + status_rank[codes]


def _codes(values: list) -> tuple[list, np.ndarray]:
    """The distinct values in order of first appearance, and each value's number among them."""
    distinct = list(dict.fromkeys(values))
    number = {value: n for n, value in enumerate(distinct)}
    return distinct, np.fromiter(map(number.__getitem__, values), np.intp, len(values))


def _stable_order(values: np.ndarray) -> np.ndarray:
    """``np.argsort(values, kind="stable")``; small non-negative codes sort as uint16, which numpy radix-sorts."""
    if len(values) and 0 <= values.min() and values.max() < 1 << 16:
        return np.argsort(values.astype(np.uint16), kind="stable")
    return np.argsort(values, kind="stable")


def _cells(
    document: Document,
    events: list[Event],
    keys: list[tuple[str, str]],
    codes: np.ndarray,
    where: np.ndarray,
    ranks: np.ndarray,
) -> dict[tuple[str, str], Cell]:
    """The cells of the events at positions ``where``, the n-th in the cell ``keys[codes[n]]``, headlined by rank."""
    if not len(codes):
        return {}
    in_order = _stable_order(codes)  # by cell, file order within
    bounds = np.flatnonzero(np.diff(codes[in_order])) + 1
    firsts = np.concatenate(([0], bounds))
    # each cell's headline: the first (in file order) of its highest rank
    ranked = ranks[where[in_order]]
    best = np.maximum.reduceat(ranked, firsts)
    is_best = np.flatnonzero(ranked == np.repeat(best, np.diff(np.append(firsts, len(ranked)))))
    heads = where[in_order[is_best[np.searchsorted(is_best, firsts)]]].tolist()
    cell_codes = codes[in_order[firsts]].tolist()
    # every member's id in cell order, picked by one itemgetter rather than one Python lookup per member
    members = where[in_order].tolist()
    ids = list(map(attrgetter("id"), events))
    ids = itemgetter(*members)(ids) if len(members) > 1 else tuple(map(ids.__getitem__, members))
    ends = [*bounds.tolist(), len(ids)]
    sources = {source.id: source for source in document.sources}
    cells = {}
    for code, head, begin, end in zip(cell_codes, heads, firsts.tolist(), ends):
        key = keys[code]
        cells[key] = _cell(sources, *key, tuple(ids[begin:end]), events[head])
    return cells


def _cell(document_sources: dict, lane: str, column: str, event_ids: tuple[str, ...], headline: Event) -> Cell:
    return Cell(
        lane,
        column,
        event_ids,
        headline.id,
        when_words(headline),
        headline.status,
        headline.kind,
        tuple(headline.partners),
        independent_count(headline, document_sources),
    )


def _rows(document: Document, lanes: list[str]) -> tuple[tuple[str, str], ...]:
    """A row per lane of the file, then per lane the events name that the file does not declare."""
    rows = [(lane.id, lane.name or lane.id) for lane in document.lanes]
    known = {lane for lane, _ in rows}
    for lane in lanes:
        if lane not in known:
            known.add(lane)
            rows.append((lane, lane))
    return tuple(rows)


def by_stage(document: Document, events: Iterable[Event] | None = None) -> Scoreboard:
    """The scoreboard by stage, of ``events`` (e.g. those the filters show; default all)."""
    events = list(document.events if events is None else events)
    columns = (*STAGES, OTHER)
    lanes, lane_codes = _codes(list(map(attrgetter("lane"), events)))
    kinds, kind_codes = _codes(list(map(attrgetter("kind"), events)))
    column_of_kind = np.array([columns.index(stage_of(kind)) for kind in kinds] or [0], dtype=np.intp)
    codes = lane_codes * len(columns) + column_of_kind[kind_codes]
    keys = [(lane, column) for lane in lanes for column in columns]
    where = np.arange(len(events), dtype=np.intp)
    cells = _cells(document, events, keys, codes, where, _recency_ranks(events))
    return Scoreboard("stage", _rows(document, lanes), columns, cells)


def by_partner(document: Document, events: Iterable[Event] | None = None) -> Scoreboard:
    """The scoreboard by partner: per lane and partner, the furthest stage reached and when."""
    events = list(document.events if events is None else events)
    statuses, status_codes = _codes(list(map(attrgetter("status"), events)))
    kinds, kind_codes = _codes(list(map(attrgetter("kind"), events)))
    progress = np.array([PROGRESS.get(kind, 0) for kind in kinds] or [0], np.int64)[kind_codes]
    if "cancelled" in statuses:
        progress[status_codes == statuses.index("cancelled")] = 0
    ranks = progress * _PROGRESS_STEP + _recency_ranks(events, (statuses, status_codes))
    lanes = list(map(attrgetter("lane"), events))
    keys, codes, where, columns = _partner_cells(lanes, list(map(attrgetter("partners"), events)))
    cells = _cells(document, events, keys, codes, where, ranks)
    return Scoreboard("partner", _rows(document, list(dict.fromkeys(lanes))), columns, cells)


def _first_seen(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values in order of first appearance, and each value's number among them (numpy)."""
    order = _stable_order(values)
    ordered = values[order]
    new = np.empty(len(values), bool)
    new[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    group = np.cumsum(new) - 1  # each sorted value's distinct number, in sorted order
    firsts = order[new]  # where each distinct value first appears (stable: its earliest position)
    rank = np.empty(len(firsts), np.intp)
    rank[np.argsort(firsts, kind="stable")] = np.arange(len(firsts), dtype=np.intp)
    numbers = np.empty(len(values), np.intp)
    numbers[order] = rank[group]
    return values[np.sort(firsts)], numbers


def _first_of_each(event_of: np.ndarray, name_codes: np.ndarray, most: int, distinct: int):
    """The (event, name) pairs without the repeats of a name within an event, in order."""
    if most > 16:  # a long list of partners somewhere: one sort beats comparing with each place before
        _, once = np.unique(event_of * distinct + name_codes, return_index=True)
        once.sort()
        return event_of[once], name_codes[once]
    repeated = np.zeros(len(name_codes), bool)
    for back in range(1, most):  # compare each name with the names 1, 2, … places before it
        repeated[back:] |= (event_of[back:] == event_of[:-back]) & (name_codes[back:] == name_codes[:-back])
    return (event_of[~repeated], name_codes[~repeated]) if repeated.any() else (event_of, name_codes)


def _partner_cells(
    lanes: list[str], partner_lists: list[list[str]]
) -> tuple[list[tuple[str, str]], np.ndarray, np.ndarray, tuple[str, ...]]:
    """The (lane, partner) cells met in order, each event-partner pair's cell and event, and the partner columns.

    A partner is named as first written, whatever its case; an event naming it twice, as written, counts once."""
    lane_names, lane_codes = _codes(lanes)
    counts = np.fromiter(map(len, partner_lists), np.intp, len(partner_lists))
    names, name_codes = _codes(list(chain.from_iterable(partner_lists)))
    event_of = np.repeat(np.arange(len(lanes), dtype=np.intp), counts)
    if len(name_codes):  # the same name twice in one event: keep the first
        event_of, name_codes = _first_of_each(event_of, name_codes, int(counts.max()), len(names))
    canonical: dict[str, int] = {}
    columns: list[str] = []
    for name in names:
        if name.casefold() not in canonical:
            canonical[name.casefold()] = len(columns)
            columns.append(name)
    column_of = np.array([canonical[name.casefold()] for name in names] or [0], np.intp)
    column_codes = column_of[name_codes]
    width = max(len(columns), 1)
    cells, codes = _first_seen(lane_codes[event_of] * width + column_codes)
    keys = [(lane_names[cell // width], columns[cell % width]) for cell in cells.tolist()]
    return keys, codes, event_of, tuple(columns)
