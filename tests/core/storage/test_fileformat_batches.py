"""The fast road at scale: events decoded in batches, strings shared, checks and proofs per batch.

Real files in tmp_path with more events than one batch holds, so that every problem can sit in a
later batch than the first. Each test compares with what the whole-document checks say.
"""

from __future__ import annotations

import gc
import hashlib
import json
import weakref
from pathlib import Path

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.storage import byte_scan, fast_road, fileformat, fileformat_write
from gui.core.storage.diskstamp import DiskStamp
from gui.core.storage.fileformat import decode_document, read_document
from gui.core.storage.fileformat_write import encode_document, write_document
from gui.core.storage.load_progress import LoadCancelled
from gui.core.document.model import FORMAT_NAME, Document
from gui.core.document.problems import LoadError, Severity
from gui.core.document.validate import check_document

BATCH = fast_road.BATCH
EVENTS = 2 * BATCH + 500  # three batches, the last one short

TEXT = "Huawei is in talks with AT&T. Xiaomi too: talks with Verizon."


def big(events: int = EVENTS) -> dict:
    """A valid timeline with ``events`` events as plain JSON values."""
    return {
        "format": FORMAT_NAME,
        "version": 1,
        "title": "Batches",
        "lanes": [{"id": "huawei", "name": "Huawei"}, {"id": "xiaomi", "name": "Xiaomi"}],
        "sources": [{"id": "art", "title": "An article", "text": TEXT}],
        "events": [
            {
                "id": f"e{number}",
                "lane": ("huawei", "xiaomi")[number % 2],
                "title": f"Event {number}",
                "start": f"{2000 + number % 20}-0{1 + number % 9}",
                **({"end": f"{2021 + number % 3}"} if number % 3 == 0 else {}),
                "kind": "carrier-talks",
                "status": "reported",
                "partners": ["AT&T", "Verizon"][: 1 + number % 2],
                "evidence": [{"source": "art", "quote": "Huawei is in talks with AT&T."}],
                **({"tags": ["flagship"]} if number % 4 == 0 else {}),
            }
            for number in range(events)
        ],
    }


def write(tmp_path: Path, value, name: str = "big.json", indent: int | None = 2) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(value, indent=indent, ensure_ascii=False), encoding="utf-8")
    return path


def saved(tmp_path: Path, value) -> Path:
    """The file as Inroads itself writes it."""
    path = tmp_path / "saved.json"
    path.write_bytes(encode_document(decode_document(json.dumps(value).encode()).document))
    return path


def problems_of(path: Path) -> list[str]:
    try:
        result = read_document(path)
    except LoadError as error:
        return [problem.format("f") for problem in error.problems]
    return [problem.format("f") for problem in result.warnings]


# --------------------------------------------------------------------------- valid files


def test_a_file_of_several_batches_loads_and_saves_byte_for_byte(tmp_path):
    path = saved(tmp_path, big())
    result = read_document(path)
    assert len(result.document.events) == EVENTS and result.warnings == []
    assert result.document.events[-1].id == f"e{EVENTS - 1}"
    assert encode_document(result.document) == path.read_bytes()


def test_repeated_strings_are_shared_across_batches(tmp_path):
    events = read_document(saved(tmp_path, big())).document.events
    first, last = events[0], events[-2]  # the same lane, in the first and the last batch
    assert first.lane == last.lane and first.lane is last.lane
    assert first.kind is last.kind and first.status is last.status
    assert first.partners[0] is last.partners[0]
    assert first.evidence[0].source is last.evidence[0].source
    assert events[0].tags[0] is events[-4].tags[0]


def test_the_document_is_the_same_as_a_whole_decode(tmp_path):
    path = saved(tmp_path, big())
    assert read_document(path).document == msgspec.json.decode(path.read_bytes(), type=Document)


@pytest.mark.parametrize(
    "layout",
    [None, 0, 4, "tabs", "space before colons"],
    ids=["compact", "one-line", "indent-4", "tabs", "space-before-colon"],
)
def test_any_layout_loads(tmp_path, layout):
    value = big()
    if layout == "tabs":
        text = json.dumps(value, indent="\t")
    elif layout == "space before colons":
        text = json.dumps(value, indent=1, separators=(",", " : "))
    else:
        text = json.dumps(value, indent=layout)
    path = tmp_path / "layout.json"
    path.write_text(text, encoding="utf-8")
    assert len(read_document(path).document.events) == EVENTS


