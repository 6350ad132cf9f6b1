"""CSV import and export (gui.core.interop.csv_format), and CSV through gui.core.interop.formats.

Sections:
  1. export: BOM, header, CRLF, quoting (commas, quotes, line breaks, non-ASCII), warnings
  2. round trips: into the same timeline (nothing changes), into a new timeline
  3. import plans: update by id (only the columns present), new events, generated ids, lanes, one undo step
  4. rows that cannot be imported, reported with their physical line
  5. warnings
  6. files that cannot be read as a whole
  7. spreadsheet variants: ";" and tab, no BOM, header spellings
  8. the header row, rows cut short, lane ids, NUL characters and long cells, memory
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.interop.csv_export import COLUMNS
from gui.core.interop.csv_format import decode_csv, encode_csv, import_csv_into, plan_csv_import
from gui.core.interop.csv_planner import CsvImportPlan
from gui.core.interop.csv_reader import RowProblem
from gui.core.document.edit_types import CompositeEdit
from gui.core.storage.fileformat import decode_document, read_document
from gui.core.storage.fileformat_write import encode_document
from gui.core.interop.formats import read_any, write_any
from gui.core.document.model import Document, Evidence, Event, Lane, Source, new_document
from gui.core.document.problems import ErrorKind, LoadError, Severity
from gui.core.document.validate import check_document

TRICKY = 'Xiaomi’s 小米 plan, "quoted"\nline2'
ARTICLE = "Huawei is in talks with AT&T, per Bloomberg. Xiaomi’s 小米 plan, \"quoted\" too. Verizon declined."
HEADER = ",".join(COLUMNS)


# ----------------------------------------------------------------------------- helpers


def small_document() -> Document:
    document = new_document("Small")
    document.lanes = [Lane("huawei", "Huawei", "#c7000b"), Lane("xiaomi", "Xiaomi")]
    document.sources = [Source("art", "Talks", text=ARTICLE)]
    document.events = [
        Event("h1", "huawei", "Huawei in talks", "2017-12~", kind="carrier-talks", partners=["AT&T", "Verizon"],
              evidence=[Evidence("art", "in talks with AT&T", suffix=", per")], tags=["bloomberg"]),
        Event("x1", "xiaomi", TRICKY, "2018", "..", notes=TRICKY, status="rumored"),
    ]
    return document


def csv_bytes(*rows: str, bom: bool = False) -> bytes:
    return (b"\xef\xbb\xbf" if bom else b"") + "\r\n".join(rows).encode("utf-8") + b"\r\n"


def cells(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def formatted(plan: CsvImportPlan) -> list[str]:
    return [p.format("events.csv") for p in [*plan.problems, *plan.warnings]]


# ----------------------------------------------------------------------------- 1. export


def test_export_layout() -> None:
    data, _ = encode_csv(small_document())
    assert data.startswith(b"\xef\xbb\xbf" + HEADER.encode() + b"\r\n")
    rows = cells(data)
    assert rows[0] == list(COLUMNS)
    assert rows[1] == ["h1", "Huawei", "Huawei in talks", "2017-12~", "", "carrier-talks", "reported", "AT&T; Verizon",
                       "bloomberg", "", "art", "in talks with AT&T"]
    assert rows[2] == ["x1", "Xiaomi", TRICKY, "2018", "..", "other", "rumored", "", "", TRICKY, "", ""]
    # The tricky cell is quoted, its quotes doubled, its line break kept inside the quotes.
    assert '"Xiaomi’s 小米 plan, ""quoted""\nline2"'.encode() in data
    assert data.endswith(b"\r\n")


def test_export_lane_column_uses_names_only_when_they_are_unambiguous() -> None:
    document = small_document()
    document.lanes += [Lane("a", "Same"), Lane("b", "Same"), Lane("c", "huawei"), Lane("d", ""), Lane("e", " padded ")]
    document.events = [Event(f"e{lane.id}", lane.id, "t", "2018") for lane in document.lanes]
    rows = cells(encode_csv(document)[0])
    assert [row[1] for row in rows[1:]] == ["Huawei", "Xiaomi", "a", "b", "c", "d", "e"]


def test_export_warnings() -> None:
    document = small_document()
    document.events[0].evidence.append(Evidence("art", "Verizon declined"))
    document.events[1].partners = ["A; B"]
    document.events[1].extra = {"timelinejs": {"slide": {}}}
    _, warnings = encode_csv(document)
    text = [w.describe() for w in warnings]
    assert text == [
        '1 event ("h1") has more than one evidence passage; only the first is in the CSV (source and quote)',
        '1 event ("h1") has a first evidence with a prefix, suffix or unknown keys, which the CSV leaves out',
        '1 event ("x1") has a partner or tag with ";" or surrounding spaces, which does not come back the same'
        ' from a "; "-separated cell',
        '1 event ("x1") has unknown keys (e.g. kept from a TimelineJS import), which the CSV leaves out',
        "a CSV holds events only: the timeline's title and description, the lanes' colours and aliases, and the"
        " sources (with their text) are not in it; evidence names its source by id",
    ]
    assert all(w.severity is Severity.WARNING for w in warnings)
    assert warnings[0].path == ("events", 0)
    assert encode_csv(new_document())[1] == []


# ----------------------------------------------------------------------------- 2. round trips


def test_sample_through_csv_into_itself_changes_nothing(sample_path: Path) -> None:
    document = read_document(sample_path).document
    data, _ = encode_csv(document)
    plan = plan_csv_import(document, data, "sample.csv")
    assert plan.ok and not plan.has_changes
    assert plan.unchanged == [e.id for e in document.events]
    assert plan.summary() == "12 rows: 0 new events, 0 updated, 12 unchanged"
    result = decode_csv(data, "sample.csv", base=document)
    assert encode_document(result.document) == encode_document(document)
    assert result.warnings == []


def test_tricky_document_through_csv_into_itself() -> None:
    document = small_document()
    data, _ = encode_csv(document)
    back = decode_csv(data, "small.csv", base=document).document
    assert encode_document(back) == encode_document(document)


def test_csv_into_a_new_timeline_keeps_lanes_titles_dates_and_kinds(sample_path: Path) -> None:
    document = read_document(sample_path).document
    for event in document.events:
        event.evidence = []
    data, _ = encode_csv(document)
    back = decode_csv(data, "sample.csv").document
    assert [(lane.id, lane.name) for lane in back.lanes] == [(lane.id, lane.name) for lane in document.lanes]
    fields = ("id", "lane", "title", "start", "end", "kind", "status", "partners", "tags", "notes")
    for mine, theirs in zip(back.events, document.events, strict=True):
        assert [getattr(mine, f) for f in fields] == [getattr(theirs, f) for f in fields]
    assert not [p for p in check_document(back) if p.is_error]


def test_base_is_not_changed_by_decode_csv() -> None:
    document = small_document()
    before = encode_document(document)
    decode_csv(csv_bytes("id,title", "h1,Renamed"), "e.csv", base=document)
    assert encode_document(document) == before


# ----------------------------------------------------------------------------- 3. plans


def test_update_by_id_changes_only_the_columns_present() -> None:
    document = small_document()
    before = encode_document(document)
    data = csv_bytes("ID,Title,Partners", "h1,Huawei talks stall,AT&T", "x1," + '"' + TRICKY.replace('"', '""') + '",')
    plan = plan_csv_import(document, data, "events.csv")
    assert encode_document(document) == before  # planning changes nothing
    assert (plan.rows_ok, plan.rows_failed, plan.updated, plan.unchanged, plan.added) == (2, 0, ["h1"], ["x1"], [])
    change = plan.edit().apply(document)
    assert change.event_ids == {"h1"}
    h1 = document.events[0]
    assert (h1.title, h1.partners, h1.start, h1.kind, h1.tags) == (
        "Huawei talks stall", ["AT&T"], "2017-12~", "carrier-talks", ["bloomberg"],
    )
    assert h1.evidence == small_document().events[0].evidence  # not a column here: untouched, suffix kept
    plan.edit().revert(document)
    assert encode_document(document) == before


def test_new_rows_generated_ids_and_lanes() -> None:
    document = small_document()
    data = csv_bytes(
        "id,lane,title,start,end,kind,status,partners,tags,notes,source,quote",
        ",Oppo,Oppo arrives,2019-03,,launch,,,,,,",
        "oppo-2,oppo,Second Oppo row,2019-04,2019-06?,,confirmed,T-Mobile; ,a;b,,art,Verizon declined",
        ",XIAOMI,Xiaomi again,2020,..,,,,,,,",
        "h1,Huawei,Huawei in talks,2017-12~,,carrier-talks,reported,AT&T; Verizon,bloomberg,,art,in talks with AT&T",
        ",Huawei,Huawei in talks,2021,,,,,,,,",
    )
    plan = plan_csv_import(document, data, "new.csv")
    assert plan.ok, formatted(plan)
    # "oppo-2" is taken by a row, so the generated ids step around it; "h1" is unchanged.
    assert plan.added == ["oppo-arrives", "oppo-2", "xiaomi-again", "huawei-in-talks"]
    assert plan.unchanged == ["h1"] and plan.new_lanes == ["oppo"]
    edit = plan.edit()
    assert isinstance(edit, CompositeEdit) and edit.label == "Import new.csv"
    before = encode_document(document)
    edit.apply(document)
    assert [(lane.id, lane.name) for lane in document.lanes][-1] == ("oppo", "Oppo")
    added = {e.id: e for e in document.events[2:]}
    assert added["oppo-arrives"].lane == "oppo" and added["oppo-arrives"].status == "reported"
    assert added["oppo-arrives"].kind == "launch" and added["oppo-arrives"].end is None
    second = added["oppo-2"]
    assert (second.lane, second.end, second.kind, second.partners, second.tags) == (
        "oppo", "2019-06?", "other", ["T-Mobile"], ["a", "b"],
    )
    assert second.evidence == [Evidence("art", "Verizon declined")]
    assert added["xiaomi-again"].lane == "xiaomi" and added["xiaomi-again"].end == ".."
    assert not [p for p in check_document(document) if p.is_error]
    edit.revert(document)
    assert encode_document(document) == before


def test_evidence_columns_set_the_first_passage() -> None:
    document = small_document()
    document.events[0].evidence.append(Evidence("art", "Verizon declined"))
    plan = plan_csv_import(document, csv_bytes("id,source,quote", "h1,art,per Bloomberg"), "e.csv")
    plan.edit().apply(document)
    assert document.events[0].evidence == [Evidence("art", "per Bloomberg"), Evidence("art", "Verizon declined")]
    plan = plan_csv_import(document, csv_bytes("id,source,quote", "h1,,"), "e.csv")
    plan.edit().apply(document)
    assert document.events[0].evidence == [Evidence("art", "Verizon declined")]
    plan = plan_csv_import(document, csv_bytes("id,quote", 'h1,"Xiaomi’s 小米 plan, ""quoted"" too"'), "e.csv")
    plan.edit().apply(document)
    assert document.events[0].evidence[0] == Evidence("art", 'Xiaomi’s 小米 plan, "quoted" too')


def test_empty_cells_reset_kind_status_and_end() -> None:
    document = small_document()
    plan_csv_import(document, csv_bytes("id,kind,status,end,notes", "x1,,,,"), "e.csv").edit().apply(document)
    x1 = document.events[1]
    assert (x1.kind, x1.status, x1.end, x1.notes) == ("other", "reported", None, "")


def test_a_short_row_leaves_the_missing_cells_alone() -> None:
    document = small_document()
    plan_csv_import(document, csv_bytes("id,title,notes", "x1,Short"), "e.csv").edit().apply(document)
    assert (document.events[1].title, document.events[1].notes) == ("Short", TRICKY)


def test_crlf_inside_a_cell_becomes_a_newline() -> None:
    document = small_document()
    plan_csv_import(document, csv_bytes("id,notes", 'x1,"one\r\ntwo\rthree"'), "e.csv").edit().apply(document)
    assert document.events[1].notes == "one\ntwo\nthree"


def test_import_csv_into_applies_everything_or_nothing() -> None:
    document = small_document()
    before = encode_document(document)
    data = csv_bytes("id,title,start", "h1,Good,2018", "x1,Bad,2018-13")
    with pytest.raises(LoadError) as caught:
        import_csv_into(document, data, "events.csv")
    assert encode_document(document) == before
    assert caught.value.report() == 'events.csv:3: start "2018-13" is not a date (month 13 is out of range 01-12)'
    plan = import_csv_into(document, data, "events.csv", allow_partial=True)
    assert (plan.rows_ok, plan.rows_failed) == (1, 1)
    assert document.events[0].title == "Good" and document.events[1].title == TRICKY
    assert plan.summary() == "2 rows: 0 new events, 1 updated; 1 row with problems, not imported"


# ----------------------------------------------------------------------------- 4. bad rows and their lines

# Quoted line breaks on lines 2-4 push every later row down: row 3 starts on line 5, and so on.
BAD_ROWS = [
    HEADER,
    'h1,Huawei,"A title\nover three\nlines",2017,,,,,,,,',  # lines 2-4: fine
    "n1,Huawei,Bad month,2018-13,,,,,,,,",  # line 5
    "n2,Huawei,Ends early,2018-03,2017,,,,,,,",  # line 6
    'n3,Huawei,"Unknown source, with a comma",2018,,,,,,,wsj,"a quote, ""quoted"""',  # line 7
    "n4,Huawei,No quote,2018,,,,,,,art,",  # line 8
    "n5,Huawei,No source,2018,,,,,,,,a quote",  # line 9
    "h1,Huawei,Twice,2018,,,,,,,,",  # line 10
    "n6,,No lane,2018,,,,,,,,",  # line 11
    "n7,Huawei,No start,,,,,,,,,",  # line 12
    "n8,Huawei,Bad end,2018,2019-02-30,,,,,,,",  # line 13
    'n9,Huawei,"Notes\non two lines",2018,,,,,,"x\ny",,',  # lines 14-16 (two cells break lines): fine
    "n10,Huawei,Two problems,201,abc,,,,,,,",  # line 17
]


