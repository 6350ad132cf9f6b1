"""The ``inroads`` command line, run as a real program on real files.

Every test starts a fresh interpreter (``python -m gui ...``), exactly as a
user or a script would, and reads only what the program prints and writes.
Files are written into ``tmp_path`` and named relative to it (the subprocess
runs there), so the ``FILE:LINE:COL`` locations in messages are predictable.

Sections:
  1. --version and --help
  2. check: valid files (the bundled sample, a file with a warning, --quiet)
  3. check: invalid files (exit 1) with located messages
  4. check: unreadable files and bad arguments (exit 2)
  5. check: several files, the worst status wins
  6. convert: normalising, and leaving OUT alone when IN fails
  7. check imports no Qt; the installed console script
  8. output into a pipe that is closed early (``inroads check ... | head -1``)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

TIMEOUT = 120
QT_MODULES = ("PySide6", "pyqtgraph", "shiboken6")


# ----------------------------------------------------------------------------- helpers


def run_inroads(*args: object, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run ``python -m gui ARGS`` in ``cwd``; no output of it may ever hold a traceback."""
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


def lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    return output(result).splitlines()


def locate(text: str, needle: str) -> tuple[int, int]:
    """1-based line and column (in characters) of the first ``needle`` in ``text``."""
    offset = text.index(needle)
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def write_json(path: Path, value: object, indent: int = 2) -> Path:
    path.write_text(json.dumps(value, indent=indent, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


SOURCE_TEXT = (
    "According to Bloomberg, Huawei and Xiaomi are in talks with AT&T and Verizon "
    "to sell phones stateside. A deal with a major carrier would be a first."
)


def valid_timeline() -> dict:
    """A small valid timeline: one lane, one source, one event whose quote is in the source."""
    return {
        "format": "inroads-timeline",
        "version": 1,
        "title": "Test timeline",
        "lanes": [{"id": "huawei", "name": "Huawei", "color": "#c7000b"}],
        "sources": [{"id": "src", "title": "Talks", "text": SOURCE_TEXT}],
        "events": [
            {
                "id": "huawei-talks",
                "lane": "huawei",
                "title": "Huawei in talks with AT&T",
                "start": "2017-12~",
                "kind": "carrier-talks",
                "status": "reported",
                "partners": ["AT&T"],
                "evidence": [{"source": "src", "quote": "in talks with AT&T and Verizon"}],
            }
        ],
    }


# ----------------------------------------------------------------------------- 1. --version and --help


def test_version_prints_name_and_version(tmp_path: Path) -> None:
    result = run_inroads("--version", cwd=tmp_path)
    assert result.returncode == 0, output(result)
    assert result.stdout.strip() == f"inroads {version('inroads')}"


def test_help_mentions_the_commands(tmp_path: Path) -> None:
    result = run_inroads("--help", cwd=tmp_path)
    assert result.returncode == 0, output(result)
    assert "check" in result.stdout
    assert "convert" in result.stdout


@pytest.mark.parametrize("command", ["check", "convert"])
def test_command_help_exits_0(tmp_path: Path, command: str) -> None:
    result = run_inroads(command, "--help", cwd=tmp_path)
    assert result.returncode == 0, output(result)
    assert f"usage: inroads {command}" in result.stdout


# ----------------------------------------------------------------------------- 2. check: valid files


def test_check_sample_is_ok(tmp_path: Path, sample_path: Path) -> None:
    result = run_inroads("check", sample_path, cwd=tmp_path)
    assert result.returncode == 0, output(result)
    assert result.stdout == f"{sample_path}: ok (2 lanes, 12 events, 1 source)\n"
    assert "warning" not in output(result).lower()
    assert result.stderr == ""


def test_check_quiet_prints_nothing_for_a_valid_file(tmp_path: Path, sample_path: Path) -> None:
    result = run_inroads("check", "--quiet", sample_path, cwd=tmp_path)
    assert result.returncode == 0, output(result)
    assert output(result) == ""


def test_check_warns_about_a_quote_not_in_its_source(tmp_path: Path) -> None:
    timeline = valid_timeline()
    timeline["events"][0]["evidence"][0]["quote"] = "signed a deal with T-Mobile"
    path = write_json(tmp_path / "warn.json", timeline)
    line, column = locate(path.read_text(encoding="utf-8"), '"signed a deal with T-Mobile"')

    result = run_inroads("check", "warn.json", cwd=tmp_path)

    assert result.returncode == 0, output(result)
    warnings = [text for text in lines(result) if "warning:" in text]
    assert len(warnings) == 1, output(result)
    assert warnings[0].startswith(f"warn.json:{line}:{column}: warning: ")
    assert 'events[0] (id "huawei-talks")' in warnings[0]
    assert '"signed a deal with T-Mobile" is not found in source "src"' in warnings[0]
    assert "warn.json: ok (1 lane, 1 event, 1 source, 1 warning)" in lines(result)


# ----------------------------------------------------------------------------- 3. check: invalid files (exit 1)

MISSING_COMMA = """\
{
  "format": "inroads-timeline",
  "version": 1,
  "title": "Café ☎ talks"
  "lanes": []
}
"""


def test_check_reports_a_syntax_error_with_line_and_column(tmp_path: Path) -> None:
    (tmp_path / "syntax.json").write_text(MISSING_COMMA, encoding="utf-8")
    line, column = locate(MISSING_COMMA, '"lanes"')
    assert (line, column) == (5, 3)

    result = run_inroads("check", "syntax.json", cwd=tmp_path)

    assert result.returncode == 1, output(result)
    assert lines(result)[0] == f"syntax.json:{line}:{column}: expected ','"
    assert "syntax.json: invalid (1 problem)" in lines(result)


# The bad date sits on a line that also holds non-ASCII text, so a column
# counted in bytes instead of characters would be caught.
BAD_DATE = """\
{
  "format": "inroads-timeline",
  "version": 1,
  "lanes": [{"id": "xiaomi", "name": "Xiaomi"}],
  "events": [
    {
      "id": "xiaomi-att",
      "lane": "xiaomi",
      "title": "Xiaomi ☎ AT&T — talks", "start": "2018-13"
    }
  ]
}
"""


def test_check_reports_a_bad_date_at_its_value(tmp_path: Path) -> None:
    (tmp_path / "date.json").write_text(BAD_DATE, encoding="utf-8")
    line, column = locate(BAD_DATE, '"2018-13"')
    assert (line, column) == (9, 50)

    result = run_inroads("check", "date.json", cwd=tmp_path)

    assert result.returncode == 1, output(result)
    first = lines(result)[0]
    assert first.startswith(
        f'date.json:{line}:{column}: events[0] (id "xiaomi-att"): start "2018-13" is not a date'
    ), first
    assert "date.json: invalid (1 problem)" in lines(result)


def test_check_reports_every_problem_in_file_order(tmp_path: Path) -> None:
    timeline = valid_timeline()
    timeline["lanes"][0]["color"] = "crimson"
    timeline["events"][0]["lane"] = "xiaomi"
    timeline["events"][0]["end"] = "2017-02"  # before the start
    path = write_json(tmp_path / "many.json", timeline)
    text = path.read_text(encoding="utf-8")

    result = run_inroads("check", "many.json", cwd=tmp_path)

    assert result.returncode == 1, output(result)
    expected = [
        (locate(text, '"crimson"'), 'lanes[0] (id "huawei"): color "crimson" is not a colour'),
        (locate(text, '"xiaomi"'), 'events[0] (id "huawei-talks"): lane "xiaomi" is not one of this file\'s lanes'),
        (locate(text, '"2017-02"'), 'events[0] (id "huawei-talks"): end "2017-02" is before start "2017-12~"'),
    ]
    got = lines(result)
    assert len(got) == len(expected) + 1, output(result)
    for text_line, ((line, column), message) in zip(got, expected):
        assert text_line.startswith(f"many.json:{line}:{column}: {message}"), text_line
    assert got[-1] == "many.json: invalid (3 problems)"


# ----------------------------------------------------------------------------- 4. check: unreadable (exit 2)


def test_check_missing_file_is_one_line(tmp_path: Path) -> None:
    result = run_inroads("check", "nowhere.json", cwd=tmp_path)
    assert result.returncode == 2, output(result)
    assert lines(result) == ["nowhere.json: no such file"]


def test_check_directory(tmp_path: Path) -> None:
    (tmp_path / "folder.json").mkdir()
    result = run_inroads("check", "folder.json", cwd=tmp_path)
    assert result.returncode == 2, output(result)
    assert lines(result) == ["folder.json: is a directory, not a timeline file"]


def test_check_latin1_file(tmp_path: Path) -> None:
    text = '{\n  "format": "inroads-timeline",\n  "version": 1,\n  "title": "Café"\n}\n'
    (tmp_path / "latin1.json").write_bytes(text.encode("latin-1"))
    line, column = locate(text, "é")
    assert (line, column) == (4, 16)

    result = run_inroads("check", "latin1.json", cwd=tmp_path)

    assert result.returncode == 2, output(result)
    assert lines(result) == [f"latin1.json:{line}:{column}: is not UTF-8 text (byte 0xe9); save it as UTF-8"]


def test_check_binary_file_with_nul_bytes(tmp_path: Path) -> None:
    (tmp_path / "binary.json").write_bytes(b'{"format": \x00\x01\x02\xff\xfe}')
    result = run_inroads("check", "binary.json", cwd=tmp_path)
    assert result.returncode == 2, output(result)
    assert len(lines(result)) == 1, output(result)
    assert lines(result)[0].startswith("binary.json:1:12: ")
    assert "NUL bytes" in result.stdout


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_check_utf16_file(tmp_path: Path, encoding: str) -> None:
    text = json.dumps(valid_timeline(), indent=2)
    (tmp_path / "wide.json").write_bytes(text.encode(encoding))
    result = run_inroads("check", "wide.json", cwd=tmp_path)
    assert result.returncode == 2, output(result)
    assert len(lines(result)) == 1, output(result)
    assert lines(result)[0].startswith("wide.json")
    if encoding == "utf-16":  # with a byte order mark, the message can say what it is
        assert "UTF-16" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["check"],
        ["check", "--bogus", "x.json"],
        ["--bogus"],
        ["convert"],
        ["convert", "only-one.json"],
        ["convert", "a.json", "b.json", "c.json"],
    ],
    ids=["check-no-files", "check-unknown-option", "unknown-option", "convert-no-args", "convert-one-arg", "convert-3-args"],
)
def test_bad_arguments_exit_2_with_usage(tmp_path: Path, args: list[str]) -> None:
    result = run_inroads(*args, cwd=tmp_path)
    assert result.returncode == 2, output(result)
    assert "usage:" in result.stderr
    assert "error:" in result.stderr
    assert result.stdout == ""


