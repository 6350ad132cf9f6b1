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
