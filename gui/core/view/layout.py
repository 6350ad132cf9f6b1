"""Where every event sits on the timeline: numpy arrays the canvas paints from.

Built once per data change, never per frame. Positions are in days since
1970-01-01 (x) and in rows (y): each lane holds as many sub-rows as it needs so
that events overlapping in time never share a row. Stacking is greedy interval
packing in start order, so it does not depend on the zoom level and never
reshuffles while the user zooms.

An edit that replaces, inserts or removes a few events need not rebuild
everything: ``update_layout`` rewrites (or shifts) those events' entries and
re-stacks only the lanes they left or joined, and gives exactly the layout a
full ``build_layout`` would.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from itertools import chain
from operator import attrgetter

import numpy as np

from gui.core.document.dates import DateError, PartialDate, Precision, days_from_civil, parse_date
from gui.core.document.splicing import renumber, splice_array
from gui.core.document.id_index import IdIndex
from gui.core.document.model import DEFAULT_KINDS, DEFAULT_STATUSES, ONGOING, Document, Event

__all__ = [
    "LANES_BY",
    "LANE_GAP",
    "NO_PARTNER_LANE",
    "QUALIFIER_NONE",
    "TimelineLayout",
    "build_layout",
    "today_day",
    "update_layout",
]

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
    id_to_index: IdIndex = field(default_factory=lambda: IdIndex(()))  # event id -> event index
    item_event: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # non-decreasing
    lanes_by: str = "manufacturer"
    hidden_lanes: frozenset[str] = frozenset()
    # per event (in document order, whatever the lanes stand for): indices into kinds and statuses
    event_kind: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int16))
    event_status: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int8))
    # per vocabulary entry: how many events use it (0 for defaults nobody uses)
    kind_counts: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    status_counts: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    _extent: tuple[float, float] | None = field(default=None, repr=False, compare=False)

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
            return np.asarray(
                [event_index] if 0 <= event_index < self.count and self.lane[event_index] >= 0 else [], np.int64
            )
        return np.arange(*self._item_range(event_index), dtype=np.int64)

    def _item_range(self, event_index: int) -> tuple[int, int]:
        """The event's items are ``range(*_item_range(event))``: items are made in event order."""
        first = int(np.searchsorted(self.item_event, event_index, side="left"))
        return first, int(np.searchsorted(self.item_event, event_index, side="right"))

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
        if self._extent is None:
            self._extent = float(self.start_first.min()), float(self.end_end.max())
        return self._extent

    def segment(self, lane: int) -> tuple[int, int]:
        """Where lane ``lane`` sits in ``order``; lane -1 is the items of hidden lanes, first in ``order``."""
        if lane < 0:
            return 0, int(self.lane_bounds[0])
        return int(self.lane_bounds[lane]), int(self.lane_bounds[lane + 1])

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


def _codes(values: list, index: dict) -> np.ndarray:
    """``index[value]`` for every value, as an array (the loop runs in C)."""
    return np.fromiter(map(index.__getitem__, values), np.int64, len(values))


def _parse_or_none(text: str | None) -> PartialDate | None:
    if text is None or text == ONGOING:
        return None
    try:
        return parse_date(text)
    except DateError:
        return None


