"""Reading, validating and writing timeline files: real files in tmp_path, no Qt."""

from __future__ import annotations

import json
from pathlib import Path

import msgspec
import pytest

from gui.core.storage.fileformat import decode_document, read_document
from gui.core.storage.fileformat_write import encode_document, write_document
from gui.core.document.model import FORMAT_NAME, Document, Event, Evidence, Lane, Source
from gui.core.document.problems import MAX_REPORTED, ErrorKind, LoadError, Severity


def minimal(**overrides) -> dict:
    """A small valid document as plain JSON values."""
    document = {
        "format": FORMAT_NAME,
        "version": 1,
        "title": "Test",
        "lanes": [{"id": "huawei", "name": "Huawei", "color": "#c7000b"}, {"id": "xiaomi", "name": "Xiaomi"}],
        "sources": [{"id": "art", "title": "An article", "text": "Huawei is in talks\n  with AT&T. Xiaomi too."}],
        "events": [
            {
                "id": "huawei-att",
                "lane": "huawei",
                "title": "Talks with AT&T",
                "start": "2017-12~",
                "kind": "carrier-talks",
                "status": "reported",
                "partners": ["AT&T"],
                "evidence": [{"source": "art", "quote": "Huawei is in talks with AT&T."}],
            },
            {"id": "xiaomi-2018", "lane": "xiaomi", "title": "Target", "start": "2018", "end": ".."},
        ],
    }
    document.update(overrides)
    return document


def write_json(tmp_path: Path, value, name: str = "events.json", indent: int | None = 2) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(value, indent=indent, ensure_ascii=False), encoding="utf-8")
    return path


def load_error(path: Path) -> LoadError:
    with pytest.raises(LoadError) as caught:
        read_document(path)
    return caught.value


def only_error(path: Path) -> str:
    error = load_error(path)
    assert len(error.errors) == 1, error.report()
    return error.errors[0].format(str(path))


# --------------------------------------------------------------------------- loading valid files


def test_minimal_document_loads_with_every_field(tmp_path):
    result = read_document(write_json(tmp_path, minimal()))
    document = result.document
    assert result.warnings == []
    assert [lane.id for lane in document.lanes] == ["huawei", "xiaomi"]
    event = document.events[0]
    assert (event.start, event.end, event.kind, event.partners) == ("2017-12~", None, "carrier-talks", ["AT&T"])
    assert event.evidence == [Evidence("art", "Huawei is in talks with AT&T.")]
    assert document.events[1].is_ongoing and document.events[1].kind == "other"
    assert document.events[1].status == "reported"


def test_utf8_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(minimal()).encode())
    assert read_document(path).document.title == "Test"


def test_unknown_kind_and_status_are_kept_not_errors(tmp_path):
    value = minimal()
    value["events"][1].update(kind="price-war", status="denied")
    result = read_document(write_json(tmp_path, value))
    assert result.warnings == []
    assert (result.document.events[1].kind, result.document.events[1].status) == ("price-war", "denied")


# --------------------------------------------------------------------------- saving


def test_saved_output_is_stable_and_round_trips_byte_for_byte(tmp_path):
    path = write_json(tmp_path, minimal(), indent=4)
    document = read_document(path).document
    out = tmp_path / "out.json"
    write_document(document, out)
    first = out.read_bytes()
    assert first.endswith(b"}\n") and b'\n  "version": 1,' in first
    write_document(read_document(out).document, out)
    assert out.read_bytes() == first


def test_saving_keeps_non_ascii_and_a_fixed_key_order(tmp_path):
    value = minimal()
    value["events"][0] = {"start": "2018", "title": "Xiaomi’s plan — 小米", "lane": "xiaomi", "id": "z"}
    data = encode_document(read_document(write_json(tmp_path, value)).document).decode("utf-8")
    assert "Xiaomi’s plan — 小米" in data
    event_text = data[data.index('"id": "z"') :]
    positions = [event_text.index(f'"{key}"') for key in ("id", "lane", "title", "start", "kind", "status")]
    assert positions == sorted(positions)


def test_sample_round_trips_byte_for_byte(sample_path):
    data = sample_path.read_bytes()
    assert encode_document(decode_document(data).document) == data


def test_empty_optional_fields_are_not_written_but_kind_and_status_are():
    document = Document(FORMAT_NAME, 1, lanes=[Lane("a")], events=[Event("e", "a", "T", "2018")])
    event = json.loads(encode_document(document))["events"][0]
    assert event == {"id": "e", "lane": "a", "title": "T", "start": "2018", "kind": "other", "status": "reported"}


# --------------------------------------------------------------------------- unknown keys


