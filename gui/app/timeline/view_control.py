"""The timeline's view: the time range shown (limits, fit, zoom, pan) and the lanes in view (scrolled, never zoomed)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, QPointF, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QScrollBar

from gui.app.document.document_model import DocumentModel
from gui.app.timeline.event_layer import DENSITY_THRESHOLD
from gui.app.timeline.geometry import MARKER_PX, ROW_PX
from gui.app.timeline.label_layer import MAX_LABEL_PX, MAX_LABELS, label_titles
from gui.app.timeline.view_box import TimelineViewBox
from gui.app.widgets.plain_text import display_text
from gui.core.document.dates import civil_from_days, days_from_civil
from gui.core.view.lane_compression import apply_rows, fit_lanes

__all__ = ["EMPTY_SPAN_DAYS", "EMPTY_VIEW_YEARS", "MIN_SPAN_DAYS", "ViewControl"]

#: The closest zoom: one day across the view.
MIN_SPAN_DAYS = 1.0
#: Fit All's room right of the last event, as a share of the events' span (titles drawn there get their own room).
RIGHT_PAD = 0.03
#: The widest zoom on an empty timeline: 200 years.
EMPTY_SPAN_DAYS = 200 * 365.2425
#: An empty timeline first shows the current year and this many years either side of it.
EMPTY_VIEW_YEARS = 5


class ViewControl(QObject):
    """Moves the view box over time (zoom and pan) and the lanes past it (the scroll bar's rows).

    It also fits the lanes to the height: when their stacked rows don't fit, every lane the user
    has not expanded collapses to a summary row (``gui.core.view.lane_compression``).
    """

    sig_rows_changed = Signal()
    """The lanes' heights changed (lanes collapsed or expanded): the layers repaint."""

    def __init__(
        self, model: DocumentModel, view_box: TimelineViewBox, scroll_bar: QScrollBar, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self.view_box = view_box
        self.scroll_bar = scroll_bar
        #: The lane row at the top of the view.
        self.top_row = 0.0
        #: Lane ids the user expanded (their stacked rows show even when the others are collapsed).
        self.expanded: set[str] = set()
        #: Lane ids the user collapsed while every lane fitted.
        self.collapsed_by_user: set[str] = set()
        scroll_bar.valueChanged.connect(self._on_scroll_bar)
        view_box.sigResized.connect(self._on_resized)
        view_box.sigResized.connect(self.apply_limits)  # the room for the last titles is in pixels

    # -- document changes ----------------------------------------------------------------------

    def reset(self) -> None:
        """A new document: back to the top, every event shown."""
        self.top_row = 0.0
        self.expanded.clear()
        self.collapsed_by_user.clear()
        self.apply_limits()
        self.fit_all()
        self.apply_vertical()

    def layout_changed(self) -> None:
        self.apply_limits()
        self.fit_lanes()
        self.apply_vertical()

    def _on_resized(self) -> None:
        self.fit_lanes()
        self.apply_vertical()

    # -- lanes: compressed to summary rows when they don't fit -----------------------------------

    def fit_lanes(self) -> None:
        """Collapse the lanes not expanded to summary rows if the stacked rows don't fit the height."""
        layout = self._model.layout
        ids = layout.lane_ids
        expanded = np.fromiter((lane_id in self.expanded for lane_id in ids), bool, len(ids))
        collapsed, summary, gap = fit_lanes(layout, self.rows_visible() - 0.25, expanded)
        if self.collapsed_by_user:
            collapsed = collapsed | np.fromiter((i in self.collapsed_by_user for i in ids), bool, len(ids))
        if (
            np.array_equal(collapsed, layout.collapsed)
            and summary == layout.summary_rows
            and gap == layout.lane_gap
            and len(layout.lane_rows) == len(ids)
        ):
            return
        apply_rows(layout, collapsed, summary, gap)
        self.sig_rows_changed.emit()

    def toggle_lane(self, lane_id: str) -> None:
        """Expand a collapsed lane (its events stacked), or collapse it back to its summary row."""
        layout = self._model.layout
        if lane_id not in layout.lane_ids:
            return
        if layout.is_collapsed(layout.lane_ids.index(lane_id)):
            self.expanded.add(lane_id)
            self.collapsed_by_user.discard(lane_id)
        elif lane_id in self.expanded:
            self.expanded.discard(lane_id)
        else:
            self.collapsed_by_user.add(lane_id)
        self.fit_lanes()
        self.apply_vertical()

    def _extent(self) -> tuple[float, float]:
        extent = self._model.layout.extent()
        if extent is None:
            today = float(self._model.layout.today)
            return today - EMPTY_SPAN_DAYS / 2, today + EMPTY_SPAN_DAYS / 2
        return extent

    def _margin(self, first: float, last: float) -> float:
        """Room around the data: a little on the left, more on the right for the last titles."""
        return max((last - first) * 0.25, 45.0)

    def apply_limits(self) -> None:
        first, last = self._extent()
        if self._model.layout.extent() is None:
            low, high = first, last
        else:
            margin = self._margin(first, last)
            low, high = first - margin, last + margin
            high = max(high, self._label_room_end(low, last))  # Fit All's room for the last titles
        self.view_box.setLimits(xMin=low, xMax=high, minXRange=MIN_SPAN_DAYS, maxXRange=high - low)

    # -- zoom and pan --------------------------------------------------------------------------

    def _empty_view(self) -> tuple[float, float]:
        """Whole years around the current one: where a new timeline's first events are likely to go."""
        year = civil_from_days(self._model.layout.today)[0]
        return float(days_from_civil(year - EMPTY_VIEW_YEARS, 1, 1)), float(days_from_civil(year + EMPTY_VIEW_YEARS + 1, 1, 1))

    def fit_all(self) -> None:
        """Show every event (on an empty timeline, the years around the current one)."""
        # Every lane first: the ones expanded by hand collapse again, and the view goes back to the top.
        # Which lanes collapse decides which titles get drawn, and so the room kept for them on the right.
        self.expanded.clear()
        self.collapsed_by_user.clear()
        self.top_row = 0.0
        self.fit_lanes()
        first, last = self._extent()
        if self._model.layout.extent() is None:
            first, last = self._empty_view()
        else:
            data_last = last
            # A small pad on each side (the first marker whole), and on the right the room the last titles drawn
            # at this zoom need (none in dense views). A wider left margin left a sixth of the view empty.
            span = last - first
            first, last = first - max(span * RIGHT_PAD, 2.0), last + span * RIGHT_PAD
            last = max(last, self._label_room_end(first, data_last))
            first = max(first, self.view_box.state["limits"]["xLimits"][0])
            x_max = self.view_box.state["limits"]["xLimits"][1]
            if last > x_max:  # the titles need more room than the limits gave: widen them on the right only
                self.view_box.setLimits(xMax=last, maxXRange=last - first)
        self.view_box.setXRange(first, last, padding=0)
        self.apply_vertical()

    def _titled_lanes(self, width_px: float) -> np.ndarray:
        """Per lane, whether its events get titles when all are in view: not collapsed, not dense, not too many."""
        layout = self._model.layout
        counts = np.diff(layout.lane_bounds)
        collapsed = layout.collapsed if len(layout.collapsed) == len(counts) else np.zeros(len(counts), bool)
        titled = ~collapsed & (counts <= width_px * DENSITY_THRESHOLD)
        if counts[titled].sum() > MAX_LABELS:
            titled[:] = False  # the label layer draws none when that many events are in view
        return titled

    def _label_room_end(self, first: float, data_last: float) -> float:
        """Where the view must end so the titles of each row's last event fit right of their markers."""
        layout = self._model.layout
        width_px = self.view_box.width()
        bounds = layout.lane_bounds
        if width_px <= 0 or len(bounds) < 2:
            return data_last
        titled = np.flatnonzero(self._titled_lanes(width_px) & (bounds[1:] > bounds[:-1]))
        if len(titled) == 0:
            return data_last
        # Only each row's last event needs the room (earlier titles end at the next event in their row).
        items = np.concatenate([np.arange(bounds[lane], bounds[lane + 1]) for lane in titled.tolist()])
        row_key = layout.lane[items].astype(np.int64) * 1_000_003 + layout.rows_of(items)
        _, last_in_row = np.unique(row_key[::-1], return_index=True)  # items run by start within a lane
        last_items = items[::-1][last_in_row]
        last_items = last_items[layout.is_point[last_items]]
        if len(last_items) == 0:
            return data_last
        metrics = QFontMetrics(QFont())
        widest = max(metrics.horizontalAdvance(display_text(t)) for t in label_titles(self._model, layout, last_items))
        room_px = min(widest, MAX_LABEL_PX) + MARKER_PX + 24
        room_px = min(room_px, width_px * 0.45)
        # The last marker must sit room_px from the view's right edge. Where a marker goes depends on the zoom
        # (a year's band has it at its start, a narrow period at its centre): from the period's end, refined once.
        end = first + max(float(np.max(layout.start_end[last_items])) - first, 1.0) * width_px / (width_px - room_px)
        for _ in range(2):
            px_per_day = width_px / max(end - first, 1e-9)
            latest = float(np.max(layout.marker_days(last_items, px_per_day))) + MARKER_PX / 2 / px_per_day
            end = max(first + max(latest - first, 1.0) * width_px / (width_px - room_px), data_last)
        return end

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

    # -- vertical scrolling (lanes never zoom) -------------------------------------------------

    def rows_visible(self) -> float:
        return max(1.0, self.view_box.height() / ROW_PX)

    def _max_top_row(self) -> float:
        return max(0.0, self._model.layout.total_rows + 0.25 - self.rows_visible())

    def apply_vertical(self) -> None:
        self.top_row = min(max(self.top_row, 0.0), self._max_top_row())
        self.scroll_bar.blockSignals(True)
        self.scroll_bar.setRange(0, round(self._max_top_row() * ROW_PX))
        self.scroll_bar.setPageStep(max(1, int(self.view_box.height())))
        self.scroll_bar.setSingleStep(ROW_PX)
        self.scroll_bar.setValue(round(self.top_row * ROW_PX))
        self.scroll_bar.blockSignals(False)
        self.scroll_bar.setVisible(self._max_top_row() > 0)
        self.view_box.setYRange(self.top_row, self.top_row + self.rows_visible(), padding=0)

    def scroll_rows(self, steps: float) -> None:
        """Scroll lanes vertically by wheel steps (3 rows each)."""
        self.top_row += steps * 3
        self.apply_vertical()

    def _on_scroll_bar(self, value: int) -> None:
        self.top_row = value / ROW_PX
        self.apply_vertical()

    # -- bringing an event into view -----------------------------------------------------------

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
        lane = int(layout.lane[index])
        if layout.is_collapsed(lane):  # its lane's summary row
            row, height = float(layout.lane_top[lane]), float(layout.lane_rows[lane])
        else:
            row, height = layout.y(index), 1.0
        if row < self.top_row:
            self.top_row = row - 0.25
            self.apply_vertical()
        elif row + height > self.top_row + self.rows_visible():
            self.top_row = row + height + 0.25 - self.rows_visible()
            self.apply_vertical()

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
