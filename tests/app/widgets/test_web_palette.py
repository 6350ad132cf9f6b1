"""The web page's copy of the app's encoding (the core can't import the app) stays equal to the app's."""

from __future__ import annotations

from gui.app.widgets import style
from gui.core.view import palette as web_palette


def test_the_web_page_shows_kinds_and_statuses_as_the_app_does():
    assert web_palette.KIND_COLORS == style.KIND_COLORS
    assert web_palette.KIND_LABELS == style.KIND_LABELS
    assert web_palette.STATUS_OPACITY == style.STATUS_OPACITY
    assert web_palette.HOLLOW_STATUSES == style.HOLLOW_STATUSES
    assert web_palette.LANE_BAND_COLORS == style.LANE_BAND_COLORS
    assert web_palette.QUOTE_HIGHLIGHT == style.QUOTE_HIGHLIGHT
    for kind in ("launch", "a-kind-of-our-own", "another", "x"):
        assert web_palette.kind_color(kind) == style.kind_color(kind).name()
        assert web_palette.kind_label(kind) == style.kind_label(kind)
    for status in ("rumored", "confirmed", "on-hold"):
        assert web_palette.status_label(status) == style.status_label(status)
        assert web_palette.status_opacity(status) == style.status_opacity(status)
