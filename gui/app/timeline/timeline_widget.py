"""The timeline canvas: lanes on a date axis, with zoom, pan, hover, selection and keyboard navigation."""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QCursor, QKeyEvent, QPen
from PySide6.QtWidgets import QGridLayout, QScrollBar, QToolTip, QWidget

from gui.app.widgets import style
from gui.app.document.document_model import DocumentModel
from gui.app.widgets.plain_text import display_text
from gui.app.document.selection import EventSelection
from gui.app.timeline.date_axis import DateAxis
from gui.app.timeline.drag_controller import EventDragController
from gui.app.timeline.drag_preview import DragPreview
from gui.app.timeline.event_layer import EventLayer
from gui.app.timeline.geometry import HIT_SLOP_PX, ROW_PX
from gui.app.timeline.label_layer import LabelLayer
from gui.app.timeline.lane_axis import LaneAxis
from gui.app.timeline.lane_bands import LaneBands
from gui.app.timeline.selection_overlay import SelectionOverlay
from gui.app.timeline.view_box import TimelineViewBox
from gui.core.document.dates import Precision, date_at_day
from gui.core.document.describe import when_words

__all__ = ["EMPTY_SPAN_DAYS", "MIN_SPAN_DAYS", "TimelineWidget"]

#: The closest zoom: one day across the view.
MIN_SPAN_DAYS = 1.0
#: The widest zoom on an empty timeline: 200 years.
EMPTY_SPAN_DAYS = 200 * 365.2425
#: How long the pointer rests on an event before its tooltip shows.
TOOLTIP_DELAY_MS = 400
_NAVIGATION_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Escape}


