"""TimelineJS import and export (gui.core.interop.timelinejs) and JSON format sniffing (gui.core.interop.formats).

Sections:
  1. the real TimelineJS files in shared/data/timelinejs: import, validity, exact round trip
  2. a hand-made file with every TimelineJS field: the mapping, the warnings, the exact round trip
  3. edits after import: an edited field wins, the rest is written back as it was
  4. Inroads -> TimelineJS -> Inroads: lossless, for the sample and a file with every Inroads field
  5. errors, located by JSON path and line
  6. formats: sniffing .json, read_any / write_any

HTML <-> plain text is tested in test_timelinejs_html.py.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.document import edits
from gui.core.document.dates import PartialDate
from gui.core.storage.fileformat import decode_document, read_document
from gui.core.storage.fileformat_write import encode_document
from gui.core.interop.formats import FormatError, decode_any, format_for_path, read_any, sniff_json, write_any
from gui.core.document.model import Document, Evidence, Event, Lane, Source, new_document
from gui.core.document.problems import LoadError
from gui.core.interop.timelinejs import decode_timelinejs, document_to_timelinejs, encode_timelinejs
from gui.core.document.validate import check_document

SHARED_TIMELINEJS = Path(__file__).parents[3].parent / "shared" / "data" / "timelinejs"
SHARED_FILES = [
    "eras.json", "group_sample.json", "houston.json", "marktwain.json", "republican.json", "women_in_computing.json",
]


# ----------------------------------------------------------------------------- helpers


def shared_file(name: str) -> Path:
    path = SHARED_TIMELINEJS / name
    if not path.is_file():
        pytest.skip(f"the shared TimelineJS samples are not available here ({path})")
    return path


def dumps(value: object) -> bytes:
    return json.dumps(value, indent=2, ensure_ascii=False).encode("utf-8")


def import_value(value: object, name: str = "t.json"):
    return decode_timelinejs(dumps(value), name)


def through_native_file(document: Document) -> Document:
    """The document as saved and loaded again, as the app would between import and export."""
    return decode_document(encode_document(document)).document


def export_value(document: Document) -> tuple[dict, list]:
    data, warnings = encode_timelinejs(document)
    assert data.endswith(b"}\n")
    return json.loads(data), warnings


def messages(problems) -> list[str]:
    return [p.describe() for p in problems]


def one_warning(problems, needle: str):
    found = [p for p in problems if needle in p.describe()]
    assert len(found) == 1, (needle, messages(problems))
    return found[0]


def without_timelinejs_extras(document: Document) -> bytes:
    """The document's bytes without the kept TimelineJS originals (which an export refreshes)."""
    value = json.loads(encode_document(document))
    value.pop("timelinejs", None)
    for item in value.get("events", []):
        item.pop("timelinejs", None)
    return json.dumps(value).encode()


# ----------------------------------------------------------------------------- 1. the real files


@pytest.mark.parametrize("name", SHARED_FILES)
def test_shared_file_imports_as_a_valid_timeline(name: str) -> None:
    path = shared_file(name)
    result = decode_timelinejs(path.read_bytes(), name)
    document = result.document
    assert document.events
    assert not [p for p in check_document(document) if p.is_error]
    # The native file written from it loads again with no error.
    again = decode_document(encode_document(document), "again.json")
    assert len(again.document.events) == len(document.events)
    # Every warning is located in the file.
    assert all(w.line is not None and w.column is not None for w in result.warnings), messages(result.warnings)


@pytest.mark.parametrize("name", SHARED_FILES)
def test_shared_file_round_trips_exactly(name: str) -> None:
    path = shared_file(name)
    original = json.loads(path.read_bytes())
    document = through_native_file(decode_timelinejs(path.read_bytes(), name).document)

    exported, warnings = export_value(document)

    assert exported == original
    assert warnings == []
    # Slides keep their key order too.
    assert [list(s) for s in exported["events"]] == [list(s) for s in original["events"]]


@pytest.mark.parametrize("name", SHARED_FILES)
def test_shared_file_imports_the_same_twice(name: str) -> None:
    """TimelineJS -> Inroads -> TimelineJS -> Inroads gives the first Inroads file again, byte for byte."""
    path = shared_file(name)
    first = decode_timelinejs(path.read_bytes(), name).document
    data, _ = encode_timelinejs(through_native_file(first))
    second = decode_timelinejs(data, name).document
    assert encode_document(second) == encode_document(first)


