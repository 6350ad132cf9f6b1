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

from gui.core.analysis.corroboration import independent_count
from gui.core.document.dates import PartialDate, parsed_dates
from gui.core.document.describe import when_words
from gui.core.document.model import Document, Event

__all__ = ["STAGES", "OTHER", "PROGRESS", "Cell", "Scoreboard", "by_stage", "by_partner", "stage_of"]

#: The stage columns, in order; every other kind goes to OTHER.
STAGES = ("carrier-talks", "carrier-deal", "launch", "retail", "online-sales", "regulatory", "setback")
OTHER = "other"
#: How far along with a partner each stage is: higher is further.
PROGRESS = {"carrier-talks": 1, "carrier-deal": 2, "retail": 2, "online-sales": 2, "launch": 3}
_STATUS_ORDER = {"rumored": 0, "reported": 1, "confirmed": 2, "cancelled": 3}
_STAGE_SET = frozenset(STAGES)


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


def _recency(event: Event, dates: dict[str, PartialDate]) -> tuple:
    date = dates.get(event.start)
    when = (date.first_day(), int(date.precision)) if date is not None else (-(1 << 40), 0)
    return (*when, _STATUS_ORDER.get(event.status, 1))


def _cell(document_sources: dict, lane: str, column: str, events: list[Event], headline: Event) -> Cell:
    return Cell(
        lane,
        column,
        tuple(e.id for e in events),
        headline.id,
        when_words(headline),
        headline.status,
        headline.kind,
        tuple(headline.partners),
        independent_count(headline, document_sources),
    )


def _rows(document: Document, events: list[Event]) -> tuple[tuple[str, str], ...]:
    rows = [(lane.id, lane.name or lane.id) for lane in document.lanes]
    known = {lane for lane, _ in rows}
    for event in events:  # events on a lane the file does not declare still get a row
        if event.lane not in known:
            known.add(event.lane)
            rows.append((event.lane, event.lane))
    return tuple(rows)


def by_stage(document: Document, events: Iterable[Event] | None = None) -> Scoreboard:
    """The scoreboard by stage, of ``events`` (e.g. those the filters show; default all)."""
    events = document.events if events is None else list(events)
    dates = parsed_dates({event.start for event in events})
    grouped: dict[tuple[str, str], list[Event]] = {}
    best: dict[tuple[str, str], tuple[tuple, Event]] = {}
    for event in events:
        key = (event.lane, event.kind if event.kind in _STAGE_SET else OTHER)
        grouped.setdefault(key, []).append(event)
        rank = _recency(event, dates)
        held = best.get(key)
        if held is None or rank > held[0]:
            best[key] = (rank, event)
    sources = {source.id: source for source in document.sources}
    cells = {key: _cell(sources, *key, grouped[key], best[key][1]) for key in grouped}
    return Scoreboard("stage", _rows(document, events), (*STAGES, OTHER), cells)


def by_partner(document: Document, events: Iterable[Event] | None = None) -> Scoreboard:
    """The scoreboard by partner: per lane and partner, the furthest stage reached and when."""
    events = document.events if events is None else list(events)
    dates = parsed_dates({event.start for event in events})
    grouped: dict[tuple[str, str], list[Event]] = {}
    best: dict[tuple[str, str], tuple[tuple, Event]] = {}
    partners: dict[str, str] = {}
    for event in events:
        if not event.partners:
            continue
        progress = 0 if event.status == "cancelled" else PROGRESS.get(event.kind, 0)
        rank = (progress, *_recency(event, dates))
        for partner in dict.fromkeys(event.partners):
            column = partners.setdefault(partner.casefold(), partner)
            key = (event.lane, column)
            grouped.setdefault(key, []).append(event)
            held = best.get(key)
            if held is None or rank > held[0]:
                best[key] = (rank, event)
    sources = {source.id: source for source in document.sources}
    cells = {key: _cell(sources, *key, grouped[key], best[key][1]) for key in grouped}
    return Scoreboard("partner", _rows(document, events), tuple(partners.values()), cells)
