"""Per event, for the filters: does it rest on a single independent source, do reports of it disagree."""

from __future__ import annotations

import numpy as np

from gui.core.analysis.corroboration import independent_count
from gui.core.analysis.same_event import disagreements
from gui.core.document.model import Document

__all__ = ["ClaimFacts"]


class ClaimFacts:
    """Two boolean arrays in document order: ``single_source`` (exactly one independent origin; an event
    without evidence is not a claim of any source) and ``disagreeing`` (in a date or status disagreement)."""

    def __init__(self, document: Document) -> None:
        events = document.events
        sources = {source.id: source for source in document.sources}
        self.single_source = np.fromiter(
            (independent_count(event, sources) == 1 for event in events), bool, len(events)
        )
        index = {event.id: i for i, event in enumerate(events)}
        self.disagreeing = np.zeros(len(events), bool)
        for disagreement in disagreements(events):
            self.disagreeing[[index[i] for i in disagreement.event_ids]] = True
