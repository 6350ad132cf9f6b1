"""A narrow window keeps its canvas: side docks opened there join the Details dock as tabs.

At 1024×640 the Details dock on the right and Sources and Filters on the left, side by side,
would leave the timeline less than half the width. While the window is narrower than
``NARROW_WIDTH``, a watched dock that is shown (from the View menu, a button, a saved layout)
and is docked, not floating, becomes a tab of the Details dock and comes to the front.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget, QMainWindow

__all__ = ["NARROW_WIDTH", "NarrowDocks"]

#: Below this window width, side docks are tabbed with the Details dock instead of side by side.
NARROW_WIDTH = 1200


class NarrowDocks(QObject):
    """Tabs ``docks`` with ``anchor`` when one is shown in a narrow window."""

    def __init__(self, window: QMainWindow, anchor: QDockWidget, docks: list[QDockWidget] = ()) -> None:
        super().__init__(window)
        self._window = window
        self._anchor = anchor
        for dock in docks:
            self.watch(dock)

    def watch(self, dock: QDockWidget) -> None:
        """Tab ``dock`` with the anchor whenever it is shown in a narrow window (docks built late join here)."""
        dock.visibilityChanged.connect(lambda visible: self._on_visibility(dock, visible))

    def _on_visibility(self, dock: QDockWidget, visible: bool) -> None:
        if visible and not dock.isHidden():
            self.tab_if_narrow(dock)

    def tab_if_narrow(self, dock: QDockWidget) -> None:
        window, anchor = self._window, self._anchor
        if window.width() >= NARROW_WIDTH or dock.isFloating() or anchor.isHidden() or anchor.isFloating():
            return
        if dock in window.tabifiedDockWidgets(anchor):
            return
        window.tabifyDockWidget(anchor, dock)
        dock.raise_()
