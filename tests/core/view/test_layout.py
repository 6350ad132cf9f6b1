"""Layout: lanes by manufacturer, partner or kind, dates as day numbers, updates in place equal to a full build."""

from __future__ import annotations

import dataclasses

import msgspec
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.document import edits
from gui.core.storage.fileformat import read_document
from gui.core.view.layout_builder import build_layout
from gui.core.view.layout_update import update_layout
from gui.core.document.model import FORMAT_NAME, Document, Event, Lane
from tests.core.splices import insert_edit, remove_edit


def test_lanes_by_partner_puts_an_event_in_each_of_its_partners_lanes(sample_path):
    document = read_document(sample_path).document
    layout = build_layout(document, lanes_by="partner")
    assert layout.lane_ids == ["AT&T", "Best Buy", "Verizon", ""]
    assert layout.lane_names[-1] == "No partner"
    att = layout.lane_ids.index("AT&T")
    in_att = {document.events[layout.item_event[i]].id for i in layout.lane_order(att)}
    assert {"huawei-att-verizon-talks", "xiaomi-att-verizon-talks"} <= in_att
    talks = layout.id_to_index["huawei-att-verizon-talks"]
    assert len(layout.items_of_event(talks)) == 2  # AT&T and Verizon
    no_partner = {document.events[layout.item_event[i]].id for i in layout.lane_order(len(layout.lane_ids) - 1)}
    assert "huawei-unlocked-online-prepaid" in no_partner
    assert layout.count == sum(max(1, len(e.partners)) for e in document.events)


def test_lanes_by_kind_and_hidden_lanes(sample_path):
    document = read_document(sample_path).document
    by_kind = build_layout(document, lanes_by="kind")
    assert by_kind.lane_ids[:2] == ["carrier-talks", "carrier-deal"]
    assert by_kind.lane_names[0] == "Carrier talks"
    hidden = build_layout(document, hidden_lanes={"huawei"})
    assert hidden.lane_ids == ["xiaomi"]
    assert int((hidden.lane >= 0).sum()) == 4


# ----------------------------------------------------------------------------- incremental updates

_LAYOUT_FIELDS = [
    f.name for f in dataclasses.fields(build_layout(Document(FORMAT_NAME, 1))) if not f.name.startswith("_")
]


def assert_same_layout(actual, expected):
    for name in _LAYOUT_FIELDS:
        a, b = getattr(actual, name), getattr(expected, name)
        if isinstance(b, np.ndarray):
            assert a.dtype == b.dtype and np.array_equal(a, b), name
        else:
            assert a == b, name
    assert actual.extent() == expected.extent()


_DATES = ["2018", "2018-03", "2018-03-14", "2017~", "2019?", "2018-06%", "2016-11-30", "bogus", "2018-02-30"]
_ENDS = [None, None, None, "..", "2019", "2018-12", "2020-01-05?", "2015", "nonsense"]
_KINDS = ["carrier-talks", "launch", "retail", "custom-a", "custom-b"]
_STATUSES = ["reported", "confirmed", "rumored", "odd-status"]
_PARTNERS = [[], ["AT&T"], ["Verizon"], ["AT&T", "Verizon"], ["T-Mobile"]]
_FIELDS = ["lane", "start", "end", "kind", "status", "partners", "title"]

