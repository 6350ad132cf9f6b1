"""What reports of the same thing disagree on, source by source, for the Details pane and the list.

``disagreements`` (same_event.py) finds the pairs of events that disagree; here each pair becomes two
sides, each side the event's sources (publisher and publication date as recorded, never more precise)
and what that event says: "Bloomberg (2018-01-09): confirmed · Reuters (2018-01-15): cancelled".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from itertools import compress
from operator import attrgetter, eq

from gui.core.analysis.corroboration import source_ids
from gui.core.analysis.same_event import disagreements
from gui.core.document.dates import parsed_dates
from gui.core.document.edits import quoted_title
from gui.core.document.model import Document, Event, Source

__all__ = ["Conflict", "Side", "conflicts", "conflicts_of", "could_disagree", "event_conflicts"]


@dataclass(frozen=True)
class Side:
    """One event of a disagreement: its id and title, what it says, and the sources it rests on."""

    event_id: str
    title: str
    says: str  # the date in words, the status, or both: "January 2018", "confirmed", "March 2018, confirmed"
    sources: tuple[str, ...]  # "Bloomberg (2018-01-09)"; the event's title in quotes when it cites none

    def words(self) -> str:
        return f"{', '.join(self.sources)}: {self.says}"


@dataclass(frozen=True)
class Conflict:
    """Two events reporting the same thing differently: ``what`` is "date", "status" or "date and status"."""

    what: str
    sides: tuple[Side, Side]

    @property
    def event_ids(self) -> tuple[str, str]:
        return (self.sides[0].event_id, self.sides[1].event_id)

    def words(self) -> str:
        """ "Bloomberg (2018-01-09): confirmed · Reuters (2018-01-15): cancelled"."""
        return " \u00b7 ".join(side.words() for side in self.sides)

    def sentence(self, event_id: str) -> str:
        """For the Details pane of ``event_id``: "Sources disagree on the status with “AT&T deal off”: …"."""
        return f"Sources disagree on the {self.what} with \u201c{self.other(event_id).title}\u201d: {self.words()}"

    def other(self, event_id: str) -> Side:
        """The side that is not ``event_id``."""
        return self.sides[1] if self.sides[0].event_id == event_id else self.sides[0]


def _source_name(source: Source | None, source_id: str) -> str:
    if source is None:
        return source_id
    name = source.publisher.strip() or (quoted_title(source.title) if source.title.strip() else source.id)
    published = (source.published or "").strip()
    return f"{name} ({published})" if published else name


def _side(event: Event, whats: list[str], sources: dict[str, Source], dates: dict) -> Side:
    said = []
    for what in whats:
        if what == "status":
            said.append(event.status)
        else:
            date = dates.get(event.start)
            said.append(date.words() if date is not None else event.start)
    says = ", ".join(said)
    names = tuple(dict.fromkeys(_source_name(sources.get(i), i) for i in source_ids(event)))
    return Side(event.id, event.title, says, names or (f"\u201c{event.title}\u201d",))


def conflicts(
    document: Document, events: Iterable[Event] | None = None, sources: Mapping[str, Source] | None = None
) -> list[Conflict]:
    """Every disagreement among ``events`` (default all), source by source, in file order of their events.

    Two events that disagree on both their date and their status are one conflict ("date and status").
    ``sources`` by id, when the caller has them indexed already."""
    events = list(document.events if events is None else events)
    by_id = {event.id: event for event in events}
    if sources is None:
        sources = {source.id: source for source in document.sources}
    dates = parsed_dates({event.start for event in events})
    pairs: dict[tuple[str, ...], list[str]] = {}
    for disagreement in disagreements(events):
        pairs.setdefault(disagreement.event_ids, []).append(disagreement.what)
    found = []
    for (a, b), whats in pairs.items():
        sides = (_side(by_id[a], whats, sources, dates), _side(by_id[b], whats, sources, dates))
        found.append(Conflict(" and ".join(whats), sides))
    return found


def event_conflicts(
    document: Document,
    event: Event,
    same: Iterable[Event] | None = None,
    sources: Mapping[str, Source] | None = None,
) -> list[Conflict]:
    """The conflicts ``event`` is a side of (only events of its lane and kind can disagree with it).

    ``same``: those events, when the caller has them indexed (else the document is walked)."""
    if same is None:
        same = [e for e in document.events if e.lane == event.lane and e.kind == event.kind]
    return conflicts_of(event.id, conflicts(document, could_disagree(event, same), sources))


def could_disagree(event: Event, same: Iterable[Event]) -> list[Event]:
    """The events of ``same`` (its lane and kind) that could disagree with ``event``, in their order: those
    of its year that name one of its partners, or none when it names none (see same_event.py). Pairs are
    only ever made among these, so the event's conflicts are found without the rest of its lane (#22).

    The lane is sifted by year in C loops (``map``, ``compress``) over each start's year, kept by its text:
    a click's Details ran a Python loop over every event of the lane (#22)."""
    date = parsed_dates((event.start,)).get(event.start)
    if date is None:
        return []
    same = same if isinstance(same, list) else list(same)
    starts = list(map(_start_of, same))
    years = _years_of(starts)
    of_year = compress(same, map(partial(eq, date.year), map(years.get, starts)))
    partners = {p.casefold() for p in event.partners} or {None}
    return [other for other in of_year if not partners.isdisjoint({p.casefold() for p in other.partners} or {None})]


_start_of = attrgetter("start")
#: Each start text's year (None: not a date), kept as dates.py keeps the parsed dates.
_YEARS: dict[str, int | None] = {}
_YEARS_MAX = 1_000_000


def _years_of(starts: list[str]) -> dict[str, int | None]:
    """The year of each of ``starts`` (None when it is not a date): the module's table, filled as needed."""
    missing = set(starts).difference(_YEARS)
    if missing:
        if len(_YEARS) + len(missing) > _YEARS_MAX:
            _YEARS.clear()
            missing = set(starts)
        parsed = parsed_dates(missing)
        for text in missing:
            found = parsed.get(text)
            _YEARS[text] = None if found is None else found.year
    return _YEARS


def conflicts_of(event_id: str, found: Iterable[Conflict]) -> list[Conflict]:
    """The conflicts the event is a side of."""
    return [conflict for conflict in found if event_id in conflict.event_ids]
