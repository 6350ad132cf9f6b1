"""A small market file written to tmp_path: relayed and independent sources, reports that agree and disagree."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.core.document.model import Event, Evidence, Lane, Source, new_document
from gui.core.storage.fileformat import read_document
from gui.core.storage.fileformat_write import write_document


def _ev(source: str) -> Evidence:
    return Evidence(source, f"text of {source}")


def market_document():
    document = new_document("Market")
    document.lanes = [Lane("huawei", "Huawei"), Lane("xiaomi", "Xiaomi"), Lane("oppo", "Oppo")]
    document.sources = [
        Source("bbg", "Huawei talks", publisher="Bloomberg", text="text of bbg"),
        Source("verge", "Huawei talks, per Bloomberg", publisher="The Verge", cites=["Bloomberg"], text="text of verge"),
        Source("info", "Exclusive", publisher="The Information", text="text of info"),
        Source("reuters", "Deal off", publisher="Reuters", text="text of reuters"),
        Source("relay2", "Two outlets say", publisher="Blog", cites=["bloomberg ", "Reuters"], text="text of relay2"),
    ]
    document.events = [
        Event("talks-a", "huawei", "Talks with AT&T", "2017-03", kind="carrier-talks", status="reported",
              partners=["AT&T"], evidence=[_ev("bbg")], notes="From Bloomberg."),
        Event("talks-b", "huawei", "AT&T talks", "2017", kind="carrier-talks", status="rumored",
              partners=["AT&T", "Verizon"], evidence=[_ev("verge"), _ev("bbg")], notes="The Verge relays it."),
        Event("talks-c", "huawei", "Talks, The Information", "2017-03-14", kind="carrier-talks", status="reported",
              partners=["at&t"], evidence=[_ev("info")]),
        Event("deal", "huawei", "AT&T deal", "2018-01", kind="carrier-deal", status="confirmed",
              partners=["AT&T"], evidence=[_ev("bbg"), _ev("info"), _ev("reuters")]),
        Event("deal-off", "huawei", "AT&T deal off", "2018-01", kind="carrier-deal", status="cancelled",
              partners=["AT&T"], evidence=[_ev("reuters")]),
        Event("launch", "xiaomi", "US launch", "2019-05", kind="launch", status="reported",
              partners=["Best Buy"], evidence=[_ev("relay2"), _ev("bbg"), _ev("reuters")]),
        Event("launch-2", "xiaomi", "US launch, again", "2019-06", kind="launch", status="reported",
              partners=["Best Buy"], evidence=[_ev("info")]),
        Event("china", "xiaomi", "Big in China", "2016", kind="context", evidence=[]),
        Event("cert", "oppo", "FCC filing", "2020-02-03", kind="regulatory", status="confirmed", evidence=[_ev("info")]),
    ]
    return document


@pytest.fixture
def market_path(tmp_path: Path) -> Path:
    path = tmp_path / "market.json"
    write_document(market_document(), path)
    return path


@pytest.fixture
def market(market_path: Path):
    result = read_document(market_path)
    assert result.warnings == [], result.warnings
    return result.document
