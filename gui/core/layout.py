"""Where every event sits on the timeline: numpy arrays the canvas paints from.

Built once per data change, never per frame. Positions are in days since
1970-01-01 (x) and in rows (y): each lane holds as many sub-rows as it needs so
that events overlapping in time never share a row. Stacking is greedy interval
packing in start order, so it does not depend on the zoom level and never
reshuffles while the user zooms.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field

import numpy as np

from .dates import DateError, PartialDate, Precision, days_from_civil, parse_date
from .model import DEFAULT_KINDS, DEFAULT_STATUSES, ONGOING, Document, Event

__all__ = ["TimelineLayout", "build_layout", "LANE_GAP", "QUALIFIER_NONE", "today_day", "LANES_BY", "NO_PARTNER_LANE"]

#: What the lanes stand for: the file's own lanes (manufacturers), partners, or kinds.
LANES_BY = ("manufacturer", "partner", "kind")
#: The lane id, in a partner view, of events that name no partner.
NO_PARTNER_LANE = ""

#: Empty space between lanes, in rows.
LANE_GAP = 0.5

QUALIFIER_NONE, QUALIFIER_APPROXIMATE, QUALIFIER_UNCERTAIN, QUALIFIER_BOTH = 0, 1, 2, 3


def today_day() -> int:
    """Today in days since 1970-01-01."""
    import datetime

    today = datetime.date.today()
    return days_from_civil(today.year, today.month, today.day)


def _qualifier_code(date: PartialDate) -> int:
    return int(date.approximate) + 2 * int(date.uncertain)


@dataclass
class TimelineLayout:
    """Per-item arrays and per-lane geometry.

    An item is one appearance of an event on the timeline. With lanes by
    manufacturer (the file's lanes) or by kind, each event is one item and item
    ``i`` is ``document.events[i]``; with lanes by partner, an event with two
    partners is two items. ``item_event`` maps items to events.
    """

    lane_ids: list[str]
    lane_names: list[str]
    kinds: list[str]  # kind vocabulary: index -> name, defaults first
    statuses: list[str]
    today: int
    # per event
    lane: np.ndarray  # int32 lane index
    start_first: np.ndarray  # float64: first day of the start date
    start_end: np.ndarray  # float64: day after the start date's last day
    end_first: np.ndarray  # float64: first day of the end date (== start_first for points)
    end_end: np.ndarray  # float64: day after the last day drawn (today + 1 when ongoing)
    is_point: np.ndarray  # bool
    is_ongoing: np.ndarray  # bool
    start_precision: np.ndarray  # int8 Precision
    start_qualifier: np.ndarray  # int8 QUALIFIER_*
    end_qualifier: np.ndarray  # int8
    kind: np.ndarray  # int16 index into kinds
    status: np.ndarray  # int8 index into statuses
    row: np.ndarray  # int32 sub-row within the lane
    # per lane
    lane_rows: np.ndarray  # int32 number of sub-rows (at least 1)
    lane_top: np.ndarray  # float64 y of the lane's first row
    # events sorted by (lane, start_first); lane_bounds[i]:lane_bounds[i+1] is lane i's slice
    order: np.ndarray
    lane_bounds: np.ndarray
    sorted_start: np.ndarray  # start_first in `order`
    sorted_reach: np.ndarray  # running max of end_end within each lane, in `order`
    id_to_index: dict[str, int] = field(default_factory=dict)  # event id -> event index
    item_event: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    lanes_by: str = "manufacturer"

    @property
    def count(self) -> int:
        """The number of items (appearances of events)."""
        return len(self.lane)

    @property
    def one_item_per_event(self) -> bool:
        return self.lanes_by != "partner"

    def items_of_event(self, event_index: int) -> np.ndarray:
        """Every item showing the event (several in a partner view), possibly none if its lane is hidden."""
        if self.one_item_per_event:
            return np.asarray([event_index] if 0 <= event_index < self.count and self.lane[event_index] >= 0 else [], np.int64)
        return np.flatnonzero(self.item_event == event_index)

    def item_of_event(self, event_index: int) -> int:
        """The event's first item, or -1 when it is not shown."""
        items = self.items_of_event(event_index)
        return int(items[0]) if len(items) else -1

    def event_of_item(self, item: int) -> int:
        return int(self.item_event[item])

    @property
    def total_rows(self) -> float:
        """Height of all lanes with their gaps, in rows."""
        if len(self.lane_rows) == 0:
            return 0.0
        return float(self.lane_top[-1] + self.lane_rows[-1])

    def y(self, index: int) -> float:
        """Top of the event's row."""
        return float(self.lane_top[self.lane[index]] + self.row[index])

    def center_x(self, index: int) -> float:
        """Where the event's marker sits: the middle of a point's period, the start of a range."""
        if self.is_point[index]:
            return float((self.start_first[index] + self.start_end[index]) / 2)
        return float(self.start_first[index])

    def extent(self) -> tuple[float, float] | None:
        """First and last day covered by any event, or None for an empty timeline."""
        if self.count == 0:
            return None
        return float(self.start_first.min()), float(self.end_end.max())

    def lane_at(self, y: float) -> int:
        """The lane whose band (including its trailing gap) contains y, or -1."""
        if len(self.lane_top) == 0 or y < 0:
            return -1
        lane = int(np.searchsorted(self.lane_top, y, side="right")) - 1
        return lane if y < self.lane_top[lane] + self.lane_rows[lane] else -1

    def visible_in_lane(self, lane: int, x0: float, x1: float) -> np.ndarray:
        """Indices (into the events) of lane ``lane`` whose drawn extent meets [x0, x1]."""
        lo, hi = int(self.lane_bounds[lane]), int(self.lane_bounds[lane + 1])
        if lo == hi:
            return self.order[0:0]
        reach = self.sorted_reach[lo:hi]
        first = int(np.searchsorted(reach, x0, side="left"))
        last = int(np.searchsorted(self.sorted_start[lo:hi], x1, side="right"))
        if first >= last:
            return self.order[0:0]
        return self.order[lo + first : lo + last]

    def lane_order(self, lane: int) -> np.ndarray:
        """The lane's events in time order (start, then row)."""
        return self.order[int(self.lane_bounds[lane]) : int(self.lane_bounds[lane + 1])]

    def hit(self, x: float, y: float, x_tolerance: float, shown: np.ndarray | None = None) -> int:
        """The item under (x, y), or -1. ``x_tolerance`` (in days) widens markers and thin bars.

        ``shown`` (a bool per item) leaves out items the filters hide.
        """
        lane = self.lane_at(y)
        if lane < 0:
            return -1
        row = int(np.floor(y - self.lane_top[lane]))
        candidates = self.visible_in_lane(lane, x - x_tolerance, x + x_tolerance)
        if len(candidates) == 0:
            return -1
        candidates = candidates[self.row[candidates] == row]
        if shown is not None:
            candidates = candidates[shown[candidates]]
        if len(candidates) == 0:
            return -1
        centers = np.where(
            self.is_point[candidates],
            (self.start_first[candidates] + self.start_end[candidates]) / 2,
            np.clip(x, self.start_first[candidates], self.end_end[candidates]),
        )
        distance = np.abs(centers - x)
        best = int(np.argmin(distance))
        return int(candidates[best]) if distance[best] <= x_tolerance else -1


def _vocabulary(defaults: tuple[str, ...], values: list[str]) -> tuple[list[str], dict[str, int]]:
    names = list(defaults)
    index = {name: i for i, name in enumerate(names)}
    for value in values:
        if value not in index:
            index[value] = len(names)
            names.append(value)
    return names, index


def _parse_or_none(text: str | None) -> PartialDate | None:
    if text is None or text == ONGOING:
        return None
    try:
        return parse_date(text)
    except DateError:
        return None


def _lanes_and_items(
    document: Document, lanes_by: str, hidden: frozenset[str], kinds: list[str]
) -> tuple[list[str], list[str], np.ndarray, np.ndarray]:
    """(lane ids, lane names, item -> event, item -> lane) for the chosen kind of lanes."""
    events = document.events
    n = len(events)
    if lanes_by == "partner":
        partners = sorted({p for e in events for p in e.partners}, key=str.casefold)
        lane_ids = [p for p in partners + [NO_PARTNER_LANE] if p not in hidden]
        names = [p or "No partner" for p in lane_ids]
        index = {lane_id: i for i, lane_id in enumerate(lane_ids)}
        item_event, item_lane = [], []
        for i, event in enumerate(events):
            for partner in event.partners or [NO_PARTNER_LANE]:
                if partner in index:
                    item_event.append(i)
                    item_lane.append(index[partner])
        return lane_ids, names, np.asarray(item_event, np.int64), np.asarray(item_lane, np.int32)
    if lanes_by == "kind":
        present = set(e.kind for e in events)
        lane_ids = [k for k in kinds if k in present and k not in hidden]
        names = [k.replace("-", " ").capitalize() for k in lane_ids]
    else:
        lane_ids = [lane.id for lane in document.lanes if lane.id not in hidden]
        names = [lane.name or lane.id for lane in document.lanes if lane.id not in hidden]
    index = {lane_id: i for i, lane_id in enumerate(lane_ids)}
    key = (lambda e: e.kind) if lanes_by == "kind" else (lambda e: e.lane)
    item_lane = np.fromiter((index.get(key(e), -1) for e in events), np.int32, n)
    return lane_ids, names, np.arange(n, dtype=np.int64), item_lane


def build_layout(
    document: Document, today: int | None = None, lanes_by: str = "manufacturer", hidden_lanes=frozenset()
) -> TimelineLayout:
    """Compute every item's position. Events with unusable dates are placed at day 0 (validation reports them)."""
    today = today_day() if today is None else today
    events = document.events
    kinds, kind_index = _vocabulary(DEFAULT_KINDS, list(dict.fromkeys(e.kind for e in events)))
    statuses, status_index = _vocabulary(DEFAULT_STATUSES, list(dict.fromkeys(e.status for e in events)))
    lane_ids, lane_names, item_event, lane = _lanes_and_items(document, lanes_by, frozenset(hidden_lanes), kinds)

    per_event = _event_arrays(events, kind_index, status_index, today)
    arrays = per_event if lanes_by != "partner" else {k: v[item_event] for k, v in per_event.items()}
    n = len(lane)
    n_lanes = len(lane_ids)
    order = np.lexsort((arrays["start_end"], arrays["start_first"], lane)) if n else np.zeros(0, np.int64)
    lane_bounds = np.searchsorted(lane[order], np.arange(n_lanes + 1), side="left").astype(np.int64)
    row = np.zeros(n, np.int32)
    lane_rows = np.ones(n_lanes, np.int32)
    for i in range(n_lanes):
        segment = order[lane_bounds[i] : lane_bounds[i + 1]]
        if len(segment):
            rows, count = _stack(arrays["start_first"][segment], arrays["end_end"][segment])
            row[segment] = rows
            lane_rows[i] = max(1, count)
    # Within a lane, keep time order but put stacked rows in row order for equal starts.
    order = np.lexsort((row, arrays["start_first"], lane)) if n else order
    lane_top = np.zeros(n_lanes, np.float64)
    if n_lanes:
        lane_top[1:] = np.cumsum(lane_rows[:-1] + LANE_GAP)
    sorted_start = arrays["start_first"][order]
    sorted_reach = np.empty(n, np.float64)
    for i in range(n_lanes):
        lo, hi = lane_bounds[i], lane_bounds[i + 1]
        if hi > lo:
            sorted_reach[lo:hi] = np.maximum.accumulate(arrays["end_end"][order[lo:hi]])
    return TimelineLayout(
        lane_ids=lane_ids,
        lane_names=lane_names,
        kinds=kinds,
        statuses=statuses,
        today=today,
        lane=lane,
        row=row,
        lane_rows=lane_rows,
        lane_top=lane_top,
        order=order,
        lane_bounds=lane_bounds,
        sorted_start=sorted_start,
        sorted_reach=sorted_reach,
        id_to_index={event.id: i for i, event in enumerate(events)},
        item_event=item_event,
        lanes_by=lanes_by,
        **arrays,
    )


def _event_arrays(
    events: list[Event], kind_index: dict[str, int], status_index: dict[str, int], today: int
) -> dict[str, np.ndarray]:
    n = len(events)
    start_first = np.zeros(n, np.float64)
    start_end = np.zeros(n, np.float64)
    end_first = np.zeros(n, np.float64)
    end_end = np.zeros(n, np.float64)
    is_point = np.zeros(n, bool)
    is_ongoing = np.zeros(n, bool)
    start_precision = np.zeros(n, np.int8)
    start_qualifier = np.zeros(n, np.int8)
    end_qualifier = np.zeros(n, np.int8)
    # Distinct dates are few; convert each once.
    spans: dict[str | None, tuple[int, int, int, int] | None] = {}
    for i, event in enumerate(events):
        start = spans.get(event.start, False)
        if start is False:
            date = _parse_or_none(event.start)
            start = spans[event.start] = (
                None if date is None else (date.first_day(), date.end_day(), int(date.precision), _qualifier_code(date))
            )
        if start is None:
            start = (0, 1, int(Precision.DAY), 0)
        start_first[i], start_end[i], start_precision[i], start_qualifier[i] = start
        if event.end is None:
            is_point[i] = True
            end_first[i], end_end[i] = start[0], start[1]
        elif event.end == ONGOING:
            is_ongoing[i] = True
            end_first[i] = max(today, start[0])
            end_end[i] = max(today + 1, start[1])
        else:
            end = spans.get(event.end, False)
            if end is False:
                date = _parse_or_none(event.end)
                end = spans[event.end] = (
                    None if date is None else (date.first_day(), date.end_day(), int(date.precision), _qualifier_code(date))
                )
            if end is None:
                end = start
            end_first[i] = end[0]
            end_end[i] = max(end[1], start[1])
            end_qualifier[i] = end[3]
    kind = np.fromiter((kind_index[e.kind] for e in events), np.int16, n)
    status = np.fromiter((status_index[e.status] for e in events), np.int8, n)
    return dict(
        start_first=start_first,
        start_end=start_end,
        end_first=end_first,
        end_end=end_end,
        is_point=is_point,
        is_ongoing=is_ongoing,
        start_precision=start_precision,
        start_qualifier=start_qualifier,
        end_qualifier=end_qualifier,
        kind=kind,
        status=status,
    )


def _stack(starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, int]:
    """Greedy interval packing of intervals sorted by start: each takes the lowest free row."""
    rows = np.zeros(len(starts), np.int32)
    # Fast path: nothing overlaps anything earlier in the lane.
    if len(starts) < 2 or np.all(starts[1:] >= np.maximum.accumulate(ends)[:-1]):
        return rows, 1
    busy: list[tuple[float, int]] = []  # (end, row) of rows in use
    free: list[int] = []  # rows released, lowest first
    count = 0
    push, pop = heapq.heappush, heapq.heappop
    for i, (start, end) in enumerate(zip(starts.tolist(), ends.tolist())):
        while busy and busy[0][0] <= start:
            push(free, pop(busy)[1])
        if free:
            row = pop(free)
        else:
            row = count
            count += 1
        rows[i] = row
        push(busy, (end, row))
    return rows, count
