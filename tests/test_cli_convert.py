"""``inroads convert`` between Inroads, TimelineJS and CSV, run as a real program.

Every test starts ``python -m gui convert ...`` in ``tmp_path`` and reads only
what it prints and writes, as a user or a script would.

Sections:
  1. TimelineJS -> Inroads -> TimelineJS (every shared sample file), and `inroads check` on the result
  2. Inroads -> TimelineJS -> Inroads
  3. Inroads -> CSV -> Inroads (into the same timeline with --into, and into a new one)
  4. failures: a bad CSV row (exit 1, FILE:LINE: reason, OUT untouched), unknown formats (exit 2)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TIMEOUT = 120
SHARED_TIMELINEJS = Path(__file__).parents[1].parent / "shared" / "data" / "timelinejs"
SHARED_FILES = [
    "eras.json", "group_sample.json", "houston.json", "marktwain.json", "republican.json", "women_in_computing.json",
]


def run_inroads(*args: object, cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "gui", *map(str, args)],
        cwd=cwd,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=TIMEOUT,
    )
    assert "Traceback" not in result.stdout + result.stderr, result.stdout + result.stderr
    return result


def output(result: subprocess.CompletedProcess[str]) -> str:
    return result.stdout + result.stderr


def shared_file(name: str) -> Path:
    path = SHARED_TIMELINEJS / name
    if not path.is_file():
        pytest.skip(f"the shared TimelineJS samples are not available here ({path})")
    return path


def old_file(path: Path, content: bytes = b"older content\n") -> int:
    """Write ``content`` with a 2001 modification time; return that time in ns."""
    path.write_bytes(content)
    old = 1_000_000_000 * 10**9
    os.utime(path, ns=(old, old))
    return old


# ----------------------------------------------------------------------------- 1. TimelineJS -> Inroads -> TimelineJS


@pytest.mark.parametrize("name", SHARED_FILES)
def test_timelinejs_to_inroads_and_back(tmp_path: Path, name: str) -> None:
    (tmp_path / "story.json").write_bytes(shared_file(name).read_bytes())

    imported = run_inroads("convert", "story.json", "story.inroads.json", cwd=tmp_path)
    assert imported.returncode == 0, output(imported)
    assert imported.stdout == ""
    assert all(line.startswith("story.json:") and ": warning: " in line for line in imported.stderr.splitlines())

    check = run_inroads("check", "story.inroads.json", cwd=tmp_path)
    assert check.returncode == 0, output(check)
    assert check.stdout.startswith("story.inroads.json: ok (") and "warning" not in check.stdout

    exported = run_inroads("convert", "story.inroads.json", "back.json", "--to", "timelinejs", cwd=tmp_path)
    assert exported.returncode == 0, output(exported)
    assert exported.stderr == ""  # nothing Inroads-only to warn about
    assert json.loads((tmp_path / "back.json").read_bytes()) == json.loads((tmp_path / "story.json").read_bytes())


def test_timelinejs_warnings_are_located(tmp_path: Path) -> None:
    (tmp_path / "groups.json").write_bytes(shared_file("group_sample.json").read_bytes())
    result = run_inroads("convert", "groups.json", "out.json", cwd=tmp_path)
    assert result.returncode == 0, output(result)
    expected = "groups.json:10:21: warning: start_date on 7 slides (events 0, 1, 2, 3, 4, 5, 6) has a time of day"
    assert expected in result.stderr


def test_a_bad_timelinejs_file_is_reported_and_out_untouched(tmp_path: Path) -> None:
    story = {"events": [{"start_date": {"year": 2018}}, {"start_date": {"year": 2018, "month": 13}}]}
    text = json.dumps(story, indent=2)
    (tmp_path / "bad.json").write_text(text, encoding="utf-8")
    line = text[: text.index('"month": 13')].count("\n") + 1
    old = old_file(tmp_path / "out.json")
    result = run_inroads("convert", "bad.json", "out.json", cwd=tmp_path)
    assert result.returncode == 1, output(result)
    assert result.stderr.splitlines() == [
        f"bad.json:{line}:18: events[1]: start_date.month 13 is out of range 1-12",
        "inroads convert: out.json was not written",
    ]
    assert (tmp_path / "out.json").read_bytes() == b"older content\n"
    assert (tmp_path / "out.json").stat().st_mtime_ns == old


# ----------------------------------------------------------------------------- 2. Inroads -> TimelineJS -> Inroads


def test_inroads_to_timelinejs_and_back(tmp_path: Path, sample_path: Path) -> None:
    exported = run_inroads("convert", sample_path, "story.json", "--to", "timelinejs", cwd=tmp_path)
    assert exported.returncode == 0, output(exported)
    assert "story.json: warning: the kind (12 events" in exported.stderr
    value = json.loads((tmp_path / "story.json").read_bytes())
    assert value["events"][0]["inroads"]["kind"] == "carrier-talks"

    imported = run_inroads("convert", "story.json", "back.json", cwd=tmp_path)  # sniffed as TimelineJS
    assert imported.returncode == 0, output(imported)
    assert imported.stderr == ""
    assert (tmp_path / "back.json").read_bytes() == sample_path.read_bytes()


# ----------------------------------------------------------------------------- 3. Inroads -> CSV -> Inroads


def test_inroads_to_csv_and_back_into_the_same_timeline(tmp_path: Path, sample_path: Path) -> None:
    exported = run_inroads("convert", sample_path, "events.csv", cwd=tmp_path)
    assert exported.returncode == 0, output(exported)
    assert (tmp_path / "events.csv").read_bytes().startswith(b"\xef\xbb\xbfid,lane,title,start,end,kind,status")
    assert "events.csv: warning: 6 events" in exported.stderr  # more than one evidence passage

    imported = run_inroads("convert", "events.csv", "back.json", "--into", sample_path, cwd=tmp_path)
    assert imported.returncode == 0, output(imported)
    assert imported.stderr == ""
    assert (tmp_path / "back.json").read_bytes() == sample_path.read_bytes()


def test_inroads_to_csv_and_back_into_a_new_timeline(tmp_path: Path, sample_path: Path) -> None:
    timeline = json.loads(sample_path.read_bytes())
    for event in timeline["events"]:
        event.pop("evidence", None)  # quotes need their sources, which a CSV does not carry
    (tmp_path / "timeline.json").write_text(json.dumps(timeline), encoding="utf-8")

    assert run_inroads("convert", "timeline.json", "events.csv", cwd=tmp_path).returncode == 0
    result = run_inroads("convert", "events.csv", "back.json", cwd=tmp_path)
    assert result.returncode == 0, output(result)
    check = run_inroads("check", "back.json", cwd=tmp_path)
    assert check.returncode == 0 and check.stdout == "back.json: ok (2 lanes, 12 events, 0 sources)\n", output(check)
    back = json.loads((tmp_path / "back.json").read_bytes())
    assert [(lane["id"], lane["name"]) for lane in back["lanes"]] == [("huawei", "Huawei"), ("xiaomi", "Xiaomi")]
    fields = ("id", "lane", "title", "start", "end", "kind", "status", "partners", "tags", "notes")
    def rows(events: list[dict]) -> list[list]:
        return [[e.get(f) for f in fields] for e in events]

    assert rows(back["events"]) == rows(timeline["events"])


# ----------------------------------------------------------------------------- 4. failures

BAD_CSV = (
    "\ufeffid,lane,title,start\r\n"
    'a,Huawei,"Two\r\nlines",2018\r\n'  # lines 2-3
    "b,Huawei,Bad date,2018-13\r\n"  # line 4
    'c,Huawei,"Comma, ""quoted""",2019-02-30\r\n'  # line 5
)