class TimelineWidget(QWidget):
    """Lanes on a date axis. Reads the DocumentModel; writes only the selection."""

    sig_view_changed = Signal(float, float)
    """The visible time range changed (first day, last day)."""
    sig_new_event_requested = Signal(str, float)
    """A double-click on empty space in a lane: (lane id, day) for a new event there."""
    sig_event_activated = Signal(str)
    """A double-click on an event (its id): the form should take focus."""

    def __init__(
        self, model: DocumentModel, selection: EventSelection, view_filter=None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._selection = selection
        self._top_row = 0.0
        #: True while a click on the canvas selects: the event is under the pointer, so the view stays.
        self._selecting_by_click = False
        #: Which events the filters show, dim or hide (a gui.app.document.view_filter.ViewFilter, or None).
        self.view_filter = view_filter

        self.view_box = TimelineViewBox()
        self.date_axis = DateAxis()
        self.lane_axis = LaneAxis(model)
        self.plot = pg.PlotWidget(viewBox=self.view_box, axisItems={"bottom": self.date_axis, "left": self.lane_axis})
        self.plot.setBackground("w")
        self.plot.hideButtons()
        self.plot.getPlotItem().layout.setContentsMargins(0, 4, 8, 2)
        self.plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for axis in (self.date_axis,):
            axis.setPen(QPen(QColor("#8c959f")))
            axis.setTextPen(QPen(QColor(style.TEXT_COLOR)))

        self.lane_bands = LaneBands(model)
        self.event_layer = EventLayer(model, view_filter)
        self.label_layer = LabelLayer(model, view_filter)
        self.selection_overlay = SelectionOverlay(model, selection)
        for item in (self.lane_bands, self.event_layer, self.label_layer, self.selection_overlay):
            self.view_box.addItem(item, ignoreBounds=True)
        self.today_line = pg.InfiniteLine(
            angle=90,
            movable=False,
            pen=pg.mkPen(style.TODAY_COLOR, width=1, style=Qt.PenStyle.DashLine),
            label="Today",
            labelOpts={"position": 0.02, "color": style.TODAY_COLOR, "anchors": [(0, 0), (0, 0)]},
        )
        self.today_line.setZValue(3)
        self.view_box.addItem(self.today_line, ignoreBounds=True)
        self.drag_preview = DragPreview(model)
        self.view_box.addItem(self.drag_preview, ignoreBounds=True)
        self.drag_controller = EventDragController(model, selection, self.drag_preview, self.view_box)
        self.view_box.drag_controller = self.drag_controller
        self.drag_controller.item_mask = self.shown_items

        self._tooltip_timer = QTimer(self)
        self._tooltip_timer.setSingleShot(True)
        self._tooltip_timer.setInterval(TOOLTIP_DELAY_MS)
        self._tooltip_timer.timeout.connect(self._show_tooltip)

        self.scroll_bar = QScrollBar(Qt.Orientation.Vertical)
        self.scroll_bar.valueChanged.connect(self._on_scroll_bar)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)
        grid.addWidget(self.plot, 0, 0)
        grid.addWidget(self.scroll_bar, 0, 1)

        self.date_axis.sig_range_selected.connect(self._on_axis_range_selected)
        self.view_box.sig_clicked.connect(self._on_clicked)
        self.view_box.sig_double_clicked.connect(self._on_double_clicked)
        self.view_box.sig_hovered.connect(self._on_hovered)
        self.view_box.sig_scroll_rows.connect(self.scroll_rows)
        self.lane_axis.sig_scroll_rows.connect(self.scroll_rows)
        self.view_box.sigResized.connect(self._apply_vertical)
        self.view_box.sigXRangeChanged.connect(self._on_x_range_changed)
        self.plot.installEventFilter(self)
        model.sig_reset.connect(self._on_reset)
        model.sig_layout_changed.connect(self._on_changed)
        selection.sig_changed.connect(self._on_selection_changed)
        self._on_reset()

    # -- document changes ----------------------------------------------------------------------

    def _on_reset(self) -> None:
        self._top_row = 0.0
        self.today_line.setPos(self._model.layout.today + 0.5)
        self._apply_limits()
        self.fit_all()
        self._apply_vertical()

    def _on_changed(self, _change=None) -> None:
        self._apply_limits()
        self._apply_vertical()

    def _extent(self) -> tuple[float, float]:
        extent = self._model.layout.extent()
        if extent is None:
            today = float(self._model.layout.today)
            return today - EMPTY_SPAN_DAYS / 2, today + EMPTY_SPAN_DAYS / 2
        return extent

    def _margin(self, first: float, last: float) -> float:
        """Room around the data: a little on the left, more on the right for the last titles."""
        return max((last - first) * 0.25, 45.0)

    def _apply_limits(self) -> None:
        first, last = self._extent()
        if self._model.layout.extent() is None:
            low, high = first, last
        else:
            margin = self._margin(first, last)
            low, high = first - margin, last + margin
        self.view_box.setLimits(xMin=low, xMax=high, minXRange=MIN_SPAN_DAYS, maxXRange=high - low)

    # -- zoom and pan --------------------------------------------------------------------------

    def fit_all(self) -> None:
        """Show every event."""
        first, last = self._extent()
        if self._model.layout.extent() is not None:
            margin = self._margin(first, last) * 0.6
            # Leave room on the right for the titles of the last events.
            first, last = first - margin, last + max(margin, (last - first) * 0.2)
            first = max(first, self.view_box.state["limits"]["xLimits"][0])
            last = min(last, self.view_box.state["limits"]["xLimits"][1])
        self.view_box.setXRange(first, last, padding=0)

    def zoom(self, factor: float) -> None:
        """Zoom the time axis around the centre of the view (factor < 1 zooms in)."""
        x0, x1 = self.view_box.viewRange()[0]
        center = (x0 + x1) / 2
        self.view_box.scaleBy(x=factor, center=QPointF(center, 0))

    def visible_days(self) -> tuple[float, float]:
        x0, x1 = self.view_box.viewRange()[0]
        return float(x0), float(x1)

    def show_days(self, first: float, last: float) -> None:
        self.view_box.setXRange(first, last, padding=0)

    def _on_x_range_changed(self, _view_box, x_range) -> None:
        self.sig_view_changed.emit(float(x_range[0]), float(x_range[1]))

    # -- vertical scrolling (lanes never zoom) -------------------------------------------------

    def rows_visible(self) -> float:
        return max(1.0, self.view_box.height() / ROW_PX)

    def _max_top_row(self) -> float:
        return max(0.0, self._model.layout.total_rows + 0.25 - self.rows_visible())

    def _apply_vertical(self) -> None:
        self._top_row = min(max(self._top_row, 0.0), self._max_top_row())
        self.scroll_bar.blockSignals(True)
        self.scroll_bar.setRange(0, round(self._max_top_row() * ROW_PX))
        self.scroll_bar.setPageStep(max(1, int(self.view_box.height())))
        self.scroll_bar.setSingleStep(ROW_PX)
        self.scroll_bar.setValue(round(self._top_row * ROW_PX))
        self.scroll_bar.blockSignals(False)
        self.scroll_bar.setVisible(self._max_top_row() > 0)
        self.view_box.setYRange(self._top_row, self._top_row + self.rows_visible(), padding=0)

    def scroll_rows(self, steps: float) -> None:
        """Scroll lanes vertically by wheel steps (3 rows each)."""
        self._top_row += steps * 3
        self._apply_vertical()

    def _on_scroll_bar(self, value: int) -> None:
        self._top_row = value / ROW_PX
        self._apply_vertical()

    # -- pointer ----------------------------------------------------------------------------

    def item_at(self, point: QPointF) -> int:
        """The item (an event's appearance) under a point in data coordinates, or -1."""
        days_per_px = self.view_box.viewPixelSize()[0]
        return self._model.layout.hit(point.x(), point.y(), HIT_SLOP_PX * days_per_px, self.shown_items())

    def shown_items(self):
        """Items the filters leave on screen (None: all of them)."""
        return self.view_filter.item_mask() if self.view_filter is not None else None

    def event_at(self, point: QPointF) -> int:
        """The event under a point in data coordinates, or -1."""
        item = self.item_at(point)
        return self._model.layout.event_of_item(item) if item >= 0 else -1

    def _on_clicked(self, point: QPointF, modifiers) -> None:
        index = self.event_at(point)
        self.plot.setFocus(Qt.FocusReason.MouseFocusReason)
        additive = bool(modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier))
        self._selecting_by_click = True
        try:
            if index < 0:
                if not additive:
                    self._selection.clear()
            elif additive:
                self._selection.toggle(self._model.document.events[index].id)
            else:
                self._selection.select(self._model.document.events[index].id)
        finally:
            self._selecting_by_click = False

    def _on_axis_range_selected(self, first: float, last: float) -> None:
        """A drag along the date axis becomes the date filter, at a precision that suits the span."""
        if self.view_filter is None:
            return
        span = last - first
        precision = Precision.YEAR if span > 3 * 365 else Precision.MONTH if span > 90 else Precision.DAY
        self.view_filter.update(
            date_from=date_at_day(int(first), precision).edtf(), date_to=date_at_day(int(last), precision).edtf()
        )

    def _on_double_clicked(self, point: QPointF) -> None:
        index = self.event_at(point)
        if index >= 0:
            event_id = self._model.document.events[index].id
            self._selection.select(event_id)
            self.sig_event_activated.emit(event_id)
            return
        lane = self._model.layout.lane_at(point.y())
        if lane >= 0 and self._model.layout.lanes_by == "manufacturer":
            self.sig_new_event_requested.emit(self._model.layout.lane_ids[lane], point.x())

    def _on_hovered(self, point: QPointF | None) -> None:
        item = -1 if point is None else self.item_at(point)
        previous = self.selection_overlay.hovered
        self.selection_overlay.set_hovered(item)
        if item < 0:
            self._tooltip_timer.stop()
            if previous >= 0:
                QToolTip.hideText()
            return
        if item != previous:
            if QToolTip.isVisible():
                self._show_tooltip()  # already showing one: follow the pointer at once, as Qt's own tooltips do
            else:
                # Like Qt's own tooltips, wait for the pointer to rest: moving across events or
                # clicking one never pays for building a tooltip window.
                self._tooltip_timer.start()

    def _show_tooltip(self) -> None:
        item = self.selection_overlay.hovered
        if item >= 0:
            QToolTip.showText(QCursor.pos(), self.tooltip_html(self._model.layout.event_of_item(item)), self.plot)

    def tooltip_html(self, index: int) -> str:
        """Title, date in words, kind and status of the event at ``index`` in the document.

        All file text is clipped, its bidi controls shown as marks (``display_text``), and escaped
        (never run as HTML).
        """
        event = self._model.document.events[index]
        kind, status = display_text(style.kind_label(event.kind)), display_text(style.status_label(event.status))
        lines = [
            f"<b>{html.escape(display_text(event.title))}</b>",
            html.escape(when_words(event)),
            f"{html.escape(kind)} · {html.escape(status)}",
        ]
        return "<br>".join(lines)

    # -- keyboard navigation -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.plot and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() in _NAVIGATION_KEYS and not key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.navigate(Qt.Key(key_event.key()))
                return True
        return super().eventFilter(watched, event)

    def navigate(self, key: Qt.Key) -> None:
        """Left/Right: previous/next event in time within the lane. Up/Down: nearest event in the next lane."""
        layout = self._model.layout
        if key == Qt.Key.Key_Escape:
            if self.drag_controller.active:
                self.drag_controller.cancel()
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

    def _first_visible_event(self) -> int:
        layout = self._model.layout
        x0, x1 = self.visible_days()
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
                distance = np.abs(centers - center) * 1000 + layout.row[candidates]
                return int(candidates[int(np.argmin(distance))])
            lane += direction
        return -1

    def _on_selection_changed(self) -> None:
        if self._selecting_by_click:
            return
        index = self._model.event_index(self._selection.current) if self._selection.current else -1
        if index >= 0:
            self.ensure_visible(index)

    def ensure_visible(self, event_index: int) -> None:
        """Pan (never zoom) so the event is on screen, in time and vertically.

        An event already partly on screen (a long range clicked where it shows) does not move
        the view: the user is looking at it, and a jump would lose their place.
        """
        layout = self._model.layout
        index = layout.item_of_event(event_index)
        if index < 0:
            return
        x0, x1 = self.visible_days()
        span = x1 - x0
        first = float(layout.start_first[index])
        last = float(layout.end_end[index])
        margin = span * 0.08
        if last < x0 + margin * 0.25 or first > x1 - margin * 0.25:
            if last - first < span - 2 * margin:
                shift = (first + last) / 2 - (x0 + x1) / 2
            else:
                shift = first - margin - x0
            self.view_box.setXRange(x0 + shift, x1 + shift, padding=0)
        row = layout.y(index)
        if row < self._top_row:
            self._top_row = row - 0.25
            self._apply_vertical()
        elif row + 1 > self._top_row + self.rows_visible():
            self._top_row = row + 1.25 - self.rows_visible()
            self._apply_vertical()

    def zoom_to_event(self, event_index: int) -> None:
        """Zoom so the event fills about half the view."""
        layout = self._model.layout
        index = layout.item_of_event(event_index)
        if index < 0:
            return
        first, last = float(layout.start_first[index]), float(layout.end_end[index])
        span = max((last - first) * 2, 30.0)
        center = (first + last) / 2
        self.view_box.setXRange(center - span / 2, center + span / 2, padding=0)
        self.ensure_visible(event_index)
