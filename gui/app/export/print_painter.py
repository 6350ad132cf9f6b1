"""Draws a ``PrintLayout`` with vector shapes and text only: no pixmap, so SVG and PDF stay vector all the way.

Markers are diamond paths (hollow for rumoured and cancelled events), dates known to a month or a
year are bands, a range's imprecise ends fade (a gradient, which SVG and PDF keep as one).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPainter, QPainterPath, QPen

from gui.app.export.print_layout import LINE, MARGIN, ROW, PrintLayout, fonts
from gui.app.widgets import style
from gui.core.view.layout import MARKER_PX, TimelineLayout, is_wide_period

__all__ = ["legend_entries", "paint_print"]

_TEXT = QColor("#1f2328")
_MUTED = QColor(style.MUTED_TEXT_COLOR)
_LANE_SHADE = QColor(246, 248, 250)
_RULE = QColor(208, 215, 222)


def legend_entries(layout: TimelineLayout) -> list[tuple[str, QColor, str]]:
    """The kinds drawn, then how status and vague dates look: (text, colour, shape)."""
    present = {kind for kind, count in zip(layout.kinds, layout.kind_counts.tolist()) if count}
    entries = [(style.kind_label(k), style.kind_color(k), "diamond") for k in layout.kinds if k in present]
    grey = QColor(style.MUTED_TEXT_COLOR)
    return entries + [
        ("Confirmed / reported", grey, "diamond"),
        ("Rumoured / cancelled", grey, "hollow"),
        ("Date known to the year or month", grey, "band"),
    ]


def _alpha(color: QColor, alpha: float) -> QColor:
    result = QColor(color)
    result.setAlphaF(max(0.0, min(1.0, alpha)))
    return result


def _diamond(x: float, y: float, r: float = MARKER_PX / 2) -> QPainterPath:
    path = QPainterPath(QPointF(x, y - r))
    path.lineTo(x + r, y)
    path.lineTo(x, y + r)
    path.lineTo(x - r, y)
    path.closeSubpath()
    return path


def _draw_marker(painter: QPainter, x: float, y: float, color: QColor, opacity: float, hollow: bool) -> None:
    solid = _alpha(color, opacity)
    painter.setPen(QPen(solid if hollow else solid.darker(125), 1.6))
    painter.setBrush(QBrush(QColor("white") if hollow else solid))
    painter.drawPath(_diamond(x, y))


def paint_print(painter: QPainter, plan: PrintLayout, model, legend: list[tuple[str, QColor, str]]) -> None:
    """Everything, in logical pixels from (0, 0)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, plan.width, plan.height), QColor("white"))
    font = fonts()
    _paint_header(painter, plan, legend, font)
    _paint_lanes(painter, plan, font)
    _paint_axis(painter, plan, font)
    _paint_events(painter, plan, model.layout)
    _paint_labels(painter, plan, font)


def _paint_header(painter: QPainter, plan: PrintLayout, legend, font) -> None:
    painter.setPen(_TEXT)
    painter.setFont(font["title"])
    spacing = painter.fontMetrics().lineSpacing()
    for n, line in enumerate(plan.title_lines):
        painter.drawText(QPointF(MARGIN, MARGIN + n * spacing + painter.fontMetrics().ascent()), line)
    painter.setFont(font["range"])
    painter.setPen(_MUTED)
    painter.drawText(QPointF(MARGIN, plan.range_top + painter.fontMetrics().ascent()), plan.range_text)
    painter.setFont(font["legend"])
    ascent = painter.fontMetrics().ascent()
    for row, entries in enumerate(plan.legend_rows):
        y = plan.legend_top + row * LINE
        for x, index in entries:
            text, color, shape = legend[index]
            middle = y + LINE / 2
            if shape == "band":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(_alpha(color, 0.3))
                painter.drawRect(QRectF(x, middle - 4, 12, 8))
            else:
                painter.save()
                painter.translate(x + 6, middle)
                painter.scale(0.85, 0.85)
                _draw_marker(painter, 0, 0, color, 1.0, shape == "hollow")
                painter.restore()
            painter.setPen(_TEXT)
            painter.drawText(QPointF(x + 18, y + (LINE - painter.fontMetrics().height()) / 2 + ascent), text)


def _paint_lanes(painter: QPainter, plan: PrintLayout, font) -> None:
    painter.setFont(font["lane"])
    metrics = painter.fontMetrics()
    for lane, (top, height) in enumerate(zip(plan.lane_top, plan.lane_height)):
        if lane % 2 == 0:
            painter.fillRect(QRectF(MARGIN, top, plan.plot_right - MARGIN, height), _LANE_SHADE)
        painter.setPen(_TEXT)
        name_top = plan.lane_content_top[lane] + 6 + (ROW - metrics.height()) / 2
        for n, line in enumerate(plan.lane_names[lane]):
            painter.drawText(QPointF(MARGIN + 4, name_top + n * LINE + metrics.ascent()), line)
    painter.setPen(QPen(_RULE, 1))
    painter.drawLine(QPointF(plan.plot_left, plan.header_bottom), QPointF(plan.plot_left, plan.axis_top))


