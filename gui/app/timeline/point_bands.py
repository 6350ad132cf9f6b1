"""A point's period as the canvas draws it: a band over the year or month it names, never a day mid-period.

A point dated to a year or a month (or qualified, "2017?") covers a period. Drawn wide, that
period is a band with firm start and end edges, and the point's marker sits just inside its
start (``TimelineLayout.marker_days``): the band's extent reads as the span, and nothing marks a
day the source never gave. Drawn narrower than two markers, the marker stands for the band, at
its centre. Uncertain or approximate dates are hatched. Everything here is numpy over the
visible points, handed to the event layer as batches of rectangles.
"""

from __future__ import annotations

import numpy as np

from gui.app.timeline.geometry import ViewTransform, imprecise_start
from gui.core.view.layout import TimelineLayout

__all__ = ["CAP_PX", "point_band_batches"]

#: Width of a wide band's start and end edges, in pixels.
CAP_PX = 2.0


def point_band_batches(
    styles, layout: TimelineLayout, points: np.ndarray, top: np.ndarray, view: ViewTransform, band_h: float
) -> list[tuple]:
    """Rectangle batches (brushes, items, left, top, width, height) for the points' bands, in drawing order.

    ``styles`` holds the brushes per kind and status (``hard_band``, ``soft_band``, ``hatch``, ``cap``);
    ``top`` is each point's band top in device pixels.
    """
    wide = layout.wide_periods(points, view.sx)
    banded = imprecise_start(layout, points) | wide
    points, top, wide = points[banded], top[banded], wide[banded]
    if len(points) == 0:
        return []
    left = view.x(layout.start_first[points])
    right = view.x(layout.start_end[points])
    width = np.maximum(right - left, 1.0)
    qualified = layout.start_qualifier[points] != 0
    capped = wide & (width > 3 * CAP_PX)
    return [
        (styles.soft_band, points[qualified], left[qualified], top[qualified], width[qualified], band_h),
        (styles.hatch, points[qualified], left[qualified], top[qualified], width[qualified], band_h),
        (styles.hard_band, points[~qualified], left[~qualified], top[~qualified], width[~qualified], band_h),
        # Firm edges at both ends: the band's extent is its span.
        (styles.cap, points[capped], left[capped], top[capped], CAP_PX, band_h),
        (styles.cap, points[capped], right[capped] - CAP_PX, top[capped], CAP_PX, band_h),
    ]
