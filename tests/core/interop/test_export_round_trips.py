"""Export then import gives the same document, for CSV and TimelineJS (issue 15, item 5).

"The same document" is defined in docs/import-export.md ("Round trips, precisely"):

* TimelineJS carries the whole document: the import of the export is the document, byte for byte
  once saved as an Inroads file.
* A CSV carries events. Imported into the timeline it came from, it gives that timeline back exactly.
  Imported into a new timeline, each event comes back with the same fields, except what the export
  warned about (each warning names the events it is about), and lanes, sources and the timeline's own
  fields only as far as the export said.

The documents are drawn with unicode, quotes, commas, semicolons, line breaks (LF, CR, CRLF),
control characters (NUL included), bidi marks, outer spaces and unknown keys everywhere a file can
hold them; each is one the app can load (it goes through the Inroads file format first).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.interop.csv_format import decode_csv, encode_csv
from gui.core.document.dates import PartialDate
from gui.core.storage.fileformat import decode_document
from gui.core.storage.fileformat_write import encode_document
from gui.core.document.model import Document, Event, Evidence, Lane, Source, new_document
from gui.core.document.problems import LoadError
from gui.core.interop.timelinejs import decode_timelinejs, encode_timelinejs
from gui.core.document.validate import check_document

TRICKY_CHARACTERS = '",;\n\r\t \x00\x01\x1f\x7f\u202e\u200f&<>\'=\\é小😀'
text = st.text(
    alphabet=st.one_of(st.sampled_from(TRICKY_CHARACTERS), st.characters(blacklist_categories=("Cs",))), max_size=12
)
identifiers = st.one_of(
    st.sampled_from(["a", "hw", "mi", "Huawei", " padded ", "x;y", "a,b", '"q"']), text.filter(bool)
)
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-10, 10), text),
    lambda children: st.one_of(st.lists(children, max_size=2), st.dictionaries(text, children, max_size=2)),
    max_leaves=4,
)
unknown_keys = st.dictionaries(st.text(min_size=1, max_size=6).map(lambda key: "x_" + key), json_values, max_size=2)


@st.composite
def edtf_dates(draw) -> str:
    month = draw(st.integers(0, 12))
    day = draw(st.integers(1, 28)) if month and draw(st.booleans()) else 0
    qualifier = draw(st.sampled_from(["", "", "~", "?", "%"]))
    return PartialDate(draw(st.integers(0, 9999)), month, day, qualifier in "~%" and bool(qualifier),
                       qualifier in "?%" and bool(qualifier)).edtf()


@st.composite
def documents(draw) -> Document:
    """A document the app can load: valid, and read back from an Inroads file."""
    document = new_document(draw(text))
    document.description = draw(text)
    document.extra = draw(unknown_keys)
    lane_ids = draw(st.lists(identifiers, min_size=1, max_size=3, unique=True))
    document.lanes = [
        Lane(lane_id, draw(st.one_of(st.sampled_from(["", "Huawei", "huawei", " Huawei"]), text)),
             draw(st.sampled_from([None, "#abc"])), draw(st.lists(text, max_size=1)), draw(unknown_keys))
        for lane_id in lane_ids
    ]
    sources = {}
    for source_id in draw(st.lists(identifiers, max_size=2, unique=True)):
        body = draw(text) + "the quoted passage" + draw(text)
        url = draw(st.sampled_from(["", "https://example.com/a?b=1&c=2", "http://x.org/\"q\"", "javascript:alert(1)",
                                    "<iframe src=x></iframe>", "/relative.jpg"]))
        sources[source_id] = Source(source_id, draw(text), draw(text), url, text=body, extra=draw(unknown_keys))
    document.sources = list(sources.values())
    for event_id in draw(st.lists(identifiers, max_size=4, unique=True)):
        start = draw(edtf_dates())
        evidence = []
        for source_id in draw(st.lists(st.sampled_from(sorted(sources)), max_size=2)) if sources else []:
            evidence.append(Evidence(source_id, draw(st.sampled_from(["quoted passage", "the quoted"])),
                                     draw(st.sampled_from(["", "the "])), draw(st.sampled_from(["", " passage"])),
                                     extra=draw(unknown_keys)))
        document.events.append(
            Event(event_id, draw(st.sampled_from(lane_ids)), draw(text), start,
                  draw(st.sampled_from([None, "..", start])), draw(st.sampled_from(["other", "launch", "", " x "])),
                  draw(st.sampled_from(["reported", "rumored", ""])), draw(st.lists(text, max_size=2)), evidence,
                  draw(text), draw(st.lists(text, max_size=2)), extra=draw(unknown_keys))
        )
    loaded = decode_document(encode_document(document)).document
    assert not [p for p in check_document(loaded) if p.is_error]
    return loaded


def same(a: Document, b: Document) -> bool:
    return encode_document(a) == encode_document(b)


# ----------------------------------------------------------------------------- TimelineJS: everything comes back


@settings(max_examples=200, deadline=None, database=None)
@given(document=documents())
def test_timelinejs_export_imports_as_the_same_document(document: Document) -> None:
    data, _ = encode_timelinejs(document)
    assert same(decode_timelinejs(data, "t.json").document, document)


# ----------------------------------------------------------------------------- CSV into the timeline it came from


@settings(max_examples=200, deadline=None, database=None)
@given(document=documents())
def test_csv_export_imports_into_its_timeline_as_the_same_document(document: Document) -> None:
    data, _ = encode_csv(document)
    assert same(decode_csv(data, "e.csv", base=document).document, document)


# ----------------------------------------------------------------------------- CSV into a new timeline

#: The export warning that covers a field of an event that comes back different in a new timeline.
FIELD_WARNINGS = {
    "id": "surrounding spaces",
    "kind": "surrounding spaces",
    "status": "surrounding spaces",
    "title": "carriage return",
    "notes": "carriage return",
    "partners": "partner or tag",
    "tags": "partner or tag",
    "extra": "unknown keys",
}


def warned(warnings: list[str], words: str, event_id: str) -> bool:
    return any(words in w and f'"{event_id}"' in w for w in warnings)


@settings(max_examples=200, deadline=None, database=None)
@given(document=documents())
def test_csv_export_into_a_new_timeline_gives_back_what_it_does_not_warn_about(document: Document) -> None:
    data, warnings = encode_csv(document)
    words = [w.describe() for w in warnings]
    events_only = any(w.startswith("a CSV holds events only") for w in words)
    assert events_only == bool(document.lanes or document.sources or document.title or document.description
                               or document.extra)
    try:
        fresh = decode_csv(data, "e.csv").document
    except LoadError as error:
        # Evidence needs its sources, and a lane or id of only spaces is blank once trimmed: both warned.
        assert error.errors and all(p.line is not None for p in error.errors)
        assert any(e.evidence for e in document.events) or any("surrounding spaces" in w for w in words)
        return
    assert len(fresh.events) == len(document.events)
    for mine, theirs in zip(fresh.events, document.events):
        for name, covered_by in FIELD_WARNINGS.items():
            if getattr(mine, name) != getattr(theirs, name):  # a carriage return anywhere becomes a line break
                assert warned(words, covered_by, theirs.id) or warned(words, "carriage return", theirs.id), (
                    name, theirs.id, words)
        assert (mine.start, mine.end, mine.evidence) == (theirs.start, theirs.end, theirs.evidence)
        lane = next(x for x in fresh.lanes if x.id == mine.lane)
        their_lane = next(x for x in document.lanes if x.id == theirs.lane)
        if mine.lane != theirs.lane:
            assert warned(words, "surrounding spaces", theirs.id) or warned(words, "carriage return", theirs.id)
        elif lane.name != their_lane.name:
            assert any("does not give back" in w and f'"{their_lane.id}"' in w for w in words), words
    used = list(dict.fromkeys(e.lane for e in document.events))
    if [lane.id for lane in fresh.lanes] != used or [lane.id for lane in document.lanes] != used:
        assert any("does not give back" in w for w in words) or any("surrounding spaces" in w for w in words)
