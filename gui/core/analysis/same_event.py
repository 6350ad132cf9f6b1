"""Events that look like the same real event reported by different articles, and where such reports disagree.

Two events look like the same report when they are in the same lane, of the same kind, share a
partner, and their dates overlap (each date covers its whole span: "2018" overlaps "2018-03").
Such events are suggested for merging, in groups ("these 3 events look like the same report").

Reports of the same thing disagree when, in the same lane, of the same kind and sharing a
partner (or both naming none), within the same year, they give different dates at the same
precision (March 2018 against April 2018), or conflicting statuses (one says confirmed, another
cancelled).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from gui.core.document.dates import PartialDate, Precision, parsed_dates
from gui.core.document.model import ONGOING, Event

__all__ = ["CONFLICTING_STATUSES", "Disagreement", "disagreements", "merge_suggestions", "span"]

#: Status pairs that cannot both be true of one event.
CONFLICTING_STATUSES = frozenset({frozenset({"confirmed", "cancelled"})})


@dataclass(frozen=True)
class Disagreement:
    """Events that report the same thing differently: ``what`` is "date" or "status"; ``detail`` in words."""

    event_ids: tuple[str, ...]
    what: str
    detail: str


def span(event: Event, dates: dict[str, PartialDate]) -> tuple[int, int] | None:
    """The days the event covers, [first, end) ; None when its start is no date."""
    start = dates.get(event.start)
    if start is None:
        return None
    if event.end is None:
        return start.first_day(), start.end_day()
    if event.end == ONGOING:
        return start.first_day(), 1 << 40
    end = dates.get(event.end)
    return start.first_day(), (end.end_day() if end else start.end_day())


def _groups(events: Iterable[Event]) -> dict[tuple[str, str], list[Event]]:
    grouped: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for event in events:
        grouped[(event.lane, event.kind)].append(event)
    return grouped


def _shares_partner(a: Event, b: Event) -> bool:
    return bool({p.casefold() for p in a.partners} & {p.casefold() for p in b.partners})


def _clusters(pairs: list[tuple[int, int]], count: int) -> list[list[int]]:
    parent = list(range(count))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        parent[find(a)] = find(b)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(count):
        members[find(i)].append(i)
    return [sorted(group) for group in members.values() if len(group) > 1]


def merge_suggestions(events: list[Event]) -> list[list[str]]:
    """Groups of event ids (file order) that look like the same report, in file order of their first event."""
    dates = parsed_dates({event.start for event in events} | {e.end for e in events if e.end and e.end != ONGOING})
    order = {event.id: n for n, event in enumerate(events)}
    found: list[list[str]] = []
    for group in _groups(events).values():
        spans = [(span(event, dates), event) for event in group]
        spans = sorted(((s, e) for s, e in spans if s is not None), key=lambda item: item[0])
        pairs = []
        for i, ((first, end), event) in enumerate(spans):
            for j in range(i + 1, len(spans)):
                (other_first, _), other = spans[j]
                if other_first >= end:
                    break
                if _shares_partner(event, other):
                    pairs.append((i, j))
        for cluster in _clusters(pairs, len(spans)):
            found.append(sorted((spans[i][1].id for i in cluster), key=order.__getitem__))
    return sorted(found, key=lambda ids: order[ids[0]])


def disagreements(events: list[Event]) -> list[Disagreement]:
    """Where reports of the same thing give different dates at the same precision, or conflicting statuses."""
    dates = parsed_dates({event.start for event in events})
    # Per distinct start, once: (sort key, year, the date cut to its precision or None for a year only, the date).
    facts = {
        start: (date.sort_key(), date.year, date.truncated(date.precision) if date.precision > Precision.YEAR else None)
        for start, date in dates.items()
    }
    order = {event.id: n for n, event in enumerate(events)}
    found: list[Disagreement] = []
    for group in _groups(events).values():
        if len(group) < 2:
            continue
        dated = [(facts[e.start], e) for e in group if e.start in facts]
        dated.sort(key=lambda item: item[0][0])
        # Only reports of one year are compared: each run of one year in date order.
        first = 0
        for end in range(1, len(dated) + 1):
            if end == len(dated) or dated[end][0][1] != dated[first][0][1]:
                if end - first > 1:
                    found.extend(_in_one_year(dated[first:end], dates, order))
                first = end
    return sorted(found, key=lambda d: (order[d.event_ids[0]], order[d.event_ids[1]], d.what))


def _in_one_year(dated: list[tuple[tuple, Event]], dates: dict[str, PartialDate], order: dict[str, int]):
    """The disagreements among reports of one year (in date order): only the pairs that disagree are visited,
    through the reports naming each partner (or naming none), by precision and date, or by status."""
    about: dict[str | None, list[int]] = defaultdict(list)
    for i, (_facts, event) in enumerate(dated):
        for partner in {p.casefold() for p in event.partners} or {None}:
            about[partner].append(i)
    pairs: set[tuple[int, int, str]] = set()
    for members in about.values():
        if len(members) < 2:
            continue
        by_date: dict[tuple, list[int]] = defaultdict(list)
        by_status: dict[str, list[int]] = defaultdict(list)
        for i in members:
            (key, _year, cut), event = dated[i]
            if cut is not None:
                by_date[(key[1], cut)].append(i)  # (precision, the date at that precision)
            by_status[event.status].append(i)
        if len(by_date) > 1:
            for precision in {key[0] for key in by_date}:
                groups = [found for key, found in by_date.items() if key[0] == precision]
                for n, one in enumerate(groups):
                    for other in groups[n + 1 :]:
                        pairs.update((min(i, j), max(i, j), "date") for i in one for j in other)
        for a, b in map(tuple, CONFLICTING_STATUSES):
            pairs.update((min(i, j), max(i, j), "status") for i in by_status.get(a, ()) for j in by_status.get(b, ()))
    found = []
    for i, j, what in pairs:
        event, other = dated[i][1], dated[j][1]
        ids = tuple(sorted((event.id, other.id), key=order.__getitem__))
        if what == "date":
            found.append(Disagreement(ids, "date", f"{dates[event.start].words()} or {dates[other.start].words()}"))
        else:
            found.append(Disagreement(ids, "status", f"{event.status} and {other.status}"))
    return found
