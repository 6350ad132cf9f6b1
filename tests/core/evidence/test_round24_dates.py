"""Round 24 of #18: dates the rules read wrongly in the newest hands' passages (dev-r24, dev-r23), tested on sentences
written for them, none taken from the labelled set. The rules' own date (``rules_start``) is tested: the learned date
model may overrule it on top."""

from __future__ import annotations

import pytest

from tests.core.evidence.date_passages import suggest

# --- Numeric dates written day first: a number over 12, a note beside it, or the article's habit ---------------------


@pytest.mark.parametrize(
    ("passage", "published", "before", "date"),
    [
        # a day over 12 can only be the day
        ("Sony will sell the Xperia 5 V unlocked in America from 29/09/2023, the company said.", "2023-09-14", "",
         "2023-09-29"),
        # under a dateline written day first, an ambiguous date is read day first too
        ("The phone goes on sale in the US on 05/10/2023 through Amazon.", "2023-09-14",
         "LONDON, 14/09/2023 — Sony showed the Xperia 5 V to reporters on Wednesday.", "2023-10-05"),
        # a desk that tells dates day before month in words writes its numbers so
        ("Vivo will ship the phone to US buyers from 04/05/2023, the company said.", "2023-03-04",
         "Vivo unveiled the X90 Pro at an event in Mumbai on 3 March.", "2023-05-04"),
        # a note beside the date says how it is written
        ("ZTE's filing with the FCC is dated 2/3/21 (2 March; the agency writes the day first).", "2021-03-10", "",
         "2021-03-02"),
    ],
)  # fmt: skip
def test_a_numeric_date_written_day_first_is_read_day_first(passage, published, before, date):
    assert suggest(passage, published, before).rules_start == date


@pytest.mark.parametrize(
    ("passage", "published", "before", "date"),
    [
        # guards, right before the change too: a US desk writes the month first
        ("TCL will sell the 40 XL at Cricket from 04/05/2023, the carrier said.", "2023-03-04", "", "2023-04-05"),
        # a numeric date that can only be month first settles the article's habit over words told day first
        ("Vivo will ship the phone to US buyers from 04/05/2023, the company said.", "2023-03-04",
         "Vivo unveiled the X90 Pro on 3 March; its FCC filing is dated 2/27/2023.", "2023-04-05"),
        # a note that says the month comes first
        ("ZTE's filing is dated 2/3/21, which the agency writes month first.", "2021-03-10", "On 5 March ZTE spoke.",
         "2021-02-03"),
    ],
)  # fmt: skip
def test_a_numeric_date_written_month_first_stays_month_first(passage, published, before, date):
    assert suggest(passage, published, before).rules_start == date
