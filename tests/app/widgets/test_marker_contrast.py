"""Every marker, hollow rumoured ones included, has 3:1 against its lane's background (WCAG 1.4.11, #17)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QColor

from gui.app.widgets import style
from gui.app.widgets.contrast import MIN_GRAPHIC_CONTRAST, contrast_ratio, over

KINDS = [*style.KIND_COLORS, "made-up-kind-a", "made-up-kind-b", "made-up-kind-c", "made-up-kind-d"]
STATUSES = [*style.STATUS_OPACITY, "unknown-status"]


def test_the_contrast_ratio_is_wcags():
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", STATUSES)
def test_every_marker_outline_has_3_to_1_against_every_lane_band(kind, status):
    outline = style.marker_outline(kind, status)
    for band in map(QColor, style.LANE_BAND_COLORS):
        assert contrast_ratio(over(outline, band), band) >= MIN_GRAPHIC_CONTRAST, (kind, status, band.name())


@pytest.mark.parametrize("status", STATUSES)
def test_the_drawn_marker_reaches_3_to_1_over_the_lane_band(qtbot, status):
    from gui.app.timeline.event_layer import _marker_pixmap

    for kind in KINDS:
        base = style.kind_color(kind)
        pixmap = _marker_pixmap(
            base, style.status_opacity(status), status in style.HOLLOW_STATUSES, 1.0, style.marker_outline(kind, status)
        )
        image = pixmap.toImage()
        for band in map(QColor, style.LANE_BAND_COLORS):
            best = max(
                contrast_ratio(over(image.pixelColor(x, y), band), band)
                for x in range(image.width())
                for y in range(image.height())
            )
            assert best >= MIN_GRAPHIC_CONTRAST, (kind, status, band.name(), best)
