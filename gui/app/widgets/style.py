"""Colours and visual weights: how kinds and statuses look, in one place."""

from __future__ import annotations

import zlib

from PySide6.QtGui import QColor

from gui.app.widgets.contrast import with_contrast

#: Colour per default kind (Tableau 10, which stays distinguishable for most colour-blind readers).
KIND_COLORS = {
    "carrier-talks": "#4e79a7",
    "carrier-deal": "#59a14f",
    "retail": "#f28e2b",
    "online-sales": "#b6992d",
    "launch": "#b07aa1",
    "regulatory": "#e15759",
    "setback": "#9c755f",
    "context": "#8c8c8c",
    "other": "#76b7b2",
}
_EXTRA_KIND_COLORS = ("#ff9da7", "#499894", "#86bcb6", "#d37295", "#a0cbe8", "#8cd17d", "#f1ce63", "#d4a6c8")

#: Opacity per status: rumoured and cancelled events are visibly weaker than confirmed ones.
STATUS_OPACITY = {"confirmed": 1.0, "reported": 0.85, "rumored": 0.5, "cancelled": 0.35}
HOLLOW_STATUSES = frozenset({"rumored", "cancelled"})

KIND_LABELS = {
    "carrier-talks": "Carrier talks",
    "carrier-deal": "Carrier deal",
    "retail": "Retail",
    "online-sales": "Online sales",
    "launch": "Launch",
    "regulatory": "Regulatory",
    "setback": "Setback",
    "context": "Context",
    "other": "Other",
}

LANE_BAND_COLORS = ("#f7f8fa", "#eef1f5")
TEXT_COLOR = "#1f2328"
MUTED_TEXT_COLOR = "#57606a"
SELECTION_COLOR = "#0b57d0"
TODAY_COLOR = "#d93025"
QUOTE_HIGHLIGHT = "#ffe08a"


def kind_color(kind: str) -> QColor:
    """The colour of a kind; unknown kinds get a stable colour of their own."""
    known = KIND_COLORS.get(kind)
    if known:
        return QColor(known)
    return QColor(_EXTRA_KIND_COLORS[zlib.crc32(kind.encode("utf-8")) % len(_EXTRA_KIND_COLORS)])


def lane_color(color: str | None) -> QColor:
    """The colour a lane is drawn in, on the canvas and in every lane picker: its own, or grey without a valid one."""
    own = QColor(color) if color else QColor()
    return own if own.isValid() else QColor(MUTED_TEXT_COLOR)


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("-", " ").capitalize())


def status_opacity(status: str) -> float:
    return STATUS_OPACITY.get(status, 0.85)


def status_label(status: str) -> str:
    return {"rumored": "Rumoured"}.get(status, status.replace("-", " ").capitalize())


def marker_outline(kind: str, status: str) -> QColor:
    """The outline of an event's marker: its kind colour, darkened until it has 3:1 against every lane band.

    Firm markers keep their status opacity; a hollow (rumoured, cancelled) marker's outline is opaque,
    since its hollowness already says the status and a faded outline would vanish (WCAG 1.4.11).
    """
    color = QColor(kind_color(kind)).darker(125)
    if status not in HOLLOW_STATUSES:
        color.setAlphaF(status_opacity(status))
    return with_contrast(color, [QColor(band) for band in LANE_BAND_COLORS])
