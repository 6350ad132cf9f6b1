"""The project as a user gets it: build a wheel, install it into a fresh venv, run it.

This catches what an editable install hides: resources missing from the wheel,
code that finds files through the source tree, a broken console script. The
installed program runs with the temporary directory as its working directory
and without PYTHONPATH, so the source tree's ``gui`` cannot be imported by
accident; the test checks that it was not.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

BUILD_TIMEOUT = 600
RUN_TIMEOUT = 120

FIND_INSTALLED = """
import json
import gui
from gui.core.storage.resources import sample_path, schema_path
print(json.dumps({"gui": gui.__file__, "sample": str(sample_path()), "schema": str(schema_path())}))
"""

# The first start of an installed app: the sample is opened, edited, and Ctrl+S pressed (the window's
# Save action), with the Save As dialog answered. The installed sample must not change.
SAVE_THE_SAMPLE = """
import json, os, sys
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from gui.app.window.main import create_application, initial_path
from gui.app.window.main_window import MainWindow
from gui.core.document import edits
app = create_application()
target = Path(sys.argv[1])
QFileDialog.getSaveFileName = staticmethod(lambda *args, **kwargs: (str(target), ""))
window = MainWindow(QSettings(str(target.with_suffix(".ini")), QSettings.Format.IniFormat))
window.show_dialogs = False
opened = initial_path(None, window)
assert window.open_path(opened)
title = window.windowTitle()
window.model.push(edits.edit_event(window.model.document, "huawei-best-buy", title="Mine now"))
window.actions.save.trigger()
print(json.dumps({"opened": str(opened), "title": title, "saved_to": str(window.model.path)}))
"""


def _clean_env() -> dict[str, str]:
    env = dict(os.environ)
    for name in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONUSERBASE", "VIRTUAL_ENV"):
        env.pop(name, None)
    env["PYTHONNOUSERSITE"] = "1"
    return env


def _run(command: list[str], cwd: Path, timeout: float, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        command,
        cwd=cwd,
        env=_clean_env() if env is None else env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
    )
    assert result.returncode == 0, f"{command} exited {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result


def _inside(path: Path, directory: Path) -> bool:
    return path.resolve().is_relative_to(directory.resolve())


def test_wheel_installs_and_runs(tmp_path: Path, repo_root: Path) -> None:
    expected_version = tomllib.loads((repo_root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    repo_entries_before = {p.name for p in repo_root.iterdir()}

    # Build the wheel; all build output goes to tmp_path.
    dist = tmp_path / "dist"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(dist), str(repo_root)], tmp_path, BUILD_TIMEOUT)
    wheels = sorted(dist.glob("inroads-*.whl"))
    assert len(wheels) == 1, sorted(p.name for p in dist.iterdir())
    new_in_repo = {p.name for p in repo_root.iterdir()} - repo_entries_before
    assert not new_in_repo & {"build", "dist"} and not any(n.endswith(".egg-info") for n in new_in_repo), new_in_repo

    # A fresh venv, with the wheel and its dependencies installed into it.
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], tmp_path, BUILD_TIMEOUT)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    inroads = bin_dir / ("inroads.exe" if os.name == "nt" else "inroads")
    _run([str(python), "-m", "pip", "install", str(wheels[0])], tmp_path, BUILD_TIMEOUT)
    assert inroads.is_file(), f"no console script {inroads}"

    # The installed program, not the source tree, is what runs.
    version = _run([str(inroads), "--version"], tmp_path, RUN_TIMEOUT)
    assert version.stdout.strip() == f"inroads {expected_version}"

    found = json.loads(_run([str(python), "-c", FIND_INSTALLED], tmp_path, RUN_TIMEOUT).stdout.strip().splitlines()[-1])
    gui_file, sample, schema = Path(found["gui"]), Path(found["sample"]), Path(found["schema"])
    for path in (gui_file, sample, schema):
        assert _inside(path, venv), f"{path} is not inside the temporary venv {venv}"
        assert not _inside(path, repo_root), f"{path} comes from the source tree"
    assert sample.is_file() and schema.is_file()
    assert sample.read_bytes() == (repo_root / "resources" / sample.name).read_bytes()
    assert schema.read_bytes() == (repo_root / "resources" / schema.name).read_bytes()
    assert isinstance(json.loads(schema.read_text(encoding="utf-8")), dict)

    check = _run([str(inroads), "check", str(sample)], tmp_path, RUN_TIMEOUT)
    assert check.stdout == f"{sample}: ok (2 lanes, 12 events, 1 source)\n"
    assert "warning" not in check.stdout + check.stderr

    sample_before = sample.read_bytes()
    target = tmp_path / "mine.json"
    saved = _run([str(python), "-c", SAVE_THE_SAMPLE, str(target)], tmp_path, RUN_TIMEOUT)
    outcome = json.loads(saved.stdout.strip().splitlines()[-1])
    assert Path(outcome["opened"]) == sample
    assert outcome["title"] == f"{sample.name} (sample)[*] — Inroads"
    assert Path(outcome["saved_to"]) == target.resolve()
    assert sample.read_bytes() == sample_before, "Save wrote into the installed package"
    assert b"Mine now" in target.read_bytes()
