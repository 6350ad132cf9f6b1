"""Open for Repair in the loader: every readable value kept as it was, the errors listed, no Qt."""

from __future__ import annotations

import json

import pytest

from gui.core.document.problems import LoadError
from gui.core.storage.fileformat import read_document
from gui.core.storage.fileformat_write import encode_document
from tests.core.storage.test_fileformat import minimal, write_json


def _with_month_13(tmp_path, **overrides):
    document = minimal(**overrides)
    document["events"][1]["start"] = "2018-13"
    return write_json(tmp_path, document)


def test_a_bad_month_is_a_repairable_error_and_the_plain_load_still_refuses(tmp_path):
    path = _with_month_13(tmp_path)
    with pytest.raises(LoadError) as caught:
        read_document(path)
    assert caught.value.repairable
    assert [p.path for p in caught.value.errors] == [("events", 1, "start")]


def test_repair_keeps_the_bad_date_as_its_text_and_lists_it_as_an_error(tmp_path):
    path = _with_month_13(tmp_path)
    result = read_document(path, repair=True)
    events = result.document.events
    assert [e.id for e in events] == ["huawei-att", "xiaomi-2018"]
    assert events[1].start == "2018-13"
    assert events[1].end == ".."  # every other value as it was
    assert [p.path for p in result.errors] == [("events", 1, "start")]
    error = result.errors[0]
    assert error.is_error and error.line is not None
    assert "2018-13" in error.message
    assert result.warnings == []


def test_repair_writes_back_every_value_as_it_was(tmp_path):
    """Nothing is dropped: the repaired document encodes to the same values, the bad one included."""
    document = minimal()
    document["events"][1]["start"] = "2018-13"
    document["events"][1]["foreign key"] = {"kept": [1, 2]}
    path = write_json(tmp_path, document)
    written = json.loads(encode_document(read_document(path, repair=True).document))
    for key in ("format", "version", "title", "lanes", "sources"):
        assert written[key] == document[key]
    for event, original in zip(written["events"], document["events"], strict=True):
        assert {key: event[key] for key in original} == original  # kind and status are written when absent


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda d: d["events"][0].update(end="2016"), ("events", 0, "end")),  # before its start
        (lambda d: d["events"][0].update(lane="nokia"), ("events", 0, "lane")),  # a dangling lane
        (lambda d: d["lanes"][0].update(color="red"), ("lanes", 0, "color")),
        (lambda d: d["sources"][0].update(published="2018-02-30"), ("sources", 0, "published")),
        (lambda d: d["events"][0]["evidence"][0].update(source="gone"), ("events", 0, "evidence", 0, "source")),
    ],
)
def test_values_of_the_right_type_that_break_a_rule_are_repairable(tmp_path, change, path):
    document = minimal()
    change(document)
    result = read_document(write_json(tmp_path, document), repair=True)
    assert [p.path for p in result.errors] == [path]


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["events"][1].update(id="huawei-att"),  # a repeated id: edits find objects by id
        lambda d: d["events"][1].update(id=""),
        lambda d: d["events"][1].update(start=2018),  # the wrong JSON type: the model cannot hold it
        lambda d: d["events"][1].pop("title"),  # a missing field
        lambda d: d.update(format="something-else"),
        lambda d: d.update(version=99),
    ],
)
def test_what_cannot_be_represented_is_refused_even_for_repair(tmp_path, change):
    document = minimal()
    change(document)
    document["events"][0]["start"] = "2018-13"
    path = write_json(tmp_path, document)
    with pytest.raises(LoadError) as caught:
        read_document(path, repair=True)
    assert not caught.value.repairable


def test_a_repeated_key_is_refused_even_for_repair(tmp_path):
    text = json.dumps(minimal(), indent=2).replace('"start": "2018"', '"start": "2018-13", "start": "2018"')
    path = tmp_path / "twice.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        read_document(path, repair=True)
    assert not caught.value.repairable


def test_a_syntax_error_is_refused(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": "inroads-timeline", "version": 1,', encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        read_document(path, repair=True)
    assert not caught.value.repairable


def test_a_good_file_opened_for_repair_has_no_errors(tmp_path):
    result = read_document(write_json(tmp_path, minimal()), repair=True)
    assert result.errors == []
