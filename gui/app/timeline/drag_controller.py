"""Dragging on the canvas: move an event in time or to another lane, resize a range, or rubber-band select.

The document does not change while the mouse moves: a preview layer shows
where the event would go, and releasing the button pushes ONE command. So a
drag is one undo step, and an abandoned drag (Esc) changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import msgspec
import numpy as np
from PySide6.QtCore import QPointF, QRectF

from gui.app.document.document_model import DocumentModel
from gui.app.document.selection import EventSelection
from gui.app.timeline.drag_preview import DragPreview
from gui.core.document import edits
from gui.core.document.dates import (
    UNIT_DAYS,
    DateError,
    PartialDate,
    date_at_day,
    ends_before,
    parse_date,
    shifted,
    units_for_days,
)
from gui.core.document.describe import when_words
from gui.core.document.model import ONGOING, Event

__all__ = ["DragMode", "EventDragController", "snapped_event"]

#: How close (px) to a bar's end a press must be to resize instead of move.
EDGE_GRAB_PX = 6


class DragMode(Enum):
    MOVE = "move"
    RESIZE_START = "resize-start"
    RESIZE_END = "resize-end"
    RUBBER_BAND = "rubber-band"


def _shift_end(end: PartialDate, start: PartialDate, new_start: PartialDate, units: int) -> PartialDate:
    if end.precision == start.precision:
        return shifted(end, units)
    day_shift = new_start.first_day() - start.first_day()
    return date_at_day(end.first_day() + day_shift, end.precision, end.approximate, end.uncertain)


def snapped_event(event: Event, mode: DragMode, day_delta: float, pointer_day: float, lane: str) -> Event:
    """The event after a drag, snapped to the precision of the dates it changes."""
    try:
        start = parse_date(event.start)
        end = parse_date(event.end) if event.end not in (None, ONGOING) else None
    except DateError:
        return event
    changes: dict = {}
    if mode is DragMode.MOVE:
        units = units_for_days(day_delta, start.precision)
        new_start = shifted(start, units)
        changes["start"] = new_start.edtf()
        if end is not None:
            changes["end"] = _shift_end(end, start, new_start, units).edtf()
        changes["lane"] = lane
    elif mode is DragMode.RESIZE_START:
        unit = UNIT_DAYS[start.precision]
        new_start = date_at_day(
            int(np.floor(pointer_day + unit / 2)), start.precision, start.approximate, start.uncertain
        )
        if end is not None and ends_before(end, new_start):
            new_start = date_at_day(end.first_day(), start.precision, start.approximate, start.uncertain)
        changes["start"] = new_start.edtf()
    elif mode is DragMode.RESIZE_END and end is not None:
        unit = UNIT_DAYS[end.precision]
        new_end = date_at_day(int(np.floor(pointer_day - unit / 2)), end.precision, end.approximate, end.uncertain)
        if ends_before(new_end, start):
            new_end = date_at_day(start.first_day(), end.precision, end.approximate, end.uncertain)
        changes["end"] = new_end.edtf()
    changes = {k: v for k, v in changes.items() if getattr(event, k) != v}
    return msgspec.structs.replace(event, **changes) if changes else event


@dataclass
class _DragState:
    mode: DragMode
    event_id: str | None
    press: QPointF
    additive: bool = False
    item: int = -1


class EventDragController:
    """Turns view-box drag callbacks into previews and, on release, one edit."""

    def __init__(self, model: DocumentModel, selection: EventSelection, preview: DragPreview, view_box) -> None:
        self._model = model
        self._selection = selection
        self._preview = preview
        self._view_box = view_box
        self._state: _DragState | None = None
        #: The event as it would be if the button were released now.
        self.proposed: Event | None = None
        #: Set by the timeline: a function giving the items the filters show (None: all), so a
        #: drag never grabs an event the filters hide.
        self.item_mask = lambda: None

    @property
    def active(self) -> bool:
        return self._state is not None

    def begin(self, press: QPointF, modifiers_additive: bool, band: bool) -> bool:
        """Decide what a drag starting at ``press`` (data coords) does; False lets the view pan."""
        layout = self._model.layout
        days_per_px = self._view_box.viewPixelSize()[0]
        index = layout.hit(press.x(), press.y(), 7 * days_per_px, self.item_mask())
        if band:
            self._state = _DragState(DragMode.RUBBER_BAND, None, press, modifiers_additive)
            return True
        if index < 0:
            return False
        event = self._model.document.events[layout.event_of_item(index)]
        mode = DragMode.MOVE
        if not layout.is_point[index]:
            near = EDGE_GRAB_PX * days_per_px
            if abs(press.x() - layout.start_first[index]) <= near:
                mode = DragMode.RESIZE_START
            elif not layout.is_ongoing[index] and abs(press.x() - layout.end_end[index]) <= near:
                mode = DragMode.RESIZE_END
        self._state = _DragState(mode, event.id, press, item=index)
        if event.id not in self._selection:
            self._selection.select(event.id)
        return True

    def update(self, point: QPointF) -> None:
        state = self._state
        if state is None:
            return
        if state.mode is DragMode.RUBBER_BAND:
            self._preview.show_band(QRectF(state.press, point).normalized())
            return
        event = self._model.find_event(state.event_id)
        if event is None:
            self.cancel()
            return
        layout = self._model.layout
        item_lane = int(layout.lane[state.item])
        lane = event.lane
        target_lane = item_lane
        if layout.lanes_by == "manufacturer":  # in other views lanes are not the event's lane
            pointed = layout.lane_at(point.y())
            if pointed >= 0:
                lane, target_lane = layout.lane_ids[pointed], pointed
        self.proposed = snapped_event(event, state.mode, point.x() - state.press.x(), point.x(), lane)
        row = int(layout.rows_of(state.item)) if target_lane == item_lane else 0
        self._preview.show_event(self.proposed, target_lane, row, when_words(self.proposed))

    def finish(self, point: QPointF) -> None:
        state = self._state
        if state is None:
            return
        self.update(point)
        self._state = None
        self._preview.clear()
        if state.mode is DragMode.RUBBER_BAND:
            self._select_in_band(QRectF(state.press, point).normalized(), state.additive)
            return
        proposed, self.proposed = self.proposed, None
        event = self._model.find_event(state.event_id)
        if proposed is None or event is None or proposed == event:
            return
        verb = {DragMode.MOVE: "Move", DragMode.RESIZE_START: "Resize", DragMode.RESIZE_END: "Resize"}[state.mode]
        changes = {
            f: getattr(proposed, f) for f in ("start", "end", "lane") if getattr(proposed, f) != getattr(event, f)
        }
        self._model.push(
            edits.edit_event(self._model.document, event.id, verb, hint=self._model.event_index(event.id), **changes)
        )

    def cancel(self) -> None:
        self._state = None
        self.proposed = None
        self._preview.clear()

    def _select_in_band(self, band: QRectF, additive: bool) -> None:
        layout = self._model.layout
        chosen: list[str] = []
        events = self._model.document.events
        for lane in range(len(layout.lane_ids)):
            top = layout.lane_top[lane]
            if top > band.bottom() or top + layout.lane_rows[lane] < band.top():
                continue
            indices = layout.visible_in_lane(lane, band.left(), band.right())
            rows = top + layout.rows_of(indices)
            inside = indices[(rows + 1 > band.top()) & (rows < band.bottom())]
            chosen.extend(events[layout.item_event[i]].id for i in inside.tolist())
        self._selection.set_ids((self._selection.ids if additive else []) + chosen)