event_fields = st.fixed_dictionaries(
    {
        "lane": st.sampled_from(["l0", "l1", "l2", "gone"]),
        "start": st.sampled_from(_DATES),
        "end": st.sampled_from(_ENDS),
        "kind": st.sampled_from(_KINDS),
        "status": st.sampled_from(_STATUSES),
        "partners": st.sampled_from(_PARTNERS),
        "title": st.sampled_from(["a", "b"]),
    }
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(event_fields, min_size=1, max_size=30),
    st.sampled_from(["manufacturer", "partner", "kind"]),
    st.sampled_from([frozenset(), frozenset({"l1"}), frozenset({"AT&T"}), frozenset({"launch"})]),
    st.lists(
        st.tuples(st.integers(0, 10_000), event_fields, st.sets(st.sampled_from(_FIELDS), min_size=1)),
        min_size=1,
        max_size=12,
    ),
)
def test_incremental_update_equals_a_full_rebuild(specs, lanes_by, hidden, edit_specs):
    """Any sequence of in-place event edits leaves the layout exactly as a full build would make it."""
    events = [Event(f"e{i}", **spec) for i, spec in enumerate(specs)]
    document = Document(FORMAT_NAME, 1, lanes=[Lane("l0"), Lane("l1", "Lane one"), Lane("l2")], events=events)
    layout = build_layout(document, today=17_800, lanes_by=lanes_by, hidden_lanes=hidden)
    for position, fields, which in edit_specs:
        index = position % len(events)
        changes = {name: fields[name] for name in which}
        document.events[index] = msgspec.structs.replace(document.events[index], **changes)
        if not update_layout(layout, document, [document.events[index].id]):
            layout = build_layout(document, today=17_800, lanes_by=lanes_by, hidden_lanes=hidden)
        assert_same_layout(layout, build_layout(document, today=17_800, lanes_by=lanes_by, hidden_lanes=hidden))


def _three_lane_document(n=40):
    events = [
        Event(
            f"e{i}",
            f"l{i % 3}",
            f"Event {i}",
            f"{2000 + i % 7}-0{1 + i % 9}",
            f"{2008 + i % 5}" if i % 4 == 0 else None,
            kind="launch" if i % 2 else "retail",
            status="reported",
        )
        for i in range(n)
    ]
    return Document(FORMAT_NAME, 1, lanes=[Lane("l0"), Lane("l1"), Lane("l2")], events=events)


def test_title_kind_and_status_edits_update_in_place():
    document = _three_lane_document()
    layout = build_layout(document, today=17_800)
    order, row = layout.order.copy(), layout.row.copy()
    document.events[5] = msgspec.structs.replace(
        document.events[5], title="Renamed", kind="carrier-deal", status="confirmed"
    )
    assert update_layout(layout, document, ["e5"])
    assert layout.kinds[layout.kind[5]] == "carrier-deal" and layout.statuses[layout.status[5]] == "confirmed"
    assert np.array_equal(layout.order, order) and np.array_equal(layout.row, row)
    assert_same_layout(layout, build_layout(document, today=17_800))


def test_moving_an_event_restacks_only_its_lanes():
    document = _three_lane_document()
    layout = build_layout(document, today=17_800)
    untouched = layout.lane_order(2).copy()
    document.events[0] = msgspec.structs.replace(document.events[0], lane="l1", start="1999", end="2012")
    assert update_layout(layout, document, ["e0"])
    assert layout.lane[0] == 1
    assert np.array_equal(layout.lane_order(2), untouched)
    assert_same_layout(layout, build_layout(document, today=17_800))


def test_edits_that_change_the_vocabulary_or_the_events_ask_for_a_full_build():
    document = _three_lane_document()
    layout = build_layout(document, today=17_800)
    before = layout.order.copy()
    document.events[3] = msgspec.structs.replace(document.events[3], kind="brand-new-kind")
    assert not update_layout(layout, document, ["e3"])
    assert np.array_equal(layout.order, before)  # untouched when refused
    document.events.append(Event("extra", "l0", "Extra", "2001"))
    assert not update_layout(layout, document, ["extra"])


