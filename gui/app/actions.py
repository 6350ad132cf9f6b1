"""Every main-window action, created in one place with its standard shortcut."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from gui.core.resources import resource_path

__all__ = ["WindowActions", "create_actions"]


@dataclass
class WindowActions:
    open: QAction
    reload: QAction
    quit: QAction
    fit_all: QAction
    zoom_in: QAction
    zoom_out: QAction
    clear_selection: QAction


def app_icon(name: str) -> QIcon:
    """An icon from resources/icons, preferring the desktop theme's icon of the same name."""
    return QIcon.fromTheme(name, QIcon(str(resource_path("icons", f"{name}.svg"))))


def _action(parent: QWidget, text: str, shortcut=None, icon: QIcon | None = None, tip: str = "") -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(shortcut)
    if icon is not None:
        action.setIcon(icon)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    return action


def create_actions(window: QWidget) -> WindowActions:
    icons = window.style()
    open_action = _action(
        window,
        "&Open…",
        QKeySequence.StandardKey.Open,
        icons.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton),
        "Open a timeline file",
    )
    reload_action = _action(
        window,
        "&Reload",
        QKeySequence.StandardKey.Refresh,
        icons.standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
        "Read the file again from disk",
    )
    quit_action = _action(window, "&Quit", QKeySequence.StandardKey.Quit)
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    fit_action = _action(
        window,
        "&Fit All",
        QKeySequence("Ctrl+0"),
        app_icon("zoom-fit"),
        "Show every event (Ctrl+0)",
    )
    zoom_in = _action(
        window, "Zoom &In", QKeySequence.StandardKey.ZoomIn, app_icon("zoom-in"), "Zoom in on time"
    )
    zoom_out = _action(
        window, "Zoom &Out", QKeySequence.StandardKey.ZoomOut, app_icon("zoom-out"), "Zoom out in time"
    )
    clear_selection = _action(window, "Clear Selection", None, None, "Select nothing")
    return WindowActions(open_action, reload_action, quit_action, fit_action, zoom_in, zoom_out, clear_selection)
