"""Which passages of a source events cite: for the sources panel's highlights and counts.

``CitationIndex`` maps each source id to the evidence that cites it, built in one
pass over the events. ``cited_passages`` finds those quotes in the source text
(normalising the text once), and ``passage_segments`` cuts the text at every
quote boundary so that overlapping quotes can be drawn as distinct runs.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .model import Document, Source
from .textquote import QuoteFinder

__all__ = ["Citation", "CitationIndex", "CitedPassage", "Segment", "cited_passages", "passage_segments"]


@dataclass(frozen=True)
class Citation:
    """Evidence number ``evidence_index`` of event number ``event_index`` cites the source."""

    event_index: int
    evidence_index: int


class CitationIndex:
    """For every source id, the evidence that cites it; and how many events cite it."""

    def __init__(self, document: Document) -> None:
        by_source: dict[str, list[Citation]] = defaultdict(list)
        for event_index, event in enumerate(document.events):
            for evidence_index, evidence in enumerate(event.evidence):
                by_source[evidence.source].append(Citation(event_index, evidence_index))
        self._by_source = dict(by_source)

    def citations(self, source_id: str) -> list[Citation]:
        return self._by_source.get(source_id, [])

    def event_count(self, source_id: str) -> int:
        """How many events cite the source (an event citing it twice counts once)."""
        return len({citation.event_index for citation in self.citations(source_id)})


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