def test_shared_file_mapping_spot_checks() -> None:
    houston = decode_timelinejs(shared_file("houston.json").read_bytes(), "houston.json").document
    assert houston.title == "Whitney Houston 1963 - 2012"  # "<br/>" in a headline becomes a space
    assert houston.description.startswith("Houston's voice caught the imagination")
    assert [lane.name for lane in houston.lanes] == ["Timeline"]
    first = houston.events[0]
    assert (first.id, first.title, first.start, first.kind, first.status) == (
        "a-musical-heritage",
        "A Musical Heritage",
        "1963-08-09",
        "other",
        "reported",
    )
    assert not first.notes.startswith("<p>")
    source = next(s for s in houston.sources if s.url == "/static/img/examples/houston/family.jpg")
    assert source.title.startswith("Houston's mother and Gospel singer")
    assert "Tom Marcello (http://www.flickr.com/photos/11447043@N00/418180903/)" in source.publisher

    eras = decode_timelinejs(shared_file("eras.json").read_bytes(), "eras.json")
    assert eras.document.events[0].start == "0602" and eras.document.events[0].end == "0629"
    assert eras.document.extra["timelinejs"]["top_level"]["eras"][0]["text"]["headline"] == "Era Test 600-650"
    assert one_warning(eras.warnings, "3 eras").path == ("eras",)

    groups = decode_timelinejs(shared_file("group_sample.json").read_bytes(), "group_sample.json")
    assert [lane.name for lane in groups.document.lanes] == [
        "Group 1 - 1ST_INTERVIEW - 1st Interview - Technical assessment",
        "Group 2 - 2ND_INTERVIEW - 2nd Interview",
        "Group 3 - 3RD_INTERVIEW - 3rd Interview",
        "Group 4 - 4th_INTERVIEW - 4th Interview",
    ]
    assert groups.document.events[0].start == "2016-11-13"
    timed = one_warning(groups.warnings, "time of day (e.g. 09:30)")
    assert "7 slides" in timed.message and timed.line == 10

    women = decode_timelinejs(shared_file("women_in_computing.json").read_bytes(), "women.json").document
    edith = next(e for e in women.events if e.title == "Edith Clarke: Bucking the Trend")
    assert edith.start == "1948-03-14"  # months without zero padding
    eniac = next(e for e in women.events if e.title == "...And the women who made it work")
    assert (eniac.start, eniac.end) == ("1943-07", "1946")  # empty strings count as absent
    ada = women.events[0]
    assert ada.end == "1852-11-27"
    assert "Take Ada Lovelace (https://en.wikipedia.org/wiki/Ada_Lovelace): Daughter of Lord Byron" in ada.notes
    blockquote = next(s for s in women.sources if "There is no demand for women engineers" in s.text)
    assert blockquote.url == "" and "Edith Clarke, first female professor" in blockquote.text


def test_shared_files_figures() -> None:
    """How many of the shared files round-trip exactly (the report quotes this)."""
    exact = 0
    for name in SHARED_FILES:
        path = shared_file(name)
        document = through_native_file(decode_timelinejs(path.read_bytes(), name).document)
        exact += export_value(document)[0] == json.loads(path.read_bytes())
    assert exact == len(SHARED_FILES)


# ----------------------------------------------------------------------------- 2. every TimelineJS field

EVERY_FIELD = {
    "scale": "human",
    "title": {
        "media": {"url": "https://example.com/cover.jpg", "caption": "Cover", "credit": "Agency"},
        "text": {"headline": "Phones <i>in</i> America", "text": "<p>Who sold what.</p><p>And where.</p>"},
        "background": {"color": "#123456"},
    },
    "eras": [{"start_date": {"year": 2017}, "end_date": {"year": 2018}, "text": {"headline": "Talks"}}],
    "events": [
        {
            "start_date": {"year": 2018, "month": 1, "day": 9, "hour": 14, "minute": 5, "second": 7,
                           "millisecond": 250, "display_date": "9 Jan, afternoon", "format": "full"},
            "end_date": {"year": "2018", "month": "02"},
            "text": {"headline": "Huawei &amp; AT&amp;T <b>deal</b> off", "text": "<p>AT&amp;T walked away.</p>"},
            "media": {"url": "https://example.com/a.jpg", "caption": "<i>The</i> phone", "credit": "Reuters",
                      "thumbnail": "https://example.com/t.jpg", "alt": "a phone", "title": "Mate 10",
                      "link": "https://example.com", "link_target": "_blank"},
            "group": "Huawei",
            "display_date": "January 2018",
            "background": {"url": "https://example.com/bg.jpg", "color": "#000", "opacity": 50},
            "autolink": False,
            "unique_id": "huawei-att-off",
            "x_custom": [1, {"a": None}],
        },
        {"start_date": {"year": "2017"}, "text": {"headline": "Xiaomi plans", "text": "Plain text, kept as is."},
         "group": "Xiaomi", "media": {"url": "https://example.com/a.jpg", "caption": "<i>The</i> phone",
                                      "credit": "Reuters"}},
        {"start_date": {"year": 2017, "month": 12}, "text": {"headline": "No group"}, "group": ""},
        {"start_date": {"year": 2016}, "text": {"headline": "Also no group"}},
        {"start_date": {"year": 2019}, "unique_id": "huawei-att-off", "group": "Huawei",
         "text": {"headline": "Same id again"}},
        {"start_date": {"year": 2019}, "end_date": {"year": 2015}, "text": {"headline": "Ends before it starts"},
         "group": "Timeline"},
        {"start_date": {"year": -500}, "text": {"headline": "Too early for Inroads"}},
        {"start_date": {"year": "600"}, "end_date": {"year": "", "month": "", "day": ""},
         "media": {"url": "<blockquote>We will sell in the US.<cite>CEO</cite></blockquote>", "caption": "",
                   "credit": ""},
         "text": {"headline": "", "text": ""}, "unique_id": ""},
        {"start_date": {"year": 2020}, "media": {"url": "", "caption": "", "credit": "", "thumbnail": ""},
         "text": {"headline": "Empty media"}, "location": {"lat": 1.5, "lon": 2.25, "line": True}},
    ],
    "x_top": {"kept": True},
}