def test_bad_rows_are_reported_with_their_physical_lines() -> None:
    document = small_document()
    plan = plan_csv_import(document, "\n".join(BAD_ROWS).encode("utf-8"), "events.csv")
    assert [p.format("events.csv") for p in plan.problems] == [
        'events.csv:5: start "2018-13" is not a date (month 13 is out of range 01-12)',
        'events.csv:6: end "2017" is before start "2018-03"',
        'events.csv:7: quote cites source "wsj", which is not in this timeline (add the source first: a quote is'
        " checked against its full text)",
        'events.csv:8: source "art" has no quote (evidence needs the exact passage)',
        'events.csv:9: quote "a quote" has no source (the source column is empty)',
        'events.csv:10: id "h1" is on line 2 already',
        "events.csv:11: lane is empty; a new event needs one",
        "events.csv:12: start is empty; a new event needs one",
        'events.csv:13: end "2019-02-30" is not a date (February 2019 has 28 days); an end is a date, ".." for'
        " ongoing, or empty",
        'events.csv:17: start "201" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~,'
        " ? or %)",
        'events.csv:17: end "abc" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~,'
        ' ? or %); an end is a date, ".." for ongoing, or empty',
    ]
    assert all(isinstance(p, RowProblem) and p.is_error for p in plan.problems)
    assert (plan.rows_ok, plan.rows_failed) == (2, 10)
    assert plan.updated == ["h1"] and plan.added == ["n9"]
    # The good rows still make one edit; the caller decides whether to push it.
    plan.edit().apply(document)
    assert document.events[0].title == "A title\nover three\nlines"
    assert document.events[-1].notes == "x\ny"


