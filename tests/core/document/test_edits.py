"""Edits undo exactly: random sequences of every kind of edit, reverted and re-applied byte for byte."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.core.document import edit_types, edits, splicing
from gui.core.storage.fileformat import decode_document
from gui.core.storage.fileformat_write import encode_document
from gui.core.document.model import Document, Event, Evidence, new_document
from gui.core.storage.resources import sample_path

SAMPLE_BYTES = sample_path().read_bytes()
DATES = ["2016", "2017-05~", "2018-03-14?", "2019%", "2020-12"]


def fresh_document():
    document = decode_document(SAMPLE_BYTES).document
    document.extra["x_custom"] = {"kept": True}  # unknown keys must ride along through every edit
    document.events[0].extra["x_confidence"] = 0.5
    return document


def random_edit(data, document) -> edit_types.Edit | None:
    """One edit of a random kind, with random arguments drawn from the document's current state."""
    events = document.events
    lanes = document.lanes
    sources = document.sources
    kind = data.draw(
        st.sampled_from(
            [
                "title",
                "dates",
                "kind",
                "bulk",
                "add",
                "duplicate",
                "delete",
                "add_lane",
                "rename_lane",
                "move_lane",
                "delete_lane",
                "add_source",
                "edit_source",
                "delete_source",
                "document",
                "evidence",
            ]
        )
    )
    pick_event = lambda: data.draw(st.sampled_from(events)).id  # noqa: E731
    if kind == "title" and events:
        return edits.edit_event(document, pick_event(), "Rename", title=data.draw(st.text(min_size=1, max_size=12)))
    if kind == "dates" and events:
        start = data.draw(st.sampled_from(DATES))
        return edits.edit_event(
            document, pick_event(), "Move", start=start, end=data.draw(st.sampled_from([None, "..", "2021"]))
        )
    if kind == "kind" and events:
        return edits.edit_event(
            document, pick_event(), "Set kind of", kind=data.draw(st.sampled_from(["retail", "price-war"]))
        )
    if kind == "bulk" and events:
        ids = data.draw(st.lists(st.sampled_from([e.id for e in events]), min_size=1, max_size=4, unique=True))
        return edits.edit_events(
            document, ids, "Set status", status=data.draw(st.sampled_from(["confirmed", "denied"]))
        )
    if kind == "add" and lanes:
        return edits.add_event(document, data.draw(st.sampled_from(lanes)).id, data.draw(st.sampled_from(DATES)), "New")
    if kind == "duplicate" and events:
        return edits.duplicate_events(document, [pick_event()])
    if kind == "delete" and events:
        ids = data.draw(st.lists(st.sampled_from([e.id for e in events]), min_size=1, max_size=3, unique=True))
        return edits.delete_events(document, ids)
    if kind == "add_lane":
        return edits.add_lane(
            document,
            data.draw(st.sampled_from(["Apple", "OnePlus", "ZTE"])),
            "#123456",
            data.draw(st.integers(0, len(lanes))),
        )
    if kind == "rename_lane" and lanes:
        return edits.edit_lane(document, data.draw(st.sampled_from(lanes)).id, name=data.draw(st.text(max_size=8)))
    if kind == "move_lane" and lanes:
        return edits.move_lane(
            document, data.draw(st.sampled_from(lanes)).id, data.draw(st.integers(0, len(lanes) - 1))
        )
    if kind == "delete_lane" and len(lanes) >= 2:
        lane = data.draw(st.sampled_from(lanes))
        others = [other.id for other in lanes if other.id != lane.id]
        return edits.delete_lane(document, lane.id, data.draw(st.sampled_from([None, *others])))
    if kind == "add_source":
        return edits.add_source(document, "Another article", "Some text.", publisher="Wire", cites=["Reuters"])
    if kind == "edit_source" and sources:
        return edits.edit_source(document, data.draw(st.sampled_from(sources)).id, title="Retitled", text="New text.")
    if kind == "delete_source" and sources:
        return edits.delete_source(document, data.draw(st.sampled_from(sources)).id)
    if kind == "document":
        return edits.set_document_fields(document, title=data.draw(st.text(max_size=10)), description="d")
    if kind == "evidence" and events and sources:
        event = data.draw(st.sampled_from(events))
        evidence = [*event.evidence, Evidence(sources[0].id, "a quote")]
        return edits.edit_event(document, event.id, "Add evidence to", evidence=evidence)
    return None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_edit_sequences_undo_and_redo_exactly(data):
    document = fresh_document()
    original = encode_document(document)
    applied: list[edit_types.Edit] = []
    states = [original]
    for _ in range(data.draw(st.integers(1, 25))):
        edit = random_edit(data, document)
        if edit is None:
            continue
        edit.apply(document)
        applied.append(edit)
        states.append(encode_document(document))
    for edit, expected in zip(reversed(applied), reversed(states[:-1])):
        edit.revert(document)
        assert encode_document(document) == expected
    assert encode_document(document) == original
    for edit in applied:
        edit.apply(document)
    assert encode_document(document) == states[-1]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_changes_say_where_events_were_inserted_and_removed(data):
    """A splice's positions renumber the events kept, and splice per-event arrays, as the list itself changed."""
    document = fresh_document()
    for _ in range(data.draw(st.integers(1, 12))):
        edit = random_edit(data, document)
        if edit is None:
            continue
        for step in (edit.apply, edit.revert, edit.apply):
            before = list(document.events)
            change = step(document)
            after = document.events
            if not change.spliced:
                assert not change.events_reordered
                continue
            assert change.event_ids == {before[i].id for i in change.removed} | {after[i].id for i in change.inserted}
            where = splicing.renumber(np.arange(len(before)), change.removed, change.inserted)
            assert [after[w] if w >= 0 else None for w in where.tolist()] == [
                None if i in change.removed else event for i, event in enumerate(before)
            ]
            ids = np.asarray([event.id for event in before], object)
            inserted_ids = [after[i].id for i in change.inserted]
            assert splicing.splice_array(ids, change.removed, change.inserted, inserted_ids).tolist() == [
                event.id for event in after
            ]


