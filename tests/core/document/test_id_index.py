"""IdIndex answers as the dict {id: position} of the list it follows, through inserts and removals."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.document.id_index import IdIndex


def as_dict(ids: list[str]) -> dict[str, int]:
    return {event_id: position for position, event_id in enumerate(ids)}


def assert_same(index: IdIndex, ids: list[str]) -> None:
    expected = as_dict(ids)
    assert len(index) == len(expected) and list(index) == ids
    for event_id, position in expected.items():
        assert index.get(event_id) == position and index[event_id] == position and event_id in index
    assert index == expected


def test_reads_like_a_dict():
    index = IdIndex(["a", "b", "c"])
    assert index["b"] == 1 and index.get("c") == 2
    assert index.get("zz") is None and index.get("zz", -1) == -1
    assert "a" in index and "zz" not in index and 3 not in index
    with pytest.raises(KeyError):
        index["zz"]
    assert dict(index.items()) == {"a": 0, "b": 1, "c": 2}


def test_ids_with_equal_hashes_are_told_apart(monkeypatch):
    # Force every id into one hash: the index must still find each by comparing the ids.
    import gui.core.document.id_index as module

    monkeypatch.setattr(module, "hash", lambda _: 7, raising=False)
    ids = [f"e{i}" for i in range(20)]
    index = IdIndex(ids)
    assert_same(index, ids)
    index.remove_at([3, 4])
    del ids[3:5]
    index.insert_at([0], ["new"])
    ids.insert(0, "new")
    assert_same(index, ids)


def test_an_empty_index():
    index = IdIndex([])
    assert len(index) == 0 and index.get("a", -1) == -1
    index.insert_at([0], ["a"])
    assert index["a"] == 0


@st.composite
def edits(draw):
    """A list of unique ids and a series of removals and insertions on it."""
    count = draw(st.integers(0, 40))
    ids = [f"id{i}" for i in range(count)]
    steps = []
    length, fresh = count, count
    for _ in range(draw(st.integers(1, 6))):
        if length and draw(st.booleans()):
            positions = sorted(draw(st.sets(st.integers(0, length - 1), min_size=1, max_size=min(length, 5))))
            steps.append(("remove", positions, None))
            length -= len(positions)
        else:
            k = draw(st.integers(1, 5))
            positions = sorted(draw(st.sets(st.integers(0, length + k - 1), min_size=k, max_size=k)))
            new = [f"id{fresh + i}" for i in range(k)]
            fresh += k
            steps.append(("insert", positions, new))
            length += k
    return ids, steps


@settings(max_examples=300, deadline=None)
@given(edits())
def test_follows_any_series_of_inserts_and_removals(case):
    ids, steps = case
    index = IdIndex(ids)
    ids = list(ids)
    for what, positions, new in steps:
        if what == "remove":
            index.remove_at(positions)
            for position in reversed(positions):
                del ids[position]
        else:
            index.insert_at(positions, new)
            for position, event_id in zip(positions, new):
                ids.insert(position, event_id)
        assert_same(index, ids)


def test_a_third_of_a_dicts_memory():
    import sys

    ids = [f"e{i:07d}" for i in range(100_000)]
    index = IdIndex(ids)
    as_dict_bytes = sys.getsizeof(as_dict(ids)) + 28 * (len(ids) - 257)  # the dict and its int objects
    assert index.nbytes() * 3 < as_dict_bytes


class _CountedId(str):
    """An id that counts how often it is hashed."""

    hashed = 0

    def __hash__(self) -> int:
        _CountedId.hashed += 1
        return str.__hash__(self)


def test_nothing_is_hashed_until_the_first_lookup_and_splices_before_it_are_followed():
    _CountedId.hashed = 0
    ids = [_CountedId(f"e{i}") for i in range(1000)]
    index = IdIndex(ids)
    index.remove_at([0, 10, 500])
    kept = [event_id for position, event_id in enumerate(ids) if position not in (0, 10, 500)]
    new = [_CountedId("x1"), _CountedId("x2")]
    index.insert_at([3, 200], new)
    kept[3:3] = [new[0]]
    kept[200:200] = [new[1]]
    assert len(index) == len(kept) and list(index) == kept
    assert _CountedId.hashed == 0
    assert_same(index, kept)
    assert _CountedId.hashed > 0