def test_a_quote_in_a_timeline_without_sources_says_where_to_import() -> None:
    plan = plan_csv_import(new_document(), csv_bytes(HEADER, "a,L,T,2018,,,,,,,art,a quote"), "e.csv")
    assert formatted(plan) == [
        'events.csv:2: quote cites source "art", which is not in this timeline (this timeline has no sources:'
        " import the rows into the timeline they came from)"
    ]


def test_row_problem_format() -> None:
    assert RowProblem("bad", line=7).format("f.csv") == "f.csv:7: bad"
    assert RowProblem("meh", line=1, severity=Severity.WARNING).format("f.csv") == "f.csv:1: warning: meh"
    assert RowProblem("whole file").format("f.csv") == "f.csv: whole file"
    assert RowProblem("at", line=3, column=4).format("f.csv") == "f.csv:3:4: at"


# ----------------------------------------------------------------------------- 5. warnings


def test_warnings() -> None:
    document = small_document()
    data = csv_bytes(
        "id,Title,Confidence,title,,lane,start",
        "h1,Renamed,0.7,ignored,,Huawei,2018",
        "new,New,,,,Huawei,2018,extra cell",
    )
    plan = plan_csv_import(document, data, "events.csv")
    assert plan.ok
    assert formatted(plan) == [
        'events.csv:1: warning: unknown column "Confidence" is ignored (known: id, lane, title, start, end, kind,'
        " status, partners, tags, notes, source, quote)",
        'events.csv:1: warning: column "title" appears twice; the second one is ignored',
        "events.csv:3: warning: the row has 8 cells but the header names 7: the extra cells are ignored",
    ]
    assert plan.updated == ["h1"] and plan.added == ["new"]
    quote = plan_csv_import(document, csv_bytes("id,source,quote", "h1,art,not in the article"), "q.csv")
    assert formatted(quote) == ['events.csv:2: warning: quote "not in the article" is not found in source "art"']
    empty = plan_csv_import(document, csv_bytes(HEADER), "e.csv")
    assert formatted(empty) == ["events.csv:1: warning: the file has a header but no rows"]
    assert empty.ok and not empty.has_changes