# ----------------------------------------------------------------------------- 5. several files


def test_check_several_valid_files_exit_0(tmp_path: Path, sample_path: Path) -> None:
    write_json(tmp_path / "one.json", valid_timeline())
    result = run_inroads("check", sample_path, "one.json", cwd=tmp_path)
    assert result.returncode == 0, output(result)
    assert lines(result) == [
        f"{sample_path}: ok (2 lanes, 12 events, 1 source)",
        "one.json: ok (1 lane, 1 event, 1 source)",
    ]


def test_check_valid_and_invalid_exit_1(tmp_path: Path, sample_path: Path) -> None:
    (tmp_path / "date.json").write_text(BAD_DATE, encoding="utf-8")
    result = run_inroads("check", "date.json", sample_path, cwd=tmp_path)
    assert result.returncode == 1, output(result)
    assert "date.json: invalid (1 problem)" in lines(result)
    assert f"{sample_path}: ok (2 lanes, 12 events, 1 source)" in lines(result)


@pytest.mark.parametrize("order", ["unreadable-first", "invalid-first"])
def test_check_unreadable_and_invalid_exit_2(tmp_path: Path, sample_path: Path, order: str) -> None:
    (tmp_path / "date.json").write_text(BAD_DATE, encoding="utf-8")
    files = ["missing.json", "date.json"] if order == "unreadable-first" else ["date.json", "missing.json"]
    result = run_inroads("check", *files, sample_path, cwd=tmp_path)
    assert result.returncode == 2, output(result)
    # Every file is still checked and reported.
    assert "missing.json: no such file" in lines(result)
    assert "date.json: invalid (1 problem)" in lines(result)
    assert f"{sample_path}: ok (2 lanes, 12 events, 1 source)" in lines(result)