def test_every_field_round_trips_exactly() -> None:
    result = import_value(EVERY_FIELD)
    exported, warnings = export_value(through_native_file(result.document))
    original = copy.deepcopy(EVERY_FIELD)
    original["events"][4]["unique_id"] = "huawei-att-off-2"  # documented: repeated ids are made unique
    assert exported == original
    assert warnings == []


def test_every_field_mapping() -> None:
    document = import_value(EVERY_FIELD).document
    assert document.title == "Phones in America"
    assert document.description == "Who sold what.\n\nAnd where."
    # Lanes in first-seen order; slides without a group share a marked lane; a real group named like it does not.
    assert [(lane.id, lane.name) for lane in document.lanes] == [
        ("huawei", "Huawei"),
        ("xiaomi", "Xiaomi"),
        ("timeline", "Timeline"),
        ("timeline-2", "Timeline"),
    ]
    assert document.lanes[2].extra == {"timelinejs": {"ungrouped": True}}
    assert document.lanes[3].extra == {}
    events = {event.title: event for event in document.events}
    deal = events["Huawei & AT&T deal off"]
    assert (deal.id, deal.lane, deal.start, deal.end, deal.notes) == (
        "huawei-att-off", "huawei", "2018-01-09", "2018-02", "AT&T walked away.",
    )
    assert events["Xiaomi plans"].notes == "Plain text, kept as is."
    assert events["Xiaomi plans"].start == "2017" and events["Xiaomi plans"].id == "xiaomi-plans"
    assert events["No group"].lane == "timeline" and events["Also no group"].lane == "timeline"
    assert events["Same id again"].id == "huawei-att-off-2"
    assert events["Ends before it starts"].end is None and events["Ends before it starts"].lane == "timeline-2"
    assert "Too early for Inroads" not in events
    untitled = events[""]
    assert (untitled.start, untitled.end, untitled.id) == ("0600", None, "event")
    assert events["Empty media"].id == "empty-media"
    # Media -> sources: two slides with the same media share one; an embed gives text, not a url; empty gives none.
    assert [(s.id, s.url, s.title, s.publisher, s.text) for s in document.sources] == [
        ("huawei-att-off", "https://example.com/a.jpg", "The phone", "Reuters", ""),  # named after its event
        ("event", "", "", "", "We will sell in the US.CEO"),
    ]
    assert deal.extra["timelinejs"]["media"] == "huawei-att-off"
    assert events["Xiaomi plans"].extra["timelinejs"]["media"] == "huawei-att-off"
    assert untitled.extra["timelinejs"]["media"] == "event"
    assert "media" not in events["Empty media"].extra["timelinejs"]
    # Nobody invents evidence from media.
    assert all(not event.evidence for event in document.events)
    # The document keeps what Inroads does not show.
    kept = document.extra["timelinejs"]
    assert set(kept["top_level"]) == {"scale", "title", "eras", "x_top"}
    assert kept["unplaced_events"] == [{"index": 6, "slide": EVERY_FIELD["events"][6]}]
    assert not [p for p in check_document(document) if p.is_error]