def test_an_empty_events_list_in_the_file_loads(tmp_path):
    value = big(0)
    assert value["events"] == []
    assert read_document(write(tmp_path, value)).document.events == []


# --------------------------------------------------------------------------- problems in later batches


def _broken(change) -> dict:
    value = big()
    change(value["events"])
    return value


@pytest.mark.parametrize(
    "change",
    [
        lambda events: events[BATCH + 7].update(lane="nokia"),
        lambda events: events[2 * BATCH + 3].update(id="e5"),
        lambda events: events[BATCH].update(id=""),
        lambda events: events[2 * BATCH + 1].update(start="2018-02-30"),
        lambda events: events[BATCH + 2].update(start="2019", end="2018"),
        lambda events: events[BATCH + 2].update(end="soon"),
        lambda events: events[2 * BATCH].update(start=".."),
        lambda events: events[BATCH + 9]["evidence"][0].update(source="gone"),
        lambda events: events[BATCH + 9]["evidence"][0].update(quote="  "),
        lambda events: events[BATCH + 9]["evidence"][0].update(quote="not in the text"),
        lambda events: events[BATCH + 9]["evidence"][0].update(quote="Huawei  is in\ntalks with AT&T."),
    ],
    ids=[
        "unknown-lane",
        "duplicate-id",
        "empty-id",
        "bad-date",
        "end-before-start",
        "bad-end",
        "ongoing-start",
        "missing-source",
        "blank-quote",
        "quote-not-found",
        "quote-found-after-normalising",
    ],
)
def test_a_problem_in_a_later_batch_is_reported_as_the_whole_check_reports_it(tmp_path, change):
    path = write(tmp_path, _broken(change))
    document = msgspec.json.decode(path.read_bytes(), type=Document)
    expected = sorted(check_document(document), key=lambda p: (not p.is_error, p.path))
    try:
        result = read_document(path)
    except LoadError as error:
        found = error.problems
    else:
        found = result.warnings
    assert [(p.message, p.path, p.severity) for p in sorted(found, key=lambda p: (not p.is_error, p.path))] == [
        (p.message, p.path, p.severity) for p in expected
    ]
    assert all(p.line is not None for p in found if p.path)


def test_a_quote_found_only_after_normalising_spaces_is_no_warning(tmp_path):
    value = _broken(lambda events: events[BATCH + 9]["evidence"][0].update(quote="Huawei  is in\ntalks with AT&T."))
    assert read_document(write(tmp_path, value)).warnings == []


def test_a_quote_not_found_is_a_warning_with_its_place(tmp_path):
    value = _broken(lambda events: events[2 * BATCH + 9]["evidence"][0].update(quote="not in the text"))
    (warning,) = read_document(write(tmp_path, value)).warnings
    assert warning.severity is Severity.WARNING and warning.path[:2] == ("events", 2 * BATCH + 9)
    assert warning.line is not None


# --------------------------------------------------------------------------- repeated keys


def _with_repeat(text: str, event: int, key: str = "title") -> str:
    """The file's text with ``key`` repeated in one event (the first occurrence keeps its value)."""
    marker = f'"id": "e{event}",'
    return text.replace(marker, f'{marker} "{key}": "shadowed",', 1)


@pytest.mark.parametrize("event", [0, BATCH + 1, EVENTS - 1])
def test_a_repeated_key_in_any_batch_is_an_error(tmp_path, event):
    path = saved(tmp_path, big())
    path.write_text(_with_repeat(path.read_text(encoding="utf-8"), event), encoding="utf-8")
    messages = problems_of(path)
    assert len(messages) == 1 and 'key "title" appears twice' in messages[0]


def test_a_repeated_key_is_found_even_when_an_escaped_colon_evens_out_the_count(tmp_path):
    """The proof counts colons: a colon written as \\u003a must not hide the repeat's colon."""
    value = big()
    value["events"][5]["title"] = "Deal: signed"
    path = saved(tmp_path, value)
    colons = path.read_text(encoding="utf-8").count(":")
    text = path.read_text(encoding="utf-8").replace("Deal: signed", "Deal\\u003a signed")
    text = _with_repeat(text, BATCH + 3)
    path.write_text(text, encoding="utf-8")
    assert text.count(":") == colons  # one more from the repeat, one fewer from the escape
    messages = problems_of(path)
    assert len(messages) == 1 and 'key "title" appears twice' in messages[0]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('"title": "Batches",', '"title": "Batches", "title": "Again",'),
        ('"name": "Huawei"', '"name": "Huawei", "name": "H"'),
        ('"title": "An article",', '"title": "An article", "title": "B",'),
        ('"quote": "Huawei is in talks with AT&T."}', '"quote": "x", "quote": "Huawei is in talks with AT&T."}'),
    ],
    ids=["top-level", "lane", "source", "evidence"],
)
def test_a_repeated_key_outside_the_events_or_deep_inside_one_is_an_error(tmp_path, old, new):
    path = write(tmp_path, big(), indent=None)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    messages = problems_of(path)
    assert messages and all("appears twice" in message for message in messages)


