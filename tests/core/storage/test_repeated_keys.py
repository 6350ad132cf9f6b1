"""A key repeated in one object is an error, whatever the file leaves out (issue #15, item 4).

The loader proves most files free of repeated keys by counting colons (see repeated_keys). A field
the file leaves out but the decoder fills in (``kind``, ``status``) used to add a colon to the
count that exactly hid one repeat, and the repeat's first value was dropped without a word.

Each example is a real file in tmp_path: a timeline with one object of every type, each leaving
out any subset of its optional fields, and one key repeated in one object. Loading must raise a
LoadError that names the key at the place of the repeat.
"""

from __future__ import annotations

import json
from pathlib import Path

import msgspec
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from gui.core.storage.fileformat import read_document
from gui.core.document.model import FORMAT_NAME, Document, Event, Evidence, Lane, Source, filled_by_default
from gui.core.document.problems import LoadError

#: One object of each type, as (key, value) pairs in the order Inroads writes them; every field set.
#: A value that is a list of pairs is a JSON object; ``None`` in a list stands for the object that holds it.
TEXT = "Huawei is in talks with AT&T. Xiaomi too."

EVIDENCE = [("source", "art"), ("quote", "Huawei is in talks with AT&T."), ("prefix", ""), ("suffix", " Xiaomi"),
            ("reanchored", "moved")]
UNKNOWN = [("a", 1), ("b", [1, 2]), ("c", "x: y")]
EVENT = [
    ("id", "talks"), ("lane", "huawei"), ("title", "Talks with AT&T"), ("start", "2017-12~"), ("end", "2018"),
    ("kind", "carrier-talks"), ("status", "confirmed"), ("partners", ["AT&T"]), ("evidence", [EVIDENCE]),
    ("notes", "n"), ("tags", ["t"]),
]
LANE = [("id", "huawei"), ("name", "Huawei"), ("color", "#c00"), ("aliases", ["HW"])]
SOURCE = [
    ("id", "art"), ("title", "An article"), ("publisher", "P"), ("url", "https://example.com/a"),
    ("published", "2017-12"), ("accessed", "2018-01-02"), ("cites", ["Bloomberg"]), ("notes", "n"), ("text", TEXT),
]
TOP = [("format", FORMAT_NAME), ("version", 1), ("title", "Repeats"), ("description", "d"), ("lanes", [LANE]),
       ("sources", [SOURCE]), ("events", [EVENT])]

#: Object type -> (its pairs, the keys a file may leave out).
OBJECTS = {
    "top": (TOP, ("title", "description", "sources", "events")),
    "lane": (LANE, ("name", "color", "aliases")),
    "source": (SOURCE, ("title", "publisher", "url", "published", "accessed", "cites", "notes", "text")),
    "event": (EVENT, ("end", "kind", "status", "partners", "evidence", "notes", "tags")),
    "evidence": (EVIDENCE, ("prefix", "suffix", "reanchored")),
    "unknown": (UNKNOWN, ("b", "c")),
}
#: Where the unknown object sits: under an unknown key of the event.
UNKNOWN_KEY = "x_meta"

#: A second value for a repeated key: the one the file means to say, or one it dropped.
OTHER_VALUES = {"title": "Another", "start": "2019", "kind": "launch", "status": "rumored", "name": "HW",
                "quote": "Xiaomi too.", "text": TEXT + " More.", "a": 2, "version": 1}


#: The fields that hold the target object, which the file must keep for the target to be in it.
_HOLDERS = {
    "source": {"top": {"sources"}},
    "event": {"top": {"events"}},
    "evidence": {"top": {"events"}, "event": {"evidence"}},
    "unknown": {"top": {"events"}},
}


def _other_value(key: str, value):
    return OTHER_VALUES.get(key, value)


