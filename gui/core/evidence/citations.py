"""Which passages of a source events cite: for the sources panel's highlights and counts.

``CitationIndex`` maps each source id to the evidence that cites it, built in one
pass over the events. ``cited_passages`` finds those quotes in the source text
(normalising the text once), and ``passage_segments`` cuts the text at every
quote boundary so that overlapping quotes can be drawn as distinct runs.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from gui.core.document.model import Document, Source
from gui.core.document.splicing import renumber
from gui.core.document.textquote import QuoteFinder

__all__ = ["Citation", "CitationIndex", "CitedPassage", "Segment", "cited_passages", "passage_segments"]


@dataclass(frozen=True)
class Citation:
    """Evidence number ``evidence_index`` of event number ``event_index`` cites the source."""

    event_index: int
    evidence_index: int


class CitationIndex:
    """For every source id, the evidence that cites it; and how many events cite it.

    Held as numpy arrays (one row per evidence item, in event order), so that an edit of a few
    events updates it in a few milliseconds even with a million events (``update``, ``splice``).
    """

    def __init__(self, document: Document) -> None:
        # Lists and numpy only: a tuple per evidence item would wake the cyclic GC over the whole
        # document several times (0.1 to 0.5 s at 100k events instead of 0.05 s).
        lists = [event.evidence for event in document.events]
        lengths = np.fromiter(map(len, lists), np.int64, len(lists))
        sources = [evidence.source for items in lists for evidence in items]
        self._ids = list(dict.fromkeys(sources))
        self._codes = {source_id: code for code, source_id in enumerate(self._ids)}
        starts = np.cumsum(lengths) - lengths
        self._event = np.repeat(np.arange(len(lists), dtype=np.int64), lengths)
        self._number = np.arange(len(sources), dtype=np.int64) - np.repeat(starts, lengths)
        self._source = np.fromiter(map(self._codes.__getitem__, sources), np.int64, len(sources))
        self._counts = self._count_events()

    def _code(self, source_id: str) -> int:
        code = self._codes.get(source_id)
        if code is None:
            code = self._codes[source_id] = len(self._ids)
            self._ids.append(source_id)
        return code

    def _count_events(self) -> dict[int, int]:
        if not len(self._event):
            return {}
        span = int(self._event.max()) + 1
        pairs = np.unique(self._source * span + self._event)  # an event citing a source twice counts once
        counts = np.bincount(pairs // span, minlength=len(self._ids))
        return {code: int(count) for code, count in enumerate(counts.tolist()) if count}

    def citations(self, source_id: str) -> list[Citation]:
        code = self._codes.get(source_id)
        if code is None:
            return []
        rows = np.flatnonzero(self._source == code)
        return [Citation(e, n) for e, n in zip(self._event[rows].tolist(), self._number[rows].tolist())]

    def event_count(self, source_id: str) -> int:
        """How many events cite the source (an event citing it twice counts once)."""
        code = self._codes.get(source_id)
        return 0 if code is None else self._counts.get(code, 0)

    def update(self, document: Document, event_indices) -> set[str]:
        """Re-read the evidence of the events at ``event_indices`` (replaced in place, not moved).

        Returns the ids of the sources whose citations changed (cited before or after).
        """
        changed = np.unique(np.fromiter(event_indices, np.int64))
        gone = np.isin(self._event, changed)
        return self._replace_rows(document, gone, self._event[~gone], changed)

    def splice(self, document: Document, removed, inserted) -> set[str]:
        """Follow events removed and inserted (positions as in ``gui.core.document.edit_types.Change``).

        Returns the ids of the sources whose citations changed (cited by an event removed or inserted).
        """
        gone = np.isin(self._event, np.asarray(removed, np.int64))
        kept = renumber(self._event[~gone], removed, inserted)
        return self._replace_rows(document, gone, kept, np.asarray(inserted, np.int64))

    def _replace_rows(self, document: Document, gone: np.ndarray, kept_event: np.ndarray, read: np.ndarray) -> set[str]:
        """Drop the rows ``gone``, and add rows for the evidence of the events ``read``.

        ``kept_event`` holds the events of the rows kept, numbered as the events are now.

        Rows stay in event order, as a fresh index has them, so citations come in the same order.
        """
        affected = set(self._source[gone].tolist())
        events: list[int] = []
        numbers: list[int] = []
        sources: list[int] = []
        for event_index in read.tolist():
            for evidence_index, evidence in enumerate(document.events[event_index].evidence):
                code = self._code(evidence.source)
                events.append(event_index)
                numbers.append(evidence_index)
                sources.append(code)
                affected.add(code)
        keep = ~gone
        at = np.searchsorted(kept_event, events)
        self._event = np.insert(kept_event, at, np.asarray(events, np.int64))
        self._number = np.insert(self._number[keep], at, np.asarray(numbers, np.int64))
        self._source = np.insert(self._source[keep], at, np.asarray(sources, np.int64))
        for code in affected:
            count = len(np.unique(self._event[self._source == code]))
            if count:
                self._counts[code] = count
            else:
                self._counts.pop(code, None)
        return {self._ids[code] for code in affected}


@dataclass(frozen=True)
class CitedPassage:
    """Where in the source text an event's quote is: ``text[start:end]``."""

    start: int
    end: int
    event_id: str
    evidence_index: int
    kind: str


@dataclass(frozen=True)
class Segment:
    """A run of text covered by the same passages (indexes into the passage list)."""

    start: int
    end: int
    passages: tuple[int, ...]


def cited_passages(
    document: Document, source: Source, index: CitationIndex | None = None
) -> tuple[list[CitedPassage], list[Citation]]:
    """The passages of ``source`` that events cite, in text order, and the citations not found in it."""
    index = index or CitationIndex(document)
    finder = QuoteFinder(source.text)
    found: list[CitedPassage] = []
    lost: list[Citation] = []
    for citation in index.citations(source.id):
        event = document.events[citation.event_index]
        evidence = event.evidence[citation.evidence_index]
        span = finder.find(evidence.quote, evidence.prefix, evidence.suffix)
        if span is None:
            lost.append(citation)
        else:
            found.append(CitedPassage(span[0], span[1], event.id, citation.evidence_index, event.kind))
    found.sort(key=lambda passage: (passage.start, passage.end))
    return found, lost


def passage_segments(passages: list[CitedPassage]) -> list[Segment]:
    """The text cut at every passage boundary: each run with the passages that cover it.

    Runs covered by no passage are left out. Runs are in text order and never overlap.
    """
    boundaries: dict[int, list[tuple[int, int]]] = defaultdict(list)  # offset -> (+1 open / -1 close, passage)
    for number, passage in enumerate(passages):
        if passage.end > passage.start:
            boundaries[passage.start].append((1, number))
            boundaries[passage.end].append((-1, number))
    segments: list[Segment] = []
    open_passages: set[int] = set()
    previous = None
    for offset in sorted(boundaries):
        if previous is not None and open_passages and offset > previous:
            segments.append(Segment(previous, offset, tuple(sorted(open_passages))))
        for change, number in boundaries[offset]:
            if change > 0:
                open_passages.add(number)
            else:
                open_passages.discard(number)
        previous = offset
    return segments
