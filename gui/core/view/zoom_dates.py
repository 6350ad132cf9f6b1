"""The date a click on the timeline means: the period containing it, as precise as the zoom lets one aim.

A double-click on a view of decades cannot pick a day, so it gives a year; on a view of months
it gives a month; only when a day is wide enough to aim at does it give a day. Nothing is made
more precise than the click.
"""

from __future__ import annotations

import math

from gui.core.document.dates import Precision, date_at_day

__all__ = ["DAY_MIN_PX", "MONTH_MIN_PX", "date_at_zoom", "precision_at_zoom"]

#: A click names a day when a day is at least this many pixels wide (a month then spans ~120 px).
DAY_MIN_PX = 4.0
#: A click names a month when a month is at least this many pixels wide; else a year.
MONTH_MIN_PX = 15.0
_MONTH_DAYS = 365.2425 / 12


def precision_at_zoom(pixels_per_day: float) -> Precision:
    """The finest precision a click can aim at when one day is ``pixels_per_day`` wide."""
    if pixels_per_day >= DAY_MIN_PX:
        return Precision.DAY
    if pixels_per_day * _MONTH_DAYS >= MONTH_MIN_PX:
        return Precision.MONTH
    return Precision.YEAR


def date_at_zoom(day: float, pixels_per_day: float) -> str:
    """The EDTF date of the period containing ``day`` (days since 1970-01-01, fractional) at that zoom."""
    return date_at_day(math.floor(day), precision_at_zoom(pixels_per_day)).edtf()