class _Writer:
    """Writes pairs as JSON text and notes where each key of one object starts."""

    def __init__(self, target: list, compact: bool) -> None:
        self.target = target
        self.compact = compact
        self.parts: list[str] = []
        self.size = 0
        self.key_offsets: list[tuple[str, int]] = []

    def put(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def value(self, value) -> None:
        if isinstance(value, list) and value and isinstance(value[0], tuple):
            self.pairs(value)
        elif isinstance(value, list) and value and isinstance(value[0], list):
            self.put("[")
            for number, item in enumerate(value):
                if number:
                    self.put(", " if not self.compact else ",")
                self.value(item)
            self.put("]")
        else:
            self.put(json.dumps(value, ensure_ascii=False))

    def pairs(self, pairs: list) -> None:
        self.put("{" if self.compact else "{\n")
        for number, (key, value) in enumerate(pairs):
            if number:
                self.put("," if self.compact else ",\n")
            if pairs is self.target:
                self.key_offsets.append((key, self.size))
            self.put(json.dumps(key) + (":" if self.compact else ": "))
            self.value(value)
        self.put("}" if self.compact else "\n}")

    def text(self) -> str:
        return "".join(self.parts)


def _timeline(
    omitted: dict[str, set[str]], target: str, key_index: int, repeat_at: int, later_value: bool, with_unknown: bool
):
    """The pairs of the whole timeline, and the target object's pairs (with one key in it twice).

    With ``with_unknown`` the event holds an unknown object (which takes the loader off its fast road).
    """
    omitted = {name: keys - _HOLDERS.get(target, {}).get(name, set()) for name, keys in omitted.items()}
    built = {}
    for name, (pairs, _) in OBJECTS.items():
        built[name] = [(key, value) for key, value in pairs if key not in omitted[name]]
    target_pairs = built[target]
    key, value = target_pairs[key_index % len(target_pairs)]
    repeated = (key, _other_value(key, value) if later_value else value)
    target_pairs.insert(repeat_at % (len(target_pairs) + 1), repeated)
    # Nest the objects in each other (after the repeat is in, so that the target is the very list written).
    built["event"] = [
        (k, [built["evidence"]] if k == "evidence" else v) for k, v in built["event"]
    ] + ([(UNKNOWN_KEY, built["unknown"])] if with_unknown or target == "unknown" else [])
    if target == "event":
        target_pairs = built["event"]
    swaps = {"lanes": [built["lane"]], "sources": [built["source"]], "events": [built["event"]]}
    built["top"] = [(k, swaps.get(k, v)) for k, v in built["top"]]
    if target == "top":
        target_pairs = built["top"]
    return built["top"], target_pairs, key


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


omissions = st.fixed_dictionaries(
    {name: st.sets(st.sampled_from(optional)) for name, (_, optional) in OBJECTS.items()}
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    omitted=omissions,
    target=st.sampled_from(sorted(OBJECTS)),
    key_index=st.integers(0, 20),
    repeat_at=st.integers(0, 20),
    later_value=st.booleans(),
    compact=st.booleans(),
    with_unknown=st.booleans(),
)
# The case of the issue: an event leaves out "kind" and repeats "title".
@example(omitted={**{name: set() for name in OBJECTS}, "event": {"kind"}}, target="event", key_index=2,
         repeat_at=3, later_value=True, compact=True, with_unknown=False)
# A lane repeats a key while an event elsewhere leaves out "status".
@example(omitted={**{name: set() for name in OBJECTS}, "event": {"status"}}, target="lane", key_index=1,
         repeat_at=4, later_value=True, compact=False, with_unknown=False)
def test_a_repeated_key_is_a_located_error_whatever_the_file_leaves_out(
    tmp_path_factory, omitted, target, key_index, repeat_at, later_value, compact, with_unknown
):
    top, target_pairs, key = _timeline(omitted, target, key_index, repeat_at, later_value, with_unknown)
    writer = _Writer(target_pairs, compact)
    writer.pairs(top)
    text = writer.text()
    path = Path(tmp_path_factory.mktemp("repeat")) / "repeat.json"
    path.write_text(text, encoding="utf-8")

    offsets = [offset for written, offset in writer.key_offsets if written == key]
    assert len(offsets) == 2
    line, column = _line_column(text, offsets[1])
    first_line, first_column = _line_column(text, offsets[0])
    with pytest.raises(LoadError) as caught:
        read_document(path)
    repeats = [p for p in caught.value.errors if "appears twice" in p.message]
    assert len(repeats) == 1, caught.value.report()
    (problem,) = repeats
    assert f'key "{key}" appears twice' in problem.message
    assert f"(first on line {first_line}, column {first_column})" in problem.message
    assert (problem.line, problem.column) == (line, column), caught.value.report()


@pytest.mark.parametrize(
    ("cls", "required"),
    [
        (Document, {"format": FORMAT_NAME, "version": 1}),
        (Lane, {"id": "a"}),
        (Source, {"id": "a"}),
        (Evidence, {"source": "a", "quote": "q"}),
        (Event, {"id": "a", "lane": "l", "title": "t", "start": "2018"}),
    ],
)
def test_the_only_fields_encoded_that_a_file_may_leave_out_are_the_ones_the_proof_counts(cls, required):
    """The colon proof subtracts the fields the decoder filled; any other field written at its default
    (a new ``_always_written`` one) would hide a repeated key again."""
    decoded = msgspec.json.decode(json.dumps(required).encode(), type=cls)
    encoded = msgspec.json.decode(msgspec.json.encode(decoded))
    filled = {name for name, value in filled_by_default().items() if getattr(decoded, name, None) is value}
    assert set(encoded) == set(required) | filled
    assert filled == ({"kind", "status"} if cls is Event else set())
