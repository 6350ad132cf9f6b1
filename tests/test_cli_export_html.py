"""inroads export-html through a real subprocess: the page, the date range, the title, and the failures."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys


def run(*args, tmp_path):
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    return subprocess.run([sys.executable, "-m", "gui", "export-html", *map(str, args)],
                          capture_output=True, text=True, timeout=120, env=env)


def page_data(path):
    return json.loads(re.search(r'<script type="application/json" id="inroads-data">(.*?)</script>',
                                path.read_text(encoding="utf-8"), re.S).group(1))


def test_the_sample_becomes_one_small_page(tmp_path, sample_path):
    out = tmp_path / "timeline.html"
    result = run(sample_path, out, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size < 150_000
    data = page_data(out)
    assert data["title"] == "Huawei and Xiaomi: the push for US carriers (2017-2018)"
    assert len(data["events"]) == 12 and data["sources"][0]["text"]


def test_a_range_and_a_title(tmp_path, sample_path):
    out = tmp_path / "t.html"
    result = run(sample_path, out, "--from", "2018", "--to", "2018", "--title", "<b>2018</b>", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    data = page_data(out)
    assert data["title"] == "<b>2018</b>" and "<title>&lt;b&gt;2018&lt;/b&gt;</title>" in out.read_text()
    assert 0 < len(data["events"]) < 12
    assert all(e["end"] > data["shown"][0] and e["start"] < data["shown"][1] for e in data["events"])


def test_bad_dates_and_missing_files_write_nothing(tmp_path, sample_path):
    out = tmp_path / "t.html"
    result = run(sample_path, out, "--from", "yesterday", tmp_path=tmp_path)
    assert result.returncode == 2 and "--from/--to" in result.stderr and not out.exists()
    result = run(sample_path, out, "--from", "2019", "--to", "2018", tmp_path=tmp_path)
    assert result.returncode == 2 and "after" in result.stderr and not out.exists()
    result = run(tmp_path / "missing.json", out, tmp_path=tmp_path)
    assert result.returncode == 2 and "missing.json" in result.stderr and not out.exists()


def test_the_command_is_listed_in_the_help(tmp_path):
    result = subprocess.run([sys.executable, "-m", "gui", "--help"], capture_output=True, text=True, timeout=60)
    assert "inroads export-html FILE OUT.html" in result.stdout
