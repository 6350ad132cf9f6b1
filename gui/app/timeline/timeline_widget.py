"""The timeline canvas: lanes on a date axis, with zoom, pan, hover, selection and keyboard navigation."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGridLayout, QScrollBar, QWidget

from gui.app.document.document_model import DocumentModel
from gui.app.document.selection import EventSelection
from gui.app.timeline.date_axis import DateAxis
from gui.app.timeline.drag_controller import EventDragController
from gui.app.timeline.drag_preview import DragPreview
from gui.app.timeline.empty_hint import EmptyHint
from gui.app.timeline.event_layer import EventLayer
from gui.app.timeline.keyboard_navigation import KeyboardNavigator
from gui.app.timeline.label_layer import LabelLayer
from gui.app.timeline.lane_axis import LaneAxis
from gui.app.timeline.lane_bands import LaneBands
from gui.app.timeline.overview_strip import OverviewStrip
from gui.app.timeline.paint_region import CanvasView
from gui.app.timeline.pointer import CanvasPointer
from gui.app.timeline.selection_overlay import SelectionOverlay
from gui.app.timeline.view_box import TimelineViewBox
from gui.app.timeline.view_control import ViewControl
from gui.app.widgets import style

__all__ = ["TimelineWidget"]


class TimelineWidget(QWidget):
    """Lanes on a date axis. Reads the DocumentModel; writes only the selection.

    It builds the canvas and wires its parts: the view (``view``: zoom, pan, lanes in view), the
    pointer (``pointer``: hit tests, clicks, hover) and the keyboard (``keyboard``: arrow keys).
    """

    sig_view_changed = Signal(float, float)
    """The visible time range changed (first day, last day)."""
    sig_new_event_requested = Signal(str, str)
    """A double-click on empty space in a lane: (lane id, EDTF date of the period clicked, at the zoom's precision)."""
    sig_event_activated = Signal(str)
    """A double-click on an event (its id): the form should take focus."""

    def __init__(
        self, model: DocumentModel, selection: EventSelection, view_filter=None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._selection = selection
        #: Which events the filters show, dim or hide (a gui.app.document.view_filter.ViewFilter, or None).
        self.view_filter = view_filter

        self.view_box = TimelineViewBox()
        self.date_axis = DateAxis()
        self.lane_axis = LaneAxis(model)
        if view_filter is not None:
            self.lane_axis.item_mask = view_filter.item_mask
            view_filter.sig_changed.connect(self.lane_axis.update)
        self.plot = CanvasView(viewBox=self.view_box, axisItems={"bottom": self.date_axis, "left": self.lane_axis})
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
        self.label_layer.events = self.event_layer
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

        #: What to do first, over the canvas while there are no events.
        self.empty_hint = EmptyHint(model, self.plot)

        self.scroll_bar = QScrollBar(Qt.Orientation.Vertical)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)
        grid.addWidget(self.plot, 0, 0)
        grid.addWidget(self.scroll_bar, 0, 2)

        self.view = ViewControl(model, self.view_box, self.scroll_bar, self)
        #: Every lane at once and where the view is, beside the canvas while the lanes overflow it.
        self.overview = OverviewStrip(model, self.view, view_filter, self)
        grid.addWidget(self.overview, 0, 1)
        self.pointer = CanvasPointer(
            model, selection, self.view_box, self.plot, self.selection_overlay, view_filter, self
        )
        self.drag_controller.item_mask = self.pointer.shown_items
        self.keyboard = KeyboardNavigator(model, selection, self.drag_controller, self.view.visible_days, self)

        self.date_axis.sig_range_selected.connect(self.pointer.select_axis_range)
        self.view_box.sig_clicked.connect(self.pointer.click)
        self.view_box.sig_double_clicked.connect(self.pointer.double_click)
        self.view_box.sig_hovered.connect(self.pointer.hover)
        self.pointer.sig_new_event_requested.connect(self.sig_new_event_requested)
        self.pointer.sig_event_activated.connect(self.sig_event_activated)
        self.view.sig_rows_changed.connect(self._on_rows_changed)
        self.lane_axis.sig_lane_clicked.connect(self.view.toggle_lane)
        self.keyboard.toggle_lane = self.view.toggle_lane
        self.view_box.sig_scroll_rows.connect(self.scroll_rows)
        self.lane_axis.sig_scroll_rows.connect(self.scroll_rows)
        self.view_box.sigXRangeChanged.connect(self._on_x_range_changed)
        self.plot.installEventFilter(self.keyboard)
        model.sig_reset.connect(self._on_reset)
        model.sig_layout_changed.connect(self._on_changed)
        selection.sig_changed.connect(self._on_selection_changed)
        self._on_reset()

    # -- document and selection changes -------------------------------------------------------

    def _on_reset(self) -> None:
        self.today_line.setPos(self._model.layout.today + 0.5)
        self.view.reset()

    def _on_changed(self, _change=None) -> None:
        self.view.layout_changed()

    def _on_rows_changed(self) -> None:
        """Lanes collapsed or expanded: the same events, at new heights."""
        for layer in (self.lane_bands, self.event_layer, self.label_layer, self.selection_overlay):
            layer.prepareGeometryChange()
            layer.update()
        self.event_layer.rows_changed()
        self.lane_axis.update()

    def toggle_lane(self, lane_id: str) -> None:
        """Expand a collapsed lane, or collapse it to its summary row."""
        self.view.toggle_lane(lane_id)

    def _on_selection_changed(self) -> None:
        if self.pointer.selecting_by_click:
            return
        index = self._model.event_index(self._selection.current) if self._selection.current else -1
        if index >= 0:
            self.ensure_visible(index)

    def _on_x_range_changed(self, _view_box, x_range) -> None:
        self.sig_view_changed.emit(float(x_range[0]), float(x_range[1]))

    # -- the view (see ViewControl) ------------------------------------------------------------

    def fit_all(self) -> None:
        """Show every event."""
        self.view.fit_all()

    def zoom(self, factor: float) -> None:
        """Zoom the time axis around the centre of the view (factor < 1 zooms in)."""
        self.view.zoom(factor)

    def visible_days(self) -> tuple[float, float]:
        return self.view.visible_days()

    def show_days(self, first: float, last: float) -> None:
        self.view.show_days(first, last)

    def rows_visible(self) -> float:
        return self.view.rows_visible()

    def scroll_rows(self, steps: float) -> None:
        """Scroll lanes vertically by wheel steps (3 rows each)."""
        self.view.scroll_rows(steps)

    def ensure_visible(self, event_index: int) -> None:
        """Pan (never zoom) so the event is on screen, in time and vertically."""
        self.view.ensure_visible(event_index)

    def zoom_to_event(self, event_index: int) -> None:
        """Zoom so the event fills about half the view."""
        self.view.zoom_to_event(event_index)

    # -- the pointer (see CanvasPointer) and the keyboard (see KeyboardNavigator) ----------------

    def item_at(self, point: QPointF) -> int:
        """The item (an event's appearance) under a point in data coordinates, or -1."""
        return self.pointer.item_at(point)

    def shown_items(self):
        """Items the filters leave on screen (None: all of them)."""
        return self.pointer.shown_items()

    def event_at(self, point: QPointF) -> int:
        """The event under a point in data coordinates, or -1."""
        return self.pointer.event_at(point)

    def tooltip_html(self, index: int) -> str:
        """Title, date in words, kind and status of the event at ``index``, escaped (never run as HTML)."""
        return self.pointer.tooltip_html(index)

    def navigate(self, key: Qt.Key) -> None:
        """Left/Right: previous/next event in time within the lane. Up/Down: nearest event in the next lane."""
        self.keyboard.navigate(key)
