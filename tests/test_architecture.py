"""The architecture rule: ``gui.core`` is Qt-free.

Checked two ways: statically, by running import-linter on the contracts in
pyproject.toml (and once on a contract that must break, to show the linter
really sees the imports), and dynamically, by importing every core module in a
fresh interpreter and looking at what got loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

TIMEOUT = 120
QT_MODULES = ("PySide6", "pyqtgraph", "shiboken6")


def lint_imports(repo_root: Path, config: Path, cache_dir: Path) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).parent / ("lint-imports.exe" if os.name == "nt" else "lint-imports")
    if not script.exists():
        pytest.skip(f"import-linter is not installed next to {sys.executable}")
    return subprocess.run(
        # The cache goes to tmp_path so that the run leaves nothing in the repository.
        [str(script), "--config", str(config), "--no-logo", "--cache-dir", str(cache_dir)],
        cwd=repo_root,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )


def test_import_contracts_are_kept(repo_root: Path, tmp_path: Path) -> None:
    config = repo_root / "pyproject.toml"
    contracts = tomllib.loads(config.read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]
    assert contracts, "pyproject.toml declares no import contracts"

    result = lint_imports(repo_root, Path("pyproject.toml"), tmp_path / "cache")

    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    for contract in contracts:
        assert f"{contract['name']} KEPT" in report, report
    assert f"Contracts: {len(contracts)} kept, 0 broken." in report, report


def test_import_linter_sees_core_imports(repo_root: Path, tmp_path: Path) -> None:
    """A contract the core must break (it does import msgspec): the linter is not vacuously green."""
    config = tmp_path / "broken.toml"
    config.write_text(
        "[tool.importlinter]\n"
        'root_package = "gui"\n'
        "include_external_packages = true\n"
        "\n"
        "[[tool.importlinter.contracts]]\n"
        'name = "Canary: the core without msgspec"\n'
        'type = "forbidden"\n'
        'source_modules = ["gui.core"]\n'
        'forbidden_modules = ["msgspec"]\n',
        encoding="utf-8",
    )

    result = lint_imports(repo_root, config, tmp_path / "cache")

    report = result.stdout + result.stderr
    assert result.returncode == 1, report
    assert "Canary: the core without msgspec BROKEN" in report, report
    assert "gui.core.storage.fileformat -> msgspec" in report, report


IMPORT_ALL_CORE = f"""
import importlib, json, pkgutil, sys
import gui.core
names = sorted(m.name for m in pkgutil.walk_packages(gui.core.__path__, "gui.core."))
for name in names:
    importlib.import_module(name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in {QT_MODULES!r} or m == "gui.app" or m.startswith("gui.app."))
print(json.dumps({{"modules": names, "qt": loaded}}))
"""


def test_importing_every_core_module_loads_no_qt(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL_CORE],
        cwd=tmp_path,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    # Discovery really found the core (not an empty or wrong package).
    assert {"gui.core.storage.fileformat", "gui.core.document.model", "gui.core.document.validate", "gui.core.storage.resources"} <= set(
        found["modules"]
    ), found["modules"]
    assert found["qt"] == [], f"importing gui.core loaded {found['qt']}"


# -- sizes: a newcomer can read a module, and a class, in one sitting ---------------------------

MAX_FILE_LINES = 600
MAX_CLASS_LINES = 300
GUI = Path(__file__).resolve().parent.parent / "gui"


def _python_files() -> list[Path]:
    files = sorted(GUI.rglob("*.py"))
    assert len(files) > 50, f"found only {len(files)} modules under {GUI}"
    return files


def test_no_module_under_gui_is_over_600_lines() -> None:
    long_files = {
        str(path.relative_to(GUI.parent)): count
        for path in _python_files()
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_FILE_LINES
    }
    assert long_files == {}, f"split these into named steps (at most {MAX_FILE_LINES} lines each): {long_files}"


def test_no_class_under_gui_is_over_300_lines() -> None:
    import ast

    long_classes = {}
    for path in _python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and (lines := node.end_lineno - node.lineno + 1) > MAX_CLASS_LINES:
                long_classes[f"{path.relative_to(GUI.parent)}:{node.name}"] = lines
    assert long_classes == {}, f"split these classes (at most {MAX_CLASS_LINES} lines each): {long_classes}"


def test_every_room_says_what_lives_there() -> None:
    rooms = [path for path in GUI.glob("*/*/__init__.py")]
    assert len(rooms) >= 10, rooms
    for init in rooms:
        text = init.read_text(encoding="utf-8").strip()
        assert text.startswith('"""') and len(text) > 20, f"{init} has no one-line docstring"
