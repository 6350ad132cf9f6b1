"""Cited passages of a source, and the runs their highlights are drawn in."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from gui.core.evidence.citations import CitationIndex, CitedPassage, cited_passages, passage_segments
from gui.core.storage.fileformat import read_document
from gui.core.document.model import Event, Evidence, Lane, Source, new_document
from gui.core.storage.resources import sample_path
from tests.core.splices import insert_edit, remove_edit


def _document(text: str, quotes: list[tuple[str, str]]) -> tuple:
    document = new_document()
    document.lanes = [Lane("l", "L")]
    source = Source("s", "S", text=text)
    document.sources = [source, Source("other", "O", text="nothing")]
    document.events = [
        Event(f"e{i}", "l", f"Event {i}", "2018", kind=kind, evidence=[Evidence("s", quote)])
        for i, (quote, kind) in enumerate(quotes)
    ]
    return document, source


def test_counts_events_not_evidence():
    document, _ = _document("a b c", [("a", "retail"), ("b", "launch")])
    document.events[0].evidence.append(Evidence("s", "c"))
    document.events[1].evidence.append(Evidence("other", "nothing"))
    index = CitationIndex(document)
    assert index.event_count("s") == 2
    assert index.event_count("other") == 1
    assert index.event_count("missing") == 0


def test_passages_are_found_in_text_order_and_lost_ones_reported():
    text = "Alpha beta.\n\nGamma   delta epsilon."
    document, source = _document(text, [("delta epsilon", "retail"), ("Alpha", "launch"), ("zeta", "other")])
    found, lost = cited_passages(document, source)
    assert [(p.event_id, text[p.start : p.end]) for p in found] == [("e1", "Alpha"), ("e0", "delta epsilon")]
    assert found[1].kind == "retail"
    assert [(c.event_index, c.evidence_index) for c in lost] == [(2, 0)]


def test_the_sample_cites_every_quote_of_its_source():
    document = read_document(sample_path()).document
    source = document.sources[0]
    found, lost = cited_passages(document, source)
    assert lost == []
    assert len(found) == sum(len(e.evidence) for e in document.events)
    segments = passage_segments(found)
    # Two events share one quote: their run is covered by both.
    assert any(len(segment.passages) >= 2 for segment in segments)


def test_segments_cut_overlaps_into_runs():
    passages = [CitedPassage(0, 10, "a", 0, "k"), CitedPassage(5, 15, "b", 0, "k"), CitedPassage(20, 25, "c", 0, "k")]
    runs = [(s.start, s.end, s.passages) for s in passage_segments(passages)]
    assert runs == [(0, 5, (0,)), (5, 10, (0, 1)), (10, 15, (1,)), (20, 25, (2,))]


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=12))
def test_segments_cover_exactly_the_passages(spans):
    passages = [CitedPassage(start, start + length, str(i), 0, "k") for i, (start, length) in enumerate(spans)]
    segments = passage_segments(passages)
    for before, after in pairwise(segments):
        assert before.end <= after.start
    for offset in range(90):
        covering = {i for i, p in enumerate(passages) if p.start <= offset < p.end}
        runs = [s for s in segments if s.start <= offset < s.end]
        assert (set(runs[0].passages) if runs else set()) == covering


@given(
    st.lists(st.lists(st.sampled_from(["s", "t", "u"]), max_size=3), min_size=1, max_size=8),
    st.lists(st.tuples(st.integers(0, 7), st.lists(st.sampled_from(["s", "t", "v"]), max_size=3)), max_size=6),
)
def test_updating_after_edits_equals_rebuilding(initial, edits_made):
    document = _cited_document(initial)
    index = CitationIndex(document)
    for position, sources in edits_made:
        position %= len(document.events)
        before = {e.source for e in document.events[position].evidence}
        document.events[position] = _cited_event(f"e{position}", sources)
        affected = index.update(document, [position])
        assert affected == before | set(sources)
    _assert_same_citations(index, CitationIndex(document))


def _cited_event(event_id: str, sources: list[str]) -> Event:
    return Event(event_id, "l", "E", "2018", evidence=[Evidence(s, "q") for s in sources])


def _cited_document(citing: list[list[str]]):
    """A document whose events cite these sources, one list per event."""
    document = new_document()
    document.lanes = [Lane("l", "L")]
    document.events = [_cited_event(f"e{i}", sources) for i, sources in enumerate(citing)]
    return document


def _assert_same_citations(index, rebuilt):
    """Same counts and the same citations in the same order (the order passages are listed in)."""
    for source_id in ("s", "t", "u", "v", "w"):
        assert index.event_count(source_id) == rebuilt.event_count(source_id)
        assert index.citations(source_id) == rebuilt.citations(source_id)


@given(
    st.lists(st.lists(st.sampled_from(["s", "t", "u"]), max_size=3), max_size=8),
    st.lists(
        st.tuples(
            st.booleans(),
            st.lists(
                st.tuples(st.integers(0, 50), st.lists(st.sampled_from(["s", "t", "v"]), max_size=3)),
                min_size=1,
                max_size=3,
            ),
        ),
        max_size=6,
    ),
)
def test_splicing_events_in_and_out_equals_rebuilding(initial, steps):
    document = _cited_document(initial)
    index = CitationIndex(document)
    for serial, (insert, arguments) in enumerate(steps):
        if insert:
            new = [_cited_event(f"n{serial}-{i}", sources) for i, (_, sources) in enumerate(arguments)]
            edit = insert_edit(document, (where for where, _ in arguments), new)
        else:
            edit = remove_edit(document, (number for number, _ in arguments))
        if edit is None:
            continue
        touched = edit.events
        change = edit.apply(document)
        affected = index.splice(document, change.removed, change.inserted)
        assert affected == {evidence.source for event in touched for evidence in event.evidence}
    _assert_same_citations(index, CitationIndex(document))
