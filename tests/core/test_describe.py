"""Dates of events in words."""

import pytest

from gui.core.describe import when_words
from gui.core.model import Event


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        ("2017-12~", None, "c. December 2017"),
        ("2018?", None, "2018 (uncertain)"),
        ("2018-03", "..", "March 2018 – ongoing"),
        ("2015~", "2017?", "c. 2015 – 2017 (uncertain)"),
        ("2018-03-14%", None, "c. 14 March 2018 (uncertain)"),
        ("garbage", None, "garbage"),
    ],
)
def test_when_words(start, end, words):
    assert when_words(Event("e", "l", "t", start, end)) == words