def _lanes_and_items(
    document: Document, lanes_by: str, hidden: frozenset[str], kinds: list[str], kind_counts: np.ndarray
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
        lane_ids = [k for k, count in zip(kinds, kind_counts.tolist()) if count and k not in hidden]
        names = [k.replace("-", " ").capitalize() for k in lane_ids]
        key = "kind"
    else:
        lane_ids = [lane.id for lane in document.lanes if lane.id not in hidden]
        names = [lane.name or lane.id for lane in document.lanes if lane.id not in hidden]
        key = "lane"
    index = {lane_id: i for i, lane_id in enumerate(lane_ids)}
    values = list(map(attrgetter(key), events))
    distinct = dict.fromkeys(values)
    lane_of = {value: index.get(value, -1) for value in distinct}
    item_lane = _codes(values, lane_of).astype(np.int32)
    return lane_ids, names, np.arange(n, dtype=np.int64), item_lane


def build_layout(
    document: Document,
    today: int | None = None,
    lanes_by: str = "manufacturer",
    hidden_lanes=frozenset(),
    id_to_index: IdIndex | None = None,
) -> TimelineLayout:
    """Compute every item's position. Events with unusable dates are placed at day 0 (validation reports them).

    ``id_to_index`` may pass on the map of an up-to-date layout of the same events (a change of
    view): it is the slowest part to rebuild for a million events.
    """
    today = today_day() if today is None else today
    events = document.events
    hidden_lanes = frozenset(hidden_lanes)
    event_kinds = list(map(attrgetter("kind"), events))
    event_statuses = list(map(attrgetter("status"), events))
    kinds, kind_index = _vocabulary(DEFAULT_KINDS, list(dict.fromkeys(event_kinds)))
    statuses, status_index = _vocabulary(DEFAULT_STATUSES, list(dict.fromkeys(event_statuses)))
    event_kind = _codes(event_kinds, kind_index).astype(np.int16)
    event_status = _codes(event_statuses, status_index).astype(np.int8)
    kind_counts = np.bincount(event_kind, minlength=len(kinds)).astype(np.int64)
    status_counts = np.bincount(event_status, minlength=len(statuses)).astype(np.int64)
    lane_ids, lane_names, item_event, lane = _lanes_and_items(document, lanes_by, hidden_lanes, kinds, kind_counts)

    per_event = _event_arrays(events, today)
    per_event["kind"] = event_kind
    per_event["status"] = event_status
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
    lane_top = _lane_tops(lane_rows)
    sorted_start = arrays["start_first"][order]
    sorted_reach = np.empty(n, np.float64)
    # The running maximum restarts at each lane, and for the items of hidden lanes (before lane 0).
    for lo, hi in zip([0, *lane_bounds.tolist()], [*lane_bounds.tolist(), n]):
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
        id_to_index=(
            id_to_index
            if id_to_index is not None and len(id_to_index) == len(events)
            else IdIndex(map(attrgetter("id"), events))
        ),
        item_event=item_event,
        lanes_by=lanes_by,
        hidden_lanes=hidden_lanes,
        event_kind=event_kind,
        event_status=event_status,
        kind_counts=kind_counts,
        status_counts=status_counts,
        **arrays,
    )


def _lane_tops(lane_rows: np.ndarray) -> np.ndarray:
    lane_top = np.zeros(len(lane_rows), np.float64)
    if len(lane_rows):
        lane_top[1:] = np.cumsum(lane_rows[:-1] + LANE_GAP)
    return lane_top


