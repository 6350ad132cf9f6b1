"""What the loader does to keep a big document small, and that the model behaves as plain records all the same.

Events and Evidence read from a file share one empty ``extra`` until it is read, and
equal short strings (lane ids, kinds, dates, partners...) are one object each. None of
that may show: every event still has its own ``extra`` dict and its own lists.
"""

from __future__ import annotations

import copy
import json
import pickle

import msgspec
import pytest

from gui.core.document.dates import parse_date, parsed_dates
from gui.core.storage.fileformat import decode_document
from gui.core.storage.fileformat_write import encode_document
from gui.core.document.model import FORMAT_NAME, STORED_EXTRA, Event, Evidence, share_empty_extra
from gui.core.document.problems import LoadError
from gui.core.document.validate import _comparison_keys


def minimal(**overrides) -> dict:
    document = {
        "format": FORMAT_NAME,
        "version": 1,
        "lanes": [{"id": "huawei", "name": "Huawei"}],
        "sources": [{"id": "art", "title": "An article", "text": "Huawei is in talks with AT&T."}],
        "events": [],
    }
    document.update(overrides)
    return document


def evidence(quote: str = "Huawei is in talks") -> dict:
    return {"source": "art", "quote": quote}


def three_events(**top) -> dict:
    """Three events alike but for their ids: equal lanes, dates, partners, tags and evidence."""
    events = [
        {
            "id": f"e{number}",
            "lane": "huawei",
            "title": "Talks",
            "start": "2017-12~",
            "end": "2018-03",
            "partners": ["AT&T", "Verizon"],
            "tags": ["us"],
            "evidence": [evidence()],
        }
        for number in range(3)
    ]
    return minimal(events=events, **top)


def load(value: dict):
    return decode_document(json.dumps(value, indent=2).encode()).document


def stored(obj):
    return getattr(obj, STORED_EXTRA)


def test_events_and_evidence_without_unknown_keys_share_one_empty_extra_until_read():
    events = load(three_events()).events
    assert stored(events[0]) is stored(events[1]) is stored(events[0].evidence[0]) is stored(events[2].evidence[0])


def test_each_event_still_has_its_own_extra():
    document = load(three_events())
    first, second, third = document.events
    first.extra["x_note"] = "mine"
    second.evidence[0].extra["x_page"] = 3
    assert first.extra == {"x_note": "mine"}
    assert second.extra == {} and third.extra == {}
    assert first.evidence[0].extra == {} and third.evidence[0].extra == {}
    assert second.evidence[0].extra == {"x_page": 3}
    saved = json.loads(encode_document(document))
    assert saved["events"][0]["x_note"] == "mine"
    assert saved["events"][1]["evidence"][0]["x_page"] == 3
    assert "x_note" not in saved["events"][1] and "x_page" not in saved["events"][0]["evidence"][0]


def test_an_extra_that_is_read_holds_on_to_what_is_put_in_it_later():
    event = load(three_events()).events[0]
    extra = event.extra
    extra["a"] = 1
    assert event.extra is extra
    assert event.extra == {"a": 1}


@pytest.mark.parametrize("touch", ["read", "emptied", "replaced"])
def test_an_extra_read_or_emptied_again_changes_neither_equality_nor_what_is_saved(touch):
    value = three_events()
    document, untouched = load(value), load(value)
    for event in document.events:
        if touch == "read":
            event.extra  # noqa: B018 - reading is the point
            event.evidence[0].extra  # noqa: B018
        elif touch == "emptied":
            event.extra["x"] = 1
            del event.extra["x"]
        else:
            event.extra = {}
    assert document == untouched
    assert encode_document(document) == encode_document(untouched)
    assert b"$inroads-extra" not in encode_document(document)


def test_copies_and_pickles_do_not_share_an_extra_between_events():
    document = load(three_events())
    for copied in (copy.deepcopy(document), pickle.loads(pickle.dumps(document))):
        assert copied == document
        copied.events[0].extra["x"] = 1
        copied.events[0].evidence[0].extra["y"] = 2
        assert [event.extra for event in copied.events[1:]] == [{}, {}]
        assert copied.events[1].evidence[0].extra == {}
        assert document.events[0].extra == {}
        assert document.events[0].evidence[0].extra == {}


def test_an_event_replaced_with_a_change_has_its_own_extra():
    event = load(three_events()).events[0]
    changed = msgspec.structs.replace(event, title="Other")
    changed.extra["x"] = 1
    assert event.extra == {}
    assert msgspec.structs.replace(event, title="Other").extra == {}


