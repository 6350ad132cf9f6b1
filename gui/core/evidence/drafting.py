"""Draft every event of an article (issue #18): one proposed event per passage that states a maker's effort.

``draft_events`` splits a source's text into sentences, keeps those that name a maker (or open with "it",
"the company", referring back to one) and hold an effort cue, and prefills each with ``suggest_event``.
Each draft carries its "why". A draft that matches an event already in the timeline (same lane and kind,
overlapping dates, a shared partner) is offered as new evidence for that event instead of a duplicate.

``drafts_edit`` turns the drafts the analyst accepted into ONE CompositeEdit: new lanes first, then the new
events, then the evidence added to existing events.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from gui.core.document import edits
from gui.core.document.dates import DateError, PartialDate, parse_date
from gui.core.document.edit_types import CompositeEdit, Edit, InsertLane
from gui.core.document.model import ONGOING, Document, Event, Lane, Source
from gui.core.evidence.draft_workers import DraftWorkers, suggest_all
from gui.core.evidence.extract import Suggestion, Vocabulary, vocabulary_for
from gui.core.evidence.makers import subject_start

__all__ = ["Draft", "draft_events", "drafts_edit", "matching_event", "sentence_spans"]

#: Words that end with a full stop without ending a sentence ("Nov. 14", "U.S. carriers", "Samsung Electronics Co.").
_ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st inc corp co ltd jr sr vs etc no approx"
    " u.s u.k e.g i.e".split()
)
#: A sentence ends at . ! ? (and a closing quote) before a space and a capital, a quote or a digit.
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+(?=[A-Z\"“‘'(0-9])")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n|\n(?=\s*[-*•] )")


@dataclass(frozen=True)
class Draft:
    """A proposed event from one passage of a source: offsets in its text, the prefilled fields, and why."""

    start: int
    end: int
    suggestion: Suggestion
    why: str  #: why this passage was drafted: the maker named and the effort cue found
    match: str | None = None  #: the id of an existing event this passage is new evidence for
    match_why: str = ""  #: how it matches (lane and kind, dates, partner)


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, without surrounding whitespace; paragraphs end sentences."""
    for para_start, para_end in _paragraphs(text):
        start = para_start
        for match in _SENTENCE_END.finditer(text, para_start, para_end):
            word = re.search(r"([\w.]+)$", text[start : match.start()])
            if match[0][0] == "." and word and word[1].lower().rstrip(".") in _ABBREVIATIONS:
                continue
            if match[0][0] == "." and word and re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word[1]):
                continue  # an initial: "J. Smith"
            yield from _trimmed(text, start, match.start() + len(match[0].rstrip()))
            start = match.end()
        yield from _trimmed(text, start, para_end)


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


def draft_events(
    document: Document, source: Source, *, vocabulary: Vocabulary | None = None, workers: DraftWorkers | None = None
) -> list[Draft]:
    """One draft per sentence of ``source.text`` that names a maker and states an effort, in text order.

    ``workers``: a started ``DraftWorkers`` pool to prefill the passages on more than one core (the same drafts)."""
    vocabulary = vocabulary or vocabulary_for(document)
    text = source.text
    spans = [
        (start, end)
        for start, end in sentence_spans(text)
        if next(vocabulary.lanes.finditer(text, start, end), None) is not None or subject_start(text[start:end])
    ]
    if workers is not None:
        suggestions = workers.suggestions(source, vocabulary, spans)
    else:
        suggestions = suggest_all(source, vocabulary, spans)
    drafts = []
    for (start, end), suggestion in zip(spans, suggestions, strict=True):
        if suggestion.rules_kind == "other" or (suggestion.lane is None and not suggestion.new_lane):
            continue
        if suggestion.answers_before:  # "… declined to comment": about the event before, not an event of its own
            continue
        maker = suggestion.new_lane or vocabulary.lane_names.get(suggestion.lane or "", suggestion.lane)
        why = f"names {maker} ({suggestion.hints['lane']}); {suggestion.kind}: {suggestion.hints['kind']}"
        match, match_why = matching_event(document, suggestion)
        if match is not None and _cites(match, suggestion):
            continue  # the event already rests on this very passage
        drafts.append(Draft(start, end, suggestion, why, match.id if match else None, match_why))
    return drafts


