"""The fast road's vocabulary decoder: lane ids, kinds and statuses shared as they are decoded.

Real files in tmp_path with more events than one batch. Each test failed before
``storage.vocabulary`` existed (it is imported here); what a file loads to is compared with a
plain decode of the whole document.
"""

from __future__ import annotations

import json
import pickle

import msgspec
import pytest

from gui.core.document.model import DEFAULT_KINDS, DEFAULT_STATUSES, FORMAT_NAME, STORED_EXTRA, Document, Event, Evidence, Lane
from gui.core.document.problems import LoadError
from gui.core.storage import fast_road
from gui.core.storage.vocabulary import Vocabulary
from gui.core.storage.fileformat import read_document

BATCH = fast_road.BATCH
EVENTS = 2 * BATCH + 300


def timeline(events: int = EVENTS, **change) -> dict:
    value = {
        "format": FORMAT_NAME,
        "version": 1,
        "lanes": [{"id": "huawei"}, {"id": "xiaomi"}],
        "events": [
            {
                "id": f"e{number}",
                "lane": ("huawei", "xiaomi")[number % 2],
                "title": f"Event {number}",
                "start": "2018-03",
                **({"kind": DEFAULT_KINDS[number % 3]} if number % 5 else {}),
                **({"status": "confirmed"} if number % 7 == 0 else {}),
            }
            for number in range(events)
        ],
    }
    for index, fields in change.items():
        value["events"][int(index.removeprefix("at"))].update(fields)
    return value


def written(tmp_path, value: dict):
    path = tmp_path / "t.inroads.json"
    path.write_text(json.dumps(value, indent=2), encoding="utf-8")
    return path


def as_decoded_whole(path) -> Document:
    return msgspec.json.decode(path.read_bytes(), type=Document)


def test_lane_ids_kinds_and_statuses_come_out_shared_and_the_events_are_plain_events(tmp_path):
    path = written(tmp_path, timeline())
    document = read_document(path).document
    assert document == as_decoded_whole(path)
    events = document.events
    assert {type(event) for event in events} == {Event}
    for name in ("lane", "kind", "status"):
        assert len({id(getattr(event, name)) for event in events}) == len({getattr(event, name) for event in events})
    assert events[0].lane is events[-2].lane is events[2 * BATCH].lane
    assert pickle.loads(pickle.dumps(events[BATCH + 1])) == events[BATCH + 1]


def test_a_kind_of_its_own_in_a_later_batch_is_kept_and_still_shared(tmp_path):
    path = written(tmp_path, timeline(**{f"at{BATCH + 5}": {"kind": "patent-fight"}, f"at{BATCH + 9}": {"kind": "patent-fight"}}))
    document = read_document(path).document
    assert document == as_decoded_whole(path)
    events = document.events
    assert {type(event) for event in events} == {Event}
    assert events[BATCH + 5].kind == "patent-fight" and events[BATCH + 5].kind is events[BATCH + 9].kind
    assert events[2 * BATCH + 1].lane is events[1].lane


def test_a_lane_not_in_the_file_in_a_later_batch_is_reported_where_it_is(tmp_path):
    path = written(tmp_path, timeline(**{f"at{BATCH + 3}": {"lane": "oppo"}}))
    with pytest.raises(LoadError) as caught:
        read_document(path)
    [problem] = caught.value.problems
    assert f"events[{BATCH + 3}]" in problem.where and 'lane "oppo" is not one of this file\'s lanes' in problem.message
    assert problem.line is not None


def test_a_wrong_type_after_the_vocabulary_is_still_the_careful_roads_message(tmp_path):
    path = written(tmp_path, timeline(**{f"at{BATCH + 3}": {"status": 3}}))
    with pytest.raises(LoadError) as caught:
        read_document(path)
    assert any(f"events[{BATCH + 3}]" in problem.where and problem.line for problem in caught.value.problems)


def test_no_vocabulary_decoder_without_lanes():
    assert Vocabulary([], []).decoder is None
    vocabulary = Vocabulary([Lane("a"), Lane("a")], [])  # a repeated lane id is the validator's to report
    [event], [] = vocabulary.decode(b'[{"id": "e", "lane": "a", "title": "t", "start": "2018"}]')
    assert type(event) is Event and event.lane is vocabulary.strings[0] and event.kind is not vocabulary.strings[1]
    assert vocabulary.strings[1:] == DEFAULT_KINDS + DEFAULT_STATUSES


def test_batches_share_the_vocabulary_decoders_strings_when_another_file_made_them_first(tmp_path):
    read_document(written(tmp_path, timeline(events=10)))  # the lane ids' Literal now holds this file's strings
    test_a_kind_of_its_own_in_a_later_batch_is_kept_and_still_shared(tmp_path)


def with_evidence(value: dict) -> dict:
    value["sources"] = [{"id": "art", "text": "Huawei is in talks with AT&T."}, {"id": "memo", "text": "Talks."}]
    for number, event in enumerate(value["events"]):
        event["evidence"] = [{"source": ("art", "memo")[number % 2], "quote": ("Huawei is in talks", "Talks")[number % 2]}]
    return value


def test_evidence_comes_out_as_plain_evidence_its_source_ids_shared_and_its_extra_its_own_when_read(tmp_path):
    path = written(tmp_path, with_evidence(timeline()))
    document = read_document(path).document
    assert document == as_decoded_whole(path)
    evidence = [item for event in document.events for item in event.evidence]
    assert {type(item) for item in evidence} == {Evidence}
    assert evidence[0].source is evidence[BATCH].source is evidence[2 * BATCH].source
    assert getattr(evidence[0], STORED_EXTRA) is getattr(evidence[BATCH + 2], STORED_EXTRA)
    assert getattr(document.events[0], STORED_EXTRA) is getattr(evidence[BATCH + 2], STORED_EXTRA)
    evidence[0].extra["x_note"] = "kept"
    assert evidence[2].extra == {} and document.events[0].extra == {}


def test_evidence_citing_a_source_the_file_lacks_in_a_later_batch_is_reported_where_it_is(tmp_path):
    value = with_evidence(timeline())
    value["events"][BATCH + 4]["evidence"][0]["source"] = "gone"
    with pytest.raises(LoadError) as caught:
        read_document(written(tmp_path, value))
    [problem] = caught.value.problems
    assert f"events[{BATCH + 4}]" in problem.where and 'cites source "gone"' in problem.message


def test_a_file_of_fewer_events_than_a_batch_builds_no_vocabulary_decoder(tmp_path, monkeypatch):
    built = []

    def spy(lanes, sources):
        built.append(len(lanes))
        return Vocabulary(lanes, sources)

    monkeypatch.setattr(fast_road, "Vocabulary", spy)
    small = read_document(written(tmp_path, timeline(events=BATCH - 1))).document
    assert built == [0] and len(small.events) == BATCH - 1
    assert small.events[0].lane is small.events[2].lane  # shared all the same, afterwards
    read_document(written(tmp_path, timeline(events=BATCH)))
    assert built == [0, 2]