def test_every_field_warnings() -> None:
    warnings = import_value(EVERY_FIELD).warnings
    expected = [
        ('"background" on 1 slide (events 0)', ("events", 0, "background")),
        ('"start_date.display_date" on 1 slide (events 0)', ("events", 0, "start_date", "display_date")),
        ('"start_date.format" on 1 slide (events 0)', ("events", 0, "start_date", "format")),
        ('"display_date" on 1 slide (events 0)', ("events", 0, "display_date")),
        ('"autolink" on 1 slide (events 0)', ("events", 0, "autolink")),
        ('"x_custom" on 1 slide (events 0)', ("events", 0, "x_custom")),
        ('"media.thumbnail" on 1 slide (events 0)', ("events", 0, "media", "thumbnail")),
        ('"media.alt" on 1 slide (events 0)', ("events", 0, "media", "alt")),
        ('"media.title" on 1 slide (events 0)', ("events", 0, "media", "title")),
        ('"media.link" on 1 slide (events 0)', ("events", 0, "media", "link")),
        ('"media.link_target" on 1 slide (events 0)', ("events", 0, "media", "link_target")),
        ('"location" on 1 slide (events 8)', ("events", 8, "location")),
        ("start_date on 1 slide (events 0) has a time of day (e.g. 14:05:07)", ("events", 0, "start_date")),
        ("text.headline on 1 slide (events 0) is HTML", ("events", 0, "text", "headline")),
        ("text.text on 1 slide (events 0) is HTML", ("events", 0, "text", "text")),
        ("media.caption on 2 slides (events 0, 1) is HTML", ("events", 0, "media", "caption")),
        ("media.url on 1 slide (events 7) is HTML (an embed)", ("events", 7, "media", "url")),
        ('unique_id "huawei-att-off" is used by an earlier slide too', ("events", 4, "unique_id")),
        ("end_date 2015 is before start_date 2019", ("events", 5, "end_date")),
        ("start_date year -500 is outside 0000-9999", ("events", 6, "start_date", "year")),
        ("1 era (labelled time spans) is not shown", ("eras",)),
        ('"x_top" is not shown by Inroads', ("x_top",)),
        ('the title slide\'s "media" is not shown', ("title", "media")),
        ('the title slide\'s "background" is not shown', ("title", "background")),
        ("the title slide's text.headline is HTML", ("title", "text", "headline")),
        ("the title slide's text.text is HTML", ("title", "text", "text")),
    ]
    for needle, path in expected:
        assert one_warning(warnings, needle).path == path
    assert len(warnings) == len(expected), messages(warnings)
    assert not any("scale" in m for m in messages(warnings))  # "human" is the default: nothing to say
    assert all(not w.is_error and w.line is not None for w in warnings)
    text = dumps(EVERY_FIELD).decode()
    located = one_warning(warnings, "is before start_date")
    line = text[: text.index('"end_date": {\n        "year": 2015')].count("\n") + 1
    assert located.line == line


def test_cosmological_file_keeps_every_slide() -> None:
    value = {"scale": "cosmological", "events": [{"start_date": {"year": -13_800_000_000},
                                                  "text": {"headline": "Big Bang"}},
                                                  {"start_date": {"year": 1969}, "text": {"headline": "Moon"}}]}
    result = import_value(value)
    assert [e.title for e in result.document.events] == ["Moon"]
    one_warning(result.warnings, "year -13800000000 is outside 0000-9999")
    one_warning(result.warnings, '"scale" is not shown')
    assert export_value(through_native_file(result.document))[0] == value


# ----------------------------------------------------------------------------- 3. edits after import


def imported(value: dict) -> Document:
    return through_native_file(import_value(value).document)


def test_edited_fields_win_and_the_rest_is_kept() -> None:
    document = imported(EVERY_FIELD)
    for edit in (
        edits.edit_event(document, "huawei-att-off", title="Deal off <for now>", notes="Line one\nline two"),
        edits.edit_event(document, "xiaomi-plans", start="2017-06", lane="huawei"),
        edits.edit_source(document, "huawei-att-off", title="A new caption"),
        edits.set_document_fields(document, title="New title"),
    ):
        edit.apply(document)

    exported, _ = export_value(document)

    deal, plans = exported["events"][0], exported["events"][1]
    assert deal["text"] == {"headline": "Deal off &lt;for now&gt;", "text": "<p>Line one<br>line two</p>"}
    # Untouched parts are written back exactly: the time of day, display dates, media extras, background...
    assert deal["start_date"] == EVERY_FIELD["events"][0]["start_date"]
    assert deal["background"] == EVERY_FIELD["events"][0]["background"]
    assert deal["media"]["caption"] == "A new caption" and deal["media"]["thumbnail"] == "https://example.com/t.jpg"
    assert deal["media"]["credit"] == "Reuters"
    assert plans["start_date"] == {"year": 2017, "month": 6}
    assert plans["group"] == "Huawei"
    assert plans["media"]["caption"] == "A new caption"  # the shared source
    assert exported["title"]["text"]["headline"] == "New title"
    assert exported["title"]["media"] == EVERY_FIELD["title"]["media"]
    # And importing that gives the edited values back.
    again = import_value(exported).document
    assert again.title == "New title"
    assert next(e for e in again.events if e.id == "huawei-att-off").notes == "Line one\nline two"
    assert next(e for e in again.events if e.id == "xiaomi-plans").start == "2017-06"


def test_an_edited_date_drops_the_time_of_day() -> None:
    document = imported(EVERY_FIELD)
    edits.edit_event(document, "huawei-att-off", start="2018-01-10").apply(document)
    assert export_value(document)[0]["events"][0]["start_date"] == {"year": 2018, "month": 1, "day": 10}


def test_moving_an_event_out_of_its_group() -> None:
    document = imported(EVERY_FIELD)
    edits.edit_event(document, "huawei-att-off", lane="timeline").apply(document)
    slide = export_value(document)[0]["events"][0]
    assert "group" not in slide