def _civil_days(year: np.ndarray, month: np.ndarray, day: np.ndarray) -> np.ndarray:
    """``days_from_civil`` over arrays (numpy's // floors like Python's)."""
    year = year - (month <= 2)
    era = year // 400
    year_of_era = year - era * 400
    day_of_year = (153 * (month + np.where(month > 2, -3, 9)) + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 719468


def _date_table(texts: list) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per distinct date text: (usable, first day, end day, precision, qualifier)."""
    dates = [_parse_or_none(text) for text in texts]
    usable = np.fromiter((date is not None for date in dates), bool, len(dates))
    flat = chain.from_iterable(date or (1970, 0, 0, False, False) for date in dates)
    fields = np.fromiter(flat, np.int64, 5 * len(dates)).reshape(-1, 5)
    year, month, day, approximate, uncertain = fields.T
    first = _civil_days(year, np.maximum(month, 1), np.maximum(day, 1))
    year_after = np.where(month == 12, year + 1, year)
    end = np.where(
        day > 0,
        first + 1,
        np.where(
            month > 0,
            _civil_days(year_after, month % 12 + 1, np.ones_like(day)),
            _civil_days(year + 1, np.ones_like(month), np.ones_like(day)),
        ),
    )
    precision = np.where(day > 0, int(Precision.DAY), np.where(month > 0, int(Precision.MONTH), int(Precision.YEAR)))
    qualifier = approximate + 2 * uncertain
    unusable = ~usable
    first[unusable], end[unusable], precision[unusable], qualifier[unusable] = 0, 1, int(Precision.DAY), 0
    return (
        usable,
        first.astype(np.float64),
        end.astype(np.float64),
        precision.astype(np.int8),
        qualifier.astype(np.int8),
    )


def _event_arrays(events: list[Event], today: int) -> dict[str, np.ndarray]:
    """Dates as arrays, per event. Distinct date texts are few: each is parsed once, then looked up with numpy."""
    starts = list(map(attrgetter("start"), events))
    ends = list(map(attrgetter("end"), events))
    distinct = dict.fromkeys(starts)
    distinct.update(dict.fromkeys(ends))
    texts = list(distinct)
    code = {text: i for i, text in enumerate(texts)}
    usable, first, end, precision, qualifier = _date_table(texts)
    start_code = _codes(starts, code)
    end_code = _codes(ends, code)
    # An unusable start is drawn as a day at day 0.
    start_ok = usable[start_code]
    start_first = np.where(start_ok, first[start_code], 0.0)
    start_end = np.where(start_ok, end[start_code], 1.0)
    start_precision = np.where(start_ok, precision[start_code], np.int8(Precision.DAY)).astype(np.int8)
    start_qualifier = np.where(start_ok, qualifier[start_code], np.int8(0)).astype(np.int8)
    is_point = end_code == code[None] if None in code else np.zeros(len(events), bool)
    is_ongoing = end_code == code[ONGOING] if ONGOING in code else np.zeros(len(events), bool)
    # A range with an unusable end is drawn as if it ended with its start date.
    end_ok = usable[end_code] & ~is_point & ~is_ongoing
    end_first = np.where(end_ok, first[end_code], start_first)
    end_end = np.maximum(np.where(end_ok, end[end_code], start_end), start_end)
    end_qualifier = np.where(end_ok, qualifier[end_code], start_qualifier)
    end_qualifier[is_point | is_ongoing] = 0
    end_first[is_point] = start_first[is_point]
    end_end[is_point] = start_end[is_point]
    end_first[is_ongoing] = np.maximum(today, start_first[is_ongoing])
    end_end[is_ongoing] = np.maximum(today + 1, start_end[is_ongoing])
    return {
        "start_first": start_first,
        "start_end": start_end,
        "end_first": end_first,
        "end_end": end_end,
        "is_point": is_point,
        "is_ongoing": is_ongoing,
        "start_precision": start_precision,
        "start_qualifier": start_qualifier,
        "end_qualifier": end_qualifier.astype(np.int8),
    }


def update_layout(layout: TimelineLayout, document: Document, event_ids, removed=(), inserted=()) -> bool:
    """Bring ``layout`` up to date, in place, after the events ``event_ids`` were replaced where they stood,
    or, given ``removed`` and ``inserted`` positions (as in ``gui.core.document.edit_types.Change``), after those
    events were removed and inserted.

    Only those events' entries are rewritten. An event that changed lane or dates
    re-stacks the lanes it left and joined, nothing else; one whose title, kind or
    status changed costs no stacking at all. Events removed or inserted shift the
    arrays and re-stack the lanes they left or joined. The result is exactly what
    ``build_layout`` gives for the document as it is now.

    Returns False, leaving the layout untouched, when the edit needs a full
    rebuild: events were inserted or removed without positions, ids changed, many
    events changed, or a vocabulary or the set of lanes would change (a new kind,
    a partner's first or last event).
    """
    if len(removed) or len(inserted):
        return _splice(layout, document, event_ids, np.asarray(removed, np.int64), np.asarray(inserted, np.int64))
    events = document.events
    if len(layout.event_kind) != len(events) or len(layout.id_to_index) != len(events):
        return False
    indices = set()
    for event_id in event_ids:
        index = layout.id_to_index.get(event_id)
        if index is None or events[index].id != event_id:
            return False
        indices.add(index)
    if not indices:
        return True
    if _is_bulk(len(indices), len(events)):
        return False
    event_index = np.asarray(sorted(indices), np.int64)
    changed = [events[i] for i in event_index.tolist()]

    # Vocabularies: a full build would list the same kinds and statuses, in the same order?
    codes = _vocabulary_codes(layout, changed)
    if codes is None:
        return False
    new_kind, new_status = codes
    counts = _counts_if_same_vocabularies(
        layout,
        event_index,
        new_kind,
        new_status,
        lambda: _replaced(layout.event_kind, event_index, new_kind),
        lambda: _replaced(layout.event_status, event_index, new_status),
    )
    if counts is None:
        return False
    kind_counts, status_counts = counts

    # Where each changed event's items go.
    lane_of = {lane_id: i for i, lane_id in enumerate(layout.lane_ids)}
    items: list[int] = []
    item_source: list[int] = []  # position in `changed`
    item_lane: list[int] = []
    for position, (index, event) in enumerate(zip(event_index.tolist(), changed)):
        lanes = _item_lanes(layout, lane_of, event)
        if lanes is None:
            return False
        if layout.lanes_by == "partner":
            # The event must keep its shown partners: a partner's lane exists while some event names it.
            first, last = layout._item_range(index)
            if lanes != layout.lane[first:last].tolist():
                return False  # the event joins or leaves a partner's lane
            items.extend(range(first, last))
        else:
            items.append(index)
        item_source.extend([position] * len(lanes))
        item_lane.extend(lanes)

    # Everything checked: from here on the layout changes.
    arrays = _event_arrays(changed, layout.today)
    arrays["kind"] = new_kind
    arrays["status"] = new_status
    item = np.asarray(items, np.int64)
    source = np.asarray(item_source, np.int64)
    new_lane = np.asarray(item_lane, np.int32)
    old_lane = layout.lane[item].copy()
    moved = (
        (old_lane != new_lane)
        | (layout.start_first[item] != arrays["start_first"][source])
        | (layout.start_end[item] != arrays["start_end"][source])
        | (layout.end_end[item] != arrays["end_end"][source])
    )
    extent = _extent_without(layout, item)
    for name, values in arrays.items():
        getattr(layout, name)[item] = values[source]
    layout.lane[item] = new_lane
    layout.event_kind[event_index] = new_kind
    layout.event_status[event_index] = new_status
    layout.kind_counts = kind_counts
    layout.status_counts = status_counts
    layout._extent = _extent_with(extent, layout.start_first[item], layout.end_end[item])
    if moved.any():
        _restack(layout, item[moved], old_lane[moved], new_lane[moved])
    return True


def _splice(layout: TimelineLayout, document: Document, event_ids, removed: np.ndarray, inserted: np.ndarray) -> bool:
    """``update_layout`` after events were removed and inserted: arrays shift, the lanes concerned re-stack."""
    events = document.events
    count_before = len(layout.event_kind)
    if (
        len(layout.id_to_index) != count_before
        or len(events) != count_before - len(removed) + len(inserted)
        or not _ascending_within(removed, count_before)
        or not _ascending_within(inserted, len(events))
        or _is_bulk(len(removed) + len(inserted), len(events))
    ):
        return False
    # The ids of the events removed: those of event_ids found at removed positions (ids are unique here).
    removed_set = set(removed.tolist())
    removed_ids = [event_id for event_id in event_ids if layout.id_to_index.get(event_id, -1) in removed_set]
    if len(removed_ids) != len(removed):
        return False
    added = [events[i] for i in inserted.tolist()]

    # Vocabularies: a full build would list the same kinds and statuses, in the same order?
    codes = _vocabulary_codes(layout, added)
    if codes is None:
        return False
    new_kind, new_status = codes
    event_kind = splice_array(layout.event_kind, removed, inserted, new_kind)
    event_status = splice_array(layout.event_status, removed, inserted, new_status)
    counts = _counts_if_same_vocabularies(
        layout, removed, new_kind, new_status, lambda: event_kind, lambda: event_status
    )
    if counts is None:
        return False
    kind_counts, status_counts = counts

    # The items of the removed events go; the added events' items come in.
    gone = _items_of_events(layout, removed)
    lane_of = {lane_id: i for i, lane_id in enumerate(layout.lane_ids)}
    item_source: list[int] = []  # position in `added`
    item_lane: list[int] = []
    for position, event in enumerate(added):
        lanes = _item_lanes(layout, lane_of, event)
        if lanes is None:
            return False
        item_source.extend([position] * len(lanes))
        item_lane.extend(lanes)
    gone_lane = layout.lane[gone]
    new_lane = np.asarray(item_lane, np.int32)
    if layout.lanes_by == "partner" and _empties_a_partner_lane(layout, gone_lane, new_lane):
        return False

    # Everything checked: from here on the layout changes.
    arrays = _event_arrays(added, layout.today)
    arrays["kind"] = new_kind
    arrays["status"] = new_status
    source = np.asarray(item_source, np.int64)
    new_item_event = inserted[source]
    # An added event's items go after the kept items of the events before it.
    kept_item_event = renumber(splice_array(layout.item_event, gone, (), ()), removed, inserted)
    new_items = np.searchsorted(kept_item_event, new_item_event) + np.arange(len(source))
    extent = _extent_without(layout, gone)
    for name, values in arrays.items():
        setattr(layout, name, splice_array(getattr(layout, name), gone, new_items, values[source]))
    layout.lane = splice_array(layout.lane, gone, new_items, new_lane)
    layout.row = splice_array(layout.row, gone, new_items, np.zeros(len(source), np.int32))
    layout.item_event = splice_array(kept_item_event, (), new_items, new_item_event)
    layout.event_kind, layout.event_status = event_kind, event_status
    layout.kind_counts, layout.status_counts = kind_counts, status_counts
    layout._extent = _extent_with(extent, arrays["start_first"][source], arrays["end_end"][source])
    _splice_id_map(layout, events, removed, inserted)

    # Lane-sorted arrays: the kept items under their new numbers, the lanes concerned re-stacked.
    layout.order = renumber(layout.order, gone, new_items)
    if len(gone):
        kept = layout.order >= 0
        layout.order = layout.order[kept]
        layout.sorted_start = layout.sorted_start[kept]
        layout.sorted_reach = layout.sorted_reach[kept]
        layout.lane_bounds = layout.lane_bounds - np.cumsum(
            np.bincount(gone_lane + 1, minlength=len(layout.lane_bounds))
        )
    segments: dict[int, np.ndarray] = {}
    for lane in sorted(set(gone_lane.tolist()) | set(new_lane.tolist())):
        lo, hi = layout.segment(lane)
        segments[lane] = np.sort(np.concatenate((layout.order[lo:hi], new_items[new_lane == lane])))
    _stack_lanes(layout, segments)
    return True


def _is_bulk(changed: int, events: int) -> bool:
    """Too many events changed to update: a full build is as quick."""
    return changed > max(64, events // 8)


def _ascending_within(positions: np.ndarray, size: int) -> bool:
    return not len(positions) or (positions[0] >= 0 and positions[-1] < size and bool((np.diff(positions) > 0).all()))


def _vocabulary_codes(layout: TimelineLayout, events: list[Event]) -> tuple[np.ndarray, np.ndarray] | None:
    """The events' kind and status codes, or None when one is not in the layout's vocabularies yet."""
    kind_of = {name: code for code, name in enumerate(layout.kinds)}
    status_of = {name: code for code, name in enumerate(layout.statuses)}
    if any(e.kind not in kind_of for e in events) or any(e.status not in status_of for e in events):
        return None
    return (
        np.asarray([kind_of[e.kind] for e in events], np.int16),
        np.asarray([status_of[e.status] for e in events], np.int8),
    )


def _counts_if_same_vocabularies(
    layout: TimelineLayout,
    leaving: np.ndarray,
    new_kind: np.ndarray,
    new_status: np.ndarray,
    kinds_after,
    statuses_after,
) -> tuple[np.ndarray, np.ndarray] | None:
    """The kind and status counts once the events at ``leaving`` give way to events of ``new_kind`` and
    ``new_status``; None if a full build would then list other kinds or statuses, in another order, or
    other kind lanes."""
    old_kind, old_status = layout.event_kind[leaving], layout.event_status[leaving]
    kind_counts = _recount(layout.kind_counts, old_kind, new_kind)
    status_counts = _recount(layout.status_counts, old_status, new_status)
    kinds_involved = np.concatenate((old_kind, new_kind))
    if not _same_vocabulary(len(DEFAULT_KINDS), kind_counts, kinds_involved, kinds_after):
        return None
    statuses_involved = np.concatenate((old_status, new_status))
    if not _same_vocabulary(len(DEFAULT_STATUSES), status_counts, statuses_involved, statuses_after):
        return None
    # With lanes by kind, a kind that appears or disappears brings or takes its lane.
    if layout.lanes_by == "kind" and not np.array_equal(kind_counts > 0, layout.kind_counts > 0):
        return None
    return kind_counts, status_counts


def _item_lanes(layout: TimelineLayout, lane_of: dict[str, int], event: Event) -> list[int] | None:
    """The lanes of the event's items (-1: a hidden lane); None when it names a partner with no lane yet."""
    if layout.lanes_by != "partner":
        return [lane_of.get(event.kind if layout.lanes_by == "kind" else event.lane, -1)]
    partners = event.partners or [NO_PARTNER_LANE]
    if any(p not in lane_of and p not in layout.hidden_lanes for p in partners):
        return None
    return [lane_of[p] for p in partners if p in lane_of]


def _items_of_events(layout: TimelineLayout, event_index: np.ndarray) -> np.ndarray:
    """Every item of these events (ascending), wherever they are shown."""
    if layout.one_item_per_event:
        return event_index
    ranges = [range(*layout._item_range(index)) for index in event_index.tolist()]
    return np.fromiter(chain.from_iterable(ranges), np.int64)


def _empties_a_partner_lane(layout: TimelineLayout, gone_lane: np.ndarray, new_lane: np.ndarray) -> bool:
    """Would a partner's lane lose its last item? (It exists only while some event names the partner.)"""
    n_lanes = len(layout.lane_ids)
    left = np.diff(layout.lane_bounds)
    left -= np.bincount(gone_lane[gone_lane >= 0], minlength=n_lanes)
    left += np.bincount(new_lane[new_lane >= 0], minlength=n_lanes)
    return any(count == 0 and lane_id != NO_PARTNER_LANE for lane_id, count in zip(layout.lane_ids, left.tolist()))


def _splice_id_map(layout: TimelineLayout, events: list[Event], removed: np.ndarray, inserted: np.ndarray) -> None:
    """Follow a splice in ``id_to_index`` (its arrays shift; no Python work per event that moved)."""
    layout.id_to_index.remove_at(removed.tolist())
    layout.id_to_index.insert_at(inserted.tolist(), [events[i].id for i in inserted.tolist()])


def _extent_without(layout: TimelineLayout, items: np.ndarray) -> tuple[float, float] | None:
    """The known extent while these items leave their places: None (measure again) if one is on an edge."""
    extent = layout._extent
    if extent is not None and (
        (layout.start_first[items] == extent[0]).any() or (layout.end_end[items] == extent[1]).any()
    ):
        return None
    return extent


def _extent_with(
    extent: tuple[float, float] | None, start_first: np.ndarray, end_end: np.ndarray
) -> tuple[float, float] | None:
    """The extent once items with these dates are in place."""
    if extent is None or not len(start_first):
        return extent
    return min(extent[0], float(start_first.min())), max(extent[1], float(end_end.max()))


def _recount(counts: np.ndarray, old: np.ndarray, new: np.ndarray) -> np.ndarray:
    counts = counts.copy()
    np.subtract.at(counts, old.astype(np.int64), 1)
    np.add.at(counts, new.astype(np.int64), 1)
    return counts


def _replaced(codes: np.ndarray, index: np.ndarray, new: np.ndarray) -> np.ndarray:
    after = codes.copy()
    after[index] = new
    return after


def _same_vocabulary(defaults: int, counts: np.ndarray, involved: np.ndarray, codes_after) -> bool:
    """Would the vocabulary built from the events (defaults, then others by first use) stay as it is?

    ``involved`` are the codes the edit took away or brought; ``codes_after()`` gives every event's code after it.
    """
    if (counts[defaults:] <= 0).any():
        return False  # a kind only these events used is gone
    if (involved < defaults).all():
        return True  # only defaults involved: their place never depends on the events
    after = codes_after()
    first_use = np.full(len(counts), len(after), np.int64)
    first_use[after[::-1]] = np.arange(len(after) - 1, -1, -1)
    return bool(np.all(np.diff(first_use[defaults:]) > 0))


def _restack(layout: TimelineLayout, items: np.ndarray, old_lane: np.ndarray, new_lane: np.ndarray) -> None:
    """Re-stack the lanes these items left or joined, and splice them back into the lane-sorted arrays."""
    segments: dict[int, np.ndarray] = {}
    for lane in sorted(set(old_lane.tolist()) | set(new_lane.tolist())):
        lo, hi = layout.segment(lane)
        members = layout.order[lo:hi]
        leaving = items[(old_lane == lane) & (new_lane != lane)]
        joining = items[(new_lane == lane) & (old_lane != lane)]
        if len(leaving):
            members = members[~np.isin(members, leaving)]
        # Ties in a full build fall back to item order: start from the members in that order.
        segments[lane] = np.sort(np.concatenate((members, joining)) if len(joining) else members)
    _stack_lanes(layout, segments)


def _stack_lanes(layout: TimelineLayout, segments: dict[int, np.ndarray]) -> None:
    """Stack each lane of ``segments`` (lane -> its items, ascending) afresh, and put it in the lane-sorted arrays."""
    start_first, start_end, end_end, row = layout.start_first, layout.start_end, layout.end_end, layout.row
    rows_changed = False
    for lane, members in segments.items():
        if lane >= 0 and len(members):
            by_start = members[np.lexsort((start_end[members], start_first[members]))]
            rows, count = _stack(start_first[by_start], end_end[by_start])
            row[by_start] = rows
            count = max(1, count)
        else:
            row[members] = 0
            count = 1
        if lane >= 0 and layout.lane_rows[lane] != count:
            layout.lane_rows[lane] = count
            rows_changed = True
        segments[lane] = members[np.lexsort((row[members], start_first[members]))]
    sizes_changed = False
    for lane, members in segments.items():
        lo, hi = layout.segment(lane)
        sizes_changed |= len(members) != hi - lo
    if not sizes_changed:
        for lane, members in segments.items():
            lo, hi = layout.segment(lane)
            layout.order[lo:hi] = members
            layout.sorted_start[lo:hi] = start_first[members]
            layout.sorted_reach[lo:hi] = np.maximum.accumulate(end_end[members]) if len(members) else members
    else:
        n_lanes = len(layout.lane_ids)
        pieces, starts, reaches, sizes = [], [], [], []
        for lane in range(-1, n_lanes):
            lo, hi = layout.segment(lane)
            if lane in segments:
                members = segments[lane]
                pieces.append(members)
                starts.append(start_first[members])
                reaches.append(np.maximum.accumulate(end_end[members]) if len(members) else end_end[members])
            else:
                pieces.append(layout.order[lo:hi])
                starts.append(layout.sorted_start[lo:hi])
                reaches.append(layout.sorted_reach[lo:hi])
            sizes.append(len(pieces[-1]))
        layout.order = np.concatenate(pieces)
        layout.sorted_start = np.concatenate(starts)
        layout.sorted_reach = np.concatenate(reaches)
        layout.lane_bounds = np.cumsum(sizes).astype(np.int64)
    if rows_changed:
        layout.lane_top = _lane_tops(layout.lane_rows)


#: Rows per day in the packed (end, row) keys of ``_stack``: keys stay exact float64 integers below 2**53.
_ROW_SPACE = float(1 << 20)


def _stack(starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, int]:
    """Greedy interval packing of intervals sorted by start: each takes the lowest free row.

    Starts and ends are whole days. The rows in use are a heap of ``end * _ROW_SPACE + row``
    floats (one number per entry compares faster than an (end, row) tuple): a row is free
    again for an interval starting on ``start`` when its key is below ``(start + 1) * _ROW_SPACE``.
    """
    # Fast path: nothing overlaps anything earlier in the lane.
    if len(starts) < 2 or np.all(starts[1:] >= np.maximum.accumulate(ends)[:-1]):
        return np.zeros(len(starts), np.int32), 1
    if len(starts) >= _ROW_SPACE or max(abs(float(starts.min())), abs(float(ends.max()))) >= 2.0**52 / _ROW_SPACE:
        return _stack_tuples(starts, ends)
    space = _ROW_SPACE
    busy: list[float] = []  # end * space + row, for rows in use
    free: list[float] = []  # rows released, lowest first
    assigned: list[float] = []
    count = 0.0
    push, pop, append = heapq.heappush, heapq.heappop, assigned.append
    for limit, base in zip(((starts + 1.0) * space).tolist(), (ends * space).tolist()):
        while busy and busy[0] < limit:
            push(free, pop(busy) % space)
        if free:
            row = pop(free)
        else:
            row = count
            count += 1.0
        append(row)
        push(busy, base + row)
    return np.asarray(assigned, np.int32), int(count)


def _stack_tuples(starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, int]:
    """``_stack`` for lanes beyond the packed keys' range (a million rows, or dates far out)."""
    busy: list[tuple[float, int]] = []  # (end, row) of rows in use
    free: list[int] = []  # rows released, lowest first
    assigned: list[int] = []
    count = 0
    push, pop, append = heapq.heappush, heapq.heappop, assigned.append
    for start, end in zip(starts.tolist(), ends.tolist()):
        while busy and busy[0][0] <= start:
            push(free, pop(busy)[1])
        if free:
            row = pop(free)
        else:
            row = count
            count += 1
        append(row)
        push(busy, (end, row))
    return np.asarray(assigned, np.int32), count
