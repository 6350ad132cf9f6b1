"""Filters over the sample: each one alone, combined, and the state's round trip through settings."""

from __future__ import annotations

import msgspec
import pytest

from gui.core.fileformat import read_document
from gui.core.filters import FacetIndex, FilterState, event_mask
from gui.core.layout import build_layout


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
    ids = lambda state: {e.id for e, k in zip(document.events, event_mask(state, document, layout, facets)) if k}  # noqa: E731
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