def test_unknown_keys_at_every_level_are_preserved(tmp_path):
    value = minimal(x_project={"owner": "desk-3"})
    value["lanes"][0]["x_ticker"] = "HWT"
    value["sources"][0]["x_paywall"] = True
    value["events"][0]["x_confidence"] = 0.7
    value["events"][0]["evidence"][0]["x_page"] = 2
    document = read_document(write_json(tmp_path, value)).document
    saved = json.loads(encode_document(document))
    assert saved["x_project"] == {"owner": "desk-3"}
    assert saved["lanes"][0]["x_ticker"] == "HWT"
    assert saved["sources"][0]["x_paywall"] is True
    assert saved["events"][0]["x_confidence"] == 0.7
    assert saved["events"][0]["evidence"][0]["x_page"] == 2
    # and a second round trip is byte-stable
    again = encode_document(decode_document(encode_document(document)).document)
    assert again == encode_document(document)


def test_unknown_keys_come_after_known_ones_in_their_original_order(tmp_path):
    value = minimal()
    value["events"][1] = {"zeta": 1, "id": "x", "alpha": 2, "lane": "xiaomi", "title": "T", "start": "2018"}
    saved = encode_document(read_document(write_json(tmp_path, value)).document).decode()
    keys = list(json.loads(saved)["events"][1])
    assert keys == ["id", "lane", "title", "start", "kind", "status", "zeta", "alpha"]


def test_a_key_spelled_like_the_internal_extras_field_is_just_an_unknown_key(tmp_path):
    value = minimal()
    value["events"][1]["$inroads-extra"] = {"smuggled": 1}
    saved = json.loads(encode_document(read_document(write_json(tmp_path, value)).document))
    assert saved["events"][1]["$inroads-extra"] == {"smuggled": 1}
    assert "smuggled" not in saved["events"][1]


def test_fast_and_careful_roads_build_equal_documents(tmp_path):
    """A file with an unknown key takes the careful road; without it, the fast one."""
    plain = read_document(write_json(tmp_path, minimal(), "a.json")).document
    value = minimal(x_note="n")
    careful = read_document(write_json(tmp_path, value, "b.json")).document
    assert careful.extra == {"x_note": "n"}
    careful.extra = {}
    assert careful == plain


# --------------------------------------------------------------------------- unreadable files


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("\ufeff{}".encode("utf-16"), "UTF-16"),
        (json.dumps({"title": "café"}, ensure_ascii=False).encode("latin-1"), "is not UTF-8 text (byte 0xe9)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL bytes"),
    ],
    ids=["utf16", "latin1", "binary"],
)
def test_unreadable_content_gives_one_line(tmp_path, content, fragment):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    error = load_error(path)
    assert error.kind is ErrorKind.UNREADABLE
    assert fragment in error.report() and "\n" not in error.report()


def test_missing_file_and_directory_are_unreadable(tmp_path):
    missing = load_error(tmp_path / "nope.json")
    assert missing.kind is ErrorKind.UNREADABLE and missing.report() == f"{tmp_path / 'nope.json'}: no such file"
    directory = load_error(tmp_path)
    assert directory.kind is ErrorKind.UNREADABLE and "is a directory" in directory.report()


# --------------------------------------------------------------------------- syntax errors


def test_missing_comma_is_located(tmp_path):
    path = tmp_path / "events.json"
    path.write_text('{\n  "format": "inroads-timeline"\n  "version": 1\n}\n', encoding="utf-8")
    assert only_error(path) == f"{path}:3:3: expected ','"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ":1:1: the file is empty"),  # no location for an empty file
        ("  \n ", ": the file holds only whitespace"),
        ('{"format": "inroads-timeline", "vers', ":1:32: unterminated string"),
        ('{"format": "inroads-timeline", "version": 1', ":1:44: expected ','"),
        ('{"a": NaN}', ":1:7: NaN and Infinity are not JSON numbers"),
        ('{"a": 1} x', ":1:10: unexpected text after the end of the JSON document"),
        ("{'a': 1}", ":1:2: expected a key in double quotes"),
        ('{"a": "tab\there"}', ":1:11: control character inside a string"),
    ],
    ids=["empty", "whitespace", "unterminated", "truncated", "nan", "extra", "single-quotes", "control"],
)
def test_syntax_errors_are_located(tmp_path, text, expected):
    path = tmp_path / "events.json"
    path.write_text(text, encoding="utf-8")
    message = only_error(path)
    if expected.startswith(":1:1: the file is empty"):
        assert message == f"{path}: the file is empty"
    else:
        assert message.startswith(f"{path}{expected}"), message


