"""Start-up imports only what the first frame needs: dialogs, exporters, the evidence readers, the analysis
room and rapidfuzz are imported when first used (checked in a fresh interpreter's sys.modules)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

LAZY = (
    "rapidfuzz",
    "gui.app.export.picture_export",
    "gui.core.interop.csv_format",
    "gui.core.interop.timelinejs",
    "gui.core.interop.timelinejs_html",
    "gui.app.dialogs.about_dialog",
    "gui.app.dialogs.timeline_details_dialog",
    "gui.app.dialogs.new_event_dialog",
    "gui.app.dialogs.add_event_dialog",
    "gui.app.dialogs.lane_dialogs",
    "gui.app.dialogs.evidence_dialog",
    "gui.app.dialogs.source_dialogs",
    "gui.app.window.getting_started",
    "gui.core.evidence.extract",
    "gui.core.evidence.html_source",
    "gui.core.evidence.markdown_source",
    "gui.core.analysis.scoreboard",
    "gui.core.analysis.scoreboard_text",
    "gui.app.dialogs.draft_review_dialog",
    "gui.app.dialogs.merge_suggestions_dialog",
    "gui.app.dialogs.picture_options_dialog",
    "gui.core.interop.web_page",
    "gui.core.evidence.drafting",
    # Draft Events' worker processes: made by a timer once the window shows (#18).
    "gui.core.evidence.draft_workers",
    "gui.app.panes.sources_panel",
    "gui.app.panes.filter_panel",
    # Reading a typed date ("Dec 2017"): imported when a date field first reads one, not at start-up (#22).
    "gui.core.evidence.typed_dates",
    "gui.core.evidence.date_phrases",
)

_PROBE = """
import json, sys
import gui.cli
import gui.app.window.main_window
print(json.dumps(sorted(sys.modules)))
"""


def _modules_after_import(repo_root) -> set[str]:
    env = dict(os.environ, PYTHONPATH=str(repo_root), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=120, env=env, cwd=repo_root, check=False
    )
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout))


def test_importing_the_main_window_leaves_dialogs_exporters_and_evidence_tools_for_later(repo_root):
    loaded = _modules_after_import(repo_root)
    assert "gui.app.window.main_window" in loaded
    assert sorted(name for name in LAZY if name in loaded) == []



_PROBE_APP = """
import json, sys
import gui.cli
import gui.app.window.main_window
from gui.app.window.main import create_application
create_application()
print(json.dumps(sorted(sys.modules)))
"""


def test_start_up_leaves_the_package_metadata_for_when_the_version_is_asked_for(repo_root):
    """importlib.metadata and the email parser it reads metadata with took 20-40 ms of start-up (#22)."""
    env = dict(os.environ, PYTHONPATH=str(repo_root), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", _PROBE_APP], capture_output=True, text=True, timeout=120, env=env, cwd=repo_root, check=False
    )
    assert result.returncode == 0, result.stderr
    loaded = set(json.loads(result.stdout))
    assert "gui.app.window.main_window" in loaded
    assert "importlib.metadata" not in loaded and "email" not in loaded
    asked = subprocess.run(
        [sys.executable, "-m", "gui", "--version"], capture_output=True, text=True, timeout=120, env=env, cwd=repo_root,
        check=False,
    )
    assert asked.returncode == 0 and asked.stdout.startswith("inroads ") and asked.stdout.strip() != "inroads"
