"""The pointer on the timeline canvas: what is under it, what a click or double-click does, hover and its tooltip."""

from __future__ import annotations

import html

import pyqtgraph as pg
from PySide6.QtCore import QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip

from gui.app.widgets import style
from gui.app.document.document_model import DocumentModel
from gui.app.widgets.plain_text import display_text
from gui.app.document.selection import EventSelection
from gui.app.timeline.geometry import HIT_SLOP_PX
from gui.app.timeline.selection_overlay import SelectionOverlay
from gui.app.timeline.view_box import TimelineViewBox
from gui.core.document.dates import Precision, date_at_day
from gui.core.document.describe import when_words
from gui.core.view.zoom_dates import date_at_zoom

__all__ = ["TOOLTIP_DELAY_MS", "CanvasPointer"]

#: How long the pointer rests on an event before its tooltip shows.
TOOLTIP_DELAY_MS = 400


class CanvasPointer(QObject):
    """Finds the event under a point, selects on a click, and hovers; the tooltip waits for the pointer to rest."""

    sig_new_event_requested = Signal(str, str)
    """A double-click on empty space in a lane: (lane id, EDTF date of the period clicked, at the zoom's precision)."""
    sig_event_activated = Signal(str)
    """A double-click on an event (its id): the form should take focus."""

    def __init__(
        self,
        model: DocumentModel,
        selection: EventSelection,
        view_box: TimelineViewBox,
        plot: pg.PlotWidget,
        overlay: SelectionOverlay,
        view_filter=None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._selection = selection
        self._view_box = view_box
        self._plot = plot
        self._overlay = overlay
        self._view_filter = view_filter
        #: True while a click on the canvas selects: the event is under the pointer, so the view stays.
        self.selecting_by_click = False
        self._tooltip_timer = QTimer(self)
        self._tooltip_timer.setSingleShot(True)
        self._tooltip_timer.setInterval(TOOLTIP_DELAY_MS)
        self._tooltip_timer.timeout.connect(self.show_tooltip)

    # -- what is under a point -----------------------------------------------------------------

    def item_at(self, point: QPointF) -> int:
        """The item (an event's appearance) under a point in data coordinates, or -1."""
        days_per_px = self._view_box.viewPixelSize()[0]
        return self._model.layout.hit(point.x(), point.y(), HIT_SLOP_PX * days_per_px, self.shown_items())

    def shown_items(self):
        """Items the filters leave on screen (None: all of them)."""
        return self._view_filter.item_mask() if self._view_filter is not None else None

    def event_at(self, point: QPointF) -> int:
        """The event under a point in data coordinates, or -1."""
        item = self.item_at(point)
        return self._model.layout.event_of_item(item) if item >= 0 else -1

    # -- clicks --------------------------------------------------------------------------------

    def click(self, point: QPointF, modifiers) -> None:
        index = self.event_at(point)
        self._plot.setFocus(Qt.FocusReason.MouseFocusReason)
        additive = bool(modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier))
        self.selecting_by_click = True
        try:
            if index < 0:
                if not additive:
                    self._selection.clear()
            elif additive:
                self._selection.toggle(self._model.document.events[index].id)
            else:
                self._selection.select(self._model.document.events[index].id)
        finally:
            self.selecting_by_click = False

    def select_axis_range(self, first: float, last: float) -> None:
        """A drag along the date axis becomes the date filter, at a precision that suits the span."""
        if self._view_filter is None:
            return
        span = last - first
        precision = Precision.YEAR if span > 3 * 365 else Precision.MONTH if span > 90 else Precision.DAY
        self._view_filter.update(
            date_from=date_at_day(int(first), precision).edtf(), date_to=date_at_day(int(last), precision).edtf()
        )

    def double_click(self, point: QPointF) -> None:
        index = self.event_at(point)
        if index >= 0:
            event_id = self._model.document.events[index].id
            self._selection.select(event_id)
            self.sig_event_activated.emit(event_id)
            return
        lane = self._model.layout.lane_at(point.y())
        if lane >= 0 and self._model.layout.lanes_by == "manufacturer":
            days_per_pixel = self._view_box.viewPixelSize()[0]
            start = date_at_zoom(point.x(), 1.0 / days_per_pixel if days_per_pixel > 0 else 0.0)
            self.sig_new_event_requested.emit(self._model.layout.lane_ids[lane], start)

    # -- hover ---------------------------------------------------------------------------------

    def hover(self, point: QPointF | None) -> None:
        item = -1 if point is None else self.item_at(point)
        previous = self._overlay.hovered
        self._overlay.set_hovered(item)
        if item < 0:
            self._tooltip_timer.stop()
            if previous >= 0:
                QToolTip.hideText()
            return
        if item != previous:
            if QToolTip.isVisible():
                self.show_tooltip()  # already showing one: follow the pointer at once, as Qt's own tooltips do
            else:
                # Like Qt's own tooltips, wait for the pointer to rest: moving across events or
                # clicking one never pays for building a tooltip window.
                self._tooltip_timer.start()

    def show_tooltip(self) -> None:
        item = self._overlay.hovered
        if item >= 0:
            QToolTip.showText(QCursor.pos(), self.tooltip_html(self._model.layout.event_of_item(item)), self._plot)

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
