"""Fuzzing the loader with Hypothesis, at three levels.

1. arbitrary bytes (and bytes made of JSON's own characters);
2. arbitrary JSON values, encoded in several ways (some shaped like a timeline);
3. structured mutations of the bundled sample: keys dropped, repeated or retyped, ids
   swapped, dates corrupted, odd text and unknown keys added, then the text cut or poked.

Whatever comes in, decode_document either returns a LoadResult whose document saves
and reads back unchanged, or raises LoadError with at least one error, each problem
with a one-line message and, where a place in the file means something, a line and
column. No other exception, and no example may take long (the deadline catches hangs).

The default run tries a few thousand examples (about 15 s); ``--run-slow`` runs the
same properties on 100,000+ and prints how many ran and how long they took.
"""

from __future__ import annotations

import copy
import json
import time
from collections import Counter
from datetime import timedelta

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.core.storage.fileformat import LoadResult, decode_document
from gui.core.storage.fileformat_write import encode_document
from gui.core.storage.jsonlocate import SCAN_LIMIT
from gui.core.document.problems import LoadError
from gui.core.storage.resources import sample_path

#: Examples per level in the default run (about 3,000 in all, 15 s), and in the slow one
#: (105,000 in all). Generating timeline-shaped values costs most, so they get fewer.
DEFAULT_EXAMPLES = {"bytes": 1200, "json values": 600, "timeline-shaped json": 400, "mutated sample": 800}
SLOW_EXAMPLES = {"bytes": 35_000, "json values": 25_000, "timeline-shaped json": 20_000, "mutated sample": 25_000}

RAN: Counter[str] = Counter()
OUTCOMES: Counter[str] = Counter()

_UTF8_BOM = b"\xef\xbb\xbf"


# --------------------------------------------------------------------------- the property


def _is_json(data: bytes) -> bool:
    try:
        msgspec.json.decode(data.removeprefix(_UTF8_BOM))
    except (msgspec.DecodeError, UnicodeDecodeError, RecursionError):
        return False
    return True


def check_loads_or_fails_cleanly(data: bytes, level: str) -> None:
    RAN[level] += 1
    try:
        result = decode_document(data, "fuzz.json")
    except LoadError as error:
        OUTCOMES[f"{level}: error"] += 1
        check_load_error(error, data)
    else:
        OUTCOMES[f"{level}: loaded"] += 1
        check_load_result(result)


def check_load_error(error: LoadError, data: bytes) -> None:
    assert error.problems, "a LoadError without problems"
    assert error.errors, "a LoadError without a single error"
    for problem in error.problems:
        line = problem.format("fuzz.json")
        assert problem.message.strip(), problem
        assert "\n" not in line and "\r" not in line, line
        assert len(line) < 1000, line[:200]
        if problem.path and len(error.problems) <= 200 and len(data) < SCAN_LIMIT:
            # Everything with a place in the document is shown there (files this small are scanned whole).
            assert problem.line is not None, line
    assert error.report()
    text = data.removeprefix(_UTF8_BOM)
    if text.strip() and not _is_json(data):
        # A syntax error (or unreadable bytes) always says where, unless the file is not
        # UTF-8 at all (UTF-16 or UTF-32), where a line of UTF-8 text means nothing.
        first = error.errors[0]
        assert first.line is not None or "UTF-16" in first.message or "UTF-32" in first.message, first


def check_load_result(result: LoadResult) -> None:
    assert isinstance(result, LoadResult)
    for warning in result.warnings:
        assert not warning.is_error and warning.message.strip() and warning.line is not None
    saved = encode_document(result.document)  # saving never fails on what loaded
    again = decode_document(saved, "saved.json")
    assert again.document == result.document
    assert encode_document(again.document) == saved


def fuzz(strategy: st.SearchStrategy[bytes], level: str, examples: int) -> None:
    @settings(
        max_examples=examples,
        deadline=timedelta(seconds=5),  # a hang or a quadratic blow-up fails here
        database=None,  # no example database left in the working tree
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )
    @given(strategy)
    def run(data: bytes) -> None:
        check_loads_or_fails_cleanly(data, level)

    run()


