"""TimelineJS (TimelineJS3 JSON) import and export, lossless both ways.

The mapping is written down in docs/import-export.md. In short:

* a TimelineJS slide becomes an event: ``start_date``/``end_date`` give EDTF
  dates of the precision the fields give, ``text.headline``/``text.text`` (HTML)
  give the title and the plain-text notes, ``group`` gives the lane,
  ``unique_id`` the id and ``media`` a source;
* what Inroads cannot show is kept so that exporting gives the file back:
  the original slide rides along in the event's ``extra["timelinejs"]``, and
  the title slide, eras and other top-level keys in the document's
  ``extra["timelinejs"]``. A kept value is written back only while the Inroads
  field it maps to still says the same; an edited field wins;
* the other way round, what TimelineJS has no place for (kind, status,
  partners, evidence, tags, exact EDTF dates, lane colours, sources with their
  text...) goes under ``"inroads"`` keys, which TimelineJS ignores: on a slide
  the event fields a re-import would not get right, at the top level the
  lanes, sources and document fields.

Both directions report what they could not represent as warnings, located
(``Problem`` with a JSON path); nothing is dropped silently.

This module is the public API. The steps are modules of their own: ``timelinejs_html``
(HTML <-> plain text), ``timelinejs_dates`` (date objects <-> EDTF), ``timelinejs_mapping``
(the keys, groups and media both directions read), ``timelinejs_import`` (the importer),
``timelinejs_kept`` (what an import keeps without showing, and its warnings),
``timelinejs_export`` (the exporter) and ``timelinejs_payload`` (the ``"inroads"`` payload).
"""

from __future__ import annotations

from typing import Any

import msgspec

from gui.core.document.dates import DateError
from gui.core.document.model import Document
from gui.core.document.problems import LoadError, Problem
from gui.core.document.validate import describe_object
from gui.core.interop.timelinejs_export import _canonical_title, _Exporter
from gui.core.interop.timelinejs_import import _Importer
from gui.core.interop.timelinejs_kept import _kept_warnings, _title_warnings
from gui.core.interop.timelinejs_mapping import EXTRA_KEY, PAYLOAD_KEY, _json_type
from gui.core.interop.timelinejs_payload import (
    _document_payload,
    _event_diff,
    _native,
    _normalized_event,
    _payload_warnings,
)
from gui.core.storage.fileformat import LoadResult, decode_document
from gui.core.storage.readable_text import not_utf8, readable_bytes, syntax_problem
from gui.core.storage.jsonlocate import line_column, locate_paths

__all__ = [
    "looks_like_timelinejs",
    "decode_timelinejs",
    "document_from_timelinejs",
    "document_to_timelinejs",
    "encode_timelinejs",
]

_ENCODER = msgspec.json.Encoder()
_RAW_DECODER = msgspec.json.Decoder()


# ============================================================================= import


def looks_like_timelinejs(raw: Any) -> bool:
    """True for a parsed JSON value shaped like a TimelineJS timeline (events with a start_date)."""
    if not isinstance(raw, dict) or "format" in raw:
        return False
    events = raw.get("events")
    return isinstance(events, list) and any(isinstance(e, dict) and "start_date" in e for e in events[:20])


def decode_timelinejs(data: bytes, filename: str = "<data>") -> LoadResult:
    """Read the bytes of a TimelineJS JSON file as an Inroads document, with its warnings.

    Raises LoadError with every problem found (located by line and column) when
    the file is not readable TimelineJS.
    """
    data = readable_bytes(data, filename)
    try:
        raw = _RAW_DECODER.decode(data)
    except (msgspec.DecodeError, UnicodeDecodeError) as error:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as unreadable:
            raise not_utf8(data, filename, unreadable) from None
        raise LoadError(filename, [syntax_problem(data, error)]) from None
    try:
        result = document_from_timelinejs(raw, filename)
    except LoadError as error:
        raise LoadError(filename, _sorted(_with_lines(data, error.problems)), error.kind) from None
    result.warnings = _sorted(_with_lines(data, result.warnings))
    return result


