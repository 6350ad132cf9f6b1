"""How kinds and statuses look, as plain data: colours, labels, opacities and the lane bands.

The one source of the encoding: the app's ``gui/app/widgets/style.py`` turns it into Qt colours, and the
web page writes it into its data; ``tests/app/widgets/test_web_palette.py`` checks the two read the same.
"""

from __future__ import annotations

import zlib

from gui.core.document.describe import status_label  # the palette's users name statuses too

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
EXTRA_KIND_COLORS = ("#ff9da7", "#499894", "#86bcb6", "#d37295", "#a0cbe8", "#8cd17d", "#f1ce63", "#d4a6c8")
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
STATUS_OPACITY = {"confirmed": 1.0, "reported": 0.85, "rumored": 0.5, "cancelled": 0.35}
HOLLOW_STATUSES = frozenset({"rumored", "cancelled"})
LANE_BAND_COLORS = ("#f7f8fa", "#eef1f5")
QUOTE_HIGHLIGHT = "#ffe08a"


def kind_color(kind: str) -> str:
    """The colour of a kind as "#rrggbb"; unknown kinds get a stable colour of their own, as in the app."""
    return KIND_COLORS.get(kind) or EXTRA_KIND_COLORS[zlib.crc32(kind.encode("utf-8")) % len(EXTRA_KIND_COLORS)]


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("-", " ").capitalize())


def status_opacity(status: str) -> float:
    return STATUS_OPACITY.get(status, 0.85)


