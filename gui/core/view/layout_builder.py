"""The layout builder: from a document to a TimelineLayout's arrays (lanes, dates as day numbers, stacked rows)."""

from __future__ import annotations

from itertools import chain, count, repeat
from operator import attrgetter, is_

import numpy as np

from gui.core.document.dates import Precision, days_from_civil, parsed_dates
from gui.core.document.id_index import IdIndex
from gui.core.document.model import DEFAULT_KINDS, DEFAULT_STATUSES, ONGOING, Document, Event
from gui.core.view.layout import NO_PARTNER_LANE, TimelineLayout
from gui.core.view.row_packing import row_counts
from gui.core.view.stacking import lane_tops

__all__ = ["build_layout", "event_arrays", "today_day"]


def today_day() -> int:
    """Today in days since 1970-01-01."""
    import datetime

    today = datetime.date.today()
    return days_from_civil(today.year, today.month, today.day)


def _vocabulary(defaults: tuple[str, ...], values: list[str]) -> tuple[list[str], dict[str, int]]:
    names = list(defaults)
    index = {name: i for i, name in enumerate(names)}
    for value in values:
        if value not in index:
            index[value] = len(names)
            names.append(value)
    return names, index


def _text_codes(values, code: dict, numbers: count, size: int) -> np.ndarray:
    """A code per value, the same for equal values: ``code`` keeps each distinct value's (the number it first
    met), so equal texts are looked up once and no list of the values is made (the loop runs in C)."""
    return np.fromiter(map(code.setdefault, values, numbers), np.int64, size)


def _coded(events: list[Event], name: str, defaults: tuple[str, ...], dtype: type) -> tuple[list[str], np.ndarray]:
    """(the vocabulary, each event's code) of a field whose values are few. A field that is one object in
    every event (a lean file leaves kind and status out: every event has the default's one string) is
    coded without a lookup per event."""
    field = attrgetter(name)
    if events and all(map(is_, map(field, events), repeat(field(events[0])))):
        names, index = _vocabulary(defaults, [field(events[0])])
        return names, np.full(len(events), index[field(events[0])], dtype)
    seen: dict = {}
    code = _text_codes(map(field, events), seen, count(), len(events))
    names, index = _vocabulary(defaults, list(seen))
    return names, _recoded(code, seen, index.__getitem__, dtype)


def _recoded(code: np.ndarray, seen: dict, index, dtype: type) -> np.ndarray:
    """The codes ``_text_codes`` gave (each value's first-met number, in ``seen``), as ``index`` numbers them."""
    lookup = np.zeros(max(len(code), 1), dtype)
    lookup[np.fromiter(seen.values(), np.int64, len(seen))] = np.fromiter(map(index, seen), dtype, len(seen))
    return lookup[code]


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
    seen: dict = {}
    code = _text_codes(map(attrgetter(key), events), seen, count(), n)
    lane_of = _recoded(code, seen, lambda value: index.get(value, -1), np.int32)  # -1: hidden, or no lane
    return lane_ids, names, np.arange(n, dtype=np.int64), lane_of


def build_layout(
    document: Document,
    today: int | None = None,
    lanes_by: str = "manufacturer",
    hidden_lanes=frozenset(),
    id_to_index: IdIndex | None = None,
) -> TimelineLayout:
    """Compute every item's position. Events with a date that can't be read are hidden (lane -1): they are
    never drawn at a date they don't have (validation lists them).

    ``id_to_index`` may pass on the map of an up-to-date layout of the same events (a change of
    view): it is the slowest part to rebuild for a million events.
    """
    today = today_day() if today is None else today
    events = document.events
    hidden_lanes = frozenset(hidden_lanes)
    kinds, event_kind = _coded(events, "kind", DEFAULT_KINDS, np.int16)
    statuses, event_status = _coded(events, "status", DEFAULT_STATUSES, np.int8)
    kind_counts = np.bincount(event_kind, minlength=len(kinds)).astype(np.int64)
    status_counts = np.bincount(event_status, minlength=len(statuses)).astype(np.int64)
    lane_ids, lane_names, item_event, lane = _lanes_and_items(document, lanes_by, hidden_lanes, kinds, kind_counts)

    per_event = event_arrays(events, today)
    per_event["kind"] = event_kind
    per_event["status"] = event_status
    arrays = per_event if lanes_by != "partner" else {k: v[item_event] for k, v in per_event.items()}
    lane = np.where(arrays["dated"], lane, np.int32(-1)).astype(np.int32)  # no date to draw it at: hidden
    n = len(lane)
    n_lanes = len(lane_ids)
    order = _by_lane_and_start(lane, arrays["start_first"], arrays["start_end"]) if n else np.zeros(0, np.int64)
    lane_bounds = np.searchsorted(lane[order], np.arange(n_lanes + 1), side="left").astype(np.int64)
    row = np.zeros(n, np.int32)
    # Rows are stacked when first asked for (a lane shown as a summary row needs none): how many each
    # lane takes is known without stacking; a lane that takes one row is stacked already (all 0).
    sorted_start = arrays["start_first"][order]
    depth = row_counts(sorted_start, arrays["end_end"][order], lane_bounds)
    lane_rows = np.maximum(depth, 1).astype(np.float64)
    lane_top = lane_tops(lane_rows)
    sorted_reach = np.empty(n, np.float64)
    # The running maximum restarts at each lane, and for the items of hidden lanes (before lane 0).
    for lo, hi in zip([0, *lane_bounds.tolist()], [*lane_bounds.tolist(), n]):
        if hi > lo:
            sorted_reach[lo:hi] = np.maximum.accumulate(arrays["end_end"][order[lo:hi]])
    layout = TimelineLayout(
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
        collapsed=np.zeros(n_lanes, bool),
        lane_depth=lane_rows.copy(),
        **arrays,
    )
    layout.unstacked = depth > 1
    return layout


