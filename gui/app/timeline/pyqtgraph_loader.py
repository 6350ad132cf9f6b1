"""Import pyqtgraph without its copy of every Qt class (about 90 ms of start-up, #22).

On import, `pyqtgraph.Qt` copies every attribute of PySide6's QtCore, QtGui and QtWidgets into its own
mirror modules (`pyqtgraph.Qt.QtCore`, ...). PySide6 creates a class's binding when it is first looked
up, so the copy makes it create all ~720 of them where pyqtgraph and we use ~200. Here the mirrors are
made first, each falling back to its PySide6 module for any name it lacks (PEP 562 `__getattr__`), and
the PySide6 modules show pyqtgraph an empty listing while it imports, so it copies nothing: every name
still resolves to the same object, looked up when used. The room's `__init__` calls this before any
canvas module imports pyqtgraph; if pyqtgraph is already imported, nothing is done, and if
importing it this way fails (a pyqtgraph whose Qt shim works otherwise), it is imported the plain way.
"""

from __future__ import annotations

import sys
import types

_MIRRORED = ("QtCore", "QtGui", "QtWidgets")


def _mirror(name: str, source: types.ModuleType) -> types.ModuleType:
    mirror = types.ModuleType(f"pyqtgraph.Qt.{name}")

    def __getattr__(attribute: str):
        return getattr(source, attribute)

    mirror.__getattr__ = __getattr__  # type: ignore[attr-defined]
    return mirror


def load_pyqtgraph() -> types.ModuleType:
    """pyqtgraph, imported with lazily resolved Qt mirrors unless it was imported before."""
    if "pyqtgraph" in sys.modules:
        return sys.modules["pyqtgraph"]
    from PySide6 import QtCore, QtGui, QtWidgets

    sources = {"QtCore": QtCore, "QtGui": QtGui, "QtWidgets": QtWidgets}
    listings = {}
    for name, source in sources.items():
        sys.modules.setdefault(f"pyqtgraph.Qt.{name}", _mirror(name, source))
        listings[name] = source.__dict__.get("__dir__")
        source.__dir__ = list  # type: ignore[attr-defined]  # dir(source) == [] while pyqtgraph imports
    try:
        import pyqtgraph
    except Exception:  # noqa: BLE001 - a pyqtgraph whose Qt shim works otherwise: import it the plain way
        pyqtgraph = None
    finally:
        for name, source in sources.items():
            if listings[name] is None:
                del source.__dir__
            else:
                source.__dir__ = listings[name]  # type: ignore[attr-defined]
    if pyqtgraph is None:
        for module in [m for m in sys.modules if m == "pyqtgraph" or m.startswith("pyqtgraph.")]:
            del sys.modules[module]
        import pyqtgraph  # the mirrors are gone: pyqtgraph copies every Qt class, as it does by itself
    return pyqtgraph
