"""The TimelineJS importer: an Inroads document, as plain JSON values, from a parsed TimelineJS value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gui.core.document.edits import unique_id
from gui.core.document.model import FORMAT_NAME, FORMAT_VERSION
from gui.core.document.problems import Problem
from gui.core.document.validate import describe_object
from gui.core.interop.timelinejs_dates import _DateReading, _ends_before, _read_date
from gui.core.interop.timelinejs_html import _inline, html_to_text
from gui.core.interop.timelinejs_kept import _kept_parts, _top_level_warnings
from gui.core.interop.timelinejs_mapping import (
    _MISSING,
    EXTRA_KEY,
    PAYLOAD_KEY,
    UNGROUPED_LANE_NAME,
    _group_text,
    _json_type,
    _lane_label,
    _media_caption,
    _media_fields,
    _usable_id,
    _warning,
)


@dataclass
class _Origin:
    """Where a record of the built document came from in the TimelineJS file, for messages."""

    slide: int = -1  # for events: the index in "events"
    payload_fields: frozenset[str] = frozenset()
    payload_index: int = -1  # for lanes and sources: the index in the top-level "inroads" lists


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


class _MediaSources:
    """The sources a file's media become: one per distinct url, caption and credit (and text), found again
    by those; the sources under the top-level "inroads" come first."""

    def __init__(self) -> None:
        self.sources: list[dict] = []
        self.source_ids: set[str] = set()
        self.source_origin: dict[str, tuple] = {}
        self.source_index: dict[tuple, str] = {}  # (url, title, publisher[, text]) -> first source id

    def source_for(self, media: dict, event: dict, path: tuple) -> str | None:
        """The id of the source a media object maps to (found or created), or None when it is empty."""
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
        self.media = _MediaSources()
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
        document["sources"] = self.media.sources
        document["events"] = self.events
        for key, value in self.payload.items():
            if key not in ("format", "version", "title", "description", "lanes", "sources", "events"):
                document[key] = value
        if self.with_shadows:
            self.warnings += _top_level_warnings(self.raw, self.payload)
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
                self.media.add_source(source, (PAYLOAD_KEY, "sources", index))

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
        for kind, sub in _kept_parts(slide, payload):
            self.kept.setdefault(kind, []).append(path + sub)

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
        return self.media.source_for(media, event, path)
