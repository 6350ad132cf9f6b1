"""The "inroads" payload of an export: what an import of the visible TimelineJS would get wrong, and its warnings."""

from __future__ import annotations

from typing import Any

import msgspec

from gui.core.document.model import EXTRA_FIELD, FORMAT_NAME, FORMAT_VERSION, Document, Event, Lane
from gui.core.document.problems import Problem
from gui.core.interop.timelinejs_import import _Importer
from gui.core.interop.timelinejs_mapping import _LISTED, _MISSING, EXTRA_KEY, PAYLOAD_KEY, _warning

_EXTRA_JSON_NAME = next(f.encode_name for f in msgspec.structs.fields(Lane) if f.name == EXTRA_FIELD)
_EVENT_DEFAULTS: dict[str, Any] = {
    f.encode_name: (f.default if f.default is not msgspec.NODEFAULT else f.default_factory())
    for f in msgspec.structs.fields(Event)
    if f.name != EXTRA_FIELD and not f.required
}
_EVENT_FIELDS = frozenset(f.encode_name for f in msgspec.structs.fields(Event) if f.name != EXTRA_FIELD)


# ============================================================================= native dicts


def _native(obj: msgspec.Struct, drop_extra: tuple[str, ...] = ()) -> dict:
    """A record as in an Inroads file: known keys in order (defaults left out), then unknown keys."""
    return _merge_extras(msgspec.to_builtins(obj), drop_extra)


def _merge_extras(value: Any, drop: tuple[str, ...] = ()) -> Any:
    if isinstance(value, dict):
        extra = value.pop(_EXTRA_JSON_NAME, None)
        for key, item in value.items():
            if isinstance(item, (dict, list)):
                value[key] = _merge_extras(item)
        if extra:
            value.update((k, v) for k, v in extra.items() if k not in drop)
    elif isinstance(value, list):
        return [_merge_extras(item) for item in value]
    return value


def _normalized_event(raw: dict) -> dict:
    known = {k: v for k, v in raw.items() if k in _EVENT_FIELDS}
    return _native(msgspec.convert(known, Event))


def _event_diff(native: dict, derived: dict) -> dict:
    """The fields of ``native`` an import that gives ``derived`` must be told (the slide's payload)."""
    payload = {k: v for k, v in native.items() if derived.get(k, _MISSING) != v}
    for key in derived:
        if key not in native:
            payload[key] = _EVENT_DEFAULTS.get(key)
    return payload


# ============================================================================= the document's payload


def _document_payload(document: Document, visible: dict) -> dict:
    derived = _Importer(visible, with_shadows=False).run()
    payload: dict[str, Any] = {}
    for key in ("title", "description"):
        if derived.get(key, "") != getattr(document, key):
            payload[key] = getattr(document, key)
    lanes = [_native(lane) for lane in document.lanes]
    if derived["lanes"] != lanes:
        payload["lanes"] = lanes
    sources = [_native(source) for source in document.sources]
    if derived["sources"] != sources:
        payload["sources"] = sources
    for key, value in document.extra.items():
        if key != EXTRA_KEY:
            payload[key] = value
    if payload:
        payload = {"format": FORMAT_NAME, "version": FORMAT_VERSION, **payload}
    return payload


_PAYLOAD_FIELD_WORDS = {
    "kind": "the kind",
    "status": "the status",
    "partners": "partners",
    "tags": "tags",
    "evidence": "evidence (source and quote)",
    "start": 'an approximate or uncertain start (TimelineJS only shows it in words, e.g. "c. 2017")',
    "end": "an ongoing end (the slide shows a point in time) or an approximate or uncertain end",
    "lane": "a lane whose name another lane has too",
    "title": "a title that HTML would not keep exactly (e.g. line breaks)",
    "notes": "notes that HTML would not keep exactly (e.g. runs of spaces)",
    "id": "an id that the slide's unique_id cannot carry",
}


def _payload_warnings(document: Document, field_users: dict[str, list[int]], payload: dict) -> list[Problem]:
    warnings = []
    for key, indices in field_users.items():
        count = len(indices)
        listed = ", ".join(map(str, indices[:_LISTED])) + (", ..." if count > _LISTED else "")
        words = _PAYLOAD_FIELD_WORDS.get(key, f'the unknown key "{key}"')
        warnings.append(
            _warning(
                f"{words} ({count} event{'s' if count != 1 else ''}: events {listed}): TimelineJS has no field for"
                f' it; kept under "{PAYLOAD_KEY}" in each slide, so importing the file restores it',
                "",
                ("events", indices[0], key),
            )
        )
    if "lanes" in payload:
        warnings.append(
            _warning(
                "lane colours, aliases, ids and empty lanes are not shown by TimelineJS (it shows groups by name);"
                f' all lanes are kept under the top-level "{PAYLOAD_KEY}"',
                "",
                ("lanes",),
            )
        )
    if "sources" in payload:
        count = len(document.sources)
        warnings.append(
            _warning(
                f"{count} source{'s are' if count != 1 else ' is'} kept with {'their' if count != 1 else 'its'} full"
                f' text under the top-level "{PAYLOAD_KEY}"; TimelineJS shows a source only as the media of an'
                " event whose first evidence cites it, and only when the source has a URL",
                "",
                ("sources",),
            )
        )
    for key in ("title", "description"):
        if key in payload:
            warnings.append(
                _warning(
                    f"the timeline's {key} does not survive HTML exactly; kept under the top-level \"{PAYLOAD_KEY}\"",
                    "",
                    (key,),
                )
            )
    for key in document.extra:
        if key != EXTRA_KEY:
            warnings.append(
                _warning(f'the unknown key "{key}" is kept under the top-level "{PAYLOAD_KEY}"', "", (key,))
            )
    return warnings