def _paint_axis(painter: QPainter, plan: PrintLayout, font) -> None:
    painter.setFont(font["axis"])
    metrics = painter.fontMetrics()
    y = plan.axis_top
    painter.setPen(QPen(_MUTED, 1))
    painter.drawLine(QPointF(plan.plot_left, y), QPointF(plan.plot_right, y))
    for day, text in plan.ticks:
        x = float(plan.x(day))
        painter.setPen(QPen(_RULE, 0.6))
        painter.drawLine(QPointF(x, plan.header_bottom), QPointF(x, y))
        painter.setPen(QPen(_MUTED, 1))
        painter.drawLine(QPointF(x, y), QPointF(x, y + 4))
        width = metrics.horizontalAdvance(text)
        left = min(max(x - width / 2, plan.plot_left), plan.plot_right - width)
        painter.drawText(QPointF(left, y + 6 + metrics.ascent()), text)


def _on_white(color: QColor, alpha: float) -> QColor:
    """The colour at ``alpha`` over white, opaque: Qt's PDF engine drops a gradient's transparency."""
    a = max(0.0, min(1.0, alpha))
    return QColor.fromRgbF(*(1 - a + a * c for c in (color.redF(), color.greenF(), color.blueF())))


def _fade(color: QColor, alpha: float, x0: float, x1: float, rising: bool) -> QBrush:
    gradient = QLinearGradient(x0, 0, x1, 0)
    gradient.setColorAt(0.0, _on_white(color, 0.0 if rising else alpha))
    gradient.setColorAt(1.0, _on_white(color, alpha if rising else 0.0))
    return QBrush(gradient)


def _paint_events(painter: QPainter, plan: PrintLayout, layout: TimelineLayout) -> None:
    items, ys = plan.items, plan.item_y
    wide = layout.wide_periods(items, plan.px_per_day)
    marker_x = plan.x(layout.marker_days(items, plan.px_per_day))
    painter.setPen(Qt.PenStyle.NoPen)
    for item, y, band, mx in zip(items.tolist(), ys.tolist(), wide.tolist(), marker_x.tolist()):
        color = style.kind_color(layout.kinds[layout.kind[item]])
        status = layout.statuses[layout.status[item]]
        opacity = style.status_opacity(status)
        if layout.is_point[item]:
            if band:
                x0, x1 = plan.x(layout.start_first[item]), plan.x(layout.start_end[item])
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(_alpha(color, 0.18 * opacity))
                painter.drawRect(QRectF(x0, y - 5, max(x1 - x0, 1.0), 10))
            _draw_marker(painter, mx, y, color, opacity, status in style.HOLLOW_STATUSES)
        else:
            _paint_range(painter, plan, layout, item, y, color, opacity)


def _paint_range(painter: QPainter, plan: PrintLayout, layout, item: int, y: float, color, opacity: float) -> None:
    left, core_left = float(plan.x(layout.start_first[item])), float(plan.x(layout.start_end[item]))
    core_right, right = float(plan.x(layout.end_first[item])), float(plan.x(layout.end_end[item]))
    if layout.is_ongoing[item]:
        core_right = right = float(plan.x(layout.end_first[item]))
    soft_in = is_wide_period(layout.start_first[item], layout.start_end[item], plan.px_per_day)
    soft_out = is_wide_period(layout.end_first[item], layout.end_end[item], plan.px_per_day) and not layout.is_ongoing[item]
    top, height, alpha = y - 8, 16.0, 0.30 * opacity
    core_left = core_left if soft_in else left
    core_right = core_right if soft_out else right
    painter.setPen(Qt.PenStyle.NoPen)
    if soft_in:
        painter.setBrush(_fade(color, alpha, left, core_left, True))
        painter.drawRect(QRectF(left, top, core_left - left, height))
    if soft_out:
        painter.setBrush(_fade(color, alpha, core_right, right, False))
        painter.drawRect(QRectF(core_right, top, right - core_right, height))
    painter.setBrush(_on_white(color, alpha))
    painter.drawRect(QRectF(core_left, top, max(core_right - core_left, 2.0), height))
    painter.setBrush(_alpha(color, opacity))
    painter.drawRect(QRectF(core_left, top, 3.0, height))
    if layout.is_ongoing[item]:
        painter.setPen(QPen(_alpha(color, 0.8), 1.6))
        painter.drawLine(QPointF(right, y - 6), QPointF(right + 6, y))
        painter.drawLine(QPointF(right + 6, y), QPointF(right, y + 6))


def _paint_labels(painter: QPainter, plan: PrintLayout, font) -> None:
    painter.setFont(font["label"])
    metrics = painter.fontMetrics()
    for label in plan.labels:
        painter.setPen(QPen(_RULE, 0.8))
        x = min(max(label.anchor_x, label.x + 2), label.x + 2 + metrics.horizontalAdvance(label.lines[0]))
        painter.drawLine(QPointF(label.anchor_x, label.anchor_y + MARKER_PX / 2), QPointF(x, label.y + 1))
        painter.setPen(_TEXT)
        for n, line in enumerate(label.lines):
            painter.drawText(QPointF(label.x, label.y + n * LINE + (LINE - metrics.height()) / 2 + metrics.ascent()), line)


