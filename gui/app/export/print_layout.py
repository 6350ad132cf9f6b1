"""Where everything goes on a printed timeline: title, date range, legend, lane names, events and labels that fit.

A print layout is not a copy of the screen: every event's title is placed whole, in label lines
under its lane's rows, packed so that no two overlap and none runs past the page. Positions are
in logical pixels (1/96 inch); ``print_painter`` draws from them as vector shapes and text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtGui import QFont, QFontMetricsF

from gui.core.document.describe import date_words
from gui.core.document.model import ONGOING
from gui.core.view.date_ticks import date_ticks
from gui.core.view.layout import TimelineLayout
from gui.core.view.zoom_dates import date_at_zoom

__all__ = ["Label", "PrintLayout", "fonts", "plan_print"]

MARGIN = 28.0
ROW = 22.0
LINE = 16.0
LANE_PAD = 6.0
AXIS = 30.0
GAP = 10.0


def fonts() -> dict[str, QFont]:
    """The print's fonts, sized in pixels so that they mean the same on every device."""
    made = {}
    for name, size, bold in (("title", 22, True), ("range", 13, False), ("legend", 12, False),
                             ("lane", 13, True), ("label", 11, False), ("axis", 11, False)):
        font = QFont()
        font.setPixelSize(size)
        font.setBold(bold)
        made[name] = font
    return made


@dataclass
class Label:
    """One event's title: its lines, where they start, and the marker it belongs to."""

    lines: list[str]
    x: float
    y: float  # top of the first line
    anchor_x: float
    anchor_y: float
    lane: int


@dataclass
class PrintLayout:
    width: float
    height: float
    title_lines: list[str]
    range_text: str
    legend_top: float
    legend_rows: list[list[tuple[float, int]]]  # per row: (x, entry index)
    plot_left: float
    plot_right: float
    days: tuple[float, float]
    lane_names: list[list[str]]
    lane_top: list[float] = field(default_factory=list)
    lane_height: list[float] = field(default_factory=list)
    lane_content_top: list[float] = field(default_factory=list)
    items: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    item_y: np.ndarray = field(default_factory=lambda: np.zeros(0))  # centre of each item's row
    item_lane: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    labels: list[Label] = field(default_factory=list)
    axis_top: float = 0.0
    ticks: list[tuple[float, str]] = field(default_factory=list)
    header_bottom: float = 0.0
    range_top: float = 0.0

    @property
    def px_per_day(self) -> float:
        return (self.plot_right - self.plot_left) / max(self.days[1] - self.days[0], 1e-9)

    def x(self, days):
        return self.plot_left + (np.asarray(days, np.float64) - self.days[0]) * self.px_per_day


def _wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """Words onto lines no wider than ``width`` (a single too-long word is a line of its own)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if current and metrics.horizontalAdvance(trial) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    return [*lines, current] if current else lines or [""]


def whole_range_words(model) -> str:
    """The first and last dates of the events, as the file gives them: never more precise than the data."""
    layout, events = model.layout, model.document.events
    shown = np.flatnonzero((layout.lane >= 0) & layout.dated)
    if len(shown) == 0:
        return "No dated events"
    first = events[layout.event_of_item(int(shown[np.argmin(layout.start_first[shown])]))]
    last = events[layout.event_of_item(int(shown[np.argmax(layout.end_end[shown])]))]
    end = last.end if last.end is not None else last.start
    end_text = "ongoing" if end == ONGOING else date_words(end)
    return f"{date_words(first.start)} – {end_text}"


def view_range_words(days: tuple[float, float], px_per_day: float) -> str:
    """A chosen view's ends, at the precision its zoom shows (no day for a picture of years)."""
    return f"{date_at_zoom(days[0], px_per_day)} – {date_at_zoom(days[1], px_per_day)}"


