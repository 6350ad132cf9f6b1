"""The web page carries the scoreboard: by stage and by partner, cells pointing at the page's events, text as data."""

from __future__ import annotations

import json
import re

from gui.core.analysis.scoreboard import by_stage
from gui.core.analysis.scoreboard_text import cell_words
from gui.core.document.model import Event, Lane, new_document
from gui.core.interop.web_page import write_web_page
from gui.core.storage.fileformat import read_document

HOSTILE = '<img src=x onerror=alert(1)></script><script>alert(2)</script><!--'


def page_data_of(path):
    block = re.search(r'<script type="application/json" id="inroads-data">(.*?)</script>', path.read_text("utf-8"), re.DOTALL)
    assert "<" not in block.group(1), "no string can end the data block"
    return json.loads(block.group(1))


def test_the_sample_page_has_the_scoreboard_by_stage_and_by_partner(tmp_path, sample_path):
    document = read_document(sample_path).document
    out = tmp_path / "page.html"
    write_web_page(document, out)
    data = page_data_of(out)
    stage, partner = data["scoreboard"]
    assert stage["by"] == "stage" and stage["columns"][:3] == ["Carrier talks", "Carrier deal", "Launch"]
    assert partner["by"] == "partner" and "Best Buy" in partner["columns"]
    board = by_stage(document)
    ids = [event["id"] for event in data["events"]]
    huawei = next(row for row in stage["rows"] if row["name"] == "Huawei")
    retail = huawei["cells"][stage["columns"].index("Retail")]
    cell = board.cell(next(lane.id for lane in document.lanes if lane.name == "Huawei"), "retail")
    assert ids[retail[0]] == cell.headline, "a cell points at its headline event's place in the page"
    assert retail[1] == cell_words(cell) and "Best Buy" in retail[1] and "1 source" in retail[1]
    assert None in huawei["cells"], "a stage with no event is an empty cell"


def test_the_scoreboard_counts_only_the_events_on_the_page_and_its_strings_stay_data(tmp_path):
    document = new_document("t")
    document.lanes = [Lane("l", HOSTILE), Lane("quiet", "No events here")]
    document.events = [
        Event("old", "l", "Old talks", "2015-06", kind="carrier-talks", partners=[HOSTILE]),
        Event("new", "l", HOSTILE, "2019-02-03", kind="carrier-talks", status="confirmed"),
    ]
    out = tmp_path / "page.html"
    write_web_page(document, out, event_ids={"old"})
    stage, partner = page_data_of(out)["scoreboard"]
    assert [row["name"] for row in stage["rows"]] == [HOSTILE], "makers without events on the page are left out"
    assert stage["rows"][0]["cells"][0] == [0, f"June 2015, reported, {HOSTILE}, 0 sources"]
    assert partner["columns"] == [HOSTILE]
    write_web_page(document, out)
    (stage, partner) = page_data_of(out)["scoreboard"]
    assert stage["rows"][0]["cells"][0][:1] == [1], "the latest event heads the cell"


def test_a_page_without_events_has_no_scoreboard(tmp_path):
    out = tmp_path / "page.html"
    write_web_page(new_document("empty"), out)
    assert page_data_of(out)["scoreboard"] == []
