"""Merging events: one edit, every evidence item, the earliest precise date, notes joined; undo gives back the exact file."""

from __future__ import annotations

import pytest

from gui.core.document.merge import merge_events
from gui.core.document.model import Event, Evidence, Lane, Source, new_document
from gui.core.storage.fileformat import read_document
from gui.core.storage.fileformat_write import encode_document, write_document


@pytest.fixture
def path(tmp_path):
    document = new_document("Merge")
    document.lanes = [Lane("huawei", "Huawei")]
    document.sources = [Source("a", publisher="Bloomberg", text="one two"), Source("b", publisher="Reuters", text="three four")]
    document.events = [
        Event("first", "huawei", "Talks with AT&T", "2017", kind="carrier-talks", partners=["AT&T"],
              evidence=[Evidence("a", "one")], notes="Bloomberg says 2017.", tags=["lte"]),
        Event("other", "huawei", "Unrelated", "2015"),
        Event("second", "huawei", "AT&T talks", "2017-04~", end="2017-09", kind="carrier-talks", status="confirmed",
              partners=["Verizon", "AT&T"], evidence=[Evidence("b", "three"), Evidence("a", "one")],
              notes="Reuters: April."),
        Event("third", "huawei", "Talks", "2017-03?", kind="carrier-talks", evidence=[Evidence("b", "four")],
              notes="Reuters: April.", tags=["lte", "5g"]),
    ]
    document.events[2].extra["x_kept"] = 1
    out = tmp_path / "merge.json"
    write_document(document, out)
    return out


def test_merge_keeps_everything_in_one_event_and_undo_restores_the_file(path):
    document = read_document(path).document
    before = path.read_bytes()
    edit = merge_events(document, ["third", "first", "second"])
    assert edit.label == "Merge 3 events into «Talks with AT&T»"
    edit.apply(document)
    assert [e.id for e in document.events] == ["first", "other"]
    merged = document.events[0]
    assert (merged.title, merged.kind, merged.status) == ("Talks with AT&T", "carrier-talks", "reported")
    # the most precise dates are months; of those, March (uncertain) is the earliest
    assert (merged.start, merged.end) == ("2017-03?", None)
    assert merged.partners == ["AT&T", "Verizon"]
    assert merged.evidence == [Evidence("a", "one"), Evidence("b", "three"), Evidence("b", "four")]
    assert merged.notes == "Bloomberg says 2017.\n\nReuters: April."
    assert merged.tags == ["lte", "5g"]
    assert merged.extra == {"x_kept": 1}
    edit.revert(document)
    assert encode_document(document) == before
    edit.apply(document)
    edit.revert(document)
    assert encode_document(document) == before


def test_merge_takes_the_end_of_the_event_whose_date_it_keeps(path):
    document = read_document(path).document
    merge_events(document, ["first", "second"]).apply(document)
    assert (document.events[0].start, document.events[0].end) == ("2017-04~", "2017-09")


def test_merge_needs_two_events_in_the_document(path):
    document = read_document(path).document
    with pytest.raises(ValueError):
        merge_events(document, ["first"])
    with pytest.raises(ValueError):
        merge_events(document, ["first", "missing"])


def test_merged_partners_name_each_partner_once_whatever_its_case(tmp_path):
    document = new_document("Cases")
    document.lanes = [Lane("huawei", "Huawei")]
    document.events = [
        Event("a", "huawei", "Talks", "2017", kind="carrier-talks", partners=["AT&T"]),
        Event("b", "huawei", "Talks", "2017", kind="carrier-talks", partners=["at&t", "Verizon"]),
        Event("c", "huawei", "Talks", "2017", kind="carrier-talks", partners=["verizon ", "Best Buy"]),
    ]
    out = tmp_path / "cases.json"
    write_document(document, out)
    document = read_document(out).document
    merge_events(document, ["a", "b", "c"]).apply(document)
    assert document.events[0].partners == ["AT&T", "Verizon", "Best Buy"]
