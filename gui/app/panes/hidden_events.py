"""Which of some events the filters hide, and how a pane says so instead of silently not selecting them."""

from __future__ import annotations

from collections.abc import Iterable

from gui.app.document.document_model import DocumentModel
from gui.app.document.view_filter import ViewFilter
from gui.app.widgets.plain_text import display_text

__all__ = ["HiddenCheck", "hidden_words"]


class HiddenCheck:
    """Answers "is this event hidden by the filters?" for one state of the filters (make a new one after a change)."""

    def __init__(self, model: DocumentModel, view_filter: ViewFilter) -> None:
        self._model = model
        self._hidden_lanes = view_filter.state.hidden_lanes
        self._shown = None if view_filter.hides_nothing() else view_filter.shown_events()

    def hidden(self, event_id: str) -> bool:
        if self._shown is None and not self._hidden_lanes:
            return False
        index = self._model.event_index(event_id)
        if index < 0:
            return False
        if self._model.document.events[index].lane in self._hidden_lanes:
            return True
        return self._shown is not None and index < len(self._shown) and not bool(self._shown[index])

    def split(self, ids: Iterable[str]) -> tuple[list[str], list[str]]:
        """The ids shown and the ids hidden, each in the order given (ids of no event are left out)."""
        shown, hidden = [], []
        for event_id in ids:
            if self._model.event_index(event_id) >= 0:
                (hidden if self.hidden(event_id) else shown).append(event_id)
        return shown, hidden


def hidden_words(titles: list[str]) -> str:
    """ "“US launch” is hidden by the filters, so it is not selected." (or "“A” and 2 more are hidden …")."""
    if not titles:
        return ""
    first = f"\u201c{display_text(titles[0], limit=60)}\u201d"
    if len(titles) == 1:
        return f"{first} is hidden by the filters, so it is not selected."
    return f"{first} and {len(titles) - 1} more are hidden by the filters, so they are not selected."