def test_a_deleted_media_source_drops_the_media_with_a_warning() -> None:
    document = imported(EVERY_FIELD)
    edits.delete_source(document, "huawei-att-off").apply(document)
    exported, warnings = export_value(document)
    assert "media" not in exported["events"][0] and "media" not in exported["events"][1]
    warning = next(w for w in warnings if 'came from source "huawei-att-off"' in w.describe())
    assert warning.where == 'events[0] (id "huawei-att-off")'


def test_edits_survive_timelinejs_and_back() -> None:
    document = imported(EVERY_FIELD)
    edits.edit_event(document, "huawei-att-off", kind="carrier-deal", status="cancelled", partners=["AT&T"],
                     end="..", tags=["deal"]).apply(document)
    edits.edit_lane(document, "huawei", color="#c7000b").apply(document)
    data, warnings = encode_timelinejs(document)
    back = decode_timelinejs(data, "back.json").document
    assert without_timelinejs_extras(back) == without_timelinejs_extras(document)
    assert any("ongoing end" in w.describe() for w in warnings)
    assert any("lane colours" in w.describe() for w in warnings)


# ----------------------------------------------------------------------------- 4. Inroads -> TimelineJS -> Inroads


def test_sample_round_trips_byte_for_byte(sample_path: Path) -> None:
    document = read_document(sample_path).document
    data, warnings = encode_timelinejs(document)
    back = decode_timelinejs(data, "sample.tl.json")
    assert back.warnings == []
    assert encode_document(back.document) == encode_document(document)
    assert [w.path[:3] for w in warnings if w.path[:1] == ("events",)]  # kinds etc. are reported
    assert not document.extra and all(not e.extra for e in back.document.events)  # nothing TimelineJS-ish added


def test_sample_as_timelinejs(sample_path: Path) -> None:
    document = read_document(sample_path).document
    value, warnings = document_to_timelinejs(document)
    assert value["title"]["text"]["headline"] == document.title
    slides = value["events"]
    assert len(slides) == len(document.events)
    first = slides[0]
    assert first["start_date"] == {"year": 2017, "display_date": "2017 (uncertain)"}
    assert first["group"] == "Huawei" and first["unique_id"] == "huawei-att-verizon-talks"
    assert first["inroads"]["kind"] == "carrier-talks" and first["inroads"]["start"] == "2017?"
    assert "status" not in first["inroads"]  # the default needs no keeping
    assert {s["group"] for s in slides} == {"Huawei", "Xiaomi"}
    ranged = next(s for s in slides if s["unique_id"] == "huawei-pursues-carrier-deal")
    assert ranged["start_date"]["display_date"] == "c. 2015" and ranged["end_date"]["year"] == 2017
    top = value["inroads"]
    assert top["format"] == "inroads-timeline" and top["version"] == 1
    assert [lane["color"] for lane in top["lanes"]] == ["#c7000b", "#ff6900"]
    assert top["sources"][0]["text"].startswith("Huawei and Xiaomi in Talks")
    assert "title" not in top and "description" not in top
    words = messages(warnings)
    for needle in ("the kind (12 events", "the status (2 events", "partners (5 events", "tags (7 events",
                   "evidence (source and quote) (12 events",
                   'an approximate or uncertain start (TimelineJS only shows it in words, e.g. "c. 2017") (10 events',
                   "lane colours", "1 source is kept"):
        assert any(needle in w for w in words), (needle, words)


def every_inroads_field() -> Document:
    text = "Xiaomi’s 小米 plan: talks with AT&T <and> Verizon.\nSecond line, with  two spaces."
    document = new_document("Title with\na line break")
    document.description = "Line one\n\n  indented & <escaped>"
    document.extra = {"x_doc": {"n": 1}}
    document.lanes = [
        Lane("huawei", "Huawei", "#c7000b", ["HW"], extra={"x_lane": True}),
        Lane("huawei-2", "Huawei"),  # the same name: TimelineJS groups cannot tell them apart
        Lane("empty", "", None),  # no events, no name
        Lane("xiaomi", "Xiaomi"),
    ]
    document.sources = [
        Source("src", "An article", "The Verge", "https://example.com/a", "2017?", "2017-12-01", ["Bloomberg"],
               "inferred date", text, extra={"x_source": [1]}),
        Source("plain", title="No URL", text="Only text here."),
    ]
    document.events = [
        Event("e1", "huawei", "Talks <with> AT&T", "2017-12~", "..", "carrier-talks", "rumored", ["AT&T", "Verizon"],
              [Evidence("src", "talks with AT&T <and> Verizon", "plan: ", ".", extra={"x_ev": 2}),
               Evidence("plain", "Only text")], "Notes  with double spaces\nand a line", ["a", "b"],
              extra={"x_event": "kept"}),
        Event("e2", "huawei-2", "Same lane name", "2018-03-14?", "2018-04%", evidence=[Evidence("plain", "Only text")]),
        Event("e3", "xiaomi", "", "0600"),
        Event("e4", "xiaomi", " spaced title ", "2019", notes="\n leading newline"),
    ]
    assert not [p for p in check_document(document) if p.is_error]
    return document