# --------------------------------------------------------------------------- flaws the batches meet


def test_bad_bytes_in_a_later_batch_are_located_in_the_file(tmp_path):
    path = saved(tmp_path, big())
    data = path.read_bytes()
    at = data.index(b'"Event 2400"')
    path.write_bytes(data[: at + 3] + b"\xe9" + data[at + 4 :])
    (message,) = problems_of(path)
    line = data[:at].count(b"\n") + 1
    assert f"f:{line}:" in message and "is not UTF-8 text (byte 0xe9)" in message


def test_an_unknown_key_in_a_later_batch_takes_the_careful_road_and_is_kept(tmp_path):
    value = big()
    value["events"][BATCH + 5]["x_confidence"] = 0.5
    value["events"][2 * BATCH + 5]["evidence"][0]["x_page"] = 3
    document = read_document(write(tmp_path, value)).document
    assert document.events[BATCH + 5].extra == {"x_confidence": 0.5}
    assert document.events[2 * BATCH + 5].evidence[0].extra == {"x_page": 3}
    again = json.loads(encode_document(document))
    assert again["events"][BATCH + 5]["x_confidence"] == 0.5


# --------------------------------------------------------------------------- progress and cancelling


def test_progress_goes_through_the_stages_and_ends_at_one(tmp_path, monkeypatch):
    monkeypatch.setattr(fileformat, "_READ_CHUNK", 64 * 1024)  # several reads for this small file
    path = saved(tmp_path, big())
    heard: list[tuple[str, int, int]] = []
    read_document(path, progress=lambda stage, done, total: heard.append((stage, done, total)))
    stages = [stage for stage, _, _ in heard]
    assert stages[0] == "Reading" and stages[-1] == "Checking"
    assert stages.index("Decoding") > stages.index("Reading") and stages.index("Checking") > stages.index("Decoding")
    size = path.stat().st_size
    assert [done for stage, done, _ in heard if stage == "Reading"][-1] == size
    assert {total for stage, _, total in heard if stage == "Reading"} == {size}
    decoded = [done for stage, done, _ in heard if stage == "Decoding"]
    assert decoded == sorted(decoded) and decoded[-1] == EVENTS
    assert heard[-1] == ("Checking", 1, 1)


def test_a_progress_callback_can_cancel_a_load(tmp_path):
    path = saved(tmp_path, big())
    calls = []

    def stop_while_decoding(stage, done, total):
        calls.append(stage)
        if stage == "Decoding":
            raise LoadCancelled

    assert gc.isenabled()
    with pytest.raises(LoadCancelled):
        read_document(path, progress=stop_while_decoding)
    assert calls[-1] == "Decoding" and calls.count("Decoding") == 1
    assert gc.isenabled()  # paused while decoding, and on again


def test_the_careful_road_reports_progress_too(tmp_path):
    value = big()
    value["x_note"] = "unknown keys take the careful road"
    heard = []
    read_document(write(tmp_path, value), progress=lambda stage, done, total: heard.append(stage))
    assert "Decoding" in heard and heard[-1] == "Checking"


# --------------------------------------------------------------------------- writing


def _one_piece(document) -> bytes:
    """What saving wrote before it went by batches: the whole document encoded, then indented."""
    payload = fileformat_write._payload(document)
    try:
        compact = fileformat_write._ENCODER.encode(payload)
    except UnicodeEncodeError:
        mended = fileformat_write._without_lone_surrogates(msgspec.to_builtins(payload))
        compact = fileformat_write._ENCODER.encode(mended)
    return msgspec.json.format(compact, indent=2) + b"\n"