def test_inserting_or_removing_many_events_gives_no_positions():
    document = new_document()
    records = [{"lane": "l", "start": "2018", "title": f"Event {i}"} for i in range(edit_types.MAX_SPLICED + 1)]
    change = edits.add_events(document, records).apply(document)
    assert change.events_reordered and not change.spliced
    change = edits.delete_events(document, [e.id for e in document.events[: edit_types.MAX_SPLICED]]).apply(document)
    assert change.removed == tuple(range(edit_types.MAX_SPLICED))


def test_combined_changes_keep_positions_only_when_one_part_touched_events():
    insert = edit_types.Change(frozenset({"a"}), events_reordered=True, inserted=(4,))
    remove = edit_types.Change(frozenset({"b"}), events_reordered=True, removed=(1,))
    assert (insert | edit_types.Change(sources=True)).inserted == (4,)
    assert (edit_types.Change(lanes=True) | remove).removed == (1,)
    for combined in (insert | remove, insert | edit_types.Change(frozenset({"c"}))):
        assert combined.events_reordered and not combined.spliced


def test_labels_name_the_event():
    document = fresh_document()
    event = document.events[0]
    assert edits.edit_event(document, event.id, "Move", start="2019").label == f"Move «{event.title}»"
    assert edits.delete_events(document, [e.id for e in document.events[:3]]).label == "Delete 3 events"
    long = edits.edit_event(document, event.id, "Rename", title="x" * 80).label
    assert long.endswith("…»") and len(long) < 60


def test_unique_ids_are_readable_and_unique():
    assert edits.unique_id("Talks with AT&T", set()) == "talks-with-at-t"
    assert edits.unique_id("Talks with AT&T", {"talks-with-at-t"}) == "talks-with-at-t-2"
    assert edits.unique_id("—", set()) == "item"