# ----------------------------------------------------------------------------- 6. convert

# Valid, but keys in odd order, 4-space indent, unknown keys at every level.
UNNORMALISED = {
    "events": [
        {
            "evidence": [{"quote": "in talks with AT&T and Verizon", "page": 2, "source": "src"}],
            "start": "2017-12~",
            "title": "Huawei — talks with AT&T",
            "custom": {"b": 1, "a": [1, 2]},
            "lane": "huawei",
            "id": "huawei-talks",
        }
    ],
    "zeta": "kept",
    "lanes": [{"color": "#c7000b", "shade": "dark", "id": "huawei", "name": "Huawei"}],
    "version": 1,
    "sources": [{"text": SOURCE_TEXT, "id": "src", "paywall": False}],
    "format": "inroads-timeline",
    "title": "Café timeline",
}

# What Inroads writes for it: known keys in model order (defaults that are always
# written included), then the unknown keys in the order the file had them.
NORMALISED = {
    "format": "inroads-timeline",
    "version": 1,
    "title": "Café timeline",
    "lanes": [{"id": "huawei", "name": "Huawei", "color": "#c7000b", "shade": "dark"}],
    "sources": [{"id": "src", "text": SOURCE_TEXT, "paywall": False}],
    "events": [
        {
            "id": "huawei-talks",
            "lane": "huawei",
            "title": "Huawei — talks with AT&T",
            "start": "2017-12~",
            "kind": "other",
            "status": "reported",
            "evidence": [{"source": "src", "quote": "in talks with AT&T and Verizon", "page": 2}],
            "custom": {"b": 1, "a": [1, 2]},
        }
    ],
    "zeta": "kept",
}