def test_blank_rows_are_skipped_and_lines_still_count() -> None:
    plan = plan_csv_import(small_document(), csv_bytes("", "id,start", "", ",,", "h1,2018-13"), "e.csv")
    assert formatted(plan) == ['events.csv:5: start "2018-13" is not a date (month 13 is out of range 01-12)']


# ----------------------------------------------------------------------------- 6. whole-file errors


@pytest.mark.parametrize(
    "data, message, kind",
    [
        (b"", "events.csv: the file is empty", ErrorKind.INVALID),
        ("id,title\nh1,Caf\xe9\n".encode("latin-1"), "events.csv:2:7: is not UTF-8 text (byte 0xe9); save it as UTF-8",
         ErrorKind.UNREADABLE),
        ("id,title\n".encode("utf-16"), "events.csv: is UTF-16 text; Inroads files are UTF-8 (save it as UTF-8)",
         ErrorKind.UNREADABLE),
        (b"\n\n", "events.csv: the file holds only whitespace", ErrorKind.INVALID),
        (b"name,when\nx,2018\n", "events.csv:1: the first row names none of the columns (id, lane, title, start, end,"
         " kind, status, partners, tags, notes, source, quote): is it a header row?", ErrorKind.INVALID),
        (b"title,lane\nx,L\n", 'events.csv:1: the header has no "start" column: without an "id" column every row is'
         " a new event, which needs a lane and a start", ErrorKind.INVALID),
        (b'id,title\nh1,"never closed\nh2,x\n', 'events.csv:2: a quoted cell that starts on this line is never closed'
         ' (a missing ")', ErrorKind.INVALID),
    ],
    ids=["empty", "latin1", "utf16", "blank", "no-known-columns", "no-start-column", "unclosed-quote"],
)
def test_files_that_cannot_be_read(data: bytes, message: str, kind: ErrorKind) -> None:
    with pytest.raises(LoadError) as caught:
        plan_csv_import(small_document(), data, "events.csv")
    assert caught.value.report() == message
    assert caught.value.kind is kind


