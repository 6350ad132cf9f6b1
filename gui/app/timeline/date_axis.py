"""The bottom date axis: calendar-aligned ticks with labels that never collide.

The timeline's x coordinate is days since 1970-01-01. The Qt-free
:func:`gui.core.view.date_ticks.date_ticks` chooses the ticks; this axis only feeds
it the visible range, its length in pixels and a text-width callback backed by
the tick font's metrics, then hands the result to pyqtgraph. pyqtgraph's own
label checks (hiding labels that stick out of the axis, text-fill limits) stay
on as a safety net.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF

from gui.core.view.date_ticks import TickPlan, date_ticks, format_labels, step_named

__all__ = ["DateAxis"]

#: Text widths are cached per string; the cache is dropped when it grows past this.
_WIDTH_CACHE_LIMIT = 4096


class DateAxis(pg.AxisItem):
    """A horizontal pyqtgraph axis for x = days since 1970-01-01 (years 0000-9999).

    Dragging along it selects a time span (``sig_range_selected``), which the
    window uses as the date filter.
    """

    sig_range_selected = Signal(float, float)
    """A drag along the axis: (first day, last day) in view coordinates."""

    def __init__(self, orientation: str = "bottom", **kwargs) -> None:
        if orientation not in ("bottom", "top"):
            raise ValueError(f"DateAxis is horizontal: orientation must be 'bottom' or 'top', not {orientation!r}")
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)  # day numbers are never shown, so never scaled by 1e3
        self.setStyle(maxTextLevel=0)  # only the major level has labels
        self._font: QFont | None = None
        self._metrics: QFontMetricsF | None = None
        self._widths: dict[str, float] = {}
        self._labels: dict[float, str] = {}
        self._major_spacing = 0.0
        self._painting = False
        #: The plan behind the ticks last returned by tickValues.
        self.plan = TickPlan()

    # -- text measurement -------------------------------------------------------------

    def _tick_font(self) -> QFont:
        return self.style["tickFont"] or self.font()

    def _use_font(self, font: QFont) -> None:
        if self._font is None or font != self._font:
            self._font = QFont(font)
            self._metrics = QFontMetricsF(self._font)
            self._widths.clear()

    def label_width(self, text: str) -> float:
        """Width in pixels of ``text`` in the tick font."""
        width = self._widths.get(text)
        if width is None:
            if self._metrics is None:
                self._use_font(self._tick_font())
            if len(self._widths) >= _WIDTH_CACHE_LIMIT:
                self._widths.clear()
            width = self._widths[text] = self._metrics.horizontalAdvance(text)
        return width

    def generateDrawSpecs(self, p):
        # Measure with the font the labels are painted in (as pyqtgraph's DateAxisItem does).
        if self.style["tickFont"] is not None:
            p.setFont(self.style["tickFont"])
        self._use_font(p.font())
        self._painting = True
        try:
            return super().generateDrawSpecs(p)
        finally:
            self._painting = False

    # -- pyqtgraph hooks -----------------------------------------------------------

    def tickValues(self, minVal: float, maxVal: float, size: float):
        if not self._painting:  # called from outside a paint: the tick font may have changed
            self._use_font(self._tick_font())
        plan = date_ticks(minVal, maxVal, size, self.label_width)
        self.plan = plan
        self._labels = dict(plan.major)
        if not plan.step_name:
            self._major_spacing = 0.0
            return []
        self._major_spacing = step_named(plan.step_name).days
        levels = [(self._major_spacing, [day for day, _ in plan.major])]
        if plan.minor:
            minor_spacing = min(b - a for a, b in zip(plan.minor, plan.minor[1:])) if len(plan.minor) > 1 else 1.0
            levels.append((minor_spacing, list(plan.minor)))
        return levels

    def tickStrings(self, values, scale, spacing):
        labels = self._labels
        if all(value in labels for value in values):
            return [labels[value] for value in values]
        if self.plan.step_name and spacing == self._major_spacing:
            # Major ticks not from the last plan (e.g. a caller's own values): same style.
            return format_labels([float(value) for value in values], self.plan.step_name)
        return ["" for _ in values]

    def mouseDragEvent(self, ev) -> None:
        """Drag along the axis to pick a time span (instead of pyqtgraph's default pan)."""
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        ev.accept()
        view = self.linkedView()
        if not ev.isFinish() or view is None:
            return
        start = view.mapSceneToView(ev.buttonDownScenePos()).x()
        end = view.mapSceneToView(ev.scenePos()).x()
        if end != start:
            self.sig_range_selected.emit(min(start, end), max(start, end))
