"""Search and filters as the views see them: which events are shown, which dimmed, which hidden."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Signal

from gui.app.document_model import DocumentModel
from gui.core.filters import FacetIndex, FilterState, event_mask
from gui.core.search import SearchIndex

__all__ = ["ViewFilter"]


class ViewFilter(QObject):
    """Holds the FilterState and answers, per event and per item, what the filters make of it.

    The search and facet indexes are built lazily and dropped when the document
    changes, so editing never pays for a search nobody is running.
    """

    sig_changed = Signal()
    """The shown, dimmed or hidden sets changed."""

    def __init__(self, model: DocumentModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.state = FilterState()
        self._search: SearchIndex | None = None
        self._facets: FacetIndex | None = None
        self._passing: np.ndarray | None = None  # per event: passes the filters (not the search)
        self._matching: np.ndarray | None = None  # per event: matches the search
        model.sig_changed.connect(self._on_document_changed)
        model.sig_reset.connect(self._on_document_changed)
        model.sig_layout_changed.connect(self._on_layout_changed)

    # -- state ---------------------------------------------------------------------------------

    def set_state(self, state: FilterState) -> None:
        hidden_before = self.state.hidden_lanes
        self.state = state
        self._passing = self._matching = None
        if state.hidden_lanes != hidden_before or state.hidden_lanes != set(self._model.hidden_lanes):
            self._model.set_view(hidden_lanes=state.hidden_lanes)  # hidden lanes collapse: a new layout
        self.sig_changed.emit()

    def update(self, **changes) -> None:
        """Change some fields of the state: ``view_filter.update(query="verizon")``."""
        from dataclasses import replace

        self.set_state(replace(self.state, **changes))

    def clear(self) -> None:
        self.set_state(FilterState(hide_non_matching=self.state.hide_non_matching))

    def _on_document_changed(self, _change=None) -> None:
        self._search = self._facets = None
        self._passing = self._matching = None

    def _on_layout_changed(self) -> None:
        self._passing = None
        self.sig_changed.emit()

    # -- answers -------------------------------------------------------------------------------

    def facets(self) -> FacetIndex:
        if self._facets is None:
            self._facets = FacetIndex(self._model.document)
        return self._facets

    def search_index(self) -> SearchIndex:
        if self._search is None:
            self._search = SearchIndex(self._model.document)
        return self._search

    def passing_events(self) -> np.ndarray:
        if self._passing is None:
            self._passing = event_mask(self.state, self._model.document, self._model.layout, self.facets())
        return self._passing

    def matching_events(self) -> np.ndarray | None:
        """Per event, whether it matches the search; None when there is no search."""
        if not self.state.query.strip():
            return None
        if self._matching is None:
            matches = self.search_index().matches(self.state.query)
            mask = np.zeros(len(self._model.document.events), bool)
            mask[matches] = True
            self._matching = mask
        return self._matching

    def shown_events(self) -> np.ndarray:
        """Per event: on screen at all (passing the filters, and the search when non-matches are hidden)."""
        shown = self.passing_events()
        matching = self.matching_events()
        if matching is not None and self.state.hide_non_matching:
            shown = shown & matching
        return shown

    def shown_items(self) -> np.ndarray:
        return self.shown_events()[self._model.layout.item_event]

    def dimmed_items(self) -> np.ndarray | None:
        """Per item: shown but dimmed (not matching the search); None when nothing is dimmed."""
        matching = self.matching_events()
        if matching is None or self.state.hide_non_matching:
            return None
        return ~matching[self._model.layout.item_event]

    def match_count(self) -> int:
        matching = self.matching_events()
        shown = self.passing_events()
        return int((shown & matching).sum()) if matching is not None else int(shown.sum())

    def matches_in_time_order(self) -> list[int]:
        """Event indices of the shown matches, by earliest moment (for Enter / F3)."""
        matching = self.matching_events()
        mask = self.passing_events() & (matching if matching is not None else True)
        indices = np.flatnonzero(mask)
        layout = self._model.layout
        if layout.one_item_per_event:
            starts = layout.start_first[indices]
        else:
            starts = np.asarray([layout.start_first[layout.item_of_event(i)] if layout.item_of_event(i) >= 0 else np.inf for i in indices])
        return indices[np.lexsort((indices, starts))].tolist()