def test_deep_nesting_is_a_clean_error(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert "nested too deeply" in only_error(path)


# --------------------------------------------------------------------------- shape and semantic errors


def test_not_an_object(tmp_path):
    message = only_error(write_json(tmp_path, [1, 2]))
    assert message.endswith('the file holds a list, not an object; an Inroads timeline is an object with "format": "inroads-timeline"')


def test_missing_or_wrong_format(tmp_path):
    value = minimal()
    del value["format"]
    assert 'missing "format": "inroads-timeline"' in only_error(write_json(tmp_path, value, "a.json"))
    message = only_error(write_json(tmp_path, minimal(format="other-tool"), "b.json"))
    assert message.endswith(':2:13: format is "other-tool", not "inroads-timeline": this is not an Inroads timeline')


def test_timelinejs_file_gets_a_hint(tmp_path):
    value = {"title": {"text": {"headline": "x"}}, "events": [{"start_date": {"year": 2018}, "text": {}}]}
    assert "looks like a TimelineJS timeline" in only_error(write_json(tmp_path, value))


def test_newer_version_says_made_by_a_newer_inroads(tmp_path):
    message = only_error(write_json(tmp_path, minimal(version=2)))
    assert message.endswith(":3:14: made by a newer Inroads (format version 2; this Inroads reads version 1): update Inroads to open it")


def test_bad_version_value(tmp_path):
    assert "version '1' is not a format version" in only_error(write_json(tmp_path, minimal(version="1")))


def test_bad_date_names_event_id_path_and_expected_form(tmp_path):
    value = minimal()
    value["events"][0]["start"] = "2018-13"
    path = write_json(tmp_path, value)
    assert only_error(path) == (
        f'{path}:28:16: events[0] (id "huawei-att"): start "2018-13" is not a date (month 13 is out of range 01-12)'
    )
    value["events"][0]["start"] = "March 2018"
    message = only_error(write_json(tmp_path, value))
    assert "expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~, ? or %" in message


def test_end_before_start_compares_at_the_coarser_precision(tmp_path):
    value = minimal()
    value["events"][0].update(start="2018-03", end="2018")  # same year: fine
    read_document(write_json(tmp_path, value))
    value["events"][0].update(start="2018-03", end="2018-02-28")
    assert 'end "2018-02-28" is before start "2018-03"' in only_error(write_json(tmp_path, value))


def test_bad_end_value(tmp_path):
    value = minimal()
    value["events"][0]["end"] = "soon"
    assert 'end "soon" is not a date' in only_error(write_json(tmp_path, value))


def test_duplicate_ids_name_the_first_use(tmp_path):
    value = minimal()
    value["events"][1]["id"] = "huawei-att"
    value["lanes"].append({"id": "huawei"})
    value["sources"].append({"id": "art"})
    error = load_error(write_json(tmp_path, value))
    text = error.report()
    assert 'lanes[2] (id "huawei"): duplicate lane id "huawei" (first used by lanes[0])' in text
    assert 'sources[1] (id "art"): duplicate source id "art" (first used by sources[0])' in text
    assert 'events[1] (id "huawei-att"): duplicate event id "huawei-att" (first used by events[0])' in text


def test_unknown_lane_and_unknown_source_are_errors(tmp_path):
    value = minimal()
    value["events"][0]["lane"] = "apple"
    value["events"][0]["evidence"][0]["source"] = "ghost"
    text = load_error(write_json(tmp_path, value)).report()
    assert 'lane "apple" is not one of this file\'s lanes (huawei, xiaomi)' in text
    assert 'evidence[0] cites source "ghost", which is not in this file' in text


def test_bad_colour(tmp_path):
    value = minimal()
    value["lanes"][1]["color"] = "orange"
    message = only_error(write_json(tmp_path, value))
    assert message.endswith(':14:16: lanes[1] (id "xiaomi"): color "orange" is not a colour (expected #rrggbb or #rgb)')


def test_wrong_types_and_missing_fields_are_all_reported(tmp_path):
    value = minimal()
    value["events"][0]["title"] = 42
    value["events"][0]["partners"] = ["AT&T", 7]
    del value["events"][1]["start"]
    text = load_error(write_json(tmp_path, value)).report()
    assert 'events[0] (id "huawei-att"): title must be a string, not a whole number' in text
    assert 'events[0] (id "huawei-att"): partners[1] must be a string, not a whole number' in text
    assert 'events[1] (id "xiaomi-2018"): missing required field "start"' in text


def test_quote_not_found_is_a_warning_with_location(tmp_path):
    value = minimal()
    value["events"][0]["evidence"][0]["quote"] = "Huawei signed with Verizon"
    result = read_document(write_json(tmp_path, value))
    [warning] = result.warnings
    assert warning.severity is Severity.WARNING
    assert warning.format("f.json") == (
        'f.json:37:20: warning: events[0] (id "huawei-att"): evidence[0] quote "Huawei signed with Verizon"'
        ' is not found in source "art"'
    )


def test_whitespace_differences_do_not_hide_a_quote(tmp_path):
    value = minimal()
    value["events"][0]["evidence"][0]["quote"] = "talks   with\nAT&T."
    assert read_document(write_json(tmp_path, value)).warnings == []


def test_many_problems_are_capped_in_the_report(tmp_path):
    value = minimal()
    value["events"] = [{"id": f"e{i}", "lane": "huawei", "title": "t", "start": "bad"} for i in range(120)]
    error = load_error(write_json(tmp_path, value))
    assert len(error.errors) == 120
    lines = error.report().splitlines()
    assert len(lines) == MAX_REPORTED + 1
    assert lines[-1].endswith("... and 70 more problems")


def test_problems_are_reported_in_file_order(tmp_path):
    value = minimal()
    value["events"][1]["start"] = "x"
    value["events"][0]["start"] = "y"
    value["lanes"][1]["color"] = "z"
    lines = [p.line for p in load_error(write_json(tmp_path, value)).errors]
    assert lines == sorted(lines)


def test_control_characters_in_ids_are_escaped_in_messages(tmp_path):
    value = minimal()
    value["events"][1]["id"] = "bad\u202eid\x07"
    value["events"][1]["start"] = "nope"
    message = only_error(write_json(tmp_path, value))
    assert '(id "bad\\u202eid\\x07")' in message


def test_decode_error_type_is_never_leaked():
    for data in (b"[", b'{"format": 1}', b"\xff\xfe\x00", b'"str"', b"{}", b"null"):
        with pytest.raises(LoadError):
            decode_document(data)


def test_model_round_trips_through_msgspec_types(tmp_path):
    document = Document(
        FORMAT_NAME,
        1,
        lanes=[Lane("a", "A")],
        sources=[Source("s", text="hello world")],
        events=[Event("e", "a", "T", "2018-01-02%", "2019", evidence=[Evidence("s", "hello")])],
    )
    path = tmp_path / "m.json"
    write_document(document, path)
    assert read_document(path).document == document
    assert msgspec.json.decode(path.read_bytes())["events"][0]["end"] == "2019"


def test_latin1_bytes_at_the_start_are_unreadable_not_a_syntax_error(tmp_path):
    path = tmp_path / "latin.json"
    path.write_bytes(b"caf\xe9")
    error = load_error(path)
    assert error.kind is ErrorKind.UNREADABLE and "is not UTF-8 text (byte 0xe9)" in error.report()


def test_a_problem_with_a_line_but_no_column_prints_just_the_line():
    from gui.core.document.problems import Problem

    assert Problem("bad row", line=7).format("events.csv") == "events.csv:7: bad row"


@pytest.mark.parametrize(
    ("field", "where"),
    [("aliases", 'lanes[0] (id "a"): aliases[1] must be a string'), ("partners", 'events[0] (id "e"): partners[1] must be a string')],
)
def test_a_wrong_type_in_a_list_item_is_located_at_the_item(tmp_path, field, where):
    """Not at the line where the list opens (issue #15): in a long list that line may be far away."""
    lane_list = '[\n  "x",\n  3]' if field == "aliases" else '["x"]'
    partner_list = '[\n  "AT&T",\n  3]' if field == "partners" else '["AT&T"]'
    text = (
        '{"format": "inroads-timeline", "version": 1,\n'
        f'"lanes": [{{"id": "a", "aliases": {lane_list}}}],\n'
        f'"events": [{{"id": "e", "lane": "a", "title": "t", "start": "2018", "partners": {partner_list}}}]}}\n'
    )
    path = tmp_path / "items.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        read_document(path)
    (problem,) = caught.value.errors
    line = next(number for number, content in enumerate(text.split("\n"), 1) if content.startswith("  3]"))
    assert problem.format("f").startswith(f"f:{line}:3: {where}, not a whole number"), problem.format("f")


def test_a_sources_author_round_trips_and_files_without_it_still_open(tmp_path):
    old = tmp_path / "old.inroads.json"
    old.write_text(json.dumps(minimal()), encoding="utf-8")
    document = read_document(old).document
    assert document.sources[0].author == ""
    assert b'"author"' not in encode_document(document)  # nothing written for an empty author
    with_author = minimal(sources=[{"id": "art", "title": "An article", "author": "Dana Whitfield",
                                    "text": "Huawei is in talks\n  with AT&T. Xiaomi too."}])  # fmt: skip
    path = tmp_path / "new.inroads.json"
    path.write_text(json.dumps(with_author), encoding="utf-8")
    document = read_document(path).document
    assert document.sources[0].author == "Dana Whitfield" and document.sources[0].extra == {}
    again = tmp_path / "again.inroads.json"
    write_document(document, again)
    assert read_document(again).document.sources[0].author == "Dana Whitfield"
