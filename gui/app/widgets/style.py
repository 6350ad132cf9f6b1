"""Colours and visual weights: how kinds and statuses look, in one place."""

from __future__ import annotations

from PySide6.QtGui import QColor

from gui.app.widgets.contrast import with_contrast

# The encoding itself (Tableau 10 kind colours, which stay distinguishable for most colour-blind readers;
# rumoured and cancelled weaker and hollow) is plain data in the core, shared with the web page.
from gui.core.view.palette import (  # noqa: F401 - the app reads these as style.X
    HOLLOW_STATUSES,
    KIND_COLORS,
    KIND_LABELS,
    LANE_BAND_COLORS,
    QUOTE_HIGHLIGHT,
    STATUS_OPACITY,
    kind_label,
    status_label,
    status_opacity,
)
from gui.core.view.palette import kind_color as _kind_hex

TEXT_COLOR = "#1f2328"
MUTED_TEXT_COLOR = "#57606a"
SELECTION_COLOR = "#0b57d0"
TODAY_COLOR = "#d93025"


def kind_color(kind: str) -> QColor:
    """The colour of a kind; unknown kinds get a stable colour of their own."""
    return QColor(_kind_hex(kind))


def lane_color(color: str | None) -> QColor:
    """The colour a lane is drawn in, on the canvas and in every lane picker: its own, or grey without a valid one."""
    own = QColor(color) if color else QColor()
    return own if own.isValid() else QColor(MUTED_TEXT_COLOR)


def marker_outline(kind: str, status: str) -> QColor:
    """The outline of an event's marker: its kind colour, darkened until it has 3:1 against every lane band.

    Firm markers keep their status opacity; a hollow (rumoured, cancelled) marker's outline is opaque,
    since its hollowness already says the status and a faded outline would vanish (WCAG 1.4.11).
    """
    color = QColor(kind_color(kind)).darker(125)
    if status not in HOLLOW_STATUSES:
        color.setAlphaF(status_opacity(status))
    return with_contrast(color, [QColor(band) for band in LANE_BAND_COLORS])