def document_from_timelinejs(raw: Any, filename: str = "<data>") -> LoadResult:
    """An Inroads document from a parsed TimelineJS value (problems carry JSON paths, no lines)."""
    if not isinstance(raw, dict):
        problem = Problem(
            f'the file holds {_json_type(raw)}, not an object; a TimelineJS timeline is an object with "events"'
        )
        raise LoadError(filename, [problem])
    importer = _Importer(raw)
    native = importer.run()
    if importer.errors:
        raise LoadError(filename, importer.errors + importer.warnings)
    try:
        result = decode_document(_ENCODER.encode(native), filename)
    except LoadError as error:
        problems = [_from_native(p, importer) for p in error.problems]
        raise LoadError(filename, problems + importer.warnings) from None
    document = result.document
    warnings = list(importer.warnings) + [_from_native(p, importer) for p in result.warnings]
    events = raw["events"]
    exporter = _Exporter(document)
    for event, origin, link in zip(document.events, importer.origins, importer.media_links):
        slide = events[origin.slide]
        # A payload that was read is now the event's own fields; anything else stays part of the slide, an empty
        # payload too (it holds nothing to read, and the export gives it back as written).
        absorbed = isinstance(slide.get(PAYLOAD_KEY), dict) and bool(slide[PAYLOAD_KEY])
        original = {k: v for k, v in slide.items() if not (k == PAYLOAD_KEY and absorbed)}
        if exporter.canonical_slide(event) == original:
            continue  # nothing to keep: the event gives the slide back as it is
        shadow: dict[str, Any] = {"slide": original}
        if link is not None:
            shadow["media"] = link
        event.extra = {**event.extra, EXTRA_KEY: shadow}
        warnings += importer.slide_warnings.get(origin.slide, [])
    elided = {o.slide for e, o in zip(document.events, importer.origins) if EXTRA_KEY not in e.extra}
    kept = {kind: [p for p in paths if p[1] not in elided] for kind, paths in importer.kept.items()}
    warnings += _kept_warnings({k: v for k, v in kept.items() if v}, importer.time_examples)
    # The top level minus the events (and minus our own payload, which is in the document now).
    top_level = {k: v for k, v in raw.items() if k != "events" and not (k == PAYLOAD_KEY and importer.payload)}
    if "title" in top_level and top_level["title"] == _canonical_title(document.title, document.description):
        del top_level["title"]
    if "title" in top_level:
        warnings += _title_warnings(top_level["title"])
    shadow_doc: dict[str, Any] = {}
    if top_level:
        shadow_doc["top_level"] = top_level
    order = [k for k in raw if not (k == PAYLOAD_KEY and importer.payload)]
    if order != _export_order(order):
        shadow_doc["key_order"] = order
    if importer.unplaced:
        shadow_doc["unplaced_events"] = importer.unplaced
    if shadow_doc:
        document.extra = {**document.extra, EXTRA_KEY: shadow_doc}
    return LoadResult(document, warnings)


_FIELD_PATHS = {
    "id": ("unique_id",),
    "title": ("text", "headline"),
    "notes": ("text", "text"),
    "start": ("start_date",),
    "end": ("end_date",),
    "lane": ("group",),
}


def _from_native(problem: Problem, importer: _Importer) -> Problem:
    """A problem found in the built document, re-addressed to where its value came from in the TimelineJS file."""
    path = problem.path
    where = problem.where
    if len(path) >= 2 and path[0] == "events" and isinstance(path[1], int) and path[1] < len(importer.origins):
        origin = importer.origins[path[1]]
        event_id = importer.events[path[1]].get("id")
        where = describe_object("events", origin.slide, event_id if isinstance(event_id, str) else None)
        rest = path[2:]
        base = ("events", origin.slide)
        if rest and rest[0] in origin.payload_fields:
            path = base + (PAYLOAD_KEY,) + rest
        elif rest and rest[0] in _FIELD_PATHS:
            path = base + _FIELD_PATHS[rest[0]] + rest[1:]
        else:
            path = base + ((PAYLOAD_KEY,) + rest if rest else ())
    elif len(path) >= 2 and path[0] in ("lanes", "sources") and isinstance(path[1], int):
        items = importer.lanes if path[0] == "lanes" else importer.media.sources
        origins = importer.lane_origin if path[0] == "lanes" else importer.media.source_origin
        item = items[path[1]] if path[1] < len(items) else None
        item_id = item.get("id") if isinstance(item, dict) else None
        origin = origins.get(item_id) if isinstance(item_id, str) else None
        if origin and origin[0] == PAYLOAD_KEY:
            path = origin + path[2:]
            where = f"{PAYLOAD_KEY}.{where}" if where else where
        elif origin:
            path = origin
    elif path:
        path = (PAYLOAD_KEY,) + path
    return Problem(problem.message, where, path, problem.severity)


