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
"""

from __future__ import annotations

import copy
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

import msgspec

from gui.core.document.dates import DateError, PartialDate, days_in_month, parse_date
from gui.core.document.edits import unique_id
from gui.core.storage.fileformat import LoadResult, decode_document
from gui.core.storage.readable_text import not_utf8, readable_bytes, syntax_problem
from gui.core.storage.jsonlocate import line_column, locate_paths
from gui.core.document.model import EXTRA_FIELD, FORMAT_NAME, FORMAT_VERSION, ONGOING, Document, Event, Lane, Source
from gui.core.document.problems import LoadError, Problem, Severity
from gui.core.document.validate import describe_object

__all__ = [
    "EXTRA_KEY",
    "PAYLOAD_KEY",
    "UNGROUPED_LANE_NAME",
    "looks_like_timelinejs",
    "decode_timelinejs",
    "document_from_timelinejs",
    "document_to_timelinejs",
    "encode_timelinejs",
    "html_to_text",
    "text_to_html",
]

#: The ``extra`` key on Inroads objects that keeps what came from TimelineJS.
EXTRA_KEY = "timelinejs"
#: The key on TimelineJS objects that keeps what came from Inroads (TimelineJS ignores it).
PAYLOAD_KEY = "inroads"
#: The lane of slides without a ``group``.
UNGROUPED_LANE_NAME = "Timeline"

_MISSING: Any = object()
_TIME_FIELDS = ("hour", "minute", "second", "millisecond")
_SLIDE_KEYS = ("start_date", "end_date", "text", "media", "group", "unique_id", PAYLOAD_KEY)
_EXTRA_JSON_NAME = next(f.encode_name for f in msgspec.structs.fields(Lane) if f.name == EXTRA_FIELD)
_EVENT_DEFAULTS: dict[str, Any] = {
    f.encode_name: (f.default if f.default is not msgspec.NODEFAULT else f.default_factory())
    for f in msgspec.structs.fields(Event)
    if f.name != EXTRA_FIELD and not f.required
}
_EVENT_FIELDS = frozenset(f.encode_name for f in msgspec.structs.fields(Event) if f.name != EXTRA_FIELD)
_ENCODER = msgspec.json.Encoder()
_RAW_DECODER = msgspec.json.Decoder()
#: How many slide numbers an aggregated warning lists before "...".
_LISTED = 8


def _warning(message: str, where: str = "", path: tuple = ()) -> Problem:
    return Problem(message, where, path, Severity.WARNING)


# ============================================================================= HTML <-> plain text

_BLOCK_TAGS = frozenset(
    "p div blockquote ul ol dl dt dd h1 h2 h3 h4 h5 h6 tr table section article header footer figure figcaption"
    " pre hr address aside nav main".split()
)
_SKIPPED_TAGS = frozenset(("script", "style", "template"))
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # HTML whitespace; a no-break space is not collapsed
_BREAK, _PARAGRAPH = object(), object()


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[Any] = []
        self.skipping = 0
        self.links: list[tuple[str, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self.skipping += 1
        elif tag == "br":
            self.parts.append(_BREAK)
        elif tag == "li":
            self.parts += [_BREAK, "- "]
        elif tag in _BLOCK_TAGS:
            self.parts.append(_PARAGRAPH)
        elif tag == "a":
            self.links.append((dict(attrs).get("href") or "", len(self.parts)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _SKIPPED_TAGS:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append(_PARAGRAPH)
        elif tag == "a" and self.links:
            href, start = self.links.pop()
            href = href.strip()
            shown = " ".join("".join(p for p in self.parts[start:] if isinstance(p, str)).split())
            if href and not href.startswith(("#", "javascript:")) and href != shown:
                self.parts.append(f" ({href})" if shown else href)

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)

    def text(self) -> str:
        out: list[str] = []
        pending = 0  # line breaks owed before the next text
        for part in self.parts:
            if part is _BREAK:
                pending += 1
            elif part is _PARAGRAPH:
                pending = max(pending, 2)
            else:
                text = _HTML_SPACE.sub(" ", part)
                if not text:
                    continue
                if pending:
                    if out:
                        out[-1] = out[-1].rstrip(" ")
                        out.append("\n" * min(pending, 2))
                    text = text.lstrip(" ")
                    pending = 0
                    if not text:
                        continue
                elif text.startswith(" ") and (not out or out[-1].endswith((" ", "\n"))):
                    text = text.lstrip(" ")
                    if not text:
                        continue
                out.append(text)
        joined = "".join(out)
        return "\n".join(line.strip(" ") for line in joined.split("\n")).strip("\n")


def _is_plain(text: str) -> bool:
    """True when HTML rendering would show ``text`` as it is (no tags, no character references)."""
    return "<" not in text and ("&" not in text or html.unescape(text) == text)


def html_to_text(value: str) -> str:
    """TimelineJS HTML as plain text: paragraphs and <br> become line breaks, links "text (url)".

    Text without tags or character references is returned exactly as it is.
    """
    if _is_plain(value):
        return value
    extractor = _TextExtractor()
    extractor.feed(value)
    extractor.close()
    return extractor.text()


def text_to_html(text: str) -> str:
    """Plain text as TimelineJS HTML that ``html_to_text`` turns back into the same text where it can."""
    if "\n" not in text:
        return text if _is_plain(text) else html.escape(text, quote=False)
    paragraphs = text.split("\n\n")
    return "".join(f"<p>{html.escape(p, quote=False).replace(chr(10), '<br>')}</p>" for p in paragraphs)


def _inline(value: str) -> str:
    """HTML as one line of plain text (headlines, captions, credits)."""
    text = html_to_text(value)
    return re.sub(r" *\n+ *", " ", text) if "\n" in text else text


# ============================================================================= dates


def _whole_number(value: Any) -> tuple[int | None, bool]:
    """(number, ok): None for absent or empty, ok False for a value that is not a whole number."""
    if value is None:
        return None, True
    if isinstance(value, bool):
        return None, False
    if isinstance(value, int):
        return value, True
    if isinstance(value, float):
        return (int(value), True) if value.is_integer() else (None, False)
    if isinstance(value, str):
        stripped = value.strip()
        if not stripped:
            return None, True
        if re.fullmatch(r"[+-]?[0-9]+", stripped):
            return int(stripped), True
    return None, False


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return '"' + (value if len(value) <= 40 else value[:37] + "...") + '"'
    return repr(value)[:40]


@dataclass
class _DateReading:
    date: PartialDate | None = None  # None: no date (absent or no year)
    year_out_of_range: int | None = None
    time: str = ""  # "09:30" when a time of day was given
    errors: list[tuple[str, tuple]] = field(default_factory=list)  # (message, path suffix)


def _read_date(value: Any, name: str) -> _DateReading:
    """Read a TimelineJS date object (start_date, end_date)."""
    reading = _DateReading()
    if not isinstance(value, dict):
        reading.errors.append((f"{name} must be an object with a year, not {_json_type(value)}", ()))
        return reading
    numbers = {}
    for key in ("year", "month", "day", *_TIME_FIELDS):
        number, ok = _whole_number(value.get(key))
        if not ok:
            reading.errors.append((f"{name}.{key} {_shown(value.get(key))} is not a whole number", (key,)))
        numbers[key] = number
    if reading.errors:
        return reading
    year, month, day = numbers["year"], numbers["month"], numbers["day"]
    if year is None:
        if month is not None or day is not None:
            reading.errors.append((f"{name} has a month or day but no year", ("year",)))
        return reading
    if month is not None and not 1 <= month <= 12:
        reading.errors.append((f"{name}.month {month} is out of range 1-12", ("month",)))
        return reading
    if day is not None:
        if month is None:
            reading.errors.append((f"{name} has a day but no month", ("day",)))
            return reading
        if 0 <= year <= 9999 and not 1 <= day <= days_in_month(year, month):
            reading.errors.append((f"{name}.day {day} is out of range 1-{days_in_month(year, month)}", ("day",)))
            return reading
    if not 0 <= year <= 9999:
        reading.year_out_of_range = year
        return reading
    times = [numbers[key] for key in _TIME_FIELDS]
    if any(t is not None for t in times):
        hour, minute, second, _ = (t or 0 for t in times)
        reading.time = f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if numbers["second"] else "")
    reading.date = PartialDate(year, month or 0, day or 0)
    return reading


def _date_object(text: str) -> dict:
    """An EDTF date as a TimelineJS date object; a qualified date gets a display_date in words."""
    date = parse_date(text)
    value: dict[str, Any] = {"year": date.year}
    if date.month:
        value["month"] = date.month
    if date.day:
        value["day"] = date.day
    if date.is_qualified:
        value["display_date"] = date.words()
    return value


def _imported_start(start_object: Any) -> str | None:
    """The start an import makes of a start_date (None: none it can place)."""
    date = _read_date(start_object, "start_date").date
    return date.edtf() if date is not None else None


def _imported_end(start: str, end_object: Any) -> str | None | object:
    """The end an import makes of an end_date next to ``start`` (None: none); _MISSING when unreadable."""
    reading = _read_date(end_object, "end_date")
    if reading.errors:
        return _MISSING
    if reading.date is None:
        return None  # no year, or a year Inroads cannot place: imported as a point in time
    if _ends_before(reading.date, parse_date(start)):
        return None  # imported as a point in time
    return reading.date.edtf()


def _ends_before(end: PartialDate, start: PartialDate) -> bool:
    precision = min(start.precision, end.precision)
    return end.truncated(precision) < start.truncated(precision)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


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


# ============================================================================= import


@dataclass
class _Origin:
    """Where a record of the built document came from in the TimelineJS file, for messages."""

    slide: int = -1  # for events: the index in "events"
    payload_fields: frozenset[str] = frozenset()
    payload_index: int = -1  # for lanes and sources: the index in the top-level "inroads" lists


_FIELD_PATHS = {
    "id": ("unique_id",),
    "title": ("text", "headline"),
    "notes": ("text", "text"),
    "start": ("start_date",),
    "end": ("end_date",),
    "lane": ("group",),
}


class _IdPool:
    """Readable unique ids, as ``edits.unique_id`` makes them, without re-probing taken numbers each time."""

    def __init__(self, taken: set[str]):
        self.used = set(taken)
        self.last: dict[str, int] = {}

    def new(self, base: str) -> str:
        slug = unique_id(base, set())
        if slug in self.used:
            number = max(2, self.last.get(slug, 1) + 1)
            while f"{slug}-{number}" in self.used:
                number += 1
            self.last[slug] = number
            slug = f"{slug}-{number}"
        self.used.add(slug)
        return slug


class _Importer:
    """Builds an Inroads document (as plain JSON values) from a TimelineJS value."""

    def __init__(self, raw: dict, with_shadows: bool = True):
        self.raw = raw
        self.with_shadows = with_shadows
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []
        self.slide_warnings: dict[int, list[Problem]] = {}
        self.kept: dict[str, list[tuple]] = {}  # aggregated "kept, not shown" paths per kind
        self.time_examples: dict[str, str] = {}
        self.lanes: list[dict] = []
        self.lane_ids: set[str] = set()
        self.lane_for_label: dict[str, str] = {}
        self.ungrouped_lane: str | None = None
        self.sources: list[dict] = []
        self.source_ids: set[str] = set()
        self.source_origin: dict[str, tuple] = {}
        self.source_index: dict[tuple, str] = {}  # (url, title, publisher[, text]) -> first source id
        self.lane_origin: dict[str, tuple] = {}
        self.events: list[dict] = []
        self.origins: list[_Origin] = []
        self.media_links: list[str | None] = []
        self.unplaced: list[dict] = []
        self.payload: dict = {}

    # ------------------------------------------------------------------ the whole file

    def run(self) -> dict:
        raw = self.raw
        payload = raw.get(PAYLOAD_KEY)
        if isinstance(payload, dict) and payload.get("format") == FORMAT_NAME:
            self.payload = payload
        self.read_payload_lists()
        document: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
        title, description = self.read_title_slide(raw.get("title", _MISSING))
        if title:
            document["title"] = title
        if description:
            document["description"] = description
        for key in ("title", "description"):
            if key in self.payload:
                document[key] = self.payload[key]
        events = raw.get("events")
        if not isinstance(events, list):
            message = 'missing "events"' if events is None else f"events must be a list, not {_json_type(events)}"
            self.errors.append(Problem(message, "", ("events",) if events is not None else ()))
            events = []
        explicit = {s.get("unique_id") for s in events if isinstance(s, dict) and _usable_id(s.get("unique_id"))}
        for slide in events:
            payload = slide.get(PAYLOAD_KEY) if isinstance(slide, dict) else None
            if isinstance(payload, dict) and isinstance(payload.get("id"), str):
                explicit.add(payload["id"])
        self.ids = _IdPool(explicit)  # generated ids never take an id a later slide names
        self.assigned_ids: set[str] = set()
        for index, slide in enumerate(events):
            self.read_slide(index, slide)
        document["lanes"] = self.lanes
        document["sources"] = self.sources
        document["events"] = self.events
        for key, value in self.payload.items():
            if key not in ("format", "version", "title", "description", "lanes", "sources", "events"):
                document[key] = value
        if self.with_shadows:
            self.read_top_level_keys()
        return document

    def read_payload_lists(self) -> None:
        lanes = self.payload.get("lanes", [])
        if isinstance(lanes, list):
            for index, lane in enumerate(lanes):
                self.lanes.append(lane)
                if isinstance(lane, dict) and isinstance(lane.get("id"), str):
                    lane_id = lane["id"]
                    self.lane_ids.add(lane_id)
                    self.lane_origin.setdefault(lane_id, (PAYLOAD_KEY, "lanes", index))
                    extra = lane.get(EXTRA_KEY)
                    if isinstance(extra, dict) and extra.get("ungrouped"):
                        self.ungrouped_lane = self.ungrouped_lane or lane_id
                    else:
                        name = lane.get("name") if isinstance(lane.get("name"), str) else ""
                        self.lane_for_label.setdefault(_lane_label(name, lane_id), lane_id)
        sources = self.payload.get("sources", [])
        if isinstance(sources, list):
            for index, source in enumerate(sources):
                self.add_source(source, (PAYLOAD_KEY, "sources", index))

    def read_title_slide(self, slide: Any) -> tuple[str, str]:
        if slide is _MISSING or slide is None:
            return "", ""
        if not isinstance(slide, dict):
            self.errors.append(Problem(f"title must be a slide (an object), not {_json_type(slide)}", "", ("title",)))
            return "", ""
        headline, text = self.read_text(slide, ("title",), "title")
        return headline, text

    def read_text(self, slide: dict, path: tuple, where: str) -> tuple[str, str]:
        text = slide.get("text")
        if text is None:
            return "", ""
        if not isinstance(text, dict):
            self.errors.append(Problem(f"text must be an object, not {_json_type(text)}", where, path + ("text",)))
            return "", ""
        values = []
        for key in ("headline", "text"):
            value = text.get(key)
            if value is None:
                values.append("")
            elif isinstance(value, str):
                values.append(_inline(value) if key == "headline" else html_to_text(value))
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                values.append(str(value))
            else:
                self.errors.append(
                    Problem(f"text.{key} must be a string, not {_json_type(value)}", where, path + ("text", key))
                )
                values.append("")
        return values[0], values[1]

    def read_top_level_keys(self) -> None:
        for key, value in self.raw.items():
            if key in ("events", "title", PAYLOAD_KEY):
                continue
            if key == "eras":
                count = len(value) if isinstance(value, list) else 1
                self.warnings.append(
                    _warning(
                        f"{count} era{'s' if count != 1 else ''} (labelled time spans) {'are' if count != 1 else 'is'}"
                        " not shown by Inroads; kept and written back on export",
                        "",
                        ("eras",),
                    )
                )
            elif key == "scale" and value == "human":
                continue
            else:
                self.warnings.append(
                    _warning(f'"{key}" is not shown by Inroads; kept and written back on export', "", (key,))
                )
        if PAYLOAD_KEY in self.raw and not self.payload:
            self.warnings.append(
                _warning(
                    f'"{PAYLOAD_KEY}" is not Inroads data (no "format": "{FORMAT_NAME}"); kept as it is',
                    "",
                    (PAYLOAD_KEY,),
                )
            )

    # ------------------------------------------------------------------ one slide

    def read_slide(self, index: int, slide: Any) -> None:
        path = ("events", index)
        if not isinstance(slide, dict):
            message = f"must be a slide (an object), not {_json_type(slide)}"
            self.errors.append(Problem(message, f"events[{index}]", path))
            return
        uid = slide.get("unique_id")
        where = describe_object("events", index, uid if isinstance(uid, str) else None)
        warnings = self.slide_warnings.setdefault(index, [])
        errors_before = len(self.errors)
        payload = slide.get(PAYLOAD_KEY)
        if payload is not None and not isinstance(payload, dict):
            message = f'"{PAYLOAD_KEY}" must be an object; ignored (kept as it is)'
            warnings.append(_warning(message, where, path + (PAYLOAD_KEY,)))
            payload = None
        payload = {k: v for k, v in (payload or {}).items() if k != EXTRA_KEY}

        if "start_date" not in slide:
            self.errors.append(Problem('missing "start_date" (every event slide needs one)', where, path))
            return
        start_reading = _read_date(slide["start_date"], "start_date")
        for message, suffix in start_reading.errors:
            self.errors.append(Problem(message, where, path + ("start_date",) + suffix))
        if not start_reading.errors and start_reading.date is None and start_reading.year_out_of_range is None:
            self.errors.append(Problem("start_date has no year", where, path + ("start_date", "year")))
        end_reading = _read_date(slide["end_date"], "end_date") if "end_date" in slide else _DateReading()
        for message, suffix in end_reading.errors:
            self.errors.append(Problem(message, where, path + ("end_date",) + suffix))
        title, notes = self.read_text(slide, path, where)
        if len(self.errors) > errors_before:
            return
        if start_reading.year_out_of_range is not None:
            self.unplaced.append({"index": index, "slide": slide})
            self.warnings.append(
                _warning(
                    f"start_date year {start_reading.year_out_of_range} is outside 0000-9999, which Inroads cannot"
                    " place on its timeline: the slide is left out of the timeline, kept, and written back on export",
                    where,
                    path + ("start_date", "year"),
                )
            )
            return
        start = start_reading.date.edtf()
        end: str | None = None
        if end_reading.year_out_of_range is not None:
            warnings.append(
                _warning(
                    f"end_date year {end_reading.year_out_of_range} is outside 0000-9999: imported as a point in time;"
                    " the end_date is kept and written back on export",
                    where,
                    path + ("end_date", "year"),
                )
            )
        elif end_reading.date is not None:
            if _ends_before(end_reading.date, start_reading.date):
                warnings.append(
                    _warning(
                        f'end_date {end_reading.date.edtf()} is before start_date {start}: imported as a point in time;'
                        " the end_date is kept and written back on export",
                        where,
                        path + ("end_date",),
                    )
                )
            else:
                end = end_reading.date.edtf()
        for name, reading in (("start_date", start_reading), ("end_date", end_reading)):
            if reading.time:
                self.kept.setdefault(f"time:{name}", []).append(path + (name,))
                self.time_examples.setdefault(f"time:{name}", reading.time)
        self.note_kept(index, slide, payload)

        event_id = self.event_id(index, slide, title, where, warnings)
        if isinstance(payload.get("lane"), str):
            lane = payload["lane"]  # said outright: the group is only for show
        else:
            lane = self.lane_for_group(slide.get("group"), path + ("group",))
        event: dict[str, Any] = {"id": event_id, "lane": lane, "title": title, "start": start}
        if end is not None:
            event["end"] = end
        event["kind"] = "other"
        event["status"] = "reported"
        if notes:
            event["notes"] = notes
        event.update(payload)
        link = self.media_source(slide.get("media"), event, path + ("media",), where)
        self.events.append(event)
        self.origins.append(_Origin(slide=index, payload_fields=frozenset(payload)))
        self.media_links.append(link)

    def event_id(self, index: int, slide: dict, title: str, where: str, warnings: list[Problem]) -> str:
        uid = slide.get("unique_id")
        if _usable_id(uid) and uid not in self.assigned_ids:
            self.assigned_ids.add(uid)
            return uid
        new_id = self.ids.new(uid if _usable_id(uid) else (title or _media_caption(slide) or "event"))
        self.assigned_ids.add(new_id)
        if _usable_id(uid):
            warnings.append(
                _warning(
                    f'unique_id "{uid}" is used by an earlier slide too: this one gets the id "{new_id}"',
                    where,
                    ("events", index, "unique_id"),
                )
            )
        return new_id

    def lane_for_group(self, group: Any, path: tuple) -> str:
        group = _group_text(group)
        if group is None:
            if self.ungrouped_lane is None:
                lane_id = unique_id(UNGROUPED_LANE_NAME, self.lane_ids)
                self.add_lane({"id": lane_id, "name": UNGROUPED_LANE_NAME, EXTRA_KEY: {"ungrouped": True}}, path)
                self.ungrouped_lane = lane_id
            return self.ungrouped_lane
        lane_id = self.lane_for_label.get(group)
        if lane_id is None:
            lane_id = unique_id(group, self.lane_ids)
            self.add_lane({"id": lane_id, "name": group}, path)
            self.lane_for_label[group] = lane_id
        return lane_id

    def add_lane(self, lane: dict, origin: tuple) -> None:
        self.lanes.append(lane)
        self.lane_ids.add(lane["id"])
        self.lane_origin[lane["id"]] = origin

    def media_source(self, media: Any, event: dict, path: tuple, where: str) -> str | None:
        """The id of the source a slide's media maps to (found or created), or None."""
        if media is None:
            return None
        if not isinstance(media, dict):
            self.errors.append(Problem(f"media must be an object, not {_json_type(media)}", where, path))
            return None
        fields = _media_fields(media)
        if fields is None:
            return None
        url, title, publisher, text = fields
        raw_url = media.get("url")
        found = self.source_index.get((raw_url, title, publisher)) if isinstance(raw_url, str) else None
        if found is None:
            found = self.source_index.get((url, title, publisher, text) if text else (url, title, publisher))
        if found is not None:
            return found
        base = event.get("id") or title or publisher or "media"
        source_id = unique_id(base if isinstance(base, str) else "media", self.source_ids)
        source: dict[str, Any] = {"id": source_id}
        for key, value in (("title", title), ("publisher", publisher), ("url", url), ("text", text)):
            if value:
                source[key] = value
        self.add_source(source, path)
        return source_id

    def add_source(self, source: Any, origin: tuple) -> None:
        self.sources.append(source)
        if not isinstance(source, dict) or not isinstance(source.get("id"), str):
            return
        self.source_ids.add(source["id"])
        self.source_origin.setdefault(source["id"], origin)
        key = (source.get("url", ""), source.get("title", ""), source.get("publisher", ""))
        if not all(isinstance(part, str) for part in (*key, source.get("text", ""))):
            return  # not a valid source: decoding reports it
        self.source_index.setdefault(key, source["id"])
        self.source_index.setdefault(key + (source.get("text", ""),), source["id"])

    def note_kept(self, index: int, slide: dict, payload: dict) -> None:
        """Remember the slide's parts that Inroads keeps but does not show (warned about, aggregated)."""

        def keep(kind: str, sub: tuple) -> None:
            self.kept.setdefault(kind, []).append(("events", index) + sub)

        for key, value in slide.items():
            if key not in _SLIDE_KEYS and _has_content(value):
                keep(key, (key,))
        for name in ("start_date", "end_date"):
            date = slide.get(name)
            if isinstance(date, dict):
                exact = payload.get("start" if name == "start_date" else "end")
                for key, value in date.items():
                    if key in ("year", "month", "day", *_TIME_FIELDS) or not _has_content(value):
                        continue
                    if key == "display_date" and isinstance(exact, str) and _words_of(exact) == value:
                        continue
                    keep(f"{name}.{key}", (name, key))
        text = slide.get("text")
        if isinstance(text, dict):
            for key, value in text.items():
                if key not in ("headline", "text") and _has_content(value):
                    keep(f"text.{key}", ("text", key))
                elif key in ("headline", "text") and isinstance(value, str) and not _is_plain(value):
                    keep(f"html:text.{key}", ("text", key))
        media = slide.get("media")
        if isinstance(media, dict):
            for key, value in media.items():
                if key in ("caption", "credit") and isinstance(value, str) and not _is_plain(value):
                    keep(f"html:media.{key}", ("media", key))
                elif key == "url" and isinstance(value, str) and value.strip().startswith("<"):
                    keep("embed:media.url", ("media", key))
                elif key not in ("url", "caption", "credit") and _has_content(value):
                    keep(f"media.{key}", ("media", key))