def _reference_dates(event, today):
    """One event's drawn extent, computed the plain way (the layout does it for all events at once with numpy)."""
    from gui.core.document.dates import DateError, parse_date

    def span(text):
        try:
            date = parse_date(text) if text not in (None, "..") else None
        except DateError:
            date = None
        if date is None:
            return None
        return date.first_day(), date.end_day(), int(date.precision), int(date.approximate) + 2 * int(date.uncertain)

    start = span(event.start) or (0, 1, 2, 0)
    if event.end is None:
        return start[0], start[1], start[0], start[1], start[2], start[3], 0
    if event.end == "..":
        return start[0], start[1], max(today, start[0]), max(today + 1, start[1]), start[2], start[3], 0
    end = span(event.end) or start
    return start[0], start[1], end[0], max(end[1], start[1]), start[2], start[3], end[3]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_DATES + ["..", "1969-12-31", "0001-01", "9999"]),
            st.sampled_from(_ENDS + ["1900", "2400-02"]),
        ),
        min_size=1,
        max_size=25,
    )
)
def test_dates_become_the_same_numbers_as_one_by_one(specs):
    events = [Event(f"e{i}", "l0", "t", start, end) for i, (start, end) in enumerate(specs)]
    layout = build_layout(Document(FORMAT_NAME, 1, lanes=[Lane("l0")], events=events), today=17_800)
    for i, event in enumerate(events):
        got = (
            layout.start_first[i],
            layout.start_end[i],
            layout.end_first[i],
            layout.end_end[i],
            layout.start_precision[i],
            layout.start_qualifier[i],
            layout.end_qualifier[i],
        )
        assert tuple(float(v) for v in got) == tuple(float(v) for v in _reference_dates(event, 17_800)), event
        assert layout.is_point[i] == (event.end is None) and layout.is_ongoing[i] == (event.end == "..")


# ----------------------------------------------------------------------------- events inserted and removed

splice_steps = st.lists(
    st.one_of(
        # insert: the new events, each with where it goes
        st.tuples(st.just("insert"), st.lists(st.tuples(st.integers(0, 10_000), event_fields), min_size=1, max_size=3)),
        # remove: which events, as numbers to wrap
        st.tuples(st.just("remove"), st.lists(st.integers(0, 10_000), min_size=1, max_size=3)),
        # the undo of the previous step
        st.tuples(st.just("undo"), st.none()),
    ),
    min_size=1,
    max_size=8,
)


def _splice_edit(document, step, serial):
    """The InsertEvents or RemoveEvents a random step stands for, or None when it has nothing to do."""
    kind, arguments = step
    if kind == "insert":
        new = [Event(f"new{serial}-{i}", **fields) for i, (_, fields) in enumerate(arguments)]
        return insert_edit(document, (where for where, _ in arguments), new)
    if kind == "remove":
        return remove_edit(document, arguments)
    return None


@settings(max_examples=200, deadline=None)
@given(
    st.lists(event_fields, max_size=30),
    st.sampled_from(["manufacturer", "partner", "kind"]),
    st.sampled_from([frozenset(), frozenset({"l1"}), frozenset({"AT&T"}), frozenset({"launch"}), frozenset({""})]),
    splice_steps,
)
def test_inserting_and_removing_events_equals_a_full_rebuild(specs, lanes_by, hidden, steps):
    """Events inserted and removed anywhere (and undone) leave the layout exactly as a full build would make it."""
    events = [Event(f"e{i}", **spec) for i, spec in enumerate(specs)]
    document = Document(FORMAT_NAME, 1, lanes=[Lane("l0"), Lane("l1", "Lane one"), Lane("l2")], events=events)

    def rebuilt():
        return build_layout(document, today=17_800, lanes_by=lanes_by, hidden_lanes=hidden)

    layout = rebuilt()
    layout.extent()  # a known extent must follow the splices too
    done = []
    for serial, step in enumerate(steps):
        if step[0] == "undo":
            if not done:
                continue
            change = done.pop().revert(document)
        else:
            edit = _splice_edit(document, step, serial)
            if edit is None:
                continue
            change = edit.apply(document)
            done.append(edit)
        assert change.spliced
        if not update_layout(layout, document, change.event_ids, change.removed, change.inserted):
            layout = rebuilt()
        assert_same_layout(layout, rebuilt())


