"""The web page export without a browser: one file, its policy, its data block, and what it carries."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

from gui.core.document.dates import parse_date
from gui.core.document.model import Evidence, Event, Lane, Source, new_document
from gui.core.interop.web_page import encode_web_page, write_web_page
from gui.core.storage.fileformat import read_document

HOSTILE = '<img src=x onerror=alert(1)></script><script>alert(2)</script><!--'


def page_parts(path: Path) -> dict:
    page = path.read_text(encoding="utf-8")
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page).group(1)
    blocks = re.findall(r"<script([^>]*)>(.*?)</script>", page, re.S)
    styles = re.findall(r"<style>(.*?)</style>", page, re.S)
    return {"page": page, "policy": policy, "blocks": blocks, "styles": styles}


def hostile_document():
    document = new_document(HOSTILE)
    document.lanes = [Lane("l", HOSTILE)]
    text = "Before. " + HOSTILE + " said 😀 the talks ended. After."
    document.sources = [
        Source("s", title=HOSTILE, publisher=HOSTILE, url="javascript:alert(1)", published="2018-03", text=text),
        Source("unused", title="Not cited by any event", text="secret notes"),
    ]
    document.events = [
        Event("e1", "l", HOSTILE, "2018-03-14", kind=HOSTILE, status="rumored",
              evidence=[Evidence("s", "the talks ended")]),
        Event("e2", "l", "Vague", "2018-05"),
        Event("e3", "l", "A year", "2017~"),
    ]
    return document


def test_one_file_with_inline_script_and_style_allowed_by_hash_only(tmp_path, sample_path):
    out = tmp_path / "page.html"
    write_web_page(read_document(sample_path).document, out)
    parts = page_parts(out)
    assert len(out.read_bytes()) < 150_000
    policy = parts["policy"]
    assert "default-src 'none'" in policy and "img-src data:" in policy and "unsafe" not in policy
    (_, script), = [b for b in parts["blocks"] if "application/json" not in b[0]]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy
    style_digest = base64.b64encode(hashlib.sha256(parts["styles"][0].encode()).digest()).decode()
    assert f"style-src 'sha256-{style_digest}'" in policy
    assert not re.search(r"(src|href)=\"?(https?:)?//", parts["page"]), "nothing may be loaded from elsewhere"


def test_strings_cannot_leave_the_data_block(tmp_path):
    out = tmp_path / "page.html"
    write_web_page(hostile_document(), out)
    parts = page_parts(out)
    # Exactly two scripts: the data and the viewer. A title's </script> did not end the data block early.
    assert [attrs for attrs, _ in parts["blocks"]] == [' type="application/json" id="inroads-data"', ""]
    data_text = parts["blocks"][0][1]
    assert "<" not in data_text
    data = json.loads(data_text)
    assert data["title"] == HOSTILE and {e["id"]: e for e in data["events"]}["e1"]["title"] == HOSTILE
    assert "<img" not in parts["page"].split("<body>")[0].split("<title>")[1].split("</title>")[0]


def test_only_web_links_and_only_cited_sources(tmp_path):
    data = json.loads(page_parts(_written(tmp_path, hostile_document()))["blocks"][0][1])
    assert [s["title"] for s in data["sources"]] == [HOSTILE]
    assert data["sources"][0]["url"] == "" and data["sources"][0]["date"] == "March 2018"
    assert "secret notes" not in json.dumps(data)


def test_quote_offsets_count_utf16_units_as_javascript_does(tmp_path):
    data = json.loads(page_parts(_written(tmp_path, hostile_document()))["blocks"][0][1])
    source_text = data["sources"][0]["text"]
    start, end = {e["id"]: e for e in data["events"]}["e1"]["evidence"][0]["at"]
    units = source_text.encode("utf-16-le")
    assert units[start * 2:end * 2].decode("utf-16-le") == "the talks ended"


def test_vague_dates_are_their_whole_period_and_hollow_follows_status(tmp_path):
    events = {e["title"]: e for e in json.loads(page_parts(_written(tmp_path, hostile_document()))["blocks"][0][1])["events"]}
    month = parse_date("2018-05")
    assert (events["Vague"]["start"], events["Vague"]["end"]) == (month.first_day(), month.end_day())
    assert events["Vague"]["precision"] == "month" and events["A year"]["precision"] == "year"
    assert events["A year"]["when"] == "c. 2017"
    assert "precision" not in events[HOSTILE] and events[HOSTILE]["end"] - events[HOSTILE]["start"] == 1


def test_statuses_carry_the_apps_encoding_once(tmp_path):
    data = json.loads(page_parts(_written(tmp_path, hostile_document()))["blocks"][0][1])
    assert data["statuses"] == {
        "reported": {"label": "Reported", "opacity": 0.85, "hollow": False},
        "rumored": {"label": "Rumoured", "opacity": 0.5, "hollow": True},
    }
    assert data["kinds"]["launch" if "launch" in data["kinds"] else "other"]["color"] == "#76b7b2"


def test_a_quote_found_in_its_source_travels_once_and_one_not_found_travels_itself(tmp_path):
    document = hostile_document()
    document.events[1].evidence = [Evidence("s", "words the source does not have")]
    events = {e["id"]: e for e in json.loads(page_parts(_written(tmp_path, document))["blocks"][0][1])["events"]}
    assert "quote" not in events["e1"]["evidence"][0]
    assert events["e2"]["evidence"] == [{"source": 0, "quote": "words the source does not have"}]


def test_a_date_range_keeps_only_the_events_it_overlaps(tmp_path):
    shown = (parse_date("2018-04").first_day(), parse_date("2018").end_day())
    out = tmp_path / "page.html"
    out.write_bytes(encode_web_page(hostile_document(), shown=shown, title="Spring"))
    data = json.loads(page_parts(out)["blocks"][0][1])
    assert [e["title"] for e in data["events"]] == ["Vague"]
    assert data["title"] == "Spring" and data["sources"] == [] and data["shown"] == list(shown)


def _written(tmp_path: Path, document) -> Path:
    out = tmp_path / "page.html"
    write_web_page(document, out)
    return out


def test_a_range_with_vague_ends_is_firm_only_where_it_surely_runs(tmp_path):
    """A range from "2015~" to "2017?" was drawn as one solid bar from 1 January 2015 to 31 December 2017,
    firmer than the file knows it: the page gets the days it surely covers and draws the rest pale."""
    document = new_document("Ranges")
    document.lanes = [Lane("l", "Huawei")]
    document.events = [
        Event("vague", "l", "Years of pursuing a deal", "2015~", end="2017?"),
        Event("months", "l", "Talks", "2016-03", end="2016-05"),
        Event("days", "l", "Trial", "2016-03-01", end="2016-03-20"),
        Event("one-year", "l", "Within a year", "2016", end="2016"),
    ]
    events = {e["id"]: e for e in json.loads(page_parts(_written(tmp_path, document))["blocks"][0][1])["events"]}
    assert events["vague"]["core"] == [parse_date("2016").first_day(), parse_date("2017").first_day()]
    assert (events["vague"]["start"], events["vague"]["end"]) == (parse_date("2015").first_day(), parse_date("2017").end_day())
    assert events["months"]["core"] == [parse_date("2016-04").first_day(), parse_date("2016-05").first_day()]
    assert "core" not in events["days"]  # known to the day at both ends: solid all along
    assert events["one-year"]["core"][0] == events["one-year"]["core"][1]  # nothing sure: all pale
