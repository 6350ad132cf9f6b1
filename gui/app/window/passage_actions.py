"""New Event from Selection and Use Selection as the Quote: the window's, working before the Sources dock is built.

They act on the passage selected in the Sources dock's reader once that dock is built and shown, else on the
one selected in the Details pane's source text, so Ctrl+Shift+E works from the start (#22: the Sources dock
is built when first used).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

__all__ = ["PassageActions"]


class PassageActions(QObject):
    """``new_event`` (Ctrl+Shift+E) and ``reanchor``, kept enabled only while a passage is selected."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self.new_event = QAction("New Event from Selection", window)
        self.new_event.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.new_event.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_event.setStatusTip("Turn the selected passage into an event, with its fields filled in")
        self.reanchor = QAction("Use Selection as the Current Event's Quote", window)
        self.new_event.triggered.connect(self._new_event)
        self.reanchor.triggered.connect(self._reanchor)
        window.detail_pane.sig_passage_selection_changed.connect(self.update)
        window.selection.sig_changed.connect(self.update)
        self.update()

    def _sources(self):
        """The Sources dock if it was built (building it here would defeat building it late)."""
        return self._window.sources_panel if "sources" in self._window.lazy_docks.built() else None

    def selected_passage(self) -> tuple[str, int, int] | None:
        sources = self._sources()
        return sources.selected_passage() if sources is not None else self._window.detail_pane.selected_passage()

    def update(self, *_args) -> None:
        sources = self._sources()
        if sources is not None:
            sources.update_passage_actions()
            return
        has_text = self.selected_passage() is not None
        self.new_event.setEnabled(has_text)
        self.reanchor.setEnabled(has_text and self._window.selection.current is not None)

    def _new_event(self) -> None:
        passage = self.selected_passage() if self._sources() is None else None  # built: the dock asks itself
        if passage:
            self._window.new_event_from_passage(*passage)

    def _reanchor(self) -> None:
        passage = self.selected_passage() if self._sources() is None else None
        if passage:
            self._window.editing.reanchor_to_passage(*passage)
