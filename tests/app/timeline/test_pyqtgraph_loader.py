"""pyqtgraph is imported without copying every Qt class into its mirrors (#22: ~90 ms of start-up), and
every Qt name still resolves through pyqtgraph's mirrors to PySide6's own object."""

from __future__ import annotations

import json
import os
import subprocess
import sys

_PROBE = """
import json, sys
import gui.cli
import gui.app.window.main_window
import pyqtgraph
from PySide6 import QtCore, QtGui, QtWidgets
mirrors = {"QtCore": pyqtgraph.Qt.QtCore, "QtGui": pyqtgraph.Qt.QtGui, "QtWidgets": pyqtgraph.Qt.QtWidgets}
sources = {"QtCore": QtCore, "QtGui": QtGui, "QtWidgets": QtWidgets}
created = {name: sorted(n for n in dir(m) if n in vars(m)) for name, m in sources.items()}
listed = {name: len(dir(m)) for name, m in sources.items()}
# pyqtgraph itself puts a few classes of other modules into its mirrors (QOpenGLWidget, QFileSystemModel)
differ = [f"{name}.{n}" for name, m in sources.items() for n in dir(m)
          if not n.startswith("__") and getattr(mirrors[name], n) is not getattr(m, n)]
print(json.dumps({"created": created, "listed": listed, "differ": differ,
                  "pg_mirror": [pyqtgraph.QtWidgets.QGraphicsObject is QtWidgets.QGraphicsObject,
                                pyqtgraph.QtGui.QAction is QtGui.QAction,
                                pyqtgraph.Qt.QtWidgets.QOpenGLWidget.__name__]}))
"""


def _probe(repo_root) -> dict:
    env = dict(os.environ, PYTHONPATH=str(repo_root), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=120, env=env, cwd=repo_root, check=False
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_importing_the_window_leaves_qt_classes_nobody_uses_uncreated(repo_root):
    found = _probe(repo_root)
    created = found["created"]
    # pyqtgraph's copy created every one of them (~720); nothing of ours or pyqtgraph's uses these
    for unused in ("QWizard", "QColumnView", "QMdiArea", "QDial"):
        assert unused not in created["QtWidgets"]
    assert "QPdfWriter" not in created["QtGui"] and "QJsonDocument" not in created["QtCore"]
    assert sum(map(len, created.values())) < sum(found["listed"].values()) / 2


def test_every_qt_name_resolves_through_pyqtgraphs_mirrors_to_the_same_object(repo_root):
    found = _probe(repo_root)
    assert found["differ"] == []
    assert found["pg_mirror"] == [True, True, "QOpenGLWidget"]
    # the PySide6 modules list their names again once pyqtgraph is imported
    assert all(count > 150 for count in found["listed"].values())


_FALLBACK_PROBE = """
import builtins, json, sys
real_import = builtins.__import__
failed = []

def failing_once(name, *args, **kwargs):
    # pyqtgraph's first import (with the lazy mirrors) fails as a future pyqtgraph's might; the second works
    if name == "pyqtgraph" and not failed:
        failed.append(name)
        raise RuntimeError("a pyqtgraph that doesn't take the lazy mirrors")
    return real_import(name, *args, **kwargs)

builtins.__import__ = failing_once
from gui.app.timeline.pyqtgraph_loader import load_pyqtgraph
pyqtgraph = load_pyqtgraph()
builtins.__import__ = real_import
from PySide6 import QtWidgets
print(json.dumps({"failed": failed, "same": pyqtgraph.QtWidgets.QGraphicsObject is QtWidgets.QGraphicsObject,
                  "listed": len(dir(QtWidgets))}))
"""


def test_a_pyqtgraph_that_fails_with_the_lazy_mirrors_is_imported_the_plain_way(repo_root):
    env = dict(os.environ, PYTHONPATH=str(repo_root), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", _FALLBACK_PROBE], capture_output=True, text=True, timeout=120, env=env,
        cwd=repo_root, check=False,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found == {"failed": ["pyqtgraph"], "same": True, "listed": found["listed"]} and found["listed"] > 150
