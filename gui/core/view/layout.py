"""Where every event sits on the timeline: the TimelineLayout, numpy arrays the canvas paints from.

Built once per data change, never per frame (``layout_builder.build_layout``). Positions are in
days since 1970-01-01 (x) and in rows (y): each lane holds as many sub-rows as it needs so that
events overlapping in time never share a row. Stacking (``stacking``) is greedy interval packing
in start order, so it does not depend on the zoom level and never reshuffles while the user zooms.

An edit that replaces, inserts or removes a few events need not rebuild everything:
``layout_update.update_layout`` rewrites (or shifts) those events' entries and re-stacks only the
lanes they left or joined, and gives exactly the layout a full ``build_layout`` would.

Rows are stacked lane by lane when first asked for (#22): a lane shown as a summary row needs none,
so opening 100k events in compressed lanes stacks nothing. ``lane_depth`` (how many rows each lane
takes) is known without stacking; ``row`` stacks whatever is left, ``rows_of`` only the lanes asked for.
A lane's rows are the same whenever it is stacked, and so is ``order``: greedy packing in start order
gives events with one start increasing rows, so (start, end of start date) order is (start, row) order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from gui.core.document.id_index import IdIndex
from gui.core.view.row_packing import stack_rows

__all__ = [
    "LANES_BY",
    "LANE_GAP",
    "MARKER_PX",
    "NO_PARTNER_LANE",
    "QUALIFIER_NONE",
    "TimelineLayout",
    "is_wide_period",
    "point_marker_days",
]


#: What the lanes stand for: the file's own lanes (manufacturers), partners, or kinds.
LANES_BY = ("manufacturer", "partner", "kind")
#: The lane id, in a partner view, of events that name no partner.
NO_PARTNER_LANE = ""

#: Empty space between lanes, in rows.
LANE_GAP = 0.5

#: A point's marker on screen, in pixels (its diamond's width).
MARKER_PX = 12
#: A point's period drawn at least this many marker widths wide is drawn as a band with its marker at its start;
#: narrower, the marker stands for it, at its centre.
WIDE_PERIOD_MARKERS = 2

QUALIFIER_NONE, QUALIFIER_APPROXIMATE, QUALIFIER_UNCERTAIN, QUALIFIER_BOTH = 0, 1, 2, 3


def is_wide_period(first, end, px_per_day: float):
    """Whether a point's period [first, end) is drawn wider than ``WIDE_PERIOD_MARKERS`` markers: then it is a band.

    Such a band is the event: its marker goes just inside its start, never mid-period, where a
    reader would take it for a day the source never gave.
    """
    return (np.asarray(end) - np.asarray(first)) * px_per_day >= WIDE_PERIOD_MARKERS * MARKER_PX


def point_marker_days(first, end, px_per_day: float):
    """Where the marker of a point with period [first, end) goes, in days, at ``px_per_day``.

    Narrower on screen than two markers: the period's centre (the marker stands for the band).
    Wider: just inside the start, so the marker's left tip meets the band's start edge.
    """
    first, end = np.asarray(first, np.float64), np.asarray(end, np.float64)
    inset = first + (MARKER_PX / 2 + 2) / max(px_per_day, 1e-12)
    return np.where(is_wide_period(first, end, px_per_day), inset, (first + end) / 2)


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
    #: bool: every date of the event can be read. An event with a date that can't (a file opened for
    #: repair) is never drawn as if it had one: its items sit in lane -1 (hidden), out of the extent.
    dated: np.ndarray
    row: np.ndarray  # int32 sub-row within the lane (a property: stacks the lanes not stacked yet, see ``rows_of``)
    # per lane
    lane_rows: np.ndarray  # float64 height in rows: its sub-rows (at least 1), or a collapsed lane's summary row
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
    # per lane: collapsed to one summary row of ``summary_rows`` (see lane_compression); lanes ``lane_gap`` apart
    collapsed: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))
    summary_rows: float = 1.0
    lane_gap: float = LANE_GAP
    # per lane: how many rows its events stack into (at least 1), its height expanded, known before stacking
    lane_depth: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float64))
    _extent: tuple[float, float] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.lane_depth) != len(self.lane_ids):
            self.lane_depth = np.asarray(self.lane_rows, np.float64).copy()
        #: per lane: its rows are not stacked yet (``raw_row`` holds 0 for its items until they are)
        self.unstacked = np.zeros(len(self.lane_ids), bool)

    def rows_of(self, items: np.ndarray) -> np.ndarray:
        """``row[items]``, stacking first only the lanes of these items that are not stacked yet."""
        self.stack_lanes_of(items)
        return self.raw_row[items]

    def stack_lanes_of(self, items: np.ndarray) -> None:
        """Stack the lanes of these items that are not stacked yet."""
        if self.unstacked.any():
            lanes = np.unique(self.lane[np.asarray(items, np.int64)])
            self.stack_lanes_now(lanes[lanes >= 0])

    def stack_lanes_now(self, lanes) -> None:
        """Stack these lanes' rows if they are not stacked yet: the rows a full stacking gives them."""
        for lane in np.asarray(lanes, np.int64).tolist():
            if not self.unstacked[lane]:
                continue
            members = self.lane_order(lane)
            rows, _ = stack_rows(self.start_first[members], self.end_end[members])
            self.raw_row[members] = rows
            self.unstacked[lane] = False

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
        items = np.arange(*self._item_range(event_index), dtype=np.int64)
        return items[self.lane[items] >= 0]  # an event with a date that can't be read is not shown

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

    def is_collapsed(self, lane: int) -> bool:
        """Whether the lane shows only its summary row."""
        return 0 <= lane < len(self.collapsed) and bool(self.collapsed[lane])

    def y(self, index: int) -> float:
        """Top of the event's row. In a collapsed lane every event's row is centred on the summary row."""
        return float(self.item_top(np.asarray([index]))[0])

    def item_top(self, indices: np.ndarray) -> np.ndarray:
        """``y`` of many items."""
        lanes = self.lane[indices]
        if len(self.collapsed) and self.collapsed.any():
            folded = self.collapsed[lanes]
            self.stack_lanes_of(np.asarray(indices)[~folded])  # a summary row needs no rows
            top = self.lane_top[lanes] + self.raw_row[indices]
            return np.where(folded, self.lane_top[lanes] + (self.summary_rows - 1.0) / 2, top)
        return self.lane_top[lanes] + self.rows_of(indices)

    def center_x(self, index: int) -> float:
        """The middle of a point's period, the start of a range: a zoom-free place to measure nearness from.

        Not where a point's marker is drawn: see ``marker_days``.
        """
        if self.is_point[index]:
            return float((self.start_first[index] + self.start_end[index]) / 2)
        return float(self.start_first[index])

    def wide_periods(self, indices: np.ndarray, px_per_day: float) -> np.ndarray:
        """True for the points whose period is drawn as a band (see ``is_wide_period``)."""
        return self.is_point[indices] & is_wide_period(self.start_first[indices], self.start_end[indices], px_per_day)

    def marker_days(self, indices: np.ndarray, px_per_day: float) -> np.ndarray:
        """Where each item's marker (points) or start edge (ranges) is drawn, in days, at ``px_per_day``.

        Points: ``point_marker_days`` of their period. Ranges: their start. Markers, labels,
        outlines and the tests' clicks all take their x from here.
        """
        start = self.start_first[indices]
        return np.where(self.is_point[indices], point_marker_days(start, self.start_end[indices], px_per_day), start)

    def anchor_x(self, index: int, px_per_day: float) -> float:
        """``marker_days`` of one item."""
        return float(self.marker_days(np.asarray([index]), px_per_day)[0])

    def extent(self) -> tuple[float, float] | None:
        """First and last day covered by any event, or None for an empty timeline."""
        if self.count == 0:
            return None
        if self._extent is None:
            if not self.dated.any():
                return None
            self._extent = float(self.start_first[self.dated].min()), float(self.end_end[self.dated].max())
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
        """The lane's events in time order (start, then row, whether its rows are stacked yet or not)."""
        return self.order[int(self.lane_bounds[lane]) : int(self.lane_bounds[lane + 1])]

    def hit(self, x: float, y: float, x_tolerance: float, shown: np.ndarray | None = None) -> int:
        """The item under (x, y), or -1: the nearest whose period or bar is within ``x_tolerance`` days of x.

        ``x_tolerance`` widens markers and thin bars; a point covers its whole period, so a click
        anywhere on a year's band selects it.

        ``shown`` (a bool per item) leaves out items the filters hide.
        """
        lane = self.lane_at(y)
        if lane < 0:
            return -1
        row = int(np.floor(y - self.lane_top[lane]))
        candidates = self.visible_in_lane(lane, x - x_tolerance, x + x_tolerance)
        if len(candidates) == 0:
            return -1
        if not self.is_collapsed(lane):  # a summary row holds all its lane's events
            candidates = candidates[self.rows_of(candidates) == row]
        if shown is not None:
            candidates = candidates[shown[candidates]]
        if len(candidates) == 0:
            return -1
        # Ranges and points alike cover their whole period (a point's band is the event).
        nearest = np.clip(x, self.start_first[candidates], self.end_end[candidates])
        distance = np.abs(nearest - x)
        # Among those the point is on, the narrowest period wins (a day inside a year's band).
        width = self.end_end[candidates] - self.start_first[candidates]
        best = int(np.lexsort((width, distance))[0])
        return int(candidates[best]) if distance[best] <= x_tolerance else -1


def _stacked_row(layout: TimelineLayout) -> np.ndarray:
    """Every item's row: the lanes not stacked yet are stacked first."""
    if layout.unstacked.any():
        layout.stack_lanes_now(np.flatnonzero(layout.unstacked))
    return layout.raw_row


def _set_row(layout: TimelineLayout, row: np.ndarray) -> None:
    layout.raw_row = row


# A property on the dataclass field: ``row`` is a constructor argument and a field like the others.
TimelineLayout.row = property(_stacked_row, _set_row, doc="int32 sub-row within the lane, every lane stacked")  # type: ignore[assignment]
