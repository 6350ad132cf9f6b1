"""The search index: case- and accent-insensitive, over every searchable field, narrowing as you type."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.storage.fileformat import read_document
from gui.core.document.model import FORMAT_NAME, Document, Event, Evidence, Lane, new_document
from gui.core.view.search import SearchIndex, SearchIndexBuilder, fold
from tests.core.splices import insert_edit, remove_edit


def _titled_event(event_id: str, title: str) -> Event:
    return Event(event_id, "l", title or "t", "2018", notes=title)


def _titled_document(titles: list[str]):
    document = new_document()
    document.lanes = [Lane("l", "Lane")]
    document.events = [Event(f"e{i}", "l", title or "t", "2018") for i, title in enumerate(titles)]
    return document


def ids(document, indices):
    return {document.events[i].id for i in indices}


def test_fold_removes_case_and_accents():
    assert fold("XIAOMÍ Ünïcode") == "xiaomi unicode"
    assert fold("Straße") == "strasse"


def test_every_field_is_searchable(sample_path):
    document = read_document(sample_path).document
    index = SearchIndex(document)
    assert ids(document, index.matches("verizon")) >= {"huawei-att-verizon-talks", "xiaomi-att-verizon-talks"}
    assert ids(document, index.matches("BEST BUY")) == {"huawei-best-buy"}  # partners, title, quote
    assert "huawei-outsells-apple-china" in ids(document, index.matches("outside-us"))  # a tag
    assert len(index.matches("xiaomi")) >= 4  # lane name
    assert ids(document, index.matches("brick-and-mortar")) == {"huawei-best-buy"}  # evidence quote
    assert ids(document, index.matches("how the date")) == set()
    assert len(index.matches("")) == len(document.events)


def test_narrowing_gives_the_same_answer_as_a_fresh_search(sample_path):
    document = read_document(sample_path).document
    index = SearchIndex(document)
    typed = [index.matches("carrier"[:n]).tolist() for n in range(1, 8)]
    fresh = [SearchIndex(document).matches("carrier"[:n]).tolist() for n in range(1, 8)]
    assert typed == fresh
    assert index.matches("carriex").tolist() == []
    assert index.matches("c").tolist() == fresh[0]  # backspacing starts over


words = st.text(alphabet="abcdeéÉxyz Z19-", min_size=0, max_size=12)


@settings(max_examples=200, deadline=None)
@given(st.lists(words, min_size=1, max_size=30), st.lists(words, min_size=1, max_size=4))
def test_matches_equal_a_plain_substring_scan(titles, queries):
    """The bitmask prefilter and the narrowing never lose or invent a match."""
    document = Document(
        FORMAT_NAME,
        1,
        lanes=[Lane("l")],
        events=[
            Event(f"e{i}", "l", title, "2018", evidence=[Evidence("s", title[::-1] or "q")])
            for i, title in enumerate(titles)
        ],
    )
    index = SearchIndex(document)
    for query in queries:  # one index, several queries: exercises narrowing and restarting
        needle = fold(query.strip())
        direct = [i for i, text in enumerate(index.folded) if needle in text]
        assert index.matches(query).tolist() == direct


@given(
    st.lists(st.text(alphabet="abcÉé xy", max_size=8), min_size=1, max_size=6),
    st.lists(st.tuples(st.integers(0, 5), st.text(alphabet="abcÉé xy", max_size=8)), max_size=5),
    st.text(alphabet="abcé xy", min_size=1, max_size=3),
)
def test_updating_edited_events_answers_like_a_new_index(titles, changes, query):
    document = _titled_document(titles)
    index = SearchIndex(document)
    index.matches(query[:1])  # a remembered narrowing must not survive the update
    for position, title in changes:
        position %= len(document.events)
        document.events[position] = _titled_event(f"e{position}", title)
        index.update(document, [position])
    assert index.matches(query).tolist() == SearchIndex(document).matches(query).tolist()


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.text(alphabet="abcÉé xy", max_size=8), max_size=6),
    st.lists(
        st.tuples(
            st.booleans(),
            st.lists(st.tuples(st.integers(0, 50), st.text(alphabet="abcé xy", max_size=6)), min_size=1, max_size=3),
        ),
        max_size=5,
    ),
    st.text(alphabet="abcé xy", min_size=1, max_size=3),
)
def test_splicing_events_in_and_out_answers_like_a_new_index(titles, steps, query):
    """Events inserted and removed anywhere: the index holds what a new one would, and answers the same."""
    document = _titled_document(titles)
    index = SearchIndex(document)
    index.matches(query[:1])  # a remembered narrowing must not survive the splice
    for serial, (insert, arguments) in enumerate(steps):
        if insert:
            new = [_titled_event(f"n{serial}-{i}", title) for i, (_, title) in enumerate(arguments)]
            edit = insert_edit(document, (where for where, _ in arguments), new)
        else:
            edit = remove_edit(document, (number for number, _ in arguments))
        if edit is not None:
            change = edit.apply(document)
            index.splice(document, change.removed, change.inserted)
    fresh = SearchIndex(document)
    assert index.folded == fresh.folded and index.count == fresh.count
    assert index.masks.tolist() == fresh.masks.tolist()
    assert index.matches(query).tolist() == fresh.matches(query).tolist()


_TITLES = ["Talks with AT&T", "Xiaomí’s launch", "HUAWEI in Europe", "nul\x00inside", "", "Verizon deal"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_TITLES), max_size=40), st.integers(1, 7))
def test_building_a_slice_at_a_time_gives_the_same_index(titles, slice_size):
    document = new_document()
    document.lanes = [Lane("m", "Maker")]
    document.events = [Event(f"e{i}", "m", title, "2018", notes=title[::-1]) for i, title in enumerate(titles)]
    builder = SearchIndexBuilder(document, slice_size=slice_size)
    steps = 0
    while not builder.step():
        steps += 1
    assert steps == max(0, -(-len(titles) // slice_size) - 1)  # one slice per step
    built, whole = builder.finish(), SearchIndex(document)
    assert built.folded == whole.folded and built.masks.tolist() == whole.masks.tolist()
    for query in ("talks", "xiaomi", "a", "verizon deal", "zz"):
        assert built.matches(query).tolist() == whole.matches(query).tolist()


def test_finish_reads_what_the_steps_left(sample_path):
    document = read_document(sample_path).document
    builder = SearchIndexBuilder(document, slice_size=5)
    builder.step()
    assert not builder.done
    assert builder.finish().matches("verizon").tolist() == SearchIndex(document).matches("verizon").tolist()
