"""Which events pass the user's filters: lanes, kinds, statuses, partners, a date range, evidence checks.

The state is plain data (saved per file in the app's settings, never in the
user's file); ``event_mask`` answers it with numpy over the layout's arrays.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from gui.core.document.dates import DateError, parse_date
from gui.core.document.model import Document, Event
from gui.core.document.splicing import renumber, splice_array
from gui.core.document.textquote import normalize_space, quote_is_found
from gui.core.view.layout import TimelineLayout

__all__ = ["FacetIndex", "FilterState", "event_mask"]


@dataclass
class FilterState:
    """What the user asked to see. Empty sets mean "no restriction"."""

    query: str = ""
    hide_non_matching: bool = False
    hidden_lanes: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    statuses: set[str] = field(default_factory=set)
    partners: set[str] = field(default_factory=set)
    # What the user unticked in the Filters pane (ticked = shown): kinds, statuses and partners hidden.
    # A hidden partner hides the events whose every partner is hidden; "" stands for "no partner".
    hidden_kinds: set[str] = field(default_factory=set)
    hidden_statuses: set[str] = field(default_factory=set)
    hidden_partners: set[str] = field(default_factory=set)
    date_from: str = ""
    date_to: str = ""
    no_evidence: bool = False
    quote_not_found: bool = False
    # Only the events resting on one independent source; only those whose reports disagree.
    single_source: bool = False
    disagreeing: bool = False

    def is_filtering(self) -> bool:
        """True when some events may be hidden or dimmed."""
        return self != FilterState(hide_non_matching=self.hide_non_matching)

    def date_range(self) -> tuple[float, float]:
        """The [first, end) days of the date filter; open ends are infinite. Invalid dates are ignored."""
        first, end = -np.inf, np.inf
        try:
            if self.date_from.strip():
                first = parse_date(self.date_from.strip()).first_day()
        except DateError:
            pass
        try:
            if self.date_to.strip():
                end = parse_date(self.date_to.strip()).end_day()
        except DateError:
            pass
        return first, end

    def summary(self, lane_names: dict[str, str] | None = None) -> str:
        """The active filters in one line: 'Search "verizon" · kinds: carrier-deal · 2018 – …'."""
        parts = []
        if self.query.strip():
            parts.append(f'Search "{self.query.strip()}"' + (" (others hidden)" if self.hide_non_matching else ""))
        if self.hidden_lanes:
            names = sorted((lane_names or {}).get(lane, lane) for lane in self.hidden_lanes)
            parts.append("hidden lanes: " + ", ".join(names))
        for label, values in (("kinds", self.kinds), ("statuses", self.statuses), ("partners", self.partners)):
            if values:
                parts.append(f"{label}: " + ", ".join(sorted(values)))
        for label, values in (
            ("hidden kinds", self.hidden_kinds),
            ("hidden statuses", self.hidden_statuses),
            ("hidden partners", self.hidden_partners),
        ):
            if values:
                parts.append(f"{label}: " + ", ".join(sorted(value or "no partner" for value in values)))
        if self.date_from.strip() or self.date_to.strip():
            parts.append(f"{self.date_from.strip() or '…'} – {self.date_to.strip() or '…'}")
        if self.no_evidence:
            parts.append("no evidence")
        if self.quote_not_found:
            parts.append("quote not found")
        if self.single_source:
            parts.append("single-source claims")
        if self.disagreeing:
            parts.append("sources disagree")
        return " · ".join(parts)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, set):
                data[key] = sorted(value)
        return data

    @classmethod
    def from_json(cls, data: Any) -> FilterState:
        """Tolerant of missing or malformed settings: anything odd falls back to the default."""
        if not isinstance(data, dict):
            return cls()
        state = cls()
        for name, default in asdict(cls()).items():
            value = data.get(name, default)
            if isinstance(default, set):
                if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
                    setattr(state, name, set(value))
            elif isinstance(default, bool):
                if isinstance(value, bool):
                    setattr(state, name, value)
            elif isinstance(value, str):
                setattr(state, name, value)
        return state


class FacetIndex:
    """Per-event facts the filters need, computed once per data change."""

    def __init__(self, document: Document) -> None:
        events = document.events
        n = len(events)
        self.has_evidence = np.fromiter((bool(e.evidence) for e in events), bool, n)
        self._texts = {source.id: source.text for source in document.sources}
        self._normalized: dict[str, str] = {}
        self.quote_not_found = np.fromiter((self._quote_missing(event) for event in events), bool, n)
        self.partner_events: dict[str, np.ndarray] = {}
        by_partner: dict[str, list[int]] = {}
        for i, event in enumerate(events):
            for partner in dict.fromkeys(event.partners):
                by_partner.setdefault(partner, []).append(i)
        self.partner_events = {p: np.asarray(v, np.int64) for p, v in by_partner.items()}

    def _quote_missing(self, event: Event) -> bool:
        for evidence in event.evidence:
            text = self._texts.get(evidence.source)
            if text is not None and evidence.quote and evidence.quote in text:
                continue
            if text is None:
                return True
            if evidence.source not in self._normalized:
                self._normalized[evidence.source] = normalize_space(text)
            if not quote_is_found(self._normalized[evidence.source], evidence.quote):
                return True
        return False

    def update(self, document: Document, event_indices) -> None:
        """Re-read the events at ``event_indices``, replaced in place (the sources unchanged)."""
        indices = sorted(set(event_indices))
        changed = np.asarray(indices, np.int64)
        for partner, where in list(self.partner_events.items()):
            kept = where[~np.isin(where, changed)]
            if len(kept):
                self.partner_events[partner] = kept
            else:
                del self.partner_events[partner]
        for index in indices:
            event = document.events[index]
            self.has_evidence[index] = bool(event.evidence)
            self.quote_not_found[index] = self._quote_missing(event)
            for partner in dict.fromkeys(event.partners):
                where = self.partner_events.get(partner, np.zeros(0, np.int64))
                self.partner_events[partner] = np.insert(where, np.searchsorted(where, index), index)

    def splice(self, document: Document, removed, inserted) -> None:
        """Follow events removed and inserted (positions as in ``edit_types.Change``; the sources unchanged)."""
        added = [document.events[index] for index in inserted]
        self.has_evidence = splice_array(self.has_evidence, removed, inserted, [bool(e.evidence) for e in added])
        self.quote_not_found = splice_array(
            self.quote_not_found, removed, inserted, [self._quote_missing(e) for e in added]
        )
        first = min([*removed[:1], *inserted[:1]], default=len(self.has_evidence))
        for partner, where in list(self.partner_events.items()):
            if where[-1] < first:
                continue  # all before the splice: unmoved
            where = renumber(where, removed, inserted)
            where = where[where >= 0]  # less the events removed
            if len(where):
                self.partner_events[partner] = where
            else:
                del self.partner_events[partner]
        for index, event in zip(inserted, added):
            for partner in dict.fromkeys(event.partners):
                where = self.partner_events.get(partner, np.zeros(0, np.int64))
                self.partner_events[partner] = np.insert(where, np.searchsorted(where, index), index)

    def partners(self) -> list[str]:
        return sorted(self.partner_events, key=str.casefold)


def event_mask(
    state: FilterState, document: Document, layout: TimelineLayout, facets: FacetIndex, claims=None
) -> np.ndarray:
    """True for each event (in document order) that passes every filter except the search.

    ``claims`` answers the corroboration filters: per event, ``single_source`` and ``disagreeing``
    arrays (``gui.core.analysis.claims.ClaimFacts``; read only when those filters are on).
    """
    n = len(document.events)
    # An event is in a shown lane when any of its items is (hidden lanes are left out of the layout).
    mask = np.zeros(n, bool)
    mask[layout.item_event[layout.lane >= 0]] = True
    if state.hidden_lanes and layout.lanes_by == "manufacturer":
        mask &= np.fromiter((e.lane not in state.hidden_lanes for e in document.events), bool, n)
    first_items = np.zeros(n, np.int64)
    first_items[layout.item_event[::-1]] = np.arange(layout.count)[::-1]  # each event's first item
    kind = layout.kind[first_items] if layout.count else np.zeros(n, np.int16)
    status = layout.status[first_items] if layout.count else np.zeros(n, np.int8)
    start_first = layout.start_first[first_items] if layout.count else np.zeros(n)
    end_end = layout.end_end[first_items] if layout.count else np.zeros(n)
    if state.kinds:
        mask &= np.isin(kind, [i for i, k in enumerate(layout.kinds) if k in state.kinds])
    if state.statuses:
        mask &= np.isin(status, [i for i, s in enumerate(layout.statuses) if s in state.statuses])
    if state.partners:
        with_partner = np.zeros(n, bool)
        for partner in state.partners:
            indices = facets.partner_events.get(partner)
            if indices is not None:
                with_partner[indices] = True
        mask &= with_partner
    if state.hidden_kinds:
        mask &= ~np.isin(kind, [i for i, k in enumerate(layout.kinds) if k in state.hidden_kinds])
    if state.hidden_statuses:
        mask &= ~np.isin(status, [i for i, s in enumerate(layout.statuses) if s in state.hidden_statuses])
    if state.hidden_partners:
        with_partner = np.zeros(n, bool)
        with_shown_partner = np.zeros(n, bool)
        for partner, indices in facets.partner_events.items():
            with_partner[indices] = True
            if partner not in state.hidden_partners:
                with_shown_partner[indices] = True
        mask &= with_shown_partner | (~with_partner if "" not in state.hidden_partners else False)
    first, end = state.date_range()
    if np.isfinite(first):
        mask &= end_end > first
    if np.isfinite(end):
        mask &= start_first < end
    if state.no_evidence:
        mask &= ~facets.has_evidence
    if state.quote_not_found:
        mask &= facets.quote_not_found
    if state.single_source and claims is not None:
        mask &= claims.single_source
    if state.disagreeing and claims is not None:
        mask &= claims.disagreeing
    return mask
