"""Wire datelines are left out of the passage before it is read (our own sentences)."""

from __future__ import annotations

import pytest

from gui.core.document.model import Lane, Source, new_document
from gui.core.evidence.datelines import dateline_length
from gui.core.evidence.extract import suggest_event


@pytest.mark.parametrize(
    ("passage", "rest"),
    [
        ("TOKYO (Kanto Wire) — Sony will sell the phone at Verizon.", "Sony will sell the phone at Verizon."),
        ("WASHINGTON — The Commerce Department fined ZTE.", "The Commerce Department fined ZTE."),
        ("SAN DIEGO, Calif. — Kyocera said on Monday …", "Kyocera said on Monday …"),
        ("HONG KONG, Jan. 9 (Pacific Newswire) - Oppo plans …", "Jan. 9 (Pacific Newswire) - Oppo plans …"),
        ("MUNICH, Germany -- Fairphone opened orders …", "Fairphone opened orders …"),
    ],
)
def test_a_dateline_is_left_out(passage, rest):
    assert passage[dateline_length(passage) :] == rest


@pytest.mark.parametrize(
    "passage",
    [
        "ZTE — the Chinese maker — said it would appeal.",
        "US — and Canadian — carriers passed on the phone.",
        "Samsung will sell the phone at AT&T — its first foldable there.",
        "The company said on Monday — a day late — that it would stop.",
    ],
)
def test_no_dateline_leaves_the_passage_whole(passage):
    assert dateline_length(passage) == 0


def test_a_region_in_the_dateline_is_no_cue_of_business_abroad():
    document = new_document("t")
    document.lanes.append(Lane("vivo", "Vivo"))
    text = (
        "Vivo phones reach US carrier shelves\n\n"
        "SINGAPORE (Asia Wire) — Vivo will sell two phones through Cricket from May 2, the company said on Monday."
    )
    source = Source("s", title="Vivo phones reach US carrier shelves", published="2024-04-22", text=text)
    start = text.index("SINGAPORE")
    got = suggest_event(document, source, start, len(text))
    assert got.kind == "carrier-deal" and got.lane == "vivo" and got.start == "2024-05-02"


def test_a_datelines_day_still_dates_the_news():
    document = new_document("t")
    document.lanes.append(Lane("lg", "LG"))
    text = "LG quits phones\n\nSEOUL, April 5, 2021 — LG Electronics will close its phone business, the company said."
    source = Source("s", title="LG quits phones", published="2021-04-06", text=text)
    start = text.index("SEOUL")
    got = suggest_event(document, source, start, len(text))
    assert got.start == "2021-04-05" and got.lane == "lg"