# ----------------------------------------------------------------------------- 7. spreadsheet variants


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_semicolon_and_tab_separated_files(delimiter: str) -> None:
    row = delimiter.join(["h1", "Renamed, with a comma", "2018"])
    data = csv_bytes(delimiter.join(["id", "title", "start"]), row, bom=True)
    document = small_document()
    plan = plan_csv_import(document, data, "e.csv")
    assert plan.ok and plan.updated == ["h1"]
    plan.edit().apply(document)
    assert (document.events[0].title, document.events[0].start) == ("Renamed, with a comma", "2018")


def test_header_spellings() -> None:
    data = csv_bytes(" Event_ID ,Start Date,END-DATE,Headline,Source Id,Evidence", "h1,2019,2020,New,art,per Bloomberg")
    document = small_document()
    plan = plan_csv_import(document, data, "e.csv")
    assert plan.ok and plan.warnings == []
    plan.edit().apply(document)
    h1 = document.events[0]
    assert (h1.start, h1.end, h1.title, h1.evidence[0]) == ("2019", "2020", "New", Evidence("art", "per Bloomberg"))


def test_lanes_match_by_id_name_or_case() -> None:
    document = small_document()
    data = csv_bytes("id,lane", "h1,xiaomi", "x1,HUAWEI")
    plan_csv_import(document, data, "e.csv").edit().apply(document)
    assert [e.lane for e in document.events] == ["xiaomi", "huawei"]