def test_every_inroads_field_round_trips() -> None:
    document = every_inroads_field()
    data, warnings = encode_timelinejs(document)
    back = decode_timelinejs(data, "every.json")
    assert encode_document(back.document) == encode_document(document)
    assert back.warnings == []
    value = json.loads(data)
    media = value["events"][0]["media"]
    assert media == {"url": "https://example.com/a", "caption": "An article", "credit": "The Verge"}
    assert "media" not in value["events"][1]  # its first evidence's source has no URL
    assert value["events"][1]["inroads"]["lane"] == "huawei-2"
    assert value["events"][0]["text"]["headline"] == "Talks &lt;with&gt; AT&amp;T"
    words = messages(warnings)
    for needle in ("a lane whose name another lane has too", "an ongoing end", "the unknown key \"x_event\"",
                   'the unknown key "x_doc" is kept', "timeline's title does not survive HTML",
                   "2 sources are kept"):
        assert any(needle in w for w in words), (needle, words)


@settings(max_examples=300, deadline=None, database=None)
@given(
    title=st.text(max_size=30),
    notes=st.text(max_size=60),
    group=st.text(min_size=1, max_size=12),
)
def test_any_text_round_trips_through_timelinejs(title: str, notes: str, group: str) -> None:
    document = new_document()
    document.lanes = [Lane("lane", group)]
    document.events = [Event("e", "lane", title, "2018", notes=notes)]
    data, _ = encode_timelinejs(document)
    back = decode_timelinejs(data, "t.json").document
    assert encode_document(back) == encode_document(document)


@st.composite
def edtf_dates(draw) -> str:
    year = draw(st.integers(0, 9999))
    month = draw(st.integers(0, 12))
    day = draw(st.integers(1, 28)) if month and draw(st.booleans()) else 0
    qualifier = draw(st.sampled_from(["", "", "~", "?", "%"]))
    approximate, uncertain = qualifier in ("~", "%"), qualifier in ("?", "%")
    return PartialDate(year, month, day, approximate, uncertain).edtf()


@st.composite
def documents(draw) -> Document:
    words = st.text(max_size=12)
    document = new_document(draw(words))
    document.description = draw(words)
    lane_ids = draw(st.lists(st.text(min_size=1, max_size=6), min_size=1, max_size=3, unique=True))
    document.lanes = [
        Lane(lane_id, draw(st.sampled_from(["", "Huawei", "huawei", draw(words)])),
             draw(st.sampled_from([None, "#abc"])))
        for lane_id in lane_ids
    ]
    source_ids = draw(st.lists(st.sampled_from(["s1", "s2", "s3"]), max_size=3, unique=True))
    document.sources = [
        Source(source_id, draw(words), draw(words), draw(st.sampled_from(["", "https://example.com/a", "<b>x</b>"])),
               text=draw(words))
        for source_id in source_ids
    ]
    event_ids = draw(st.lists(st.text(min_size=1, max_size=8), max_size=4, unique=True))
    for event_id in event_ids:
        start = draw(edtf_dates())
        end = draw(st.sampled_from([None, "..", start]))
        evidence = []
        if source_ids and draw(st.booleans()):
            # A valid document: a quote of only whitespace is an error the file format reports.
            quote = draw(st.text(min_size=1, max_size=8).filter(str.strip))
            evidence = [Evidence(draw(st.sampled_from(source_ids)), quote)]
        document.events.append(
            Event(event_id, draw(st.sampled_from(lane_ids)), draw(words), start, end,
                  draw(st.sampled_from(["other", "launch", ""])), draw(st.sampled_from(["reported", "rumored"])),
                  draw(st.lists(words, max_size=2)), evidence, draw(st.text(max_size=20)),
                  draw(st.lists(words, max_size=2)))
        )
    return document


@settings(max_examples=200, deadline=None, database=None)
@given(document=documents())
def test_any_document_round_trips_through_timelinejs(document: Document) -> None:
    assert not [p for p in check_document(document) if p.is_error]
    data, _ = encode_timelinejs(document)
    back = decode_timelinejs(data, "t.json").document
    assert encode_document(back) == encode_document(document)