def matching_event(document: Document, suggestion: Suggestion) -> tuple[Event | None, str]:
    """The event a suggestion duplicates (same lane and kind, overlapping dates, a shared partner), and how."""
    span = _span(suggestion.start, suggestion.end)
    partners = {p.casefold() for p in suggestion.partners}
    if suggestion.lane is None or span is None or not partners:
        return None, ""
    for event in document.events:
        if event.lane != suggestion.lane or event.kind != suggestion.kind:
            continue
        shared = [p for p in event.partners if p.casefold() in partners]
        other = _span(event.start, event.end)
        if not shared or other is None or other[0] > span[1] or span[0] > other[1]:
            continue
        return event, (
            f"same lane and kind ({suggestion.kind}), dates overlap ({suggestion.start} and "
            f"{event.start}{'/' + event.end if event.end else ''}), shared partner {shared[0]}"
        )
    return None, ""


def _span(start: str, end: str | None) -> tuple[int, int] | None:
    """The days an event's dates may cover, first to last (an ongoing one: open-ended), or None without a date."""
    try:
        first: PartialDate = parse_date(start)
        last = first if not end else None if end == ONGOING else parse_date(end)
    except DateError:
        return None
    return first.first_day(), (10**9 if last is None else last.end_day())


def _cites(event: Event, suggestion: Suggestion) -> bool:
    quote = " ".join(suggestion.evidence.quote.split())
    return any(
        e.source == suggestion.evidence.source and " ".join(e.quote.split()) == quote for e in event.evidence
    )


def drafts_edit(
    document: Document, accepted: Iterable[tuple[Draft, dict[str, Any] | None]], *, index=None
) -> CompositeEdit | None:
    """ONE edit adding what the analyst accepted: ``(draft, fields)`` pairs, ``fields`` None for the draft as it is.

    A draft with a match (and no edited fields) adds its passage as evidence to the matched event; any other
    becomes a new event (``fields``: keyword arguments of ``edits.add_event``, a lane None with ``new_lane``
    naming a lane to make). Lanes to make are made first, once per name. None when nothing was accepted.
    """
    parts: list[Edit] = []
    records: list[dict[str, Any]] = []
    evidence: dict[str, list] = {}
    new_lanes: dict[str, str] = {}  # name -> lane id
    for draft, fields in accepted:
        if fields is None and draft.match is not None:
            evidence.setdefault(draft.match, []).append(draft.suggestion.evidence)
            continue
        record = dict(fields) if fields is not None else _fields_of(draft.suggestion)
        lane_name = record.pop("new_lane", None)
        if record.get("lane") is None and lane_name:
            if lane_name not in new_lanes:
                lane_id = edits.unique_id(lane_name, {lane.id for lane in document.lanes} | set(new_lanes.values()))
                position = len(document.lanes) + len(new_lanes)
                parts.append(InsertLane(f"Add lane {edits.quoted_title(lane_name)}", position, Lane(lane_id, lane_name)))
                new_lanes[lane_name] = lane_id
            record["lane"] = new_lanes[lane_name]
        records.append(record)
    if records:
        parts.append(edits.add_events(document, records, index=index))
    for event_id, added in evidence.items():
        event = next(e for e in document.events if e.id == event_id)
        parts.append(edits.edit_event(document, event_id, "Add evidence to", evidence=[*event.evidence, *added]))
    if not parts:
        return None
    count = len(records) + sum(map(len, evidence.values()))
    return CompositeEdit(f"Draft {count} event{'s' if count != 1 else ''} from a source", parts)


def _fields_of(suggestion: Suggestion) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "lane": suggestion.lane,
        "start": suggestion.start,
        "title": suggestion.title,
        "kind": suggestion.kind,
        "status": suggestion.status,
        "partners": list(suggestion.partners),
        "evidence": [suggestion.evidence],
    }
    if suggestion.new_lane and suggestion.lane is None:
        fields["new_lane"] = suggestion.new_lane
    if suggestion.end:
        fields["end"] = suggestion.end
    if suggestion.notes:
        fields["notes"] = suggestion.notes
    return fields