def plan_print(
    model, width: float, days: tuple[float, float] | None, heading: str, legend: list[str], min_height: float = 0.0
) -> PrintLayout:
    """Lay the timeline out ``width`` wide; taller than ``min_height`` only by spreading the lanes."""
    layout: TimelineLayout = model.layout
    font = fonts()
    metrics = {name: QFontMetricsF(f) for name, f in font.items()}
    inner = width - 2 * MARGIN
    title_lines = _wrap(heading or "Timeline", metrics["title"], inner)
    y = MARGIN + len(title_lines) * metrics["title"].lineSpacing()
    whole = days is None
    if whole:
        extent = layout.extent() or (0.0, 365.0)
        pad = max((extent[1] - extent[0]) * 0.02, 15.0)
        days = (extent[0] - pad, extent[1] + pad)
    range_top = y + 2
    y = range_top + metrics["range"].lineSpacing() + GAP
    legend_rows = _legend_rows(legend, metrics["legend"], inner)
    lane_ids = range(len(layout.lane_ids))
    name_width = min(max([metrics["lane"].horizontalAdvance(n) for n in layout.lane_names] or [0]) + 14, 0.2 * inner)
    lane_names = [_wrap(layout.lane_names[i], metrics["lane"], name_width - 10) for i in lane_ids]
    plan = PrintLayout(
        width, 0.0, title_lines, "", 0.0, legend_rows, MARGIN + name_width, width - MARGIN, days, lane_names
    )
    plan.header_bottom = y
    plan.range_text = whole_range_words(model) if whole else view_range_words(days, plan.px_per_day)
    plan.range_top = range_top
    _place_lanes(plan, model, metrics["label"], y)
    legend_height = GAP + len(legend_rows) * LINE
    natural = plan.axis_top + AXIS + legend_height + MARGIN
    if min_height > natural and len(lane_ids):
        _spread(plan, (min_height - natural) / len(lane_ids))
    plan.legend_top = plan.axis_top + AXIS + GAP
    plan.height = plan.axis_top + AXIS + legend_height + MARGIN
    ticks = date_ticks(days[0], days[1], plan.plot_right - plan.plot_left, metrics["axis"].horizontalAdvance)
    plan.ticks = ticks.major
    return plan


def _legend_rows(legend: list[str], metrics: QFontMetricsF, width: float) -> list[list[tuple[float, int]]]:
    rows: list[list[tuple[float, int]]] = [[]]
    x = 0.0
    for index, text in enumerate(legend):
        w = 18 + metrics.horizontalAdvance(text)
        if rows[-1] and x + w > width:
            rows.append([])
            x = 0.0
        rows[-1].append((MARGIN + x, index))
        x += w + 18
    return rows


def _place_lanes(plan: PrintLayout, model, metrics: QFontMetricsF, top: float) -> None:
    """Each lane: its rows of events, then its label lines, packed greedily from the left."""
    layout: TimelineLayout = model.layout
    events = model.document.events
    shown = (layout.lane >= 0) & layout.dated
    all_items, all_y, labels = [], [], []
    left, right = plan.plot_left + 4, plan.plot_right
    y = top
    for lane in range(len(layout.lane_ids)):
        items = np.flatnonzero(shown & (layout.lane == lane))
        rows = int(layout.lane_rows[lane]) if len(layout.lane_rows) > lane else 1
        content = y + LANE_PAD
        centre = content + layout.row[items] * ROW + ROW / 2
        anchor = plan.x(layout.marker_days(items, plan.px_per_day))
        order = np.argsort(anchor, kind="stable")
        slot_ends: list[float] = []
        label_top = content + rows * ROW + 2
        for k in order.tolist():
            item = int(items[k])
            lines = _wrap(events[layout.event_of_item(item)].title, metrics, right - left)
            w = max(metrics.horizontalAdvance(line) for line in lines)
            x = min(max(float(anchor[k]) - 4, left), right - w)
            slot = _free_slot(slot_ends, x, len(lines))
            while len(slot_ends) < slot + len(lines):
                slot_ends.append(-1e18)
            for s in range(slot, slot + len(lines)):
                slot_ends[s] = x + w + 12
            labels.append(Label(lines, x, label_top + slot * LINE, float(anchor[k]), float(centre[k]), lane))
        all_items.append(items)
        all_y.append(centre)
        height = LANE_PAD * 2 + rows * ROW + 2 + len(slot_ends) * LINE
        height = max(height, len(plan.lane_names[lane]) * LINE + 2 * LANE_PAD)
        plan.lane_top.append(y)
        plan.lane_content_top.append(y)
        plan.lane_height.append(height)
        y += height
    plan.items = np.concatenate(all_items) if all_items else np.zeros(0, np.int64)
    plan.item_y = np.concatenate(all_y) if all_y else np.zeros(0)
    plan.item_lane = np.concatenate([np.full(len(i), n, np.int64) for n, i in enumerate(all_items)]) if all_items else plan.item_lane
    plan.labels = labels
    plan.axis_top = y + 4


def _free_slot(slot_ends: list[float], x: float, lines: int) -> int:
    """The first label line from which ``lines`` lines are free at ``x``."""
    slot = 0
    while any(slot_ends[s] > x for s in range(slot, min(slot + lines, len(slot_ends)))):
        slot += 1
    return slot


def _spread(plan: PrintLayout, extra: float) -> None:
    """Give every lane ``extra`` height, its content centred in it, to fill a page."""
    lanes = len(plan.lane_top)
    offsets = np.arange(lanes) * extra + extra / 2
    for lane in range(lanes):
        plan.lane_top[lane] += lane * extra
        plan.lane_content_top[lane] += offsets[lane]
        plan.lane_height[lane] += extra
    for label in plan.labels:
        label.y += offsets[label.lane]
        label.anchor_y += offsets[label.lane]
    if len(plan.item_y):
        plan.item_y = plan.item_y + offsets[plan.item_lane]
    plan.axis_top += lanes * extra
