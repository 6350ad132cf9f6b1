"""The bundled sample: built from the seed article, every quote verbatim, no warnings."""

from __future__ import annotations

from gui.core.document.dates import parse_date
from gui.core.storage.fileformat import read_document
from gui.core.document.textquote import find_quote


def test_sample_loads_without_warnings(sample_path):
    result = read_document(sample_path)
    assert result.warnings == []
    assert [lane.name for lane in result.document.lanes] == ["Huawei", "Xiaomi"]


def test_source_is_the_seed_article_in_full(sample_path, seed_article):
    [source] = read_document(sample_path).document.sources
    assert source.text == seed_article.read_text(encoding="utf-8")
    assert source.cites == ["Bloomberg"]
    assert source.title == "Huawei and Xiaomi in Talks with AT&T and Verizon to Carry Phones in 2018"


def test_every_event_has_evidence_found_verbatim(sample_path):
    document = read_document(sample_path).document
    texts = {source.id: source.text for source in document.sources}
    for event in document.events:
        assert event.evidence, event.id
        for evidence in event.evidence:
            text = texts[evidence.source]
            assert evidence.quote in text, (event.id, evidence.quote)  # verbatim, not just after normalising
            assert find_quote(text, evidence.quote, evidence.prefix, evidence.suffix) is not None


def test_reported_us_efforts_are_all_there(sample_path):
    events = read_document(sample_path).document.events
    by_lane_kind = {(e.lane, e.kind) for e in events}
    for lane in ("huawei", "xiaomi"):
        assert (lane, "carrier-talks") in by_lane_kind
        assert (lane, "carrier-deal") in by_lane_kind
        assert (lane, "context") in by_lane_kind
    partners = {p for e in events for p in e.partners}
    assert {"AT&T", "Verizon", "Best Buy"} <= partners
    kinds = {e.kind for e in events if e.lane == "huawei"}
    assert {"online-sales", "retail", "setback"} <= kinds


def test_vague_dates_are_qualified_and_explained(sample_path):
    for event in read_document(sample_path).document.events:
        start = parse_date(event.start)
        # The article is undated: no event may claim month or day precision.
        assert start.month == 0, event.id
        if start.is_qualified:
            assert event.notes, f"{event.id} has a vague date but no note explaining it"
