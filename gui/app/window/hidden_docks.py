"""The docks that start hidden (Filters, the table, Sources, Problems, Scoreboard, Disagreements), built when
first wanted.

Each builder imports its pane's module then, so start-up imports none of them (#22). What the rest of the
window needs of Filters and Sources works without them: the filters' state is the window's ViewFilter, and
New Event from Selection is the window's (``PassageActions``), lent to the Sources dock when it is built.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget

from gui.app.window.lazy_docks import LazyDock

__all__ = ["HIDDEN_DOCKS", "HiddenDock"]


def _table(window) -> QDockWidget:
    from gui.app.panes import event_table

    dock = event_table.create_dock(window, window.model, window.selection, window.view_filter)
    dock.sig_zoom_requested.connect(lambda event_id: window.timeline.zoom_to_event(window.model.event_index(event_id)))
    dock.restore_columns(window.settings)
    return dock


def _filters(window) -> QDockWidget:
    from gui.app.panes import filter_panel

    dock = filter_panel.create_dock(window, window.model, window.view_filter)
    window.narrow_docks.watch(dock)
    return dock


def _sources(window) -> QDockWidget:
    from gui.app.panes import sources_panel

    passage = window.passage_actions
    dock = sources_panel.create_dock(window, window.model, window.selection, (passage.new_event, passage.reanchor))
    dock.hide()  # opened from View ▸ Sources, "Show in Sources" or a saved layout
    dock.sig_new_event_requested.connect(window.new_event_from_passage)
    window.editing.serve(dock)
    dock.other_passage = window.detail_pane.selected_passage
    dock.update_passage_actions()  # the shared actions: a passage may be selected in the Details already
    dock.sig_message.connect(lambda text: window.statusBar().showMessage(text, 10000))
    window.narrow_docks.watch(dock)
    return dock


def _problems(window) -> QDockWidget:
    from gui.app.panes import problems_pane

    pane = problems_pane.create_dock(window, window.model)
    pane.sig_go_to.connect(window.go_to_problem)
    return pane


def _scoreboard(window) -> QDockWidget:
    from gui.app.panes import scoreboard_pane

    return scoreboard_pane.create_dock(window, window.model, window.selection, window.view_filter)


def _disagreements(window) -> QDockWidget:
    from gui.app.panes import disagreement_pane

    return disagreement_pane.create_dock(window, window.model, window.selection, window.view_filter)


#: In the View menu's order.
HIDDEN_DOCKS = [
    LazyDock("filters", "&Filters", _filters),
    LazyDock("table", "Event &Table", _table, "Ctrl+T"),
    LazyDock("sources", "&Sources", _sources),
    LazyDock("problems", "&Problems", _problems),
    LazyDock("scoreboard", "Score&board", _scoreboard),
    LazyDock("disagreements", "&Disagreements", _disagreements),
]


class HiddenDock:
    """A window attribute (``window.table_dock``) that is the dock, built when first asked for."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, window, owner=None):
        return self if window is None else window.lazy_docks.dock(self.name)
