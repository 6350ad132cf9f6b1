"""Updating a layout in place after an edit: events replaced where they stood, or removed and inserted (splices)."""

from __future__ import annotations

from itertools import chain

import numpy as np

from gui.core.document.model import DEFAULT_KINDS, DEFAULT_STATUSES, Document, Event
from gui.core.document.splicing import renumber, splice_array
from gui.core.view.layout import NO_PARTNER_LANE, TimelineLayout
from gui.core.view.layout_builder import event_arrays
from gui.core.view.stacking import restack, stack_lanes

__all__ = ["update_layout"]


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
    arrays = event_arrays(changed, layout.today)
    arrays["kind"] = new_kind
    arrays["status"] = new_status
    item = np.asarray(items, np.int64)
    source = np.asarray(item_source, np.int64)
    new_lane = np.where(arrays["dated"][source], np.asarray(item_lane, np.int32), np.int32(-1)).astype(np.int32)
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
    dated = layout.dated[item]
    layout._extent = _extent_with(extent, layout.start_first[item][dated], layout.end_end[item][dated])
    if moved.any():
        restack(layout, item[moved], old_lane[moved], new_lane[moved])
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
    arrays = event_arrays(added, layout.today)
    arrays["kind"] = new_kind
    arrays["status"] = new_status
    source = np.asarray(item_source, np.int64)
    new_lane = np.where(arrays["dated"][source], new_lane, np.int32(-1)).astype(np.int32)  # hidden: no date
    new_item_event = inserted[source]
    # An added event's items go after the kept items of the events before it.
    kept_item_event = renumber(splice_array(layout.item_event, gone, (), ()), removed, inserted)
    new_items = np.searchsorted(kept_item_event, new_item_event) + np.arange(len(source))
    extent = _extent_without(layout, gone)
    for name, values in arrays.items():
        setattr(layout, name, splice_array(getattr(layout, name), gone, new_items, values[source]))
    layout.lane = splice_array(layout.lane, gone, new_items, new_lane)
    layout.raw_row = splice_array(layout.raw_row, gone, new_items, np.zeros(len(source), np.int32))
    layout.item_event = splice_array(kept_item_event, (), new_items, new_item_event)
    layout.event_kind, layout.event_status = event_kind, event_status
    layout.kind_counts, layout.status_counts = kind_counts, status_counts
    dated = arrays["dated"][source]
    layout._extent = _extent_with(extent, arrays["start_first"][source][dated], arrays["end_end"][source][dated])
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
    stack_lanes(layout, segments)
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
