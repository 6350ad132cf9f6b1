"""Filters over the sample: each one alone, combined, and the state's round trip through settings."""

from __future__ import annotations

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.storage.fileformat import read_document
from gui.core.view.filters import FacetIndex, FilterState, event_mask
from gui.core.view.layout_builder import build_layout
from gui.core.document.model import Event, Evidence, Lane, Source, new_document
from tests.core.splices import insert_edit, remove_edit


def _faceted_event(event_id: str, partners: list[str], quote: str) -> Event:
    return Event(event_id, "l", "t", "2018", partners=partners, evidence=[Evidence("s", quote)] if quote else [])


def _faceted_document(initial: list[tuple[list[str], bool]]):
    """Events with these partners, each citing "alpha" (found in the source) or nothing."""
    document = new_document()
    document.lanes = [Lane("l", "L")]
    document.sources = [Source("s", text="alpha beta")]
    document.events = [_faceted_event(f"e{i}", p, "alpha" if cited else "") for i, (p, cited) in enumerate(initial)]
    return document


@pytest.fixture(scope="module")
def sample(sample_path):
    document = read_document(sample_path).document
    return document, build_layout(document), FacetIndex(document)


def passing(sample, **state):
    document, layout, facets = sample
    mask = event_mask(FilterState(**state), document, layout, facets)
    return {e.id for e, keep in zip(document.events, mask) if keep}


def test_no_filter_passes_everything(sample):
    assert len(passing(sample)) == 12


def test_each_filter(sample):
    assert passing(sample, hidden_lanes={"huawei"}) == {e for e in passing(sample) if e.startswith("xiaomi")}
    assert passing(sample, kinds={"carrier-deal"}) == {"huawei-carrier-phones-2018", "xiaomi-carrier-phones-2018"}
    assert passing(sample, statuses={"rumored"}) == {"huawei-carrier-phones-2018", "xiaomi-carrier-phones-2018"}
    assert passing(sample, partners={"Best Buy"}) == {"huawei-best-buy"}
    assert passing(sample, date_from="2018") == {"huawei-carrier-phones-2018", "xiaomi-carrier-phones-2018"}
    assert passing(sample, date_to="2016") == {"huawei-pursues-carrier-deal"}
    assert passing(sample, no_evidence=True) == set()
    assert passing(sample, quote_not_found=True) == set()


def test_filters_combine(sample):
    assert passing(sample, kinds={"carrier-talks"}, partners={"Verizon"}, hidden_lanes={"xiaomi"}) == {
        "huawei-att-verizon-talks"
    }


def test_evidence_filters_find_real_problems(sample):
    document, _, _ = sample
    document = msgspec.structs.replace(document, events=list(document.events))
    event = document.events[0]
    document.events[0] = msgspec.structs.replace(
        event, evidence=[msgspec.structs.replace(event.evidence[0], quote="not in the article")]
    )
    document.events[1] = msgspec.structs.replace(document.events[1], evidence=[])
    facets = FacetIndex(document)
    layout = build_layout(document)
    ids = lambda state: {e.id for e, k in zip(document.events, event_mask(state, document, layout, facets)) if k}
    assert ids(FilterState(quote_not_found=True)) == {event.id}
    assert ids(FilterState(no_evidence=True)) == {document.events[1].id}


def test_summary_and_settings_round_trip():
    state = FilterState(query="verizon", kinds={"carrier-deal", "retail"}, date_from="2018", hidden_lanes={"huawei"})
    assert state.summary({"huawei": "Huawei"}) == (
        'Search "verizon" · hidden lanes: Huawei · kinds: carrier-deal, retail · 2018 – …'
    )
    assert FilterState.from_json(state.to_json()) == state
    assert FilterState.from_json({"kinds": "oops", "query": 3, "no_evidence": "yes"}) == FilterState()
    assert FilterState.from_json(None) == FilterState()
    assert not FilterState().is_filtering() and state.is_filtering()


@given(
    st.lists(
        st.tuples(st.lists(st.sampled_from(["AT&T", "Verizon", "Best Buy"]), max_size=3), st.booleans()),
        min_size=1,
        max_size=6,
    ),
    st.lists(
        st.tuples(
            st.integers(0, 5),
            st.lists(st.sampled_from(["AT&T", "Sprint"]), max_size=2),
            st.sampled_from(["", "alpha", "zeta"]),
        ),
        max_size=5,
    ),
)
def test_updating_edited_events_gives_the_facets_of_a_new_index(initial, changes):
    document = _faceted_document(initial)
    facets = FacetIndex(document)
    for position, partners, quote in changes:
        position %= len(document.events)
        document.events[position] = _faceted_event(f"e{position}", partners, quote)
        facets.update(document, [position])
    rebuilt = FacetIndex(document)
    assert facets.has_evidence.tolist() == rebuilt.has_evidence.tolist()
    assert facets.quote_not_found.tolist() == rebuilt.quote_not_found.tolist()
    assert {p: v.tolist() for p, v in facets.partner_events.items()} == {
        p: v.tolist() for p, v in rebuilt.partner_events.items()
    }


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(st.lists(st.sampled_from(["AT&T", "Verizon"]), max_size=2), st.booleans()), max_size=6),
    st.lists(
        st.tuples(
            st.booleans(),
            st.lists(
                st.tuples(
                    st.integers(0, 50),
                    st.lists(st.sampled_from(["AT&T", "Sprint", "Verizon"]), max_size=2),
                    st.sampled_from(["", "alpha", "zeta"]),
                ),
                min_size=1,
                max_size=3,
            ),
        ),
        max_size=5,
    ),
)
def test_splicing_events_in_and_out_gives_the_facets_of_a_new_index(initial, steps):
    document = _faceted_document(initial)
    facets = FacetIndex(document)
    for serial, (insert, arguments) in enumerate(steps):
        if insert:
            new = [_faceted_event(f"n{serial}-{i}", partners, q) for i, (_, partners, q) in enumerate(arguments)]
            edit = insert_edit(document, (where for where, _, _ in arguments), new)
        else:
            edit = remove_edit(document, (number for number, _, _ in arguments))
        if edit is not None:
            change = edit.apply(document)
            facets.splice(document, change.removed, change.inserted)
    rebuilt = FacetIndex(document)
    assert facets.has_evidence.tolist() == rebuilt.has_evidence.tolist()
    assert facets.quote_not_found.tolist() == rebuilt.quote_not_found.tolist()
    assert {p: v.tolist() for p, v in facets.partner_events.items()} == {
        p: v.tolist() for p, v in rebuilt.partner_events.items()
    }