# --------------------------------------------------------------------------- level 1: bytes

JSON_BYTES = list(b'{}[],:"\\ \n\t0123456789.eE+-truefalsnu') + [0xEF, 0xBB, 0xBF, 0xC3, 0xA9, 0x80, 0xFF, 0x00]

arbitrary_bytes = st.one_of(
    st.binary(max_size=600),
    st.lists(st.sampled_from(JSON_BYTES), max_size=300).map(bytes),
    st.tuples(st.sampled_from([b"", _UTF8_BOM, b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff"]), st.binary(max_size=200)).map(
        b"".join
    ),
)


# --------------------------------------------------------------------------- level 2: JSON values

LONE_SURROGATES = st.sampled_from(["\ud800", "\udbff", "\udc00", "\udfff"])
odd_text = st.one_of(
    st.text(max_size=30),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=12),
    st.tuples(st.text(max_size=5), LONE_SURROGATES, st.text(max_size=5)).map("".join),
    st.sampled_from(["", " ", "\x00", "\u202e", "😀", "<b>x</b>", "2018", "2018-02-30", "..", "#fff", "inroads-timeline"]),
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**25), max_value=10**25),
    st.floats(allow_nan=True, allow_infinity=True),
    odd_text,
)
json_values = st.recursive(
    scalars,
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(odd_text, children, max_size=4)),
    max_leaves=12,
)


