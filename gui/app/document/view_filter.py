"""Search and filters as the views see them: which events are shown, which dimmed, which hidden."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from gui.app.document.document_model import DocumentModel
from gui.core.analysis.claims import ClaimFacts
from gui.core.view.filters import FacetIndex, FilterState, event_mask
from gui.core.view.search import SearchIndex, SearchIndexBuilder

__all__ = ["LANES_BY_LABELS", "ViewFilter"]

#: What lanes can stand for (View ▸ Lanes By, the Filters dock), with their labels.
LANES_BY_LABELS = {"manufacturer": "Manufacturer", "partner": "Partner", "kind": "Kind"}


class ViewFilter(QObject):
    """Holds the FilterState and answers, per event and per item, what the filters make of it.

    The search and facet indexes are built lazily, so editing never pays for a search
    nobody is running; once built, they follow events edited, added and removed, and
    are dropped when anything else changes.
    """

    sig_changed = Signal()
    """The shown, dimmed or hidden sets changed."""

    def __init__(self, model: DocumentModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.state = FilterState()
        self._search: SearchIndex | None = None
        # The search index being built a slice per idle moment (``prepare_search``).
        self._search_builder: SearchIndexBuilder | None = None
        self._build_timer = QTimer(self)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self._build_search_slice)
        self._facets: FacetIndex | None = None
        self._claims: ClaimFacts | None = None  # built when a corroboration filter is on
        self._partners: list[str] | None = None
        self._passing: np.ndarray | None = None  # per event: passes the filters (not the search)
        self._matching: np.ndarray | None = None  # per event: matches the search
        # Derived per-item masks, read by every paint and hit test: built once per (layout, state).
        self._shown_events: np.ndarray | None = None
        self._shown_items: np.ndarray | None = None
        self._dimmed_items: np.ndarray | None = None
        self._dimmed_known = False
        model.sig_changed.connect(self._on_document_changed)
        model.sig_reset.connect(self._on_document_changed)
        model.sig_layout_changed.connect(self._on_layout_changed)

    # -- state ---------------------------------------------------------------------------------

    def set_state(self, state: FilterState) -> None:
        before = self.state
        hidden_before = before.hidden_lanes
        self.state = state
        # A keystroke in the search leaves the other filters' answer as it is (the same object
        # may have been changed in place: then nothing is known to be the same).
        if state is before or replace(state, query="", hide_non_matching=False) != replace(
            before, query="", hide_non_matching=False
        ):
            self._passing = None
        if state is before or state.query != before.query:
            self._matching = None
        self._forget_masks()
        if state.hidden_lanes != hidden_before or state.hidden_lanes != set(self._model.hidden_lanes):
            self._model.set_view(hidden_lanes=state.hidden_lanes)  # hidden lanes collapse: a new layout
        self.sig_changed.emit()

    def update(self, **changes) -> None:
        """Change some fields of the state: ``view_filter.update(query="verizon")``."""
        self.set_state(replace(self.state, **changes))

    def set_lanes_by(self, lanes_by: str) -> None:
        """Pivot the view; hidden lanes of the previous kind of lanes no longer apply."""
        if lanes_by == self._model.lanes_by:
            return
        self._model.set_view(lanes_by=lanes_by, hidden_lanes=())
        self.update(hidden_lanes=set())

    def clear(self) -> None:
        self.set_state(FilterState(hide_non_matching=self.state.hide_non_matching))

    def _on_document_changed(self, change=None) -> None:
        events_only = (
            change is not None
            and change.event_ids
            and not (change.lanes or change.sources or change.document)
            and (change.spliced or not change.events_reordered)
        )
        document = self._model.document
        if events_only and change.spliced:
            # Events inserted or removed: shift the indexes and read only the new events.
            for index in (self._search, self._facets):
                if index is not None:
                    index.splice(document, change.removed, change.inserted)
        elif events_only:
            # A few events replaced where they were: refresh their entries, not the whole indexes
            # (rebuilding the search index costs about 0.6 s at 100k events).
            indices = [i for i in map(self._model.event_index, change.event_ids) if i >= 0]
            for index in (self._search, self._facets):
                if index is not None:
                    index.update(document, indices)
        else:
            self._search = self._facets = None
        self._claims = None  # a disagreement involves other events: read again when asked
        self._stop_building()  # it read the document as it was
        self._partners = None
        self._passing = self._matching = None
        self._forget_masks()

    def _on_layout_changed(self) -> None:
        self._passing = None
        self._forget_masks()
        self.sig_changed.emit()

    def _forget_masks(self) -> None:
        self._shown_events = self._shown_items = self._dimmed_items = None
        self._dimmed_known = False

    # -- answers -------------------------------------------------------------------------------

    def facets(self) -> FacetIndex:
        if self._facets is None:
            self._facets = FacetIndex(self._model.document)
        return self._facets

    def _claim_facts(self) -> ClaimFacts | None:
        """Single-source and disagreeing events, built only while one of their filters is on."""
        if not (self.state.single_source or self.state.disagreeing):
            return None
        if self._claims is None:
            self._claims = ClaimFacts(self._model.document)
        return self._claims

    def partners(self) -> list[str]:
        """Every partner any event names, sorted; from the facet index when it is built, else one scan, kept until the next change."""
        if self._facets is not None:
            return self._facets.partners()
        if self._partners is None:
            self._partners = sorted(
                {p for event in self._model.document.events for p in event.partners}, key=str.casefold
            )
        return self._partners

    def search_index(self) -> SearchIndex:
        if self._search is None:
            builder = self._search_builder
            self._stop_building()
            self._search = builder.finish() if builder is not None else SearchIndex(self._model.document)
        return self._search

    @property
    def search_is_ready(self) -> bool:
        """Whether the search index is built (a query is then answered without building it)."""
        return self._search is not None

    def prepare_search(self) -> None:
        """Start building the search index in idle moments (the search field got the focus).

        Building it takes about 0.6 s at 100,000 events: spread over the moments before the
        first keystroke, a slice at a time, the window stays live and the first keystroke
        finds it ready (or finishes what is left). It is built only when a search is likely,
        so the memory it takes is spent only then.
        """
        if self._search is None and self._search_builder is None:
            self._search_builder = SearchIndexBuilder(self._model.document)
            self._build_timer.start()

    def _build_search_slice(self) -> None:
        builder = self._search_builder
        if builder is None or builder.step():
            self._stop_building()
            if builder is not None:
                self._search = builder.finish()

    def _stop_building(self) -> None:
        self._search_builder = None
        self._build_timer.stop()

    def passing_events(self) -> np.ndarray:
        if self._passing is None:
            self._passing = event_mask(
                self.state, self._model.document, self._model.layout, _LazyFacets(self), self._claim_facts()
            )
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

    def hides_nothing(self) -> bool:
        """True when every item in a shown lane is on screen: no filter but hidden lanes, and nothing hidden by the search.

        Hidden lanes are left out of the layout itself, so they need no mask.
        """
        state = self.state
        if state.query.strip() and state.hide_non_matching:
            return False
        return not replace(state, query="", hide_non_matching=False, hidden_lanes=set()).is_filtering()

    def shown_events(self) -> np.ndarray:
        """Per event: on screen at all (passing the filters, and the search when non-matches are hidden)."""
        if self._shown_events is None:
            shown = self.passing_events()
            matching = self.matching_events()
            if matching is not None and self.state.hide_non_matching:
                shown = shown & matching
            self._shown_events = shown
        return self._shown_events

    def shown_items(self) -> np.ndarray:
        """Per item: on screen at all."""
        if self._shown_items is None:
            self._shown_items = self.shown_events()[self._model.layout.item_event]
        return self._shown_items

    def item_mask(self) -> np.ndarray | None:
        """What paint and hit tests need: ``shown_items()``, or None when the filters hide no item of a shown lane."""
        return None if self.hides_nothing() else self.shown_items()

    def dimmed_items(self) -> np.ndarray | None:
        """Per item: shown but dimmed (not matching the search); None when nothing is dimmed."""
        if not self._dimmed_known:
            matching = self.matching_events()
            if matching is None or self.state.hide_non_matching:
                self._dimmed_items = None
            else:
                self._dimmed_items = ~matching[self._model.layout.item_event]
            self._dimmed_known = True
        return self._dimmed_items

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
            starts = np.asarray(
                [
                    layout.start_first[layout.item_of_event(i)] if layout.item_of_event(i) >= 0 else np.inf
                    for i in indices
                ]
            )
        return indices[np.lexsort((indices, starts))].tolist()


class _LazyFacets:
    """Stands in for the FacetIndex: builds it only when a filter reads it.

    Most filters (kinds, statuses, dates) never do, and the index scans every
    event's evidence, so a keystroke or an edit should not pay for it.
    """

    def __init__(self, view_filter: ViewFilter) -> None:
        self._view_filter = view_filter

    def __getattr__(self, name: str):
        return getattr(self._view_filter.facets(), name)