def test_csv_through_formats(tmp_path: Path, sample_path: Path) -> None:
    document = read_document(sample_path).document
    out = tmp_path / "events.csv"
    warnings = write_any(document, out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbfid,lane,title")
    assert any("more than one evidence passage" in w.describe() for w in warnings)
    for event in document.events:
        event.evidence = []
    write_any(document, out)
    result = read_any(out)
    assert result.stamp is None and len(result.document.events) == 12
    again = decode_document(encode_document(result.document))
    assert json.loads(encode_document(again.document))["lanes"][0] == {"id": "huawei", "name": "Huawei"}


cell_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"), max_size=25)


@settings(max_examples=200, deadline=None, database=None)
@given(title=cell_text, notes=cell_text, partners=st.lists(cell_text, max_size=3), lane_name=cell_text)
def test_any_cell_text_survives_csv(title: str, notes: str, partners: list[str], lane_name: str) -> None:
    document = new_document()
    document.lanes = [Lane("lane", lane_name)]
    partners = [p.strip() for p in partners if p.strip() and ";" not in p]
    document.events = [Event("e", "lane", title, "2018", notes=notes, partners=partners)]
    data, _ = encode_csv(document)
    into_itself = decode_csv(data, "e.csv", base=document).document
    assert encode_document(into_itself) == encode_document(document)
    fresh = decode_csv(data, "e.csv").document
    assert (fresh.events[0].title, fresh.events[0].notes, fresh.events[0].partners) == (title, notes, partners)


# ----------------------------------------------------------------------------- 8. header row, short rows, lane ids


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_the_separator_is_sniffed_from_the_first_non_empty_row(delimiter: str) -> None:
    header = delimiter.join(["id", "title", "start"])
    data = csv_bytes("", "  ", header, delimiter.join(["h1", "Renamed, with a comma", "2018"]), bom=True)
    document = small_document()
    plan = plan_csv_import(document, data, "e.csv")
    assert plan.ok and plan.warnings == [] and plan.updated == ["h1"]
    plan.edit().apply(document)
    assert (document.events[0].title, document.events[0].start) == ("Renamed, with a comma", "2018")


def test_a_cut_short_row_is_reported_as_cut_short_at_its_line() -> None:
    data = csv_bytes("id,lane,title,start", "n1,Huawei,Complete,2018", 'n2,"Huawei"', "n3,Huawei,No start,")
    plan = plan_csv_import(small_document(), data, "events.csv")
    assert formatted(plan) == [
        'events.csv:3: the row is cut short: it has 2 fields where the header names 4 (no "title", "start");'
        " a new event needs a start",
        "events.csv:4: start is empty; a new event needs one",
    ]


def test_a_cut_short_update_row_is_a_warning_that_names_the_fields_left_alone() -> None:
    document = small_document()
    plan = plan_csv_import(document, csv_bytes("id,title,notes,tags", "x1,Short"), "events.csv")
    assert plan.ok and plan.updated == ["x1"]
    assert formatted(plan) == [
        'events.csv:2: warning: the row is cut short: it has 2 fields where the header names 4 (no "notes",'
        ' "tags"); those fields are left as they are'
    ]


def test_lane_ids_survive_csv_into_a_new_timeline() -> None:
    document = new_document()
    document.lanes = [Lane("hw", "Huawei"), Lane("mi", "Xiaomi"), Lane("huawei", "Huawei Devices")]
    document.events = [Event("a", "hw", "A", "2018"), Event("b", "mi", "B", "2019"), Event("c", "huawei", "C", "2020")]
    data, _ = encode_csv(document)
    back = decode_csv(data, "e.csv").document
    assert [(lane.id, lane.name) for lane in back.lanes] == [("hw", "Huawei"), ("mi", "Xiaomi"),
                                                              ("huawei", "Huawei Devices")]
    assert [e.lane for e in back.events] == ["hw", "mi", "huawei"]
    # Into the timeline it came from, nothing changes; a lane cell edited in a spreadsheet still moves the event.
    assert encode_document(decode_csv(data, "e.csv", base=document).document) == encode_document(document)
    edited = data.replace(b"\r\nb,Xiaomi,", b"\r\nb,Huawei,")
    assert edited != data
    assert decode_csv(edited, "e.csv", base=document).document.events[1].lane == "hw"


def test_a_plain_export_has_no_lane_id_column() -> None:
    """Lanes whose ids an import derives from their names again need no lane_id column (the sample's)."""
    assert cells(encode_csv(small_document())[0])[0] == list(COLUMNS)


def test_reading_rows_holds_one_row_at_a_time() -> None:
    """Peak memory of an import of many short rows (the worst case per MB): the rows are planned one at a time,
    and repeated values share one string. Measured with tracemalloc (deterministic, not a timing): about 660
    bytes a row, of which about 400 stay as the document; holding every row first took about 1,030."""
    import tracemalloc

    rows = 5_000
    data = ("id,lane,start,kind\r\n" + "".join(f"{i},L,2018,launch\r\n" for i in range(rows))).encode()
    tracemalloc.start()
    try:
        result = decode_csv(data, "tiny.csv")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(result.document.events) == rows
    assert peak / rows < 800, f"{peak / rows:.0f} bytes a row"


def test_a_nul_character_and_a_long_cell_export_and_import_back() -> None:
    """A note with U+0000 and one of 200 KB (over the csv module's 128 KiB default) come back, in any timeline."""
    document = small_document()
    document.events[0].notes = "before\x00after"
    document.events[1].notes = "x" * 200_000
    data, _ = encode_csv(document)
    assert b"before\x00after" in data
    assert encode_document(decode_csv(data, "e.csv", base=document).document) == encode_document(document)
    fresh = decode_csv(data.replace(b",art,in talks with AT&T", b",,"), "e.csv").document
    assert [e.notes for e in fresh.events] == ["before\x00after", "x" * 200_000]