json_scalars = st.one_of(st.none(), st.booleans(), st.integers(-5, 3000), st.text(max_size=6))
html_texts = st.one_of(
    st.text(max_size=15), st.sampled_from(["<p>a</p>", "x<br>y", "A &amp; B", "<a href='u'>l</a>", ""])
)
date_parts = st.one_of(st.integers(-3, 2100), st.sampled_from(["", "7", "07", "2018", " 12", "x"]), st.none())
tjs_dates = st.dictionaries(
    st.sampled_from(["year", "month", "day", "hour", "minute", "display_date", "format"]), date_parts, max_size=5
)
tjs_slides = st.dictionaries(
    st.sampled_from(["start_date", "end_date", "text", "media", "group", "unique_id", "background", "inroads"]),
    st.one_of(
        tjs_dates,
        st.dictionaries(st.sampled_from(["headline", "text"]), html_texts, max_size=2),
        st.dictionaries(st.sampled_from(["url", "caption", "credit", "thumbnail"]), html_texts, max_size=4),
        json_scalars,
    ),
    max_size=7,
)


@pytest.mark.parametrize("slide", [{"inroads": {}, "start_date": {"year": 0}}, {"start_date": {"year": 2018}, "inroads": {}}])
def test_an_empty_inroads_payload_on_a_slide_is_given_back_as_written(slide: dict) -> None:
    """Found by the property test below (session 15): an empty payload holds nothing to read, and was dropped."""
    value = {"events": [slide]}
    result = import_value(copy.deepcopy(value))
    exported, _ = export_value(through_native_file(result.document))
    assert exported == value


@settings(max_examples=300, deadline=None, database=None)
@given(slides=st.lists(tjs_slides, max_size=5), title=st.one_of(st.none(), tjs_slides))
def test_any_timelinejs_value_imports_or_is_refused_cleanly(slides: list, title: dict | None) -> None:
    """Whatever the slides hold, import either gives a valid document that exports back to the same
    value (duplicate unique_ids aside), or raises LoadError with located problems; it never crashes."""
    value: dict = {"events": slides}
    if title is not None:
        value["title"] = title
    try:
        result = import_value(value)
    except LoadError as error:
        assert error.errors and all(p.line is not None for p in error.errors)
        return
    assert not [p for p in check_document(result.document) if p.is_error]
    exported, _ = export_value(through_native_file(result.document))
    ids = [s.get("unique_id") for s in slides if isinstance(s.get("unique_id"), str) and s["unique_id"].strip()]
    if len(set(ids)) == len(ids):
        assert exported == value


def test_export_does_not_change_the_document(sample_path: Path) -> None:
    document = imported(EVERY_FIELD)
    before = encode_document(document)
    encode_timelinejs(document)
    assert encode_document(document) == before


# ----------------------------------------------------------------------------- 5. errors


def load_error(value: object) -> LoadError:
    with pytest.raises(LoadError) as caught:
        import_value(value, "bad.json")
    return caught.value


def test_bad_month_is_reported_at_its_path_and_line() -> None:
    bad = {"start_date": {"year": 2018, "month": "13"}, "unique_id": "x"}
    value = {"events": [{"start_date": {"year": 2018}}] * 3 + [bad]}
    error = load_error(value)
    text = dumps(value).decode()
    line = text[: text.index('"month": "13"')].count("\n") + 1
    assert error.report() == f'bad.json:{line}:18: events[3] (id "x"): start_date.month 13 is out of range 1-12'
    assert error.errors[0].path == ("events", 3, "start_date", "month")


def test_every_error_is_reported_in_one_go() -> None:
    value = {
        "title": {"text": {"headline": ["not", "text"]}},
        "events": [
            {"text": {"headline": "no date"}},
            {"start_date": {"year": "twenty"}},
            {"start_date": {"month": 3}},
            {"start_date": {"year": 2018, "day": 3}},
            {"start_date": {"year": 2018, "month": 2, "day": 30}},
            {"start_date": {"year": 2018}, "end_date": {"year": 2019, "month": 0}},
            {"start_date": {"year": 2018}, "text": "a string"},
            {"start_date": {"year": 2018}, "media": "https://example.com"},
            {"start_date": 2018},
            "a string",
        ],
    }
    error = load_error(value)
    assert [(p.path, p.message) for p in error.errors] == [
        (("title", "text", "headline"), "text.headline must be a string, not a list"),
        (("events", 0), 'missing "start_date" (every event slide needs one)'),
        (("events", 1, "start_date", "year"), 'start_date.year "twenty" is not a whole number'),
        (("events", 2, "start_date", "year"), "start_date has a month or day but no year"),
        (("events", 3, "start_date", "day"), "start_date has a day but no month"),
        (("events", 4, "start_date", "day"), "start_date.day 30 is out of range 1-28"),
        (("events", 5, "end_date", "month"), "end_date.month 0 is out of range 1-12"),
        (("events", 6, "text"), "text must be an object, not a string"),
        (("events", 7, "media"), "media must be an object, not a string"),
        (("events", 8, "start_date"), "start_date must be an object with a year, not a number"),
        (("events", 9), "must be a slide (an object), not a string"),
    ]
    assert all(p.line is not None for p in error.errors)