def _by_lane_and_start(lane: np.ndarray, start: np.ndarray, start_end: np.ndarray) -> np.ndarray:
    """``np.lexsort((start_end, start, lane))``, the order rows are stacked in: one stable argsort of a packed
    int64 key when the values fit (lane + 1 below 2**19, the span of start days below 2**24, a start date
    shorter than 2**20 days), about twice as fast; the lexsort otherwise."""
    first, last = float(start.min()), float(start.max())
    length = start_end - start
    if (
        int(lane.max()) + 1 < 1 << 19
        and last - first < 1 << 24
        and float(length.max()) < 1 << 20
        and float(length.min()) >= 0
        and bool(np.all(start == np.floor(start)))
        and bool(np.all(length == np.floor(length)))
    ):
        key = (lane.astype(np.int64) + 1) << 44
        key |= (start - first).astype(np.int64) << 20
        key |= length.astype(np.int64)
        return np.argsort(key, kind="stable")
    return np.lexsort((start_end, start, lane))


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
    parsed = parsed_dates(filter(None, texts))  # the file's check parsed them: mostly cache lookups
    parsed.pop(ONGOING, None)
    dates = list(map(parsed.get, texts))
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


def event_arrays(events: list[Event], today: int) -> dict[str, np.ndarray]:
    """Dates as arrays, per event. Distinct date texts are few: each is parsed once, then looked up with numpy."""
    n = len(events)
    code: dict = {}
    numbers = count()
    start_code = _text_codes(map(attrgetter("start"), events), code, numbers, n)
    end_code = _text_codes(map(attrgetter("end"), events), code, numbers, n)
    # A table per distinct text, spread out at the texts' codes (the numbers they first met: at most 2n).
    usable, first, end, precision, qualifier = (_spread(column, code, 2 * n) for column in _date_table(list(code)))
    # An unusable text has first 0, end 1, day precision and no qualifier (see _date_table): an event
    # whose start can't be read is kept at day 0 only to fill the arrays, and ``dated`` hides it.
    start_first, start_end = first[start_code], end[start_code]
    start_precision, start_qualifier = precision[start_code], qualifier[start_code]
    is_point = end_code == code[None] if None in code else np.zeros(n, bool)
    is_ongoing = end_code == code[ONGOING] if ONGOING in code else np.zeros(n, bool)
    end_ok = usable[end_code]  # never for no end (a point) or "..": neither is a date
    end_first = np.where(end_ok, first[end_code], start_first)
    end_end = np.maximum(np.where(end_ok, end[end_code], start_end), start_end)
    end_qualifier = np.where(end_ok, qualifier[end_code], start_qualifier)
    end_qualifier[is_point | is_ongoing] = 0
    if is_ongoing.any():
        end_first[is_ongoing] = np.maximum(today, start_first[is_ongoing])
        end_end[is_ongoing] = np.maximum(today + 1, start_end[is_ongoing])
    return {
        "dated": usable[start_code] & (end_ok | is_point | is_ongoing),
        "start_first": start_first,
        "start_end": start_end,
        "end_first": end_first,
        "end_end": end_end,
        "is_point": is_point,
        "is_ongoing": is_ongoing,
        "start_precision": start_precision,
        "start_qualifier": start_qualifier,
        "end_qualifier": end_qualifier,
    }


def _spread(column: np.ndarray, code: dict, size: int) -> np.ndarray:
    """``column`` (one value per distinct text, in ``code``'s order) put at each text's code."""
    spread = np.zeros(size, column.dtype)
    spread[np.fromiter(code.values(), np.int64, len(code))] = column
    return spread