def field_value(plausible: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(plausible, plausible, plausible, json_values)


DATES = st.one_of(
    st.sampled_from(["2018", "2017-12~", "2018-03-14?", "2019-06%", "0000", "9999-12-31", "1900-02-29", "2018-02-30", "99999", "-0044", ""]),
    # date-shaped, with any month and day: many are impossible
    st.tuples(st.integers(0, 9999), st.integers(0, 13), st.integers(0, 32), st.sampled_from(["", "~", "?", "%", "~?"])).map(
        lambda t: f"{t[0]:04d}" + (f"-{t[1]:02d}" if t[1] else "") + (f"-{t[2]:02d}" if t[1] and t[2] else "") + t[3]
    ),
)
IDS = st.sampled_from(["a", "b", "c", "", "a\u202e", "😀"])
lanes = st.fixed_dictionaries({"id": field_value(IDS)}, optional={"name": field_value(odd_text), "color": field_value(st.sampled_from(["#fff", "#c7000b", "red", None])), "aliases": field_value(st.lists(odd_text, max_size=3))})
evidence = st.fixed_dictionaries({"source": field_value(IDS), "quote": field_value(st.sampled_from(["talks", "", "  ", "nowhere"]))}, optional={"prefix": field_value(odd_text), "suffix": field_value(odd_text), "x_page": json_values})
sources = st.fixed_dictionaries({"id": field_value(IDS)}, optional={"title": field_value(odd_text), "url": field_value(st.sampled_from(["https://x.test", "javascript:alert(1)", ""])), "published": field_value(DATES), "accessed": field_value(st.none() | DATES), "text": field_value(st.sampled_from(["Huawei is in talks", "", "a\u00a0b"])), "cites": field_value(st.lists(odd_text, max_size=2))})
events = st.fixed_dictionaries(
    {"id": field_value(IDS), "lane": field_value(IDS), "title": field_value(odd_text), "start": field_value(DATES)},
    optional={
        "end": field_value(st.one_of(st.none(), st.just(".."), DATES)),
        "kind": field_value(odd_text),
        "status": field_value(st.sampled_from(["rumored", "confirmed", "?"])),
        "partners": field_value(st.lists(odd_text, max_size=3)),
        "evidence": field_value(st.lists(evidence, max_size=2)),
        "tags": field_value(st.lists(odd_text, max_size=2)),
        "notes": field_value(odd_text),
        "x_extra": json_values,
    },
)
timeline_shaped = st.fixed_dictionaries(
    {"format": field_value(st.just("inroads-timeline")), "version": field_value(st.sampled_from([1, 1, 2, 0]))},
    optional={
        "title": field_value(odd_text),
        "lanes": field_value(st.lists(lanes, max_size=3)),
        "sources": field_value(st.lists(sources, max_size=2)),
        "events": field_value(st.lists(events, max_size=3)),
        "x_top": json_values,
    },
)


@st.composite
def encoded(draw, values: st.SearchStrategy) -> bytes:
    value = draw(values)
    ascii_only = draw(st.booleans())
    indent = draw(st.sampled_from([None, 0, 2, "\t"]))
    text = json.dumps(value, ensure_ascii=ascii_only, indent=indent)  # writes NaN and Infinity too
    # Text holding a lone surrogate has no UTF-8 form: surrogatepass makes bytes that are not UTF-8.
    data = text.encode("utf-8", "surrogatepass")
    return draw(st.sampled_from([b"", _UTF8_BOM])) + data


arbitrary_json = st.one_of(encoded(json_values), encoded(timeline_shaped))


# --------------------------------------------------------------------------- level 3: mutated sample


class Pairs(list):
    """A JSON object as its list of (key, value) pairs, so that a key can be repeated."""


def _as_pairs(value):
    if isinstance(value, dict):
        return Pairs((key, _as_pairs(item)) for key, item in value.items())
    if isinstance(value, list):
        return [_as_pairs(item) for item in value]
    return value


def _dumps(value, indent: int | None, level: int = 0) -> str:
    newline = "" if indent is None else "\n" + " " * (indent * (level + 1))
    closing = "" if indent is None else "\n" + " " * (indent * level)
    if isinstance(value, Pairs):
        if not value:
            return "{}"
        items = [json.dumps(key) + ": " + _dumps(item, indent, level + 1) for key, item in value]
        return "{" + newline + ("," + newline).join(items) + closing + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[" + newline + ("," + newline).join(_dumps(item, indent, level + 1) for item in value) + closing + "]"
    return json.dumps(value, ensure_ascii=False)


SAMPLE = _as_pairs(json.loads(sample_path().read_bytes()))


def _objects(node, found=None) -> list[Pairs]:
    found = [] if found is None else found
    if isinstance(node, Pairs):
        found.append(node)
        for _, item in node:
            _objects(item, found)
    elif isinstance(node, list):
        for item in node:
            _objects(item, found)
    return found


def _value_of(obj: Pairs, key: str):
    return next((item for name, item in obj if name == key), None)


def _set(obj: Pairs, key: str, value) -> None:
    for index, (name, _) in enumerate(obj):
        if name == key:
            obj[index] = (name, value)
            return
    obj.append((key, value))


def drop_key(draw, objects):
    obj = draw(st.sampled_from(objects))
    if obj:
        del obj[draw(st.integers(0, len(obj) - 1))]


def repeat_key(draw, objects):
    obj = draw(st.sampled_from(objects))
    if obj:
        key, value = obj[draw(st.integers(0, len(obj) - 1))]
        new_value = draw(st.one_of(st.just(copy.deepcopy(value)), json_values))
        obj.insert(draw(st.integers(0, len(obj))), (key, new_value))


def retype_value(draw, objects):
    obj = draw(st.sampled_from(objects))
    if obj:
        index = draw(st.integers(0, len(obj) - 1))
        obj[index] = (obj[index][0], draw(json_values))


def swap_ids(draw, objects):
    with_ids = [obj for obj in objects if isinstance(_value_of(obj, "id"), str)]
    first, second = draw(st.sampled_from(with_ids)), draw(st.sampled_from(with_ids))
    first_id, second_id = _value_of(first, "id"), _value_of(second, "id")
    _set(first, "id", second_id)
    _set(second, "id", first_id)
    # and point a reference somewhere else: an event's lane, or evidence's source
    referring = [obj for obj in objects if _value_of(obj, "lane") is not None or _value_of(obj, "source") is not None]
    target = draw(st.sampled_from(referring))
    _set(target, "lane" if _value_of(target, "lane") is not None else "source", first_id)


def corrupt_date(draw, objects):
    dated = [obj for obj in objects if any(name in ("start", "end", "published", "accessed") for name, _ in obj)]
    obj = draw(st.sampled_from(dated))
    key = draw(st.sampled_from([name for name, _ in obj if name in ("start", "end", "published", "accessed")]))
    _set(obj, key, draw(st.one_of(DATES, odd_text, st.sampled_from(["2018-13", "2018~?", "2018/2019", "201X", "2001-21", "T10:00", ".."]))))


def odd_strings(draw, objects):
    obj = draw(st.sampled_from(objects))
    strings = [name for name, value in obj if isinstance(value, str)]
    if strings:
        _set(obj, draw(st.sampled_from(strings)), draw(odd_text))


def unknown_key(draw, objects):
    obj = draw(st.sampled_from(objects))
    obj.insert(draw(st.integers(0, len(obj))), (draw(odd_text), draw(json_values)))


def deep_value(draw, objects):
    obj = draw(st.sampled_from(objects))
    depth = draw(st.integers(90, 130))  # around the nesting limit
    _set(obj, "x_deep", json.loads("[" * depth + "]" * depth))


MUTATIONS = [drop_key, repeat_key, retype_value, swap_ids, corrupt_date, odd_strings, unknown_key, deep_value]


@st.composite
def mutated_sample(draw) -> bytes:
    document = copy.deepcopy(SAMPLE)
    objects = _objects(document)
    for _ in range(draw(st.integers(1, 4))):
        draw(st.sampled_from(MUTATIONS))(draw, objects)
    data = _dumps(document, draw(st.sampled_from([None, 2]))).encode("utf-8", "surrogatepass")
    poke = draw(st.sampled_from(["none", "none", "none", "cut", "insert", "delete", "flip"]))
    if poke != "none" and data:
        at = draw(st.integers(0, len(data) - 1))
        if poke == "cut":
            data = data[:at]
        elif poke == "insert":
            data = data[:at] + draw(st.binary(min_size=1, max_size=3)) + data[at:]
        elif poke == "delete":
            data = data[:at] + data[at + 1 :]
        else:
            data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
    return data


# --------------------------------------------------------------------------- the tests

LEVELS = {
    "bytes": arbitrary_bytes,
    "json values": arbitrary_json,
    "timeline-shaped json": encoded(timeline_shaped),
    "mutated sample": mutated_sample(),
}


@pytest.mark.parametrize("level", list(LEVELS))
def test_fuzz_loading(level):
    fuzz(LEVELS[level], level, DEFAULT_EXAMPLES[level])


@pytest.mark.slow
def test_fuzz_loading_100k_examples(capsys):
    RAN.clear()
    OUTCOMES.clear()
    start = time.perf_counter()
    timings = {}
    for level, strategy in LEVELS.items():
        level_start = time.perf_counter()
        fuzz(strategy, level, SLOW_EXAMPLES[level])
        timings[level] = time.perf_counter() - level_start
    seconds = time.perf_counter() - start
    with capsys.disabled():
        print(f"\nfuzzed {sum(RAN.values()):,} inputs in {seconds:.0f} s")
        for level in LEVELS:
            print(
                f"  {level}: {RAN[level]:,} inputs in {timings[level]:.0f} s"
                f" ({OUTCOMES[f'{level}: loaded']:,} loaded, {OUTCOMES[f'{level}: error']:,} LoadError)"
            )
    assert sum(RAN.values()) >= 100_000


def test_the_sample_survives_the_mutation_machinery_unmutated():
    """A guard for the strategies: with no mutation, the sample written back by the fuzzer's own
    writer loads as the real sample does, so refusals in the fuzz run come from the mutations."""
    for indent in (None, 2):
        data = _dumps(SAMPLE, indent).encode()
        assert decode_document(data).document == decode_document(sample_path().read_bytes()).document