def test_events_made_in_code_have_their_own_extra_and_lists():
    first, second = Event("a", "l", "A", "2018"), Event("b", "l", "B", "2018")
    first.extra["x"] = 1
    first.tags.append("t")
    first.evidence.append(Evidence("s", "q"))
    assert second.extra == {} and second.tags == [] and second.evidence == []
    assert Event("c", "l", "C", "2018", extra={"y": 2}).extra == {"y": 2}


def test_share_empty_extra_leaves_extras_with_keys_alone():
    kept, emptied = Event("a", "l", "A", "2018", extra={"x": 1}), Event("b", "l", "B", "2018")
    share_empty_extra([kept, emptied])
    assert kept.extra == {"x": 1}
    assert stored(emptied) is not stored(Event("c", "l", "C", "2018"))  # now the shared one
    emptied.extra["y"] = 2
    assert kept.extra == {"x": 1}


def test_the_careful_road_shares_empty_extras_too_and_keeps_unknown_keys():
    value = three_events(x_top="kept")
    value["events"][1]["x_note"] = "n"
    document = load(value)
    first, second, third = document.events
    assert stored(first) is stored(third)
    assert second.extra == {"x_note": "n"}
    first.extra["y"] = 1
    assert third.extra == {} and second.extra == {"x_note": "n"}
    assert document.extra == {"x_top": "kept"}


def test_equal_strings_are_shared_but_lists_are_each_events_own():
    first, second, _ = load(three_events()).events
    assert first.lane is second.lane and first.start is second.start and first.end is second.end
    assert first.partners[0] is second.partners[0] and first.tags[0] is second.tags[0]
    assert first.evidence[0].source is second.evidence[0].source
    assert first.partners is not second.partners and first.tags is not second.tags
    first.partners.append("T-Mobile")
    first.tags.clear()
    assert second.partners == ["AT&T", "Verizon"] and second.tags == ["us"]


def test_shared_lists_are_not_given_room_to_grow():
    """Sharing a list's strings keeps the list the decoder made: a copy would get room for 8 items."""
    event = load(three_events()).events[0]
    decoded = msgspec.json.decode(b'["AT&T", "Verizon"]')
    assert event.partners.__sizeof__() <= decoded.__sizeof__()


# --------------------------------------------------------------------------- dates compared in bulk

DATE_TEXTS = [
    "2018",
    "2018~",
    "2018-03",
    "2018-03?",
    "2018-03-14",
    "2018-03-14%",
    "0000",
    "0000-01-01",
    "9999-12-31",
    "2016-02-29",
    "2017-02-29",
    "2018-13",
    "2018-00",
    "18",
    "",
    "..",
    " 2018",
]


def test_parsed_dates_leaves_out_what_is_not_a_date():
    parsed = parsed_dates(DATE_TEXTS)
    for text in DATE_TEXTS:
        try:
            expected = parse_date(text)
        except ValueError:
            assert text not in parsed
        else:
            assert parsed[text] == expected


def test_comparison_keys_are_the_truncations_of_each_date():
    keys = _comparison_keys(set(DATE_TEXTS))
    assert set(keys) == set(parsed_dates(DATE_TEXTS))
    for text, key in keys.items():
        date = parse_date(text)
        year = date.year * 10_000
        assert key == (year, year + date.month * 100, year + date.month * 100 + date.day, int(date.precision))
    assert _comparison_keys(set()) == {}


@pytest.mark.parametrize(
    ("start", "end", "fine"),
    [
        ("2018-03-14", "2018-03", True),  # same month at month precision
        ("2018-03-14", "2018-02-28", False),
        ("2018", "2018-01-01", True),
        ("2018-06", "2017", False),
        ("2018-06~", "2018?", True),
    ],
)
def test_a_range_ending_before_its_start_is_found_in_bulk(start, end, fine):
    events = [{"id": "a", "lane": "huawei", "title": "T", "start": start, "end": end}]
    value = minimal(events=events)
    if fine:
        load(value)
    else:
        with pytest.raises(LoadError, match="is before start"):
            load(value)


def test_changing_the_shared_extra_through_asdict_stops_the_save_and_writes_nothing(tmp_path):
    from gui.core.storage.fileformat import read_document
    from gui.core.storage.fileformat_write import write_document
    from gui.core.document.model import SharedExtraChanged, check_shared_extra
    from gui.core.storage.resources import sample_path

    path = tmp_path / "t.json"
    path.write_bytes(sample_path().read_bytes())
    document = read_document(path).document
    before = path.read_bytes()
    msgspec.structs.asdict(document.events[0])["extra"]["oops"] = 1  # past the attribute: the shared dict
    try:
        with pytest.raises(SharedExtraChanged, match="asdict"):
            write_document(document, path)
        assert path.read_bytes() == before
        assert sorted(p.name for p in tmp_path.iterdir()) == ["t.json"]
    finally:
        msgspec.structs.asdict(document.events[0])["extra"].clear()
    check_shared_extra()
