"""Tests for parsing many new date texts at once with numpy (dates._parse_together, used by parsed_dates).

Each failed before _parse_together existed. Reading a file parses its thousands of distinct dates this
way; the result must be exactly what parse_date gives, text by text, and every error is left to parse_date.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.document import dates
from gui.core.document.dates import DateError, PartialDate, _parse_together, parse_date, parsed_dates

#: Pieces that make near misses as well as dates: bad months and days, leap days, odd characters.
_PIECES = ["2018", "2000", "1900", "2400", "0000", "9999", "-", "02", "13", "00", "29", "30", "31", "1",
           "~", "?", "%", "x", " ", "\x00", "٢", "T", "/", ".."]


def _parsed_one_by_one(text: str) -> PartialDate | None:
    saved = dict(dates._cache)
    dates._cache.clear()
    try:
        return parse_date(text)
    except DateError:
        return None
    finally:
        dates._cache.clear()
        dates._cache.update(saved)


def _same(date: PartialDate, expected: PartialDate) -> bool:
    return type(date) is PartialDate and date == expected and list(map(type, date)) == list(map(type, expected))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=6).map("".join), max_size=40))
def test_parse_together_gives_what_parse_date_gives_and_leaves_out_the_rest(texts):
    parsed = _parse_together(texts)
    for text in set(texts):
        expected = _parsed_one_by_one(text)
        if expected is None:
            assert text not in parsed
        else:
            assert _same(parsed[text], expected), text


def test_parse_together_takes_every_plain_shape_and_qualifier():
    texts = ["2018", "2018~", "2017-12?", "2016-02-29%", "0000-02-29", "1900-02-28", "9999-12-31~"]
    parsed = _parse_together(texts)
    assert list(parsed) == texts
    for text in texts:
        assert _same(parsed[text], _parsed_one_by_one(text))


def test_parse_together_leaves_errors_to_parse_date():
    texts = ["1900-02-29", "2018-13", "2018-00", "2018-04-31", "2018-01-00", "2018~~", "٢٠١٨", "2018-1", " 2018",
             "2018\x00", "", "..", "2018-03-14T10", "20189"]
    assert _parse_together(texts) == {}


def test_parsed_dates_parses_many_new_texts_together_and_caches_them(monkeypatch):
    monkeypatch.setattr(dates, "_cache", {})
    valid = [f"{year:04d}-{month:02d}-{day:02d}" for year in (1999, 2000, 2001) for month in range(1, 13) for day in (1, 28)]
    texts = valid + ["2018-02-30", "nope"]
    calls = []
    monkeypatch.setattr(dates, "_DATE_RE", _Counting(dates._DATE_RE, calls))
    parsed = parsed_dates(texts)
    assert calls == ["2018-02-30", "nope"]  # only the errors were left to the one-at-a-time parser
    assert set(dates._cache) == set(valid)
    assert list(parsed) == valid
    assert all(_same(parsed[text], _parsed_one_by_one(text)) for text in valid)


class _Counting:
    """A regular expression that notes each text it is asked to match."""

    def __init__(self, pattern, calls):
        self._pattern, self._calls = pattern, calls

    def fullmatch(self, text):
        self._calls.append(text)
        return self._pattern.fullmatch(text)


def test_the_dates_of_thousands_of_sources_are_parsed_together(monkeypatch):
    from gui.core.document.model import Source, new_document
    from gui.core.document.validate import check_document

    monkeypatch.setattr(dates, "_cache", {})
    calls = []
    monkeypatch.setattr(dates, "_DATE_RE", _Counting(dates._DATE_RE, calls))
    document = new_document()
    document.sources = [
        Source(f"s{number}", published=f"{1990 + number % 30}-{1 + number % 12:02d}-{1 + number % 28:02d}",
               accessed=f"{2000 + number % 20}-{1 + number % 12:02d}")
        for number in range(500)
    ]
    document.sources[7].published = "2018-02-30"
    problems = check_document(document)
    assert set(calls) == {"2018-02-30"}  # only the error went through the one-at-a-time parser
    [problem] = problems
    assert problem.path == ("sources", 7, "published") and "February 2018 has 28 days" in problem.message