@pytest.mark.parametrize("existing", [False, True], ids=["out-absent", "out-exists"])
def test_a_bad_csv_row_exits_1_and_leaves_out_alone(tmp_path: Path, existing: bool) -> None:
    (tmp_path / "events.csv").write_bytes(BAD_CSV.encode("utf-8"))
    old = old_file(tmp_path / "out.json") if existing else None

    result = run_inroads("convert", "events.csv", "out.json", cwd=tmp_path)

    assert result.returncode == 1, output(result)
    assert result.stderr.splitlines() == [
        'events.csv:4: start "2018-13" is not a date (month 13 is out of range 01-12)',
        'events.csv:5: start "2019-02-30" is not a date (February 2019 has 28 days)',
        "inroads convert: out.json was not written",
    ]
    if existing:
        assert (tmp_path / "out.json").read_bytes() == b"older content\n"
        assert (tmp_path / "out.json").stat().st_mtime_ns == old
    else:
        assert not (tmp_path / "out.json").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["events.csv"] + (["out.json"] if existing else []))


def test_unknown_to_format_exits_2(tmp_path: Path, sample_path: Path) -> None:
    result = run_inroads("convert", sample_path, "out.json", "--to", "excel", cwd=tmp_path)
    assert result.returncode == 2, output(result)
    assert "usage: inroads convert" in result.stderr and "invalid choice: 'excel'" in result.stderr
    assert not (tmp_path / "out.json").exists()


@pytest.mark.parametrize(
    "args, message",
    [
        (["SAMPLE", "out.xlsx"], "inroads convert: out.xlsx: unsupported output format"),
        (["notes.txt", "out.json"], "cannot tell the format from the extension '.txt'"),
        (["SAMPLE", "out.json", "--into", "SAMPLE"], "--into works with CSV input only"),
        (["missing.csv", "out.json"], "missing.csv: no such file"),
    ],
    ids=["out-extension", "in-extension", "into-without-csv", "missing-in"],
)
def test_unusable_arguments_exit_2(tmp_path: Path, sample_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "notes.txt").write_text("not a timeline\n", encoding="utf-8")
    args = [str(sample_path) if a == "SAMPLE" else a for a in args]
    result = run_inroads("convert", *args, cwd=tmp_path)
    assert result.returncode == 2, output(result)
    assert message in result.stderr
    assert not (tmp_path / "out.json").exists() and not (tmp_path / "out.xlsx").exists()


def test_explicit_from_overrides_the_extension(tmp_path: Path, sample_path: Path) -> None:
    assert run_inroads("convert", sample_path, "events.txt", "--to", "csv", cwd=tmp_path).returncode == 0
    result = run_inroads("convert", "events.txt", "back.json", "--from", "csv", "--into", sample_path, cwd=tmp_path)
    assert result.returncode == 0, output(result)
    assert (tmp_path / "back.json").read_bytes() == sample_path.read_bytes()


def test_convert_help_names_the_formats(tmp_path: Path) -> None:
    result = run_inroads("convert", "--help", cwd=tmp_path)
    assert result.returncode == 0, output(result)
    for word in ("timelinejs", "csv", "--from", "--to", "--into", "byte-order mark"):
        assert word in result.stdout
    top = run_inroads("--help", cwd=tmp_path)
    assert "convert between Inroads, TimelineJS and CSV files" in top.stdout
