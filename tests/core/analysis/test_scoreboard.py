"""The scoreboard's cells by stage and by partner, and its Markdown and CSV text."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

from gui.core.analysis.scoreboard import OTHER, STAGES, by_partner, by_stage
from gui.core.analysis.scoreboard_text import to_csv, to_markdown
from gui.core.storage.fileformat import read_document


def test_by_stage_headline_is_the_most_recent_with_cancellation_as_latest_news(market):
    board = by_stage(market)
    assert board.rows == (("huawei", "Huawei"), ("xiaomi", "Xiaomi"), ("oppo", "Oppo"))
    assert board.columns == (*STAGES, OTHER)
    talks = board.cell("huawei", "carrier-talks")
    assert talks.event_ids == ("talks-a", "talks-b", "talks-c")
    assert talks.headline == "talks-c" and talks.when == "14 March 2017" and talks.sources == 1
    deal = board.cell("huawei", "carrier-deal")
    assert (deal.headline, deal.status, deal.when) == ("deal-off", "cancelled", "January 2018")
    assert board.cell("xiaomi", "launch").headline == "launch-2"
    assert board.cell("xiaomi", OTHER).headline == "china"
    assert board.cell("oppo", "regulatory").sources == 1
    assert board.cell("oppo", "launch") is None


def test_by_stage_follows_the_events_given(market):
    shown = [e for e in market.events if e.id != "deal-off"]
    deal = by_stage(market, shown).cell("huawei", "carrier-deal")
    assert (deal.headline, deal.status, deal.sources) == ("deal", "confirmed", 3)


def test_by_partner_is_the_furthest_stage_reached_and_cancelled_reaches_nothing(market):
    board = by_partner(market)
    assert board.columns == ("AT&T", "Verizon", "Best Buy")
    att = board.cell("huawei", "AT&T")
    assert (att.headline, att.kind, att.when) == ("deal", "carrier-deal", "January 2018")
    assert len(att.event_ids) == 5  # "at&t" is AT&T
    assert board.cell("huawei", "Verizon").headline == "talks-b"
    assert board.cell("xiaomi", "Best Buy").headline == "launch-2"
    assert board.cell("oppo", "AT&T") is None


def test_text_exports(market):
    markdown = to_markdown(by_stage(market))
    assert markdown.splitlines()[0].startswith("| Maker | Carrier talks | Carrier deal | Launch |")
    assert "| Huawei | 14 March 2017, reported, at&t, 1 source, 3 events | January 2018, cancelled, AT&T" in markdown
    rows = list(csv.reader(io.StringIO(to_csv(by_partner(market)))))
    assert rows[0] == ["Maker", "AT&T", "Verizon", "Best Buy"]
    assert rows[1][1] == "Carrier deal, January 2018, confirmed, 3 sources, 5 events"
    assert rows[3] == ["Oppo", "", "", ""]


def test_sample_scoreboard(sample_path):
    document = read_document(sample_path).document
    board = by_stage(document)
    assert board.cell("huawei", "carrier-talks").headline == "huawei-att-verizon-talks"  # 2017? after 2015~
    assert board.cell("huawei", "carrier-deal").when == "2018"
    assert board.cell("xiaomi", "carrier-deal").status == "rumored"
    assert board.cell("xiaomi", "retail") is None
    partners = by_partner(document)
    assert partners.columns == ("AT&T", "Verizon", "Best Buy")  # the sample names no competitor as a partner
    assert partners.cell("huawei", "AT&T").kind == "carrier-deal"
    assert partners.cell("xiaomi", "AT&T").when == "2018"


def test_generated_file_every_event_is_in_exactly_one_stage_cell(tmp_path, repo_root):
    out = tmp_path / "gen.json"
    subprocess.run(
        [sys.executable, str(repo_root / "benchmarks" / "make_timeline.py"), "--events", "3000", "--lanes", "9",
         "--seed", "2", str(out)],
        check=True, timeout=120,
    )
    document = read_document(out).document
    board = by_stage(document)
    ids = [i for cell in board.cells.values() for i in cell.event_ids]
    assert sorted(ids) == sorted(e.id for e in document.events)
    for cell in board.cells.values():
        assert cell.headline in cell.event_ids
