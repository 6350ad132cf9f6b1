"""A live blog's entry stamped with a time of day (our own sentences)."""

from __future__ import annotations

import pytest

from gui.core.evidence.live_blogs import stamped_happening


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
