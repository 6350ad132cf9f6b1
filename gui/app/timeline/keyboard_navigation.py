"""Keyboard navigation on the timeline canvas: arrows step from event to event, Escape cancels a drag or clears,
Enter expands or collapses the selected event's lane."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from gui.app.document.document_model import DocumentModel
from gui.app.document.selection import EventSelection
from gui.app.timeline.drag_controller import EventDragController

__all__ = ["KeyboardNavigator"]

_NAVIGATION_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Escape}
_LANE_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


class KeyboardNavigator(QObject):
    """Watches the canvas's key presses (an event filter) and moves the selection through the lanes."""

    def __init__(
        self,
        model: DocumentModel,
        selection: EventSelection,
        drag_controller: EventDragController,
        visible_days: Callable[[], tuple[float, float]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._selection = selection
        self._drag_controller = drag_controller
        self._visible_days = visible_days
        #: Expands or collapses a lane (by id); set by the timeline to its view's.
        self.toggle_lane: Callable[[str], None] = lambda _lane_id: None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() in _NAVIGATION_KEYS and not key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.navigate(Qt.Key(key_event.key()))
                return True
            if key_event.key() in _LANE_KEYS and self._toggle_selected_lane():
                return True
        return super().eventFilter(watched, event)

    def navigate(self, key: Qt.Key) -> None:
        """Left/Right: previous/next event in time within the lane. Up/Down: nearest event in the next lane."""
        layout = self._model.layout
        if key == Qt.Key.Key_Escape:
            if self._drag_controller.active:
                self._drag_controller.cancel()
            else:
                self._selection.clear()
            return
        if layout.count == 0:
            return
        current_event = self._model.event_index(self._selection.current) if self._selection.current else -1
        current = layout.item_of_event(current_event) if current_event >= 0 else -1
        if current < 0:
            target = self._first_visible_event()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            target = self._step_in_lane(current, 1 if key == Qt.Key.Key_Right else -1)
        else:
            target = self._nearest_in_next_lane(current, 1 if key == Qt.Key.Key_Down else -1)
        if target >= 0:
            self._selection.select(self._model.document.events[layout.event_of_item(target)].id)

    def _toggle_selected_lane(self) -> bool:
        """Enter: expand (or collapse) the lane of the selected event; False with nothing selected."""
        layout = self._model.layout
        current = self._model.event_index(self._selection.current) if self._selection.current else -1
        item = layout.item_of_event(current) if current >= 0 else -1
        if item < 0:
            return False
        self.toggle_lane(layout.lane_ids[int(layout.lane[item])])
        return True

    def _first_visible_event(self) -> int:
        layout = self._model.layout
        x0, x1 = self._visible_days()
        for lane in range(len(layout.lane_ids)):
            indices = layout.visible_in_lane(lane, x0, x1)
            if len(indices):
                return int(indices[0])
        lanes_with_events = np.flatnonzero(np.diff(layout.lane_bounds))
        return int(layout.lane_order(int(lanes_with_events[0]))[0]) if len(lanes_with_events) else -1

    def _step_in_lane(self, index: int, step: int) -> int:
        order = self._model.layout.lane_order(int(self._model.layout.lane[index]))
        position = int(np.flatnonzero(order == index)[0]) + step
        return int(order[position]) if 0 <= position < len(order) else -1

    def _nearest_in_next_lane(self, index: int, direction: int) -> int:
        layout = self._model.layout
        lane = int(layout.lane[index]) + direction
        center = layout.center_x(index)
        while 0 <= lane < len(layout.lane_ids):
            candidates = layout.lane_order(lane)
            if len(candidates):
                centers = np.where(
                    layout.is_point[candidates],
                    (layout.start_first[candidates] + layout.start_end[candidates]) / 2,
                    layout.start_first[candidates],
                )
                distance = np.abs(centers - center) * 1000 + layout.rows_of(candidates)
                return int(candidates[int(np.argmin(distance))])
            lane += direction
        return -1