@pytest.mark.parametrize(
    "value, message",
    [
        ([1, 2], "the file holds a list, not an object"),
        ({"title": {"text": {"headline": "x"}}}, 'missing "events"'),
        ({"events": {"a": 1}}, "events must be a list, not an object"),
    ],
)
def test_not_a_timelinejs_timeline(value: object, message: str) -> None:
    assert message in load_error(value).report()


def test_syntax_and_encoding_errors() -> None:
    with pytest.raises(LoadError) as caught:
        decode_timelinejs(b'{"events": [\n  {"start_date": {"year": 2018}}\n  {"x": 1}]}', "syntax.json")
    assert caught.value.report() == "syntax.json:3:3: expected ','"
    with pytest.raises(LoadError) as caught:
        decode_timelinejs('{"events": [], "title": "Café"}'.encode("latin-1"), "latin.json")
    assert "is not UTF-8 text (byte 0xe9)" in caught.value.report()
    assert decode_timelinejs(b"\xef\xbb\xbf" + dumps({"events": [{"start_date": {"year": 2018}}]}), "bom.json")


def test_bad_inroads_data_is_reported_where_it_is(sample_path: Path) -> None:
    value = json.loads(encode_timelinejs(read_document(sample_path).document)[0])
    value["inroads"]["lanes"][0]["color"] = "red"
    value["events"][2]["inroads"]["evidence"][0]["source"] = "nowhere"
    error = load_error(value)
    # In file order: the event comes before the top-level "inroads" at the end.
    assert [(p.path, p.where) for p in error.errors] == [
        (("events", 2, "inroads", "evidence", 0, "source"), 'events[2] (id "huawei-pursues-carrier-deal")'),
        (("inroads", "lanes", 0, "color"), 'inroads.lanes[0] (id "huawei")'),
    ]
    assert 'cites source "nowhere", which is not in this file' in error.errors[0].message
    assert 'color "red" is not a colour' in error.errors[1].message
    assert all(p.line is not None for p in error.errors)


def test_a_bad_payload_object_is_kept_as_it_is() -> None:
    value = {"events": [{"start_date": {"year": 2018}, "inroads": "not an object"}],
             "inroads": {"not": "inroads data"}}
    result = import_value(value)
    one_warning(result.warnings, '"inroads" must be an object; ignored')
    one_warning(result.warnings, '"inroads" is not Inroads data')
    assert export_value(through_native_file(result.document))[0] == value


# ----------------------------------------------------------------------------- 6. formats


def test_sniffing_json(sample_path: Path) -> None:
    assert sniff_json(sample_path.read_bytes()) == "inroads"
    assert sniff_json(dumps({"events": [{"start_date": {"year": 1}}]})) == "timelinejs"
    assert sniff_json(b"\xef\xbb\xbf" + dumps({"events": [{"start_date": {"year": 1}}]})) == "timelinejs"
    late_format = {"events": [{"start_date": "x"}], "version": 1, "format": "inroads-timeline"}
    assert sniff_json(dumps(late_format)) == "inroads"
    assert sniff_json(b"{not json") == "inroads"  # the native reader explains the syntax error
    assert sniff_json(dumps({"events": []})) == "inroads"
    exported = encode_timelinejs(read_document(sample_path).document)[0]
    assert b'"format": "inroads-timeline"' in exported  # under the top-level "inroads"
    assert sniff_json(exported) == "timelinejs"
    assert format_for_path("a.JSON", writing=True) == "inroads"
    assert format_for_path("a.csv") == "csv"
    with pytest.raises(FormatError):
        format_for_path("a.txt", writing=True)


def test_read_any_and_write_any(tmp_path: Path, sample_path: Path) -> None:
    tl = tmp_path / "story.json"
    tl.write_bytes(dumps(EVERY_FIELD))
    result = read_any(tl)
    assert result.stamp is None and result.document.title == "Phones in America"
    native = tmp_path / "story.inroads.json"
    assert write_any(result.document, native) == []
    loaded = read_any(native)
    assert loaded.stamp is not None
    assert encode_document(loaded.document) == encode_document(result.document)
    back = tmp_path / "back.json"
    assert write_any(loaded.document, back, "timelinejs") == []
    assert read_any(back, "timelinejs").document.title == "Phones in America"
    assert json.loads(back.read_bytes())["x_top"] == {"kept": True}
    no_extension = tmp_path / "story"
    no_extension.write_bytes(dumps(EVERY_FIELD))
    assert read_any(no_extension).document.title == "Phones in America"
    with pytest.raises(FormatError):
        read_any(tl, "bogus")
    with pytest.raises(FormatError):
        write_any(result.document, tmp_path / "out.txt")
    assert not (tmp_path / "out.txt").exists()
    with pytest.raises(LoadError) as caught:
        read_any(tmp_path / "missing.json")
    assert caught.value.report() == f"{tmp_path / 'missing.json'}: no such file"
    assert decode_any(sample_path.read_bytes(), "s.json").document.title