def _with_lines(data: bytes, problems: list[Problem]) -> list[Problem]:
    paths = [p.path for p in problems if p.path and p.line is None]
    if not paths:
        return problems
    offsets = locate_paths(data, paths)
    located = []
    for problem in problems:
        offset = offsets.get(problem.path) if problem.path and problem.line is None else None
        located.append(problem.located(*line_column(data, offset)) if offset is not None else problem)
    return located


def _sorted(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (not p.is_error, p.line is None, p.line or 0, p.column or 0))


# ============================================================================= export


def document_to_timelinejs(document: Document) -> tuple[dict, list[Problem]]:
    """The document as a TimelineJS value, with warnings about what TimelineJS cannot show.

    The document is not changed. Raises ValueError for an event whose date is not valid (a document that
    loaded, or that the editor keeps valid, has none).
    """
    exporter = _Exporter(document)
    slides = []
    for index, event in enumerate(document.events):
        try:
            slides.append(exporter.slide(index, event))
        except DateError as error:  # only an invalid document in memory gets here
            raise ValueError(f"events[{index}] (id {event.id!r}) has a date that is not valid: {error}") from None
    all_slides = list(slides)
    kept = document.extra.get(EXTRA_KEY)
    kept = kept if isinstance(kept, dict) else {}
    unplaced = kept.get("unplaced_events")
    if isinstance(unplaced, list):
        for item in unplaced:
            if isinstance(item, dict) and isinstance(item.get("index"), int) and "slide" in item:
                all_slides.insert(min(max(item["index"], 0), len(all_slides)), item["slide"])
    slide_index = {id(slide): number for number, slide in enumerate(all_slides)}
    title = exporter.title_slide()
    visible: dict[str, Any] = {}
    if title is not None:
        visible["title"] = title
    visible["events"] = all_slides

    # What would an import make of the visible file? Whatever it would get wrong goes under "inroads".
    payload = _document_payload(document, visible)
    importer = _Importer({**visible, **({PAYLOAD_KEY: payload} if payload else {})}, with_shadows=False)
    derived = importer.run()
    derived_by_slide = {origin.slide: event for origin, event in zip(importer.origins, derived["events"])}
    warnings = exporter.warnings
    field_users: dict[str, list[int]] = {}
    for index, (event, slide) in enumerate(zip(document.events, slides)):
        native = _native(event, drop_extra=(EXTRA_KEY,))
        derived_event = derived_by_slide.get(slide_index[id(slide)])
        diff = _event_diff(native, _normalized_event(derived_event)) if derived_event is not None else native
        if diff:
            slide[PAYLOAD_KEY] = diff
            for key in diff:
                field_users.setdefault(key, []).append(index)
    warnings += _payload_warnings(document, field_users, payload)

    value: dict[str, Any] = dict(visible)
    top = kept.get("top_level")
    if isinstance(top, dict):
        for key, item in top.items():
            if key not in ("title", "events"):
                value[key] = item
    if payload:
        value[PAYLOAD_KEY] = payload
    order = kept.get("key_order")
    if isinstance(order, list):
        ordered = {key: value[key] for key in order if isinstance(key, str) and key in value}
        value = {**ordered, **{k: v for k, v in value.items() if k not in ordered}}
    return value, warnings


def _export_order(keys: list[str]) -> list[str]:
    """The order export writes top-level keys in when it is not told the original order."""
    head = ["title"] if "title" in keys else []
    return head + ["events"] + [k for k in keys if k not in ("title", "events", PAYLOAD_KEY)] + (
        [PAYLOAD_KEY] if PAYLOAD_KEY in keys else []
    )


def encode_timelinejs(document: Document) -> tuple[bytes, list[Problem]]:
    """The bytes of a TimelineJS JSON file (2-space indent, UTF-8, final newline), with warnings."""
    value, warnings = document_to_timelinejs(document)
    return msgspec.json.format(_ENCODER.encode(value), indent=2) + b"\n", warnings