def test_deleting_a_cited_source_removes_its_evidence_and_undo_restores_it():
    document = fresh_document()
    source_id = document.sources[0].id
    before = encode_document(document)
    edit = edits.delete_source(document, source_id)
    edit.apply(document)
    assert document.sources == []
    assert all(not e.evidence for e in document.events)
    edit.revert(document)
    assert encode_document(document) == before


def test_deleting_a_lane_can_move_its_events():
    document = fresh_document()
    edit = edits.delete_lane(document, "huawei", move_events_to="xiaomi")
    edit.apply(document)
    assert [lane.id for lane in document.lanes] == ["xiaomi"]
    assert {e.lane for e in document.events} == {"xiaomi"}
    assert len(document.events) == 12


class _NoScan(list):
    """A list of events that fails the test if anything walks through it."""

    def __iter__(self):
        raise AssertionError("scanned every event")


def test_edit_event_at_a_hinted_position_finds_it_without_scanning_every_event():
    document = new_document()
    document.events = _NoScan(Event(f"e{i}", "m", f"Event {i}", "2018") for i in range(1000))
    edit = edits.edit_event(document, "e700", hint=700, title="Moved")
    assert edit.new[0].title == "Moved" and edit.hints == [700]
    edit.apply(document)  # applying it needs no scan either
    assert list.__getitem__(document.events, 700).title == "Moved"


def test_edit_event_with_a_wrong_hint_still_finds_the_event():
    document = new_document()
    document.events = [Event(f"e{i}", "m", f"Event {i}", "2018") for i in range(10)]
    edit = edits.edit_event(document, "e7", hint=3, title="Moved")
    assert edit.old[0].id == "e7" and edit.hints == [7]


def _numbered_document(count: int) -> Document:
    document = new_document()
    document.events = [Event(f"e{i}", "m", f"Event {i}", "2018") for i in range(count)]
    document.events.append(Event("new-event", "m", "Taken already", "2019"))
    return document


def test_with_an_apps_index_adding_duplicating_and_deleting_never_walk_every_event():
    from gui.core.document.id_index import IdIndex

    document = _numbered_document(1000)
    index = IdIndex(e.id for e in document.events)
    document.events = _NoScan(document.events)
    added = edits.add_events(document, [dict(lane="m", start="2018", title="New event")], index=index)
    assert added.events[0].id == "new-event-2" and added.positions == [1001]  # "new-event" is taken
    duplicated = edits.duplicate_events(document, ["e900", "e3"], index=index)
    assert [e.id for e in duplicated.events] == ["e3-copy", "e900-copy"] and duplicated.positions == [4, 902]
    deleted = edits.delete_events(document, ["e900", "e3", "not-there"], index=index)
    assert deleted.positions == [3, 900] and [e.id for e in deleted.events] == ["e3", "e900"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(0, 29), max_size=6), st.lists(st.text("ab-", max_size=4), max_size=3))
def test_an_index_gives_the_same_edits_as_a_scan(chosen, titles):
    from gui.core.document.id_index import IdIndex

    document = _numbered_document(30)
    index = IdIndex(e.id for e in document.events)
    ids = [f"e{i}" for i in chosen]
    records = [dict(lane="m", start="2018", title=title) for title in titles] or [dict(lane="m", start="2018")]
    assert edits.add_events(document, records, index=index) == edits.add_events(document, records)
    if ids:
        assert edits.duplicate_events(document, ids, index=index) == edits.duplicate_events(document, ids)
        assert edits.delete_events(document, ids, index=index) == edits.delete_events(document, ids)


def test_an_index_that_does_not_match_the_document_is_refused():
    from gui.core.document.id_index import IdIndex

    document = _numbered_document(10)
    stale = IdIndex(["e1", "e0"] + [e.id for e in document.events[2:]])
    with pytest.raises(ValueError, match="does not match"):
        edits.delete_events(document, ["e0"], index=stale)
