"""Hostile files: each is a real file in tmp_path, read with read_document like the app reads it.

Every one either loads, or fails with a LoadError whose problems say what is wrong and,
where a place in the file means something, where. Nothing else may escape, nothing may
hang, and nothing may take time or memory out of proportion to the file.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from gui.core.storage.fileformat import decode_document, read_document
from gui.core.storage.fileformat_write import encode_document, write_document
from gui.core.storage.readable_text import MAX_DEPTH
from gui.core.document.model import FORMAT_NAME, Document, Event, Lane
from gui.core.document.problems import MAX_REPORTED, ErrorKind, LoadError
from gui.core.document.textquote import normalize_space, quote_is_found

REPO_ROOT = Path(__file__).resolve().parents[3]


def minimal(**overrides) -> dict:
    document = {
        "format": FORMAT_NAME,
        "version": 1,
        "title": "Hostile",
        "lanes": [{"id": "huawei", "name": "Huawei"}, {"id": "xiaomi", "name": "Xiaomi"}],
        "sources": [{"id": "art", "title": "An article", "text": "Huawei is in talks with AT&T. Xiaomi too."}],
        "events": [
            {
                "id": "talks",
                "lane": "huawei",
                "title": "Talks with AT&T",
                "start": "2017-12~",
                "evidence": [{"source": "art", "quote": "Huawei is in talks with AT&T."}],
            },
            {"id": "target", "lane": "xiaomi", "title": "Target", "start": "2018", "end": ".."},
        ],
    }
    document.update(overrides)
    return document


def write(tmp_path: Path, content: bytes | str | dict, name: str = "hostile.json") -> Path:
    path = tmp_path / name
    if isinstance(content, dict):
        content = json.dumps(content, indent=2, ensure_ascii=False)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def load_error(path: Path) -> LoadError:
    with pytest.raises(LoadError) as caught:
        read_document(path)
    error = caught.value
    assert error.errors, "a LoadError must carry at least one error"
    for problem in error.problems:
        assert problem.message.strip() and "\n" not in problem.format(str(path))
    return error


def first_error(path: Path) -> str:
    return load_error(path).errors[0].format(path.name)


def assert_located(error: LoadError) -> None:
    assert error.errors[0].line is not None, error.report()


def saves_and_reloads(document: Document, tmp_path: Path) -> Document:
    out = tmp_path / "saved.json"
    write_document(document, out)
    again = read_document(out).document
    assert again == document
    return again


# --------------------------------------------------------------------------- empty, truncated


def test_empty_and_whitespace_only_files(tmp_path):
    assert first_error(write(tmp_path, b"")) == "hostile.json: the file is empty"
    assert first_error(write(tmp_path, b" \n\t\r\n ")) == "hostile.json: the file holds only whitespace"


def test_a_file_cut_anywhere_says_it_may_be_truncated(tmp_path, sample_path):
    data = sample_path.read_bytes()
    # Every 29th byte, and every place inside a multi-byte character.
    cuts = [k for k in range(1, len(data) - 1) if (k % 29 == 0 or data[k] & 0xC0 == 0x80) and data[:k].strip()]
    for k in cuts:
        error = load_error(write(tmp_path, data[:k]))
        assert_located(error)
        assert "truncated" in error.errors[0].message, (k, data[k - 20 : k], error.report())


# --------------------------------------------------------------------------- encodings


def test_utf8_byte_order_mark_is_accepted(tmp_path, sample_path):
    path = write(tmp_path, b"\xef\xbb\xbf" + sample_path.read_bytes())
    assert read_document(path).document == read_document(sample_path).document


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-16", "is UTF-16 text"),  # with a byte-order mark
        ("utf-16-le", "is UTF-16 text"),
        ("utf-16-be", "is UTF-16 text"),
        ("utf-32", "is UTF-32 text"),
        ("utf-32-le", "is UTF-32 text"),
    ],
)
def test_utf16_and_utf32_say_so(tmp_path, encoding, expected):
    path = write(tmp_path, json.dumps(minimal(title="Café")).encode(encoding))
    error = load_error(path)
    assert error.kind is ErrorKind.UNREADABLE
    assert error.report() == f"{path}: {expected}; Inroads files are UTF-8 (save it as UTF-8)"


def test_latin1_is_not_utf8_and_says_where(tmp_path):
    path = write(tmp_path, json.dumps(minimal(title="Café au lait"), indent=2, ensure_ascii=False).encode("latin-1"))
    error = load_error(path)
    assert error.kind is ErrorKind.UNREADABLE
    assert error.report() == f"{path}:4:16: is not UTF-8 text (byte 0xe9); save it as UTF-8"


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb\x48\xcd",  # gzip
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\x00\x00\x00\x18ftypmp42",
        bytes(range(256)) * 4,
    ],
    ids=["png", "gzip", "pdf", "mp4", "all-bytes"],
)
def test_binary_files_give_one_clear_line(tmp_path, content):
    error = load_error(write(tmp_path, content))
    assert error.kind is ErrorKind.UNREADABLE
    assert "\n" not in error.report()
    assert "NUL bytes" in error.report() or "is not UTF-8 text" in error.report()


# --------------------------------------------------------------------------- NUL, surrogates, numbers


def test_a_raw_nul_byte_is_unreadable_and_located(tmp_path):
    data = json.dumps(minimal(), indent=2).encode().replace(b'"Talks', b'"Tal\x00ks')
    error = load_error(write(tmp_path, data))
    assert error.kind is ErrorKind.UNREADABLE
    assert re.search(r":\d+:\d+: is not a text file: it contains NUL bytes$", error.report())
    assert_located(error)


def test_an_escaped_nul_loads_saves_and_is_escaped_in_messages(tmp_path):
    value = minimal()
    value["events"][0]["title"] = "Tal\u0000ks"
    document = read_document(write(tmp_path, value)).document
    assert document.events[0].title == "Tal\x00ks"
    saves_and_reloads(document, tmp_path)
    value["events"][0].update(id="nul\u0000id", start="never")
    assert '(id "nul\\x00id")' in first_error(write(tmp_path, value))


@pytest.mark.parametrize(
    ("escape", "column"),
    [
        ("\\ud800", 13),  # a high surrogate at the end of the string
        ("\\ud800x", 13),  # followed by a plain character
        ("\\udc00", 13),  # a low surrogate alone
        ("\\ud800\\u0041", 13),  # followed by an escape that is not a low surrogate
        ("ok \\ud83d\\ude00 \\udfff", 29),  # a valid pair, then a lone low one
    ],
)
def test_lone_surrogate_escapes_are_a_located_error(tmp_path, escape, column):
    text = json.dumps(minimal(), indent=2).replace('"Hostile"', f'"{escape}"')
    assert f'"title": "{escape}"' in text
    message = first_error(write(tmp_path, text))
    assert message.startswith(f"hostile.json:4:{column}: a \\u escape here is half of a UTF-16 surrogate pair")


def test_a_surrogate_pair_is_one_character_and_an_escaped_backslash_is_no_escape(tmp_path):
    text = json.dumps(minimal(), indent=2).replace('"Hostile"', '"\\ud83d\\ude00 and \\\\ud800"')
    document = read_document(write(tmp_path, text)).document
    assert document.title == "😀 and \\ud800"
    saves_and_reloads(document, tmp_path)


def test_lone_surrogates_made_in_memory_are_saved_as_replacement_characters(tmp_path):
    """Never from a file (see above), but text pasted into the app could hold one: saving must not fail."""
    document = Document(FORMAT_NAME, 1, title="a\ud800b", lanes=[Lane("l")], events=[Event("e", "l", "t\udc00", "2018")])
    write_document(document, tmp_path / "out.json")
    again = read_document(tmp_path / "out.json").document
    assert (again.title, again.events[0].title) == ("a\ufffdb", "t\ufffd")


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_located(tmp_path, literal):
    text = json.dumps(minimal(x_score=1.5), indent=2).replace("1.5", literal)
    assert first_error(write(tmp_path, text)) == "hostile.json:43:14: NaN and Infinity are not JSON numbers"


@pytest.mark.parametrize("number", ["1e999", "-1.8e308", "9" * 5000], ids=["1e999", "-1.8e308", "5000-digits"])
def test_numbers_out_of_range_are_located(tmp_path, number):
    text = json.dumps(minimal(x_score=1.5), indent=2).replace("1.5", number)
    assert first_error(write(tmp_path, text)) == "hostile.json:43:14: this number is out of range (too large to hold)"


def test_out_of_range_version_is_located(tmp_path):
    text = json.dumps(minimal(), indent=2).replace('"version": 1', '"version": 1e999')
    assert first_error(write(tmp_path, text)) == "hostile.json:3:14: this number is out of range (too large to hold)"


# --------------------------------------------------------------------------- repeated keys


def with_repeat(text: str, anchor: str, extra: str) -> str:
    """Insert the line ``extra`` just before the first line that contains ``anchor``, at the same indent."""
    lines = text.split("\n")
    index = next(i for i, line in enumerate(lines) if anchor in line)
    indent = lines[index][: len(lines[index]) - len(lines[index].lstrip())]
    lines.insert(index, indent + extra)
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("anchor", "extra", "expected"),
    [
        ('"title": "Hostile"', '"title": "Other",', ':5:3: key "title" appears twice at the top level (first on line 4, column 3)'),
        ('"name": "Huawei"', '"name": "HW",', ':9:7: lanes[0] (id "huawei"): key "name" appears twice (first on line 8, column 7)'),
        ('"text": "Huawei', '"text": "x",', ':20:7: sources[0] (id "art"): key "text" appears twice (first on line 19, column 7)'),
        ('"start": "2017-12~"', '"start": "2019",', ':28:7: events[0] (id "talks"): key "start" appears twice (first on line 27, column 7)'),
        ('"quote": "Huawei', '"quote": "q",', ':34:11: events[0] (id "talks"): key "quote" appears twice in evidence[0] (first on line 33, column 11)'),
        ('"b": 2', '"a": 2,', ':49:5: key "a" appears twice in x_meta (first on line 48, column 5)'),
    ],
    ids=["top", "lane", "source", "event", "evidence", "unknown-key"],
)
def test_a_repeated_key_is_an_error_that_names_it_and_where(tmp_path, anchor, extra, expected):
    """The file is written exactly as Inroads writes files, so it takes the fast road, which used to keep the last."""
    document = decode_document(json.dumps(minimal(x_meta={"a": 1, "b": 2})).encode()).document
    path = write(tmp_path, with_repeat(encode_document(document).decode(), anchor, extra))
    error = load_error(path)
    assert [p.format(path.name) for p in error.errors] == [
        f"hostile.json{expected}; a key may appear only once in an object"
    ]


def test_repeated_keys_are_found_in_any_layout_and_through_escapes(tmp_path):
    compact = '{"format":"inroads-timeline","version":1,"ti\\u0074le":"a","lanes":[],"title":"b"}'
    assert first_error(write(tmp_path, compact)).startswith(
        'hostile.json:1:70: key "title" appears twice at the top level (first on line 1, column 42)'
    )
    tabs = '{\r\n\t"format": "inroads-timeline",\r\n\t"version": 1,\r\n\t"version": 1\r\n}\r\n'
    assert first_error(write(tmp_path, tabs)).startswith('hostile.json:4:2: key "version" appears twice')


def test_a_key_three_times_gives_two_errors_and_many_repeats_are_capped(tmp_path):
    text = '{"format": "inroads-timeline", "version": 1, "title": "a", "title": "b", "title": "c"}'
    assert len(load_error(write(tmp_path, text)).errors) == 2
    value = minimal()
    value["events"] = [{"id": f"e{i}", "lane": "huawei", "title": "t", "start": "2018"} for i in range(300)]
    text = json.dumps(value).replace('"title": "t"', '"title": "t", "title": "u"')
    error = load_error(write(tmp_path, text))
    assert len(error.errors) == MAX_REPORTED + 1
    assert error.errors[-1].message == f"{300 - MAX_REPORTED} more keys appear twice in an object"


def test_the_same_key_in_different_objects_is_fine(tmp_path):
    value = minimal()
    value["events"][1]["x_note"] = {"title": "not the event's title", "id": 3}
    assert read_document(write(tmp_path, value)).document.events[1].extra["x_note"]["id"] == 3


# --------------------------------------------------------------------------- nesting


@pytest.mark.parametrize("where", ["top", "unknown-key", "events", "title"])
def test_100k_levels_of_nesting_are_a_clean_error(tmp_path, where):
    deep = "[" * 100_000 + "]" * 100_000
    text = {
        "top": deep,
        "unknown-key": json.dumps(minimal(x_deep="DEEP")).replace('"DEEP"', deep),
        "events": json.dumps(minimal(events="DEEP")).replace('"DEEP"', deep),
        "title": json.dumps(minimal(title="DEEP")).replace('"DEEP"', deep),
    }[where]
    error = load_error(write(tmp_path, text))
    assert "nested too deeply" in error.errors[0].message
    assert_located(error)


def test_nesting_up_to_the_limit_loads_and_saves_one_more_level_does_not(tmp_path):
    # The document is level 1, so an unknown top-level key holds MAX_DEPTH - 1 levels at most.
    fits = json.loads("[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1))
    document = read_document(write(tmp_path, minimal(x_deep=fits))).document
    saves_and_reloads(document, tmp_path)
    too_deep = [fits]
    message = first_error(write(tmp_path, minimal(x_deep=too_deep)))
    assert message.endswith(f"x_deep is nested too deeply (a file may nest at most {MAX_DEPTH} levels of lists and objects)")
    value = minimal()
    value["events"][0]["x_deep"] = fits  # inside an event, two levels fewer are left
    assert "x_deep is nested too deeply" in first_error(write(tmp_path, value))


# --------------------------------------------------------------------------- size


#: Not a speed claim (figures live in benchmarks/): a bound a linear-time check meets with room to spare
#: on a loaded machine, and a quadratic one (hours at these sizes) never does. Tight limits here failed
#: under load (a 50 MB title took 10.8 s on a busy 2-core machine against < 1 s idle).
HANG_GUARD_SECONDS = 60


def timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - start


def test_a_50mb_string_loads_and_keeps_messages_short(tmp_path):
    huge = "x" * 50_000_000
    path = write(tmp_path, json.dumps(minimal(title="HUGE"), indent=2).replace("HUGE", huge))
    result, seconds = timed(read_document, path)
    assert len(result.document.title) == 50_000_000 and seconds < HANG_GUARD_SECONDS
    # The same string where it is wrong (a date), and where it is right but named in a message
    # (the lane list of another event's error), and as the name of an unknown key.
    value = minimal(HUGE={"a": 1})
    value["events"][0].update(start="HUGE", lane="HUGE")
    value["lanes"][1]["id"] = "HUGE"
    path = write(tmp_path, json.dumps(value, indent=2).replace("HUGE", huge))
    error, seconds = timed(load_error, path)
    assert seconds < HANG_GUARD_SECONDS
    assert [p.path for p in error.errors] == [("events", 0, "start"), ("events", 1, "lane")]
    assert max(len(p.format(path.name)) for p in error.problems) < 300
    version = json.dumps(minimal(version="x" * 5000))
    assert first_error(write(tmp_path, version)) == (
        "hostile.json:1:43: version '" + "x" * 39 + "…' is not a format version (expected 1)"
    )


def test_an_id_repeated_10000_times_is_summed_up_fast(tmp_path):
    value = minimal()
    value["events"] = [{"id": "same", "lane": "huawei", "title": "t", "start": "2018"} for _ in range(10_000)]
    error, seconds = timed(load_error, write(tmp_path, value))
    assert seconds < HANG_GUARD_SECONDS
    messages = [p.describe() for p in error.errors]
    assert len(messages) == 4
    assert messages[-1] == (
        'events[4] (id "same"): duplicate event id "same" (first used by events[0]), here and in 9,995 more events up'
        " to events[9999]"
    )


def test_many_different_repeated_ids_are_capped(tmp_path):
    value = minimal()
    value["events"] = [{"id": f"e{i // 2}", "lane": "huawei", "title": "t", "start": "2018"} for i in range(2_000)]
    error = load_error(write(tmp_path, value))
    assert len(error.errors) == 101
    assert error.errors[-1].describe() == "and 900 more problems with event ids in events"


def test_a_10mb_source_text_with_a_quote_at_its_end(tmp_path):
    text = ("Huawei and Xiaomi sell phones.\n" * 340_000)[:10_000_000] + " The deal with AT&T collapsed."
    value = minimal()
    value["sources"][0]["text"] = text
    value["events"][0]["evidence"][0]["quote"] = "The deal   with AT&T\ncollapsed."
    result, seconds = timed(read_document, write(tmp_path, value))
    assert result.warnings == [] and seconds < HANG_GUARD_SECONDS
    saves_and_reloads(result.document, tmp_path)


@pytest.mark.parametrize("found", [True, False], ids=["found", "not-found"])
def test_a_1mb_quote_is_looked_up_in_linear_time(tmp_path, found):
    """A text of one word repeated, and a 1 MB quote of it that fails only at its very end:
    a naive search tries the whole quote at every position of the text."""
    text = "na " * 3_400_000  # 10 MB
    quote = "na " * 340_000 + ("na" if found else "batman")
    value = minimal()
    value["sources"][0]["text"] = text
    value["events"][0]["evidence"][0]["quote"] = quote
    result, seconds = timed(read_document, write(tmp_path, value))
    assert seconds < HANG_GUARD_SECONDS
    assert (result.warnings == []) is found
    # The check itself, alone:
    _, seconds = timed(quote_is_found, normalize_space(text), quote)
    assert seconds < HANG_GUARD_SECONDS


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("2018-02-30", 'start "2018-02-30" is not a date (February 2018 has 28 days)'),
        ("2018-02-29", 'start "2018-02-29" is not a date (February 2018 has 28 days)'),
        ("99999", 'start "99999" is not a date (only years 0000 to 9999 are supported)'),
        ("-0044", 'start "-0044" is not a date (only years 0000 to 9999 are supported)'),
        ("+2018", 'start "+2018" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~, ? or %)'),
        ("2018-00", 'start "2018-00" is not a date (month 00 is out of range 01-12)'),
        ("2018-01-00", 'start "2018-01-00" is not a date (day 00 is out of range)'),
        ("１９９８", 'start "\\uff11\\uff19\\uff19\\uff18" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~, ? or %)'),
    ],
)
def test_unsupported_dates_say_why(tmp_path, date, expected):
    value = minimal()
    value["events"][0]["start"] = date
    assert first_error(write(tmp_path, value)).endswith(f'events[0] (id "talks"): {expected}')


@pytest.mark.parametrize("date", ["0000", "0000-02-29", "0001-01-01", "1582-10-10", "9999-12-31%", "2000-02-29"])
def test_supported_edge_dates_load(tmp_path, date):
    value = minimal()
    value["events"][1].update(start=date, end=None)
    assert read_document(write(tmp_path, value)).document.events[1].start == date


# --------------------------------------------------------------------------- odd characters


ODD = ["bad\u202eid\x07", "\u200fRTL\u200e", "emoji-🇨🇳-👩🏽‍💻", "tab\there", "zero\u200bwidth", "line\u2028sep", "<b>bold</b>"]


def test_control_characters_rtl_marks_and_emoji_load_and_round_trip(tmp_path):
    value = minimal()
    value["lanes"][0].update(id=ODD[1], name=ODD[0])
    value["events"] = [{"id": odd, "lane": ODD[1], "title": odd, "start": "2018"} for odd in ODD]
    document = read_document(write(tmp_path, value)).document
    assert [event.id for event in document.events] == ODD
    saves_and_reloads(document, tmp_path)


def test_messages_escape_control_characters_and_bidi_marks_but_keep_emoji(tmp_path):
    value = minimal()
    value["events"] = [{"id": odd, "lane": "nowhere", "title": "t", "start": "2018"} for odd in ODD]
    error = load_error(write(tmp_path, value))
    text = error.report()
    for escaped in ("bad\\u202eid\\x07", "\\u200fRTL\\u200e", "emoji-🇨🇳-👩🏽\\u200d💻", "tab\\there", "zero\\u200bwidth", "line\\u2028sep"):
        assert f'(id "{escaped}")' in text
    assert all(ch.isprintable() for ch in text.replace("\n", ""))


# --------------------------------------------------------------------------- 500 MB


_MEASURE_LOAD = textwrap.dedent(
    """
    import json, resource, sys, time
    sys.path.insert(0, sys.argv[2])
    from gui.core.storage.fileformat import read_document

    def high_water_kb():
        # VmHWM: this process image's own peak (ru_maxrss can carry the parent's over fork and exec)
        try:
            with open("/proc/self/status") as status:
                return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
        except (OSError, StopIteration):
            return None

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    result = read_document(sys.argv[1])
    seconds = time.perf_counter() - start
    print(json.dumps({"events": len(result.document.events), "seconds": seconds, "rss_before_kb": before,
                      "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                      "vm_hwm_kb": high_water_kb()}))
    """
)


@pytest.mark.slow
def test_a_500mb_file_loads_in_memory_proportional_to_it(tmp_path):
    path = tmp_path / "big.json"
    # Made by the generator in its own process, so that this one stays small (the loading
    # process below is forked from it, and ru_maxrss counts what it inherits).
    subprocess.run(
        [sys.executable, str(REPO_ROOT / "benchmarks" / "make_timeline.py"), "--events", "850000", "--lanes", "40",
         "--seed", "7", str(path)],
        check=True, capture_output=True, timeout=900,
    )
    size = path.stat().st_size
    script = tmp_path / "measure.py"
    script.write_text(_MEASURE_LOAD)
    output = subprocess.run(
        [sys.executable, str(script), str(path), str(REPO_ROOT)], capture_output=True, text=True, check=True, timeout=900
    ).stdout
    measured = json.loads(output)
    peak = measured["peak_rss_kb"] * 1024
    hwm = (measured["vm_hwm_kb"] or measured["peak_rss_kb"]) * 1024
    print(
        f"\n500 MB load: file {size / 1e6:.0f} MB, {measured['events']:,} events, read_document {measured['seconds']:.1f} s;"
        f" peak RSS {peak / 1e6:.0f} MB by getrusage ({peak / size:.2f} x the file), {hwm / 1e6:.0f} MB by VmHWM"
        f" ({hwm / size:.2f} x); {measured['rss_before_kb'] * 1024 / 1e6:.0f} MB before reading"
    )
    assert measured["events"] == 850_000
    assert size > 450_000_000
    # The bytes, the objects built from them, and the encoding that proves no key repeats:
    # a fixed multiple of the file, never anything that grows faster.
    assert peak < 8 * size


def test_the_detail_panes_quote_lookup_is_not_quadratic():
    from gui.core.document.textquote import find_quote

    text = "na " * 400_000
    quote = "na " * 40_000 + "batman"  # fails only at its last word, at every one of 400,000 places
    _, seconds = timed(find_quote, text, quote)
    # Linear: tens of milliseconds. Quadratic: about 4 minutes here (0.6 s at a twentieth of each size).
    assert seconds < HANG_GUARD_SECONDS


@pytest.mark.slow
def test_the_repeated_key_check_costs_little_at_100k_events(tmp_path):
    """The numbers behind docs/reliability.md: the check, alone and in a whole load, at 100,000 events."""
    import gc
    import statistics

    import gui.core.storage.fileformat as fileformat
    from gui.core.storage.repeated_keys import repeated_key_problems

    sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
    try:
        from make_timeline import make_document
    finally:
        sys.path.remove(str(REPO_ROOT / "benchmarks"))
    data = encode_document(make_document(100_000, 30, 1))  # as make_timeline.py --events 100000 --lanes 30 --seed 1
    document = decode_document(data).document

    def best(function, runs=7):
        times = []
        for _ in range(runs):
            gc.collect()
            times.append(timed(function)[1])
        return min(times), statistics.median(times)

    check = best(lambda: repeated_key_problems(data, document, might_have_extras=False))
    pretty = json.dumps(json.loads(data), indent=4).encode()  # not as Inroads writes it: the other check
    other_check = best(lambda: repeated_key_problems(pretty, document, might_have_extras=False), 3)
    with_check = best(lambda: decode_document(data))
    try:
        fileformat.repeated_key_problems = lambda *args, **kwargs: []
        without = best(lambda: decode_document(data))
    finally:
        fileformat.repeated_key_problems = repeated_key_problems
    print(
        f"\n{len(data) / 1e6:.1f} MB, 100,000 events: repeated-key check {check[0] * 1000:.0f} ms (median"
        f" {check[1] * 1000:.0f}); on a file not as Inroads writes it {other_check[0] * 1000:.0f} ms;"
        f" decode_document {with_check[0] * 1000:.0f} ms with it, {without[0] * 1000:.0f} ms without"
        f" (medians {with_check[1] * 1000:.0f} / {without[1] * 1000:.0f})"
    )
    assert check[0] < 0.6 * without[0]
