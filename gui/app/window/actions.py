"""Every main-window action with its standard shortcut, and the menus and toolbar that show them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar, QWidget

from gui.app.document.view_filter import LANES_BY_LABELS
from gui.app.widgets.icons import app_icon

__all__ = ["WindowActions", "WindowMenus", "build_menus", "build_toolbar", "create_actions"]


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
    merge: QAction
    suggest_merges: QAction


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
    merge = _action(
        window, "&Merge Events", QKeySequence("Ctrl+Shift+M"), None,
        "Merge the selected events, the same event reported by different articles, into one",
    )
    suggest_merges = _action(
        window, "Suggest Mer&ges…", None, None, "List the events that look like the same report, to merge them",
    )
    return WindowActions(
        new, open_action, save, save_as, reload_action, quit_action, new_event, duplicate, delete, select_all,
        add_lane, manage_sources, timeline_details, fit_action, zoom_in, zoom_out, clear_selection, merge,
        suggest_merges,
    )


@dataclass
class WindowMenus:
    """The menus and menu items the window (and its tests) reach again after building them."""

    recent: QMenu
    edit: QMenu
    help: QMenu
    undo: QAction
    redo: QAction
    find: QAction
    lanes_by: QActionGroup
    getting_started: QAction
    about: QAction


def build_menus(window: QMainWindow, actions: WindowActions) -> WindowMenus:
    """File, Edit, View and Help, in the window's menu bar.

    ``window`` is the main window: its undo group, import/export, panes and commands are used here.
    """
    file_menu = window.menuBar().addMenu("&File")
    file_menu.addAction(actions.new)
    file_menu.addAction(actions.open)
    recent_menu = QMenu("Open &Recent", window)
    file_menu.addMenu(recent_menu)
    file_menu.addAction(actions.reload)
    file_menu.addSeparator()
    file_menu.addAction(actions.save)
    file_menu.addAction(actions.save_as)
    file_menu.addSeparator()
    import_export = window.import_export
    import_menu = file_menu.addMenu("&Import")
    import_menu.addAction("TimelineJS file…", lambda: import_export.import_timelinejs())
    import_menu.addAction("CSV rows into this timeline…", lambda: import_export.import_csv())
    export_menu = file_menu.addMenu("&Export")
    export_menu.addAction("TimelineJS…", lambda: import_export.export("timelinejs"))
    export_menu.addAction("CSV…", lambda: import_export.export("csv"))
    export_menu.addAction("Web Page…", lambda: import_export.export_web_page())
    export_menu.addSeparator()
    export_menu.addAction("Picture of the Whole Timeline…", lambda: import_export.export_picture(whole=True))
    export_menu.addAction("Picture of the Current View…", lambda: import_export.export_picture(whole=False))
    print_action = file_menu.addAction("&Print…", window.print_timeline)
    print_action.setShortcut(QKeySequence.StandardKey.Print)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)

    undo_action = window.undo_group.createUndoAction(window, "&Undo")
    undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    redo_action = window.undo_group.createRedoAction(window, "&Redo")
    redo_action.setShortcut(QKeySequence.StandardKey.Redo)
    edit_menu = window.menuBar().addMenu("&Edit")
    edit_menu.addAction(undo_action)
    edit_menu.addAction(redo_action)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.new_event)
    edit_menu.addAction(actions.duplicate)
    edit_menu.addAction(actions.merge)
    edit_menu.addAction(actions.suggest_merges)
    edit_menu.addAction(actions.delete)
    edit_menu.addAction(window.passage_actions.new_event)
    copy_citation = edit_menu.addAction("Copy as &Citation", window.copy_citation)
    copy_citation.setShortcut(QKeySequence("Ctrl+Shift+C"))
    copy_citation.setStatusTip("Copy the selected event as Markdown: title, date, quote and source")
    edit_menu.addSeparator()
    edit_menu.addAction(actions.select_all)
    edit_menu.addAction(actions.clear_selection)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.add_lane)
    edit_menu.addAction(actions.manage_sources)
    edit_menu.addAction(actions.timeline_details)
    find = edit_menu.addAction("&Find…")
    find.setShortcut(QKeySequence.StandardKey.Find)
    find.triggered.connect(window.search_bar.focus_search)

    view_menu = window.menuBar().addMenu("&View")
    lanes_by_menu = view_menu.addMenu("Lanes &By")
    lanes_by_actions = QActionGroup(window)
    for value, label in LANES_BY_LABELS.items():
        action = lanes_by_menu.addAction(label)
        action.setCheckable(True)
        action.setData(value)
        action.setChecked(value == "manufacturer")
        lanes_by_actions.addAction(action)
        action.triggered.connect(lambda _checked=False, v=value: window.view_filter.set_lanes_by(v))
    view_menu.addSeparator()
    view_menu.addAction(actions.fit_all)
    view_menu.addAction(actions.zoom_in)
    view_menu.addAction(actions.zoom_out)
    view_menu.addSeparator()
    view_menu.addAction(window.detail_pane.toggleViewAction())
    # Filters, the table, Sources, Problems, Scoreboard and Disagreements are built when first shown
    # (window.lazy_docks).
    for action in window.lazy_docks.actions.values():
        view_menu.addAction(action)

    help_menu = window.menuBar().addMenu("&Help")
    getting_started = help_menu.addAction("&Getting Started", window.show_getting_started)
    getting_started.setShortcut(QKeySequence.StandardKey.HelpContents)
    help_menu.addSeparator()
    about = help_menu.addAction("&About Inroads", window.show_about)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    return WindowMenus(
        recent_menu, edit_menu, help_menu, undo_action, redo_action, find, lanes_by_actions, getting_started, about
    )


def build_toolbar(window: QMainWindow, actions: WindowActions) -> QToolBar:
    """The main toolbar: open and save, a new event, and the zoom."""
    toolbar = QToolBar("Main")
    toolbar.setObjectName("main_toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setMovable(False)
    for action in (actions.open, actions.save):
        toolbar.addAction(action)
    toolbar.addSeparator()
    toolbar.addAction(actions.new_event)
    toolbar.addSeparator()
    for action in (actions.fit_all, actions.zoom_in, actions.zoom_out):
        toolbar.addAction(action)
    window.addToolBar(toolbar)
    return toolbar