def test_adding_an_event_at_the_end_is_spliced_in_place():
    document = _three_lane_document()
    layout = build_layout(document, today=17_800)
    untouched = layout.lane_order(2).copy()
    change = edits.add_events(document, [{"lane": "l0", "title": "New", "start": "2003-02", "kind": "launch"}]).apply(
        document
    )
    assert update_layout(layout, document, change.event_ids, change.removed, change.inserted)
    assert layout.id_to_index[document.events[-1].id] == len(document.events) - 1
    assert np.array_equal(layout.lane_order(2), untouched)
    assert_same_layout(layout, build_layout(document, today=17_800))


def test_deleting_an_event_in_the_middle_shifts_the_events_after_it():
    document = _three_lane_document()
    layout = build_layout(document, today=17_800, lanes_by="partner")
    edit = edits.delete_events(document, ["e7"])
    change = edit.apply(document)
    assert update_layout(layout, document, change.event_ids, change.removed, change.inserted)
    assert "e7" not in layout.id_to_index and layout.id_to_index["e8"] == 7
    assert_same_layout(layout, build_layout(document, today=17_800, lanes_by="partner"))
    change = edit.revert(document)
    assert update_layout(layout, document, change.event_ids, change.removed, change.inserted)
    assert layout.id_to_index["e7"] == 7
    assert_same_layout(layout, build_layout(document, today=17_800, lanes_by="partner"))


def test_splices_that_change_the_vocabulary_or_the_lanes_ask_for_a_full_build():
    document = _three_lane_document()
    document.events[0] = msgspec.structs.replace(document.events[0], partners=["Sprint"])
    by_partner = build_layout(document, today=17_800, lanes_by="partner")
    by_kind = build_layout(document, today=17_800, lanes_by="kind")
    before = by_partner.order.copy()
    # A new kind; a partner's last event gone; a new partner; a kind's first event.
    for edit, layout in [
        (edits.add_event(document, "l0", "2001", kind="brand-new-kind"), by_partner),
        (edits.delete_events(document, ["e0"]), by_partner),
        (edits.add_event(document, "l0", "2001", partners=["Orange"]), by_partner),
        (edits.add_event(document, "l0", "2001", kind="carrier-deal"), by_kind),
    ]:
        change = edit.apply(document)
        assert not update_layout(layout, document, change.event_ids, change.removed, change.inserted)
        edit.revert(document)
    assert np.array_equal(by_partner.order, before)  # untouched when refused


def test_a_year_point_has_its_marker_at_its_start_when_wide_and_is_hit_anywhere_on_its_band(sample_path):
    """Issue #16 part 3: "2017?" is a band over 2017, never a marker on 3 July."""
    document = read_document(sample_path).document
    layout = build_layout(document)
    index = layout.item_of_event(next(i for i, e in enumerate(document.events) if e.id == "huawei-best-buy"))
    first, end = float(layout.start_first[index]), float(layout.start_end[index])
    # A year 4 px wide (a decades view): the marker stands for it, at its centre.
    assert layout.anchor_x(index, 4 / 365) == (first + end) / 2
    # A year 3,650 px wide (a month view): just inside 1 January, nowhere near July.
    px_per_day = 10.0
    assert first < layout.anchor_x(index, px_per_day) < first + 1
    # A click on the band far from its start, with a tolerance of 7 px, finds it.
    row = layout.y(index) + 0.5
    assert layout.hit(first + 300, row, 7 / px_per_day) == index


# ----------------------------------------------------------------------------- dates that can't be read


def _document_with(starts_and_ends) -> Document:
    events = [
        Event(id=f"e{i}", lane="l0", title=f"e{i}", start=start, end=end)
        for i, (start, end) in enumerate(starts_and_ends)
    ]
    return Document(FORMAT_NAME, 1, lanes=[Lane(id="l0", name="L0")], events=events)


