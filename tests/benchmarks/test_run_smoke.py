"""The benchmark runner works end to end at N = 2,000 (run as a real script). No timing is asserted."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys

EXPECTED_METRICS = (
    "open_s", "open_read_s", "open_layout_s", "json_loads_s", "json_loads_nogc_s", "open_ratio",
    "save_s", "orjson_dumps_s", "save_ratio",
    "frame_full_p50_ms", "frame_full_p95_ms", "frame_full_visible",
    "frame_10k_p50_ms", "frame_10k_p95_ms", "frame_10k_visible",
    "frame_100_p50_ms", "frame_100_p95_ms", "frame_100_visible",
    "pan_p50_ms", "pan_p95_ms",
    "overview_p50_ms", "overview_p95_ms", "overview_redraw_p50_ms", "overview_redraw_p95_ms", "overview_lanes_on_screen",
    "overview_cpu_p50_ms", "overview_cpu_p95_ms", "overview_redraw_cpu_p50_ms", "overview_redraw_cpu_p95_ms",
    "pick_p50_ms", "pick_p95_ms", "pick_hit_rate", "hit_test_p95_ms",
    "select_to_detail_ms", "select_to_detail_p95_ms",
    "filter_first_keystroke_ms", "filter_keystroke_ms", "filter_keystroke_p95_ms",
    "edit_one_ms", "edit_one_p95_ms",
    "rss_mb", "rss_empty_mb", "rss_ratio",
    "startup_s", "startup_screenshot_s",
    "autosave_stall_ms", "autosave_tick_gap_ms", "autosave_idle_gap_ms", "autosave_write_s",
)  # fmt: skip


def test_runner_reports_every_metric(repo_root, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, str(repo_root / "benchmarks" / "run.py"), "--events", "2000", "--json"],
        capture_output=True, text=True, timeout=900, env=env, cwd=str(tmp_path),
    )
    assert result.returncode == 0, result.stderr[-4000:]
    report = json.loads(result.stdout)
    metrics = report["metrics"]
    for key in EXPECTED_METRICS:
        value = metrics.get(key)
        assert isinstance(value, (int, float)) and not isinstance(value, bool), f"{key} = {value!r}"
        assert math.isfinite(value), f"{key} = {value!r}"
    meta = report["meta"]
    assert meta["events"] == 2000
    for name in ("python", "qt", "pyside6", "pyqtgraph"):
        assert meta["versions"][name]
    assert meta["cpu"]["model"] and meta["cpu"]["cores"] >= 1
    assert set(report["goals"]) <= set(metrics)
    # The runner cleans up after itself: nothing left in its temporary folder.
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("inroads-bench-")]


def test_clicks_after_the_overview_frames_hit_the_events_aimed_at(repo_root, tmp_path):
    """The overview group's Fit All collapsed the lanes again, and the clicks after it (aimed at events in
    their stacked rows) landed on summary rows: pick_hit_rate was 0 at 100k events. Crowded lanes here, so
    that Fit All collapses them at a small N too."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    timeline = tmp_path / "crowded.json"
    subprocess.run(
        [sys.executable, str(repo_root / "benchmarks" / "make_timeline.py"), "--events", "6000", "--lanes", "3",
         "--seed", "2", "--lean", str(timeline)],
        check=True, capture_output=True, timeout=300, env=env,
    )  # fmt: skip
    result = subprocess.run(
        [sys.executable, str(repo_root / "benchmarks" / "run.py"), "--file", str(timeline), "--only",
         "overview,pick", "--rounds", "30", "--json"],
        capture_output=True, text=True, timeout=900, env=env, cwd=str(tmp_path),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-4000:]
    report = json.loads(result.stdout)
    assert report["meta"]["lanes_collapsed_at_open"] > 0  # the case this is about
    assert report["metrics"]["pick_hit_rate"] >= 0.9
