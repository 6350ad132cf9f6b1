"""A live blog's entry stamped with a time of day (our own sentences)."""

from __future__ import annotations

import pytest

from gui.core.document.dates import PartialDate
from gui.core.evidence.live_blogs import heading_weekday, stamped_happening


@pytest.mark.parametrize(
    ("passage", "happening"),
    [
        ("7:05 p.m. ET: The phone is official.", True),
        ("10:40 a.m. — Pre-orders are open.", True),
        ("12:15 p.m.: A spokeswoman says nothing is decided.", False),
        ("The phone is official at 7:05 p.m.", False),
        ("2021: a year of launches.", False),
    ],
)
def test_stamped_happening(passage, happening):
    assert stamped_happening(passage) is happening


@pytest.mark.parametrize(
    ("passage", "date"),
    [
        ("Monday: TCL adds a phone.", PartialDate(2024, 11, 18)),
        ("Friday — Sony cuts a price.", PartialDate(2024, 11, 22)),
        ("Saturday: Vivo opens a store.", PartialDate(2024, 11, 16)),
        ("On Monday TCL added a phone.", None),
    ],
)
def test_heading_weekday(passage, date):
    assert heading_weekday(passage, PartialDate(2024, 11, 22)) == date  # a Friday