def test_convert_normalises_and_is_stable(tmp_path: Path) -> None:
    write_json(tmp_path / "in.json", UNNORMALISED, indent=4)

    first = run_inroads("convert", "in.json", "out.json", cwd=tmp_path)
    assert first.returncode == 0, output(first)
    written = (tmp_path / "out.json").read_bytes()
    assert written == (json.dumps(NORMALISED, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    assert written.endswith(b"}\n") and not written.endswith(b"\n\n")
    assert "Café".encode() in written  # UTF-8 kept as is, not \u-escaped

    second = run_inroads("convert", "out.json", "again.json", cwd=tmp_path)
    assert second.returncode == 0, output(second)
    assert (tmp_path / "again.json").read_bytes() == written

    check = run_inroads("check", "out.json", cwd=tmp_path)
    assert check.returncode == 0, output(check)
    assert check.stdout == "out.json: ok (1 lane, 1 event, 1 source)\n"


def test_convert_sample_is_a_fixed_point(tmp_path: Path, sample_path: Path) -> None:
    result = run_inroads("convert", sample_path, "sample.json", cwd=tmp_path)
    assert result.returncode == 0, output(result)
    again = run_inroads("convert", "sample.json", "again.json", cwd=tmp_path)
    assert again.returncode == 0, output(again)
    assert (tmp_path / "again.json").read_bytes() == (tmp_path / "sample.json").read_bytes()


@pytest.mark.parametrize("source", ["invalid", "syntax", "missing", "latin1"])
def test_convert_failure_does_not_create_out(tmp_path: Path, source: str) -> None:
    make_source(tmp_path, source)
    result = run_inroads("convert", f"{source}.json", "out.json", cwd=tmp_path)
    assert result.returncode == (2 if source in ("missing", "latin1") else 1), output(result)
    assert "inroads convert: out.json was not written" in result.stderr
    assert not (tmp_path / "out.json").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [] if source == "missing" else [f"{source}.json"]
    ), "convert left a temporary file behind"


@pytest.mark.parametrize("source", ["invalid", "syntax", "missing", "latin1"])
def test_convert_failure_leaves_existing_out_untouched(tmp_path: Path, source: str) -> None:
    make_source(tmp_path, source)
    out = tmp_path / "out.json"
    original = b'{"an": "older file, not even an Inroads one"}\n'
    out.write_bytes(original)
    old_time = 1_000_000_000  # 2001: any change would move it to now
    os.utime(out, ns=(old_time * 10**9, old_time * 10**9))

    result = run_inroads("convert", f"{source}.json", "out.json", cwd=tmp_path)

    assert result.returncode in (1, 2), output(result)
    assert out.read_bytes() == original
    assert out.stat().st_mtime_ns == old_time * 10**9


def make_source(tmp_path: Path, kind: str) -> None:
    if kind == "invalid":
        (tmp_path / "invalid.json").write_text(BAD_DATE, encoding="utf-8")
    elif kind == "syntax":
        (tmp_path / "syntax.json").write_text(MISSING_COMMA, encoding="utf-8")
    elif kind == "latin1":
        text = json.dumps(valid_timeline(), indent=2, ensure_ascii=False).replace("Talks", "Café")
        (tmp_path / "latin1.json").write_bytes(text.encode("latin-1"))


@pytest.mark.parametrize("target", ["out.txt", "out.xml", "out"])
def test_convert_unsupported_output_extension(tmp_path: Path, target: str) -> None:
    write_json(tmp_path / "in.json", valid_timeline())
    result = run_inroads("convert", "in.json", target, cwd=tmp_path)
    assert result.returncode == 2, output(result)
    assert "unsupported output format" in result.stderr
    assert not (tmp_path / target).exists()


# ----------------------------------------------------------------------------- 7. no Qt; the console script


def test_check_imports_no_qt(tmp_path: Path, sample_path: Path) -> None:
    code = (
        "import sys; from gui.cli import main; rc = main(['check', sys.argv[1]]); "
        f"loaded = sorted(m for m in sys.modules if m.startswith({QT_MODULES!r}) or m.startswith('gui.app')); "
        "assert not loaded, loaded; sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(sample_path)],
        cwd=tmp_path,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert result.returncode == 0, output(result)
    assert "ok (2 lanes, 12 events, 1 source)" in result.stdout


def test_console_script_checks_the_sample(tmp_path: Path, sample_path: Path) -> None:
    script = Path(sys.executable).parent / ("inroads.exe" if os.name == "nt" else "inroads")
    if not script.exists():
        pytest.skip(f"no inroads console script next to {sys.executable}")
    result = subprocess.run(
        [str(script), "check", str(sample_path)],
        cwd=tmp_path,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert result.returncode == 0, output(result)
    assert result.stdout == f"{sample_path}: ok (2 lanes, 12 events, 1 source)\n"


# ----------------------------------------------------------------------------- 8. a closed pipe


def test_check_into_a_closed_pipe_prints_no_traceback(tmp_path: Path, sample_path: Path) -> None:
    """``inroads check *.json | head -1`` must not end in a BrokenPipeError traceback.

    Far more output than a pipe buffer holds is asked for, and the reading end is
    closed after one line, so the program is certain to write into a closed pipe.
    """
    (tmp_path / "s.json").write_bytes(sample_path.read_bytes())
    count = 5000  # about 200 KB of "s.json: ok (...)" lines; a pipe holds 64 KB
    process = subprocess.Popen(
        [sys.executable, "-m", "gui", "check", *["s.json"] * count],
        cwd=tmp_path,
        env=dict(os.environ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        first = process.stdout.readline()
        process.stdout.close()  # like head -1 exiting
        stderr = process.stderr.read().decode("utf-8", errors="replace")
        process.wait(timeout=TIMEOUT)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert first == b"s.json: ok (2 lanes, 12 events, 1 source)\n"
    assert "Traceback" not in stderr, stderr
    assert "BrokenPipeError" not in stderr, stderr