def _lane_label(name: str, lane_id: str) -> str:
    """The group a lane is written as: its name, or its id when the name is blank."""
    return name if name.strip() else lane_id


def _group_text(group: Any) -> str | None:
    """The lane name a slide's group gives (HTML, like every TimelineJS text, read as one line); None: no group."""
    if isinstance(group, (int, float)) and not isinstance(group, bool):
        group = str(group)
    if not isinstance(group, str) or not group.strip():
        return None
    text = _inline(group)
    return text if text.strip() else None


def _is_web_address(url: str) -> bool:
    """True for an address a browser loads from the web: http(s), or relative to the page (``/img.jpg``,
    ``//host/img.jpg``), without spaces, control characters, quotes or markup. Not ``javascript:``,
    ``data:``, other schemes, nor HTML: what TimelineJS would run or embed."""
    if not url or any(ch.isspace() or not ch.isprintable() or ch in _UNSAFE_IN_ADDRESS for ch in url):
        return False
    if url.startswith("/"):
        return not url.startswith("/\\")
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


_UNSAFE_IN_ADDRESS = frozenset('<>"\'`\\')


def _usable_id(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _has_content(value: Any) -> bool:
    if value is None or value == "" or value == [] or value == {}:
        return False
    if isinstance(value, dict):
        return any(_has_content(v) for v in value.values())
    return True


def _words_of(edtf: str) -> str | None:
    try:
        return parse_date(edtf).words()
    except DateError:
        return None


def _media_caption(slide: dict) -> str:
    media = slide.get("media")
    caption = media.get("caption") if isinstance(media, dict) else None
    return _inline(caption) if isinstance(caption, str) else ""


def _media_fields(media: dict) -> tuple[str, str, str, str] | None:
    """(url, title, publisher, text) of the source a media object maps to; None when it is empty."""
    url = media.get("url")
    url = url if isinstance(url, str) else ""
    caption = media.get("caption")
    credit = media.get("credit")
    title = _inline(caption) if isinstance(caption, str) else ""
    publisher = _inline(credit) if isinstance(credit, str) else ""
    text = ""
    if url.strip().startswith("<"):
        text, url = html_to_text(url), ""
    if not (url.strip() or text or title or publisher):
        return None
    return url, title, publisher, text


_KEPT_MESSAGES = {
    "html:text.headline": "is HTML: the title shows it as plain text; the HTML is kept and written back unless the"
    " title is edited",
    "html:text.text": 'is HTML: the notes show it as plain text (links as "text (url)"); the HTML is kept and'
    " written back unless the notes are edited",
    "html:media.caption": "is HTML: the source title shows it as plain text; the HTML is kept and written back",
    "html:media.credit": "is HTML: the source publisher shows it as plain text; the HTML is kept and written back",
    "embed:media.url": "is HTML (an embed), not a link: its text becomes the source's text; the HTML is kept and"
    " written back",
}


def _kept_warnings(kept: dict[str, list[tuple]], time_examples: dict[str, str]) -> list[Problem]:
    problems = []
    for kind, paths in kept.items():
        name = kind.split(":", 1)[-1]
        slides = [p[1] for p in paths]
        count = len(slides)
        listed = ", ".join(map(str, slides[:_LISTED])) + (", ..." if count > _LISTED else "")
        which = f"on {count} slide{'s' if count != 1 else ''} (events {listed})"
        if kind.startswith("time:"):
            message = (
                f"{name} {which} has a time of day (e.g. {time_examples.get(kind, '?')}), which the Inroads timeline"
                " does not keep (it counts in days); the original date is kept and written back on export"
            )
        elif kind in _KEPT_MESSAGES:
            message = f"{name} {which} {_KEPT_MESSAGES[kind]}"
        else:
            message = f'"{name}" {which} is not shown by Inroads; kept and written back on export'
        problems.append(_warning(message, "", paths[0]))
    return problems


# ============================================================================= export

_REMOVE: Any = object()


class _Exporter:
    """Builds TimelineJS slides from a typed document, reconciling with what an import kept."""

    def __init__(self, document: Document):
        self.document = document
        self.lanes = {lane.id: lane for lane in document.lanes}
        self.sources = {source.id: source for source in document.sources}
        self.lane_for_label: dict[str, str] = {}
        self.ungrouped_lane: str | None = None
        for lane in document.lanes:
            extra = lane.extra.get(EXTRA_KEY)
            if isinstance(extra, dict) and extra.get("ungrouped"):
                self.ungrouped_lane = self.ungrouped_lane or lane.id
            else:
                self.lane_for_label.setdefault(_lane_label(lane.name, lane.id), lane.id)
        self.warnings: list[Problem] = []
        self.not_web: set[str] = set()  # the sources whose address was found not to be a web address

    # ------------------------------------------------------------------ groups and media

    def group_of(self, lane_id: str) -> str | None:
        if lane_id == self.ungrouped_lane:
            return None
        lane = self.lanes.get(lane_id)
        return _lane_label(lane.name, lane.id) if lane is not None else lane_id

    def lane_of_group(self, group: Any) -> str | None:
        group = _group_text(group)
        if group is None:
            return self.ungrouped_lane
        return self.lane_for_label.get(group)

    def evidence_media(self, event: Event) -> dict | None:
        if not event.evidence:
            return None
        source = self.sources.get(event.evidence[0].source)
        if source is None or not source.url or not self.web_address(source):
            return None
        media = _source_media(source)
        # Only media that an import maps back to this very source (else the sources under "inroads" do it).
        if _inline(media.get("caption", "")) != source.title or _inline(media.get("credit", "")) != source.publisher:
            return None
        return media

    # ------------------------------------------------------------------ slides

    def canonical_slide(self, event: Event) -> dict:
        """The slide for an event as if it had never been imported."""
        slide: dict[str, Any] = {"start_date": _date_object(event.start)}
        if event.end is not None and event.end != ONGOING:
            slide["end_date"] = _date_object(event.end)
        text = {}
        if event.title:
            text["headline"] = text_to_html(event.title)
        if event.notes:
            text["text"] = text_to_html(event.notes)
        if text:
            slide["text"] = text
        media = self.evidence_media(event)
        if media:
            slide["media"] = media
        group = self.group_of(event.lane)
        if group is not None:
            slide["group"] = text_to_html(group)
        slide["unique_id"] = event.id
        return slide

    def slide(self, index: int, event: Event) -> dict:
        """The slide for an event: the kept original where the event still says the same, else new values."""
        kept = event.extra.get(EXTRA_KEY)
        original = kept.get("slide") if isinstance(kept, dict) else None
        if not isinstance(original, dict):
            return self.canonical_slide(event)
        slide = copy.deepcopy(original)
        if isinstance(slide.get(PAYLOAD_KEY), dict):
            del slide[PAYLOAD_KEY]  # written afresh by the export
        _reconcile(
            slide,
            "start_date",
            lambda v: _imported_start(v) == event.start,
            _date_object(event.start),
        )
        if event.end is None or event.end == ONGOING:
            end_value = _REMOVE
        else:
            end_value = _date_object(event.end)
        start_for_end = event.start

        def end_matches(value: Any) -> bool:
            try:
                return _imported_end(start_for_end, value) == (None if event.end == ONGOING else event.end)
            except DateError:
                return False

        _reconcile(slide, "end_date", end_matches, end_value, absent_ok=event.end is None or event.end == ONGOING)
        original_text = slide.get("text")
        text = original_text if isinstance(original_text, dict) else {}
        _reconcile(
            text,
            "headline",
            lambda v: isinstance(v, (str, int, float)) and _inline(str(v)) == event.title,
            text_to_html(event.title) if event.title else _REMOVE,
            absent_ok=not event.title,
            null_ok=not event.title,
        )
        _reconcile(
            text,
            "text",
            lambda v: isinstance(v, (str, int, float)) and html_to_text(str(v)) == event.notes,
            text_to_html(event.notes) if event.notes else _REMOVE,
            absent_ok=not event.notes,
            null_ok=not event.notes,
        )
        if text and text is not original_text:
            slide["text"] = text  # a title or notes where the slide had no text object
        self.reconcile_media(slide, event, kept.get("media"), index)
        group = self.group_of(event.lane)
        _reconcile(
            slide,
            "group",
            lambda v: self.lane_of_group(v) == event.lane,
            text_to_html(group) if group is not None else _REMOVE,
            absent_ok=group is None,
            null_ok=group is None,
        )
        uid = slide.get("unique_id")
        if _usable_id(uid) and uid != event.id:
            slide["unique_id"] = event.id
        return slide

    def reconcile_media(self, slide: dict, event: Event, link: Any, index: int) -> None:
        media = slide.get("media")
        if not isinstance(link, str):
            if media is None or (isinstance(media, dict) and _media_fields(media) is None):
                if media is None:
                    generated = self.evidence_media(event)
                    if generated:
                        slide["media"] = generated
                return
            return
        source = self.sources.get(link)
        if source is None:
            slide.pop("media", None)
            self.warnings.append(
                _warning(
                    f'its TimelineJS media came from source "{link}", which is no longer in the timeline:'
                    " the slide is written without media",
                    describe_object("events", index, event.id),
                    ("events", index),
                )
            )
            return
        if not isinstance(media, dict):
            if self.web_address(source):
                slide["media"] = _source_media(source)
            else:
                slide.pop("media", None)
            return
        url = media.get("url")
        embedded = isinstance(url, str) and url.strip().startswith("<")
        if embedded:
            if source.url or html_to_text(url) != source.text:
                media["url"] = source.url or f"<blockquote>{html.escape(source.text, quote=False)}</blockquote>"
        elif (url if isinstance(url, str) else "") != source.url:
            media["url"] = source.url
        _reconcile(
            media,
            "caption",
            lambda v: (_inline(v) if isinstance(v, str) else "") == source.title,
            text_to_html(source.title),
            absent_ok=not source.title,
            null_ok=not source.title,
        )
        _reconcile(
            media,
            "credit",
            lambda v: (_inline(v) if isinstance(v, str) else "") == source.publisher,
            text_to_html(source.publisher),
            absent_ok=not source.publisher,
            null_ok=not source.publisher,
        )
        if media.get("url") == source.url and not self.web_address(source):
            del slide["media"]

    def web_address(self, source: Source) -> bool:
        """True when the source's address may be written as media; else False, and a warning (once a source)."""
        if not source.url or _is_web_address(source.url):
            return True
        if source.id not in self.not_web:
            self.not_web.add(source.id)
            index = next(i for i, s in enumerate(self.document.sources) if s is source)
            self.warnings.append(
                _warning(
                    f'the address {_shown(source.url)} of source "{source.id}" is not an http(s) address: no slide'
                    f' shows it as media (TimelineJS would run or embed it); it is kept under "{PAYLOAD_KEY}"',
                    "",
                    ("sources", index, "url"),
                )
            )
        return False

    def title_slide(self) -> dict | None:
        document = self.document
        kept = document.extra.get(EXTRA_KEY)
        top = kept.get("top_level") if isinstance(kept, dict) else None
        original = top.get("title") if isinstance(top, dict) else None
        if not isinstance(original, dict):
            return _canonical_title(document.title, document.description)
        slide = copy.deepcopy(original)
        original_text = slide.get("text")
        text = original_text if isinstance(original_text, dict) else {}
        _reconcile(
            text,
            "headline",
            lambda v: isinstance(v, (str, int, float)) and _inline(str(v)) == document.title,
            text_to_html(document.title) if document.title else _REMOVE,
            absent_ok=not document.title,
            null_ok=not document.title,
        )
        _reconcile(
            text,
            "text",
            lambda v: isinstance(v, (str, int, float)) and html_to_text(str(v)) == document.description,
            text_to_html(document.description) if document.description else _REMOVE,
            absent_ok=not document.description,
            null_ok=not document.description,
        )
        if text and text is not original_text:
            slide["text"] = text  # a title or notes where the slide had no text object
        return slide


def _reconcile(
    container: dict,
    key: str,
    matches: Callable[[Any], bool],
    new_value: Any,
    absent_ok: bool = False,
    null_ok: bool = False,
) -> None:
    """Keep ``container[key]`` when it still means what the Inroads value says, else write the new value."""
    if key in container:
        value = container[key]
        if value is None and null_ok:
            return
        try:
            if value is not None and matches(value):
                return
        except (DateError, ValueError, TypeError):
            pass
    elif absent_ok:
        return
    if new_value is _REMOVE:
        container.pop(key, None)
    else:
        container[key] = new_value


def _source_media(source: Source) -> dict:
    media: dict[str, Any] = {"url": source.url}
    if source.title:
        media["caption"] = text_to_html(source.title)
    if source.publisher:
        media["credit"] = text_to_html(source.publisher)
    return media


def _canonical_title(title: str, description: str) -> dict | None:
    text = {}
    if title:
        text["headline"] = text_to_html(title)
    if description:
        text["text"] = text_to_html(description)
    return {"text": text} if text else None


# ============================================================================= public API: import


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
        # A payload that was read is now the event's own fields; anything else stays part of the slide.
        absorbed = isinstance(slide.get(PAYLOAD_KEY), dict)
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


def _title_warnings(title: Any) -> list[Problem]:
    """What of a kept title slide Inroads does not show."""
    warnings = []
    if not isinstance(title, dict):
        return warnings
    for key, value in title.items():
        if key != "text" and _has_content(value):
            warnings.append(
                _warning(
                    f'the title slide\'s "{key}" is not shown by Inroads; kept and written back on export',
                    "",
                    ("title", key),
                )
            )
    text = title.get("text")
    if isinstance(text, dict):
        for key, shown_as in (("headline", "the timeline's title"), ("text", "the timeline's description")):
            value = text.get(key)
            if isinstance(value, str) and not _is_plain(value):
                warnings.append(
                    _warning(
                        f"the title slide's text.{key} is HTML: {shown_as} shows it as plain text; the HTML is kept"
                        " and written back unless it is edited",
                        "",
                        ("title", "text", key),
                    )
                )
    return warnings


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
        items = importer.lanes if path[0] == "lanes" else importer.sources
        origins = importer.lane_origin if path[0] == "lanes" else importer.source_origin
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


# ============================================================================= public API: export


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


def encode_timelinejs(document: Document) -> tuple[bytes, list[Problem]]:
    """The bytes of a TimelineJS JSON file (2-space indent, UTF-8, final newline), with warnings."""
    value, warnings = document_to_timelinejs(document)
    return msgspec.json.format(_ENCODER.encode(value), indent=2) + b"\n", warnings
