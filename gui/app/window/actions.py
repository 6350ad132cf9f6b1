"""Every main-window action, created in one place with its standard shortcut."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from gui.app.widgets.icons import app_icon

__all__ = ["WindowActions", "create_actions"]


@dataclass
class WindowActions:
    new: QAction
    open: QAction
    save: QAction
    save_as: QAction
    reload: QAction
    quit: QAction
    new_event: QAction
    duplicate: QAction
    delete: QAction
    select_all: QAction
    add_lane: QAction
    manage_sources: QAction
    timeline_details: QAction
    fit_all: QAction
    zoom_in: QAction
    zoom_out: QAction
    clear_selection: QAction


def _action(parent: QWidget, text: str, shortcut=None, icon: QIcon | None = None, tip: str = "") -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        else:
            action.setShortcut(shortcut)
    if icon is not None:
        action.setIcon(icon)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    return action


def create_actions(window: QWidget) -> WindowActions:
    icons = window.style()
    standard = QKeySequence.StandardKey
    new = _action(window, "&New", standard.New, icons.standardIcon(QStyle.StandardPixmap.SP_FileIcon), "Start an empty timeline")
    open_action = _action(
        window, "&Open…", standard.Open, icons.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton), "Open a timeline file"
    )
    save = _action(window, "&Save", standard.Save, icons.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton), "Save the timeline")
    save_as = _action(window, "Save &As…", standard.SaveAs, None, "Save the timeline under a new name")
    reload_action = _action(
        window,
        "&Reload",
        standard.Refresh,
        icons.standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
        "Read the file again from disk",
    )
    quit_action = _action(window, "&Quit", standard.Quit)
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    new_event = _action(
        window, "New &Event", [QKeySequence("Ctrl+E"), QKeySequence("Insert")], app_icon("event-new"),
        "Add an event (Ctrl+E; or double-click empty space in a lane)",
    )
    duplicate = _action(window, "D&uplicate", QKeySequence("Ctrl+D"), None, "Duplicate the selected events")
    delete = _action(window, "&Delete", standard.Delete, None, "Delete the selected events")
    select_all = _action(window, "Select &All", standard.SelectAll, None, "Select every event")
    add_lane = _action(window, "&Lanes…", None, None, "Add, rename, recolour, reorder or delete lanes")
    manage_sources = _action(window, "&Sources…", None, None, "Add, edit or delete source documents")
    timeline_details = _action(window, "Timeline &Details…", None, None, "Edit the timeline's title and description")
    fit_action = _action(window, "&Fit All", QKeySequence("Ctrl+0"), app_icon("zoom-fit"), "Show every event (Ctrl+0)")
    zoom_in = _action(window, "Zoom &In", standard.ZoomIn, app_icon("zoom-in"), "Zoom in on time")
    zoom_out = _action(window, "Zoom &Out", standard.ZoomOut, app_icon("zoom-out"), "Zoom out in time")
    clear_selection = _action(window, "Clear Selection", None, None, "Select nothing")
    return WindowActions(
        new, open_action, save, save_as, reload_action, quit_action, new_event, duplicate, delete, select_all,
        add_lane, manage_sources, timeline_details, fit_action, zoom_in, zoom_out, clear_selection,
    )
