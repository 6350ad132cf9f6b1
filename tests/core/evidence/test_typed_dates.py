"""Dates typed as people write them are read into EDTF, never more precise than typed."""

from __future__ import annotations

import pytest

from gui.core.evidence.typed_dates import TRY_INSTEAD, TypedDateError, read_typed_date


@pytest.mark.parametrize(
    ("typed", "edtf", "words"),
    [
        ("Dec 2017", "2017-12", "December 2017"),
        ("December 2017", "2017-12", "December 2017"),
        ("5 Dec 2017", "2017-12-05", "5 December 2017"),
        ("Dec. 5, 2017", "2017-12-05", "5 December 2017"),
        ("December 5th, 2017", "2017-12-05", "5 December 2017"),
        ("Sept 2018", "2018-09", "September 2018"),
        ("2017-12-05", "2017-12-05", "5 December 2017"),
        ("  2017-12~ ", "2017-12~", "c. December 2017"),
        ("c. 2017", "2017~", "c. 2017"),
        ("circa Dec 2017", "2017-12~", "c. December 2017"),
        ("about 2017", "2017~", "c. 2017"),
        ("2017?", "2017?", "2017 (uncertain)"),
        ("5 December 2017?", "2017-12-05?", "5 December 2017 (uncertain)"),
    ],
)
def test_what_people_type_is_read_into_edtf(typed: str, edtf: str, words: str) -> None:
    reading = read_typed_date(typed)
    assert (reading.edtf, reading.words, reading.mapping) == (edtf, words, "")


@pytest.mark.parametrize(
    ("typed", "edtf", "dropped"),
    [
        ("mid-2017", "2017", '"mid"'),
        ("mid 2017", "2017", '"mid"'),
        ("early December 2017", "2017-12", '"early"'),
        ("late 2019", "2019", '"late"'),
        ("end of 2018", "2018", '"end of"'),
        ("Q3 2018", "2018", '"Q3"'),
        ("third quarter of 2018", "2018", '"Q3"'),
    ],
)
def test_what_the_format_cannot_hold_maps_to_the_period_and_says_so(typed: str, edtf: str, dropped: str) -> None:
    reading = read_typed_date(typed)
    assert reading.edtf == edtf
    assert reading.mapping.startswith(f"{dropped} is not kept")
    assert reading.words in reading.mapping


@pytest.mark.parametrize(
    ("typed", "hint"),
    [
        ("Decmber 2017", ""),
        ("next tuesday", ""),
        ("2018-13", "month 13 is out of range 01-12"),
        ("3/14/19", "write the month as a word"),
        ("in the spring", ""),
        ("Dec 2017 and Jan 2018", ""),
    ],
)
def test_what_cannot_be_read_says_what_to_type(typed: str, hint: str) -> None:
    with pytest.raises(TypedDateError) as raised:
        read_typed_date(typed)
    message = str(raised.value)
    assert message.startswith(f"Not a date I can read: '{typed}'")
    assert message.endswith(TRY_INSTEAD)
    assert hint in message
    assert "optionally followed by" not in message  # the grammar is not the help


def test_a_word_around_a_date_is_not_dropped_silently() -> None:
    with pytest.raises(TypedDateError):
        read_typed_date("before Dec 2017")
