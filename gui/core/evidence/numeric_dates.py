"""Numeric dates that write their year: "14.3.2019" (day first, as European wire copy has it), "2019/3/14", and the
US month first, "3/14/19", "10-11-09". Read by ``date_phrases.find_date_phrases`` with its other patterns.
"""

from __future__ import annotations

from gui.core.evidence.date_words import explicit as _explicit
from gui.core.evidence.date_words import pattern_registry

__all__ = ["PATTERNS"]

PATTERNS, _pattern = pattern_registry()


@_pattern(r"(?<![\w./])(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>(?:19|20)\d\d)(?![\w]|\.\d)")
def _dotted(match, text, reference):
    """ "14.3.2019": day, month, year, as European wire copy writes them (a year of four digits: never a decimal)."""
    return _explicit(int(match["y"]), int(match["m"]), int(match["d"]))


@_pattern(r"(?<![\w/])(?P<y>(?:19|20)\d\d)/(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![\w/])")
def _slashed_ymd(match, text, reference):
    return _explicit(int(match["y"]), int(match["m"]), int(match["d"]))


@_pattern(r"(?<![\w/.])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)\d\d|\d\d)(?![\w/])")
@_pattern(r"(?<![\w/.-])(?P<m>1[0-2]|0[1-9])-(?P<d>3[01]|[12]\d|0[1-9])-(?P<y>(?:19|20)\d\d|\d\d)(?![\w/-])")
def _us_numeric(match, text, reference):
    year = int(match["y"]) if len(match["y"]) == 4 else 2000 + int(match["y"])
    return _explicit(year, int(match["m"]), int(match["d"]))