def test_an_event_with_a_date_that_cant_be_read_is_never_drawn_at_1970():
    """A file opened for repair holds "2018-13": the event is hidden, not put at day 0 (1 Jan 1970)."""
    document = _document_with([("2018-03", None), ("2018-13", None), ("2019", "2019-14"), ("2017", "..")])
    for lanes_by in ("manufacturer", "partner", "kind"):
        layout = build_layout(document, lanes_by=lanes_by)
        assert layout.dated.tolist() == [True, False, False, True]
        for index in (1, 2):
            assert len(layout.items_of_event(index)) == 0, lanes_by
            assert layout.item_of_event(index) == -1
        assert len(layout.items_of_event(0)) == 1
        first, _ = layout.extent()
        assert first == layout.start_first[layout.item_of_event(3)]  # 2017, not 1970


def test_fixing_the_date_puts_the_event_on_the_canvas_as_a_full_build_would():
    document = _document_with([("2018-03", None), ("2018-13", None)])
    layout = build_layout(document)
    edits.edit_event(document, "e1", start="2018-12").apply(document)
    assert update_layout(layout, document, ["e1"])
    assert_same_layout(layout, build_layout(document))
    assert layout.item_of_event(1) == 1


class _CountedId(str):
    """An event id that counts how often it is hashed."""

    hashed = 0

    def __hash__(self) -> int:
        _CountedId.hashed += 1
        return str.__hash__(self)


def test_building_a_layout_leaves_the_id_map_for_its_first_lookup():
    """Opening a file builds a layout; its first frame looks up no id, so the ids are not hashed then."""
    events = [Event(_CountedId(f"e{i}"), "l0", f"Event {i}", f"{2000 + i % 20}") for i in range(300)]
    document = Document(FORMAT_NAME, 1, lanes=[Lane("l0", "Lane")], events=events)
    _CountedId.hashed = 0
    layout = build_layout(document)
    assert _CountedId.hashed == 0
    assert layout.id_to_index.get("e123") == 123 and layout.id_to_index.get("nope", -1) == -1


def test_a_kind_and_status_every_event_shares_are_coded_without_a_lookup_per_event():
    """A lean file leaves kind and status out: every event holds the default's one string, and the layout
    codes them at once (#22) instead of hashing 100,000 copies of the same reference; mixed values are
    still coded one by one."""
    kind, status = _CountedId("carrier-talks"), _CountedId("rumored")
    events = [Event(f"e{i}", "l0", f"Event {i}", f"{2000 + i % 20}", kind=kind, status=status) for i in range(300)]
    document = Document(FORMAT_NAME, 1, lanes=[Lane("l0", "Lane")], events=events)
    _CountedId.hashed = 0
    layout = build_layout(document)
    assert _CountedId.hashed <= 4
    assert layout.kinds[layout.event_kind[0]] == "carrier-talks" and len(set(layout.event_kind.tolist())) == 1
    assert layout.statuses[layout.event_status[299]] == "rumored" and len(set(layout.event_status.tolist())) == 1
    events[7] = msgspec.structs.replace(events[7], kind="launch")
    mixed = build_layout(document)
    assert mixed.kinds[mixed.event_kind[7]] == "launch" and mixed.kinds[mixed.event_kind[8]] == "carrier-talks"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(-1, 40),
            st.one_of(st.integers(-3_000_000, 3_000_000), st.floats(-1e7, 1e7, allow_nan=False)),
            st.one_of(st.integers(1, 2_000_000), st.floats(0.5, 1e7, allow_nan=False)),
        ),
        min_size=1,
        max_size=60,
    )
)
def test_the_packed_sort_orders_as_the_lexsort(items):
    """Items in lane, start, start-end order (the order rows are stacked in): the packed-key argsort, or the
    lexsort it falls back to, in every case."""
    from gui.core.view.layout_builder import _by_lane_and_start

    lane = np.array([i[0] for i in items], np.int32)
    start = np.array([float(i[1]) for i in items], np.float64)
    start_end = start + np.array([float(i[2]) for i in items], np.float64)
    assert np.array_equal(_by_lane_and_start(lane, start, start_end), np.lexsort((start_end, start, lane)))
