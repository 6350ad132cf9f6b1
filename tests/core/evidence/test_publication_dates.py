"""Publication dates as pages write them, read as EDTF dates."""

from __future__ import annotations

import pytest

from gui.core.document.dates import parse_date
from gui.core.evidence.publication_dates import edtf_from_timestamp


@pytest.mark.parametrize(
    ("written", "edtf"),
    [
        ("2017-12-05T21:47:12-05:00", "2017-12-05"),
        ("2017-12-05T02:47:12Z", "2017-12-05"),
        ("2017-12-05", "2017-12-05"),
        ("2017-12", "2017-12"),
        ("2017", "2017"),
        ("20171205", "2017-12-05"),
        ("2017/12/5", "2017-12-05"),
        ("Tue, 05 Dec 2017 14:30:00 GMT", "2017-12-05"),
        ("December 5, 2017", "2017-12-05"),
        ("Dec. 5th, 2017", "2017-12-05"),
        ("Tuesday, December 5, 2017 9:47 PM", "2017-12-05"),
        ("5 September 2017", "2017-09-05"),
        ("Sept 2017", "2017-09"),
        ("05/12/2017", None),  # day and month in an unknown order
        ("2017-02-30", None),
        ("2017-00-05", None),
        ("2017-12-00", None),
        ("2017-13-01", None),
        ("the 5th", None),
        ("", None),
    ],
)
def test_dates_become_edtf(written: str, edtf: str | None) -> None:
    assert edtf_from_timestamp(written) == edtf
    if edtf:
        parse_date(edtf)
