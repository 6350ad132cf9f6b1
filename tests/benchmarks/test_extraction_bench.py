"""The extraction benchmark runs as a real script on a few passages of its labelled set (no figure is asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SET = Path(__file__).resolve().parents[2] / "benchmarks" / "extraction_set" / "dev.json"


def run(repo_root, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(Path(repo_root) / "benchmarks" / "extraction.py"), *args],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_it_prints_each_field_for_both_parts_and_the_dev_misses(repo_root):
    result = run(repo_root, "--limit", "5")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "dev (n=5)" in lines[0] and "held-out (n=0)" in lines[0]
    for field in ("lane", "date", "precision", "partners", "kind", "status", "all five"):
        assert any(line.startswith(field) for line in lines), field
    assert "Misses of the dev part" in result.stdout


def test_json_counts_every_passage_and_hides_the_held_out_misses(repo_root, tmp_path):
    data = json.loads(SET.read_text(encoding="utf-8"))
    held = next(a for a in data["articles"] if a["held_out"])
    dev = next(a for a in data["articles"] if not a["held_out"])
    small = tmp_path / "small.json"
    small.write_text(json.dumps(dict(data, articles=[dev, held])), encoding="utf-8")
    result = run(repo_root, "--set", str(small), "--json")
    assert result.returncode == 0, result.stderr
    parts = json.loads(result.stdout)
    assert parts["dev"]["n"] == len(dev["passages"]) and parts["held-out"]["n"] == len(held["passages"])
    assert isinstance(parts["held-out"]["misses"], int)
    assert all(0 <= count <= parts["dev"]["n"] for count in parts["dev"]["right"].values())


def test_the_set_is_big_enough_and_its_quotes_and_labels_are_sound():
    from gui.core.document.dates import parse_date
    from gui.core.document.model import DEFAULT_KINDS, DEFAULT_STATUSES

    data = json.loads(SET.read_text(encoding="utf-8"))
    articles = data["articles"]
    passages = [p for a in articles for p in a["passages"]]
    held = [p for a in articles if a["held_out"] for p in a["passages"]]
    assert len(articles) >= 15 and len(passages) >= 60
    assert len(passages) / 3 <= len(held) <= len(passages) / 2
    for article in articles:
        parse_date(article["published"])
        for passage in article["passages"]:
            assert 0 < passage["paragraph"] < len(article["paragraphs"])
            parse_date(passage["date"])
            assert passage["kind"] in DEFAULT_KINDS and passage["status"] in DEFAULT_STATUSES


def test_a_named_held_out_part_is_reported_on_its_own_without_its_misses(repo_root, tmp_path):
    data = json.loads(SET.read_text(encoding="utf-8"))
    dev = next(a for a in data["articles"] if not a["held_out"])
    later = dict(next(a for a in data["articles"] if a["held_out"]), part="held-out-new")
    small = tmp_path / "small.json"
    small.write_text(json.dumps(dict(data, articles=[dev, later])), encoding="utf-8")
    table = run(repo_root, "--set", str(small))
    assert table.returncode == 0, table.stderr
    header = table.stdout.splitlines()[0]
    assert f"held-out-new (n={len(later['passages'])})" in header and "held-out (n=0)" in header
    assert later["paragraphs"][later["passages"][0]["paragraph"]] not in table.stdout
    result = run(repo_root, "--set", str(small), "--json")
    parts = json.loads(result.stdout)
    assert parts["held-out-new"]["n"] == len(later["passages"]) and isinstance(parts["held-out-new"]["misses"], int)


def test_the_set_has_a_later_held_out_part_written_before_tuning():
    data = json.loads(SET.read_text(encoding="utf-8"))
    later = [a for a in data["articles"] if a.get("part") == "held-out-new"]
    assert len(later) >= 3 and all(a["held_out"] for a in later)


def test_a_batch_in_a_file_of_its_own_counts_with_the_rest(repo_root, tmp_path):
    data = json.loads(SET.read_text(encoding="utf-8"))
    dev = next(a for a in data["articles"] if not a["held_out"])
    later = dict(next(a for a in data["articles"] if a["held_out"]), part="held-out-batch")
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "a.json").write_text(json.dumps({"lanes": data["lanes"][:2], "articles": [dev]}), encoding="utf-8")
    (folder / "b.json").write_text(json.dumps({"lanes": data["lanes"], "articles": [later]}), encoding="utf-8")
    result = run(repo_root, "--set", str(folder), "--json")
    assert result.returncode == 0, result.stderr
    parts = json.loads(result.stdout)
    assert parts["dev"]["n"] == len(dev["passages"]) and parts["held-out-batch"]["n"] == len(later["passages"])