@pytest.mark.parametrize("write_batch", [7, BATCH, fileformat_write._WRITE_BATCH])
def test_saving_by_batches_writes_what_one_piece_would(tmp_path, monkeypatch, write_batch):
    monkeypatch.setattr(fileformat_write, "_WRITE_BATCH", write_batch)
    value = big()
    value["lanes"][1]["x_ticker"] = "XMI"  # an unknown key outside the events
    value["events"][BATCH + 5]["x_confidence"] = 0.5  # and in later batches
    value["events"][2 * BATCH + 5]["evidence"][0]["x_page"] = 3
    document = read_document(write(tmp_path, value)).document
    document.events[BATCH * 2 + 7].title = "half a pair \ud800 here"  # pasted text, saved as U+FFFD
    assert encode_document(document) == _one_piece(document)
    document.extra = {"x_top": [1, 2]}
    assert encode_document(document) == _one_piece(document)
    document.events = []
    assert encode_document(document) == _one_piece(document)


def test_write_document_returns_the_files_stamp_without_reading_it_back(tmp_path):
    document = read_document(saved(tmp_path, big())).document
    out = tmp_path / "out.json"
    stamp = write_document(document, out)
    assert stamp == DiskStamp.of_file(out)
    assert stamp.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert not stamp.changed_on_disk(out)


# --------------------------------------------------------------------------- the garbage collector


class _Cycle:
    pass


def test_a_big_document_goes_straight_to_the_oldest_generation(tmp_path, monkeypatch):
    """No young collection examines the new document right after a load; garbage is still collected."""
    monkeypatch.setattr(byte_scan, "SCAN_IN_THREAD_BYTES", 1024)  # this file counts as big: scanned in a thread
    monkeypatch.setattr(fileformat, "SCAN_IN_THREAD_BYTES", 1024)  # and its document moved to the oldest generation
    path = saved(tmp_path, big())
    cycle = _Cycle()
    cycle.me = cycle
    gone = weakref.ref(cycle)
    del cycle
    assert gc.isenabled()
    result = read_document(path)
    assert gc.isenabled()
    assert gc.get_count()[0] < 100  # the young generation is (nearly) empty, not 10,000 lists
    assert gc.is_tracked(result.document.events[0].partners)
    gc.collect()
    assert gone() is None


# --------------------------------------------------------------------------- the screen is a proof

_IDS = st.sampled_from(["a", "b", "c", "", "a "])
_DATES = st.sampled_from(["2018", "2018-02", "2018-02-28", "2018-02-30", "2017~", "2019?", "..", "", "x", "2018-13"])
_QUOTES = st.sampled_from(["talks", "Talks", "  ", "", "in  talks", "talks with", "nowhere"])


@st.composite
def _documents(draw):
    from gui.core.document.model import Document, Event, Evidence, Lane, Source

    events = [
        Event(
            id=draw(_IDS),
            lane=draw(st.sampled_from(["huawei", "xiaomi", "nokia", ""])),
            title="T",
            start=draw(_DATES),
            end=draw(st.one_of(st.none(), _DATES)),
            evidence=draw(
                st.lists(st.builds(Evidence, source=st.sampled_from(["art", "gone", ""]), quote=_QUOTES), max_size=2)
            ),
        )
        for _ in range(draw(st.integers(0, 6)))
    ]
    return Document(
        FORMAT_NAME,
        1,
        lanes=[Lane("huawei"), Lane("xiaomi")],
        sources=[Source("art", text="Huawei in talks with AT&T.")],
        events=events,
    )


@settings(max_examples=400, deadline=None, database=None)
@given(document=_documents())
def test_events_the_screen_passes_have_no_problem(document):
    from gui.core.document.validate import EventScreen

    screen = EventScreen(document.lanes, document.sources)
    for start in range(0, len(document.events), 2):  # in batches, as the loader adds them
        screen.add(document.events[start : start + 2])
    assert check_document(document, screen) == check_document(document)


def test_a_lean_file_shares_its_strings_and_decodes_as_a_whole_decode_does(tmp_path):
    """Batches where no event has partners, tags, evidence, a kind or an end skip those passes (#22): the
    lane ids and dates are still shared, and a later batch's tags still are."""
    value = big()
    for number, event in enumerate(value["events"]):
        for key in ("kind", "status", "partners", "evidence", "tags", "end"):
            event.pop(key, None)
        if number >= 2 * BATCH and number % 2:
            event["tags"] = ["late"]
    value["sources"] = []
    path = saved(tmp_path, value)
    events = read_document(path).document.events
    assert read_document(path).document == msgspec.json.decode(path.read_bytes(), type=Document)
    assert events[0].lane is events[-2].lane and events[0].start is events[-1 - (EVENTS - 1) % 180].start
    assert events[0].kind is events[-1].kind and events[0].end is None
    assert events[-1].tags[0] is events[-3].tags[0]
