"""Counting sources: a source that relays an outlet is not independent of it."""

from __future__ import annotations

from gui.core.analysis.corroboration import independent_count, independent_origins, sources_words
from gui.core.storage.fileformat import read_document


def _sources(document):
    return {source.id: source for source in document.sources}


def _event(document, event_id):
    return next(event for event in document.events if event.id == event_id)


def test_a_relay_of_bloomberg_is_not_independent_of_bloomberg(market):
    talks = _event(market, "talks-b")  # The Verge citing Bloomberg, and Bloomberg
    assert independent_count(talks, _sources(market)) == 1
    assert sources_words(talks, market) == "2 sources (1 independent): Bloomberg via The Verge, Bloomberg"


def test_independent_outlets_count_each(market):
    deal = _event(market, "deal")
    assert independent_count(deal, _sources(market)) == 3
    assert sources_words(deal, market) == "3 sources: Bloomberg, The Information, Reuters"


def test_a_source_citing_two_outlets_counts_them_not_itself(market):
    # relay2 cites "bloomberg " and Reuters: with Bloomberg and Reuters themselves, still two origins
    launch = _event(market, "launch")
    assert list(independent_origins(launch, _sources(market)).values()) == ["bloomberg", "Reuters"]
    assert independent_count(launch, _sources(market)) == 2


def test_no_evidence_no_sources_and_unknown_sources_count_by_id(market):
    assert independent_count(_event(market, "china"), _sources(market)) == 0
    assert sources_words(_event(market, "china"), market) == ""


def test_sample_rests_on_one_bloomberg_story(sample_path):
    document = read_document(sample_path).document
    sources = _sources(document)
    assert {independent_count(e, sources) for e in document.events} == {1}
    assert sources_words(document.events[0], document) == (
        "1 source: Bloomberg via «Huawei and Xiaomi in Talks with AT&T an…»"
    )
