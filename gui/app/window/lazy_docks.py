"""Docks that start hidden are built the first time they are wanted, not at start-up (#22).

The View menu has their actions from the start. A dock is built when its action is triggered, when
the window's code asks for it (``window.table_dock``), or at start when the last session closed with
it open. Built late, it takes the place the saved window state kept for it
(``QMainWindow.restoreDockWidget``: the saved state keeps a place for a dock not yet built, and a
window saved before it is built writes that place back).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow

__all__ = ["LazyDock", "LazyDocks", "OPEN_KEY"]

#: The settings key listing the lazy docks that were open when the window was last saved.
OPEN_KEY = "window/open_lazy_docks"


@dataclass
class LazyDock:
    """How to build one dock (``build(window)`` adds it to the window, hidden) and its View menu entry."""

    name: str
    text: str
    build: Callable[[QMainWindow], QDockWidget]
    shortcut: str = ""


class LazyDocks(QObject):
    """The window's lazily built docks, by name, with a View menu action each."""

    def __init__(self, window: QMainWindow, docks: list[LazyDock]) -> None:
        super().__init__(window)
        self._window = window
        self._specs = {spec.name: spec for spec in docks}
        self._built: dict[str, QDockWidget] = {}
        self.actions: dict[str, QAction] = {}
        for spec in docks:
            action = QAction(spec.text, window)
            action.setCheckable(True)
            if spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda checked, name=spec.name: self._toggle(name, checked))
            self.actions[spec.name] = action

    def built(self) -> list[str]:
        """The names of the docks built so far."""
        return list(self._built)

    def dock(self, name: str) -> QDockWidget:
        """The dock ``name``, built now if it was not yet (hidden, in its saved place)."""
        dock = self._built.get(name)
        if dock is None:
            dock = self._specs[name].build(self._window)
            self._built[name] = dock
            self._window.restoreDockWidget(dock)  # False without a saved place: create_dock's stays
            action = self.actions[name]
            action.setChecked(not dock.isHidden())
            dock.toggleViewAction().toggled.connect(action.setChecked)
        return dock

    def _toggle(self, name: str, shown: bool) -> None:
        dock = self.dock(name)
        dock.setVisible(shown)
        if shown:
            dock.raise_()

    def restore(self, settings: QSettings) -> None:
        """Build the docks that were open when the window was last saved (after ``restoreState``)."""
        names = settings.value(OPEN_KEY)
        if names is None:
            # A state saved before docks were built lazily: build them all, each as that state left it.
            names = list(self._specs) if settings.contains("window/state") else []
            for name in names:
                self.dock(name)
            return
        for name in str(names).split(","):
            if name in self._specs:
                self.dock(name).show()

    def save(self, settings: QSettings) -> None:
        open_docks = [name for name, dock in self._built.items() if not dock.isHidden()]
        settings.setValue(OPEN_KEY, ",".join(open_docks))  # a string: an empty list reads back as None
