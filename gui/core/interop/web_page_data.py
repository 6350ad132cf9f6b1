"""What the web page shows, as plain JSON-ready data: lanes, the kinds' encoding, events, the sources they cite
and the scoreboard.

Dates go out as day numbers (days since 1970-01-01, the end exclusive) with their precision and their words,
so the page draws a month- or year-precision event as a band over its whole period and never shows more
precision than the file has. Quotes are located here, once, and sent as UTF-16 offsets (what JavaScript
strings count) into their source's text.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from gui.core.document.dates import DateError, PartialDate, Precision, parse_date
from gui.core.document.model import Document, Event, Source
from gui.core.document.textquote import QuoteFinder
from gui.core.interop.web_page_scoreboard import scoreboard_tables
from gui.core.view import palette as web_palette

__all__ = ["page_data", "event_days", "is_web_url"]

_PRECISION_NAMES = ("year", "month", "day")


def is_web_url(url: str) -> bool:
    """True for an http or https address with a host: the only links the page shows."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def _date(text: str | None) -> PartialDate | None:
    if not text:
        return None
    try:
        return parse_date(text)
    except DateError:
        return None


def event_days(event: Event) -> tuple[int, int] | None:
    """The event's [first day, day after its last) as the page draws it; None when its start can't be read."""
    start = _date(event.start)
    if start is None:
        return None
    end = _date(event.end) if event.end and not event.is_ongoing else None
    return start.first_day(), max(start.end_day(), end.end_day() if end else start.end_day())


def _firm_core(start: PartialDate | None, end: PartialDate | None, days: tuple[int, int]) -> list[int] | None:
    """The days a range surely covers, [from, to), when that is less than its whole extent; else None.

    A range from "2015~" to "2017?" surely covers only 2016: its first and last years are drawn pale, as a
    vague date's band is, so no end is drawn firmer than the file knows it (it may be empty: [a, a))."""
    if start is None:
        return None
    first = start.first_day() if start.precision == Precision.DAY and not start.is_qualified else start.end_day()
    if end is None:
        last = days[1]
    else:
        last = end.end_day() if end.precision == Precision.DAY and not end.is_qualified else end.first_day()
    first, last = min(first, days[1]), max(min(last, days[1]), days[0])
    return None if (first, last) == tuple(days) else [first, max(first, last)]


def _when(event: Event) -> str:
    start = _date(event.start)
    words = start.words() if start else event.start
    if event.is_ongoing:
        return f"{words} – ongoing"
    end = _date(event.end)
    if end is not None:
        return f"{words} – {end.words()}"
    return words


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class _Sources:
    """The sources the exported events cite, each sent once, in the order first cited."""

    def __init__(self, document: Document) -> None:
        self.by_id = {source.id: source for source in document.sources}
        self.index: dict[str, int] = {}
        self.rows: list[dict[str, Any]] = []
        self.finders: dict[str, QuoteFinder] = {}

    def row_of(self, source_id: str) -> int | None:
        if source_id in self.index:
            return self.index[source_id]
        source = self.by_id.get(source_id)
        if source is None:
            return None
        self.index[source_id] = len(self.rows)
        self.rows.append(_source_row(source))
        return self.index[source_id]

    def locate(self, source_id: str, quote: str, prefix: str, suffix: str) -> list[int] | None:
        source = self.by_id.get(source_id)
        if source is None or not source.text:
            return None
        finder = self.finders.get(source_id) or self.finders.setdefault(source_id, QuoteFinder(source.text))
        found = finder.find(quote, prefix, suffix)
        if found is None:
            return None
        start, end = found
        head = _utf16_length(source.text[:start])
        return [head, head + _utf16_length(source.text[start:end])]


def _source_row(source: Source) -> dict[str, Any]:
    published = _date(source.published)
    return {
        "title": source.title,
        "publisher": source.publisher,
        "date": published.words() if published else (source.published or ""),
        "url": source.url if is_web_url(source.url) else "",
        "text": source.text,
    }


def _overlaps(days: tuple[int, int], shown: tuple[int | None, int | None]) -> bool:
    first, last = shown
    return (first is None or days[1] > first) and (last is None or days[0] < last)


def page_data(
    document: Document,
    *,
    title: str | None = None,
    shown: tuple[int | None, int | None] = (None, None),
    event_ids: set[str] | None = None,
) -> dict[str, Any]:
    """The page's data: the events overlapping ``shown`` (days, end exclusive) and, if given, in ``event_ids``."""
    lanes = {lane.id: index for index, lane in enumerate(document.lanes)}
    lane_rows = [{"name": lane.name or lane.id, "color": lane.color or ""} for lane in document.lanes]
    sources = _Sources(document)
    kinds: dict[str, dict[str, str]] = {}
    events, shown_events = [], []
    for event in document.events:
        days = event_days(event)
        if days is None or not _overlaps(days, shown) or (event_ids is not None and event.id not in event_ids):
            continue
        if event.lane not in lanes:
            lanes[event.lane] = len(lane_rows)
            lane_rows.append({"name": event.lane, "color": ""})
        if event.kind not in kinds:
            kinds[event.kind] = {"label": web_palette.kind_label(event.kind), "color": web_palette.kind_color(event.kind)}
        events.append(_event_row(event, days, lanes[event.lane], sources))
        shown_events.append(event)
    events.sort(key=lambda row: (row["start"], row["end"]))
    place = {row["id"]: index for index, row in enumerate(events)}
    return {
        "title": title if title is not None else document.title,
        "description": document.description,
        "shown": list(shown),
        "lanes": lane_rows,
        "kinds": kinds,
        "statuses": _status_rows(events),
        "bands": list(web_palette.LANE_BAND_COLORS),
        "highlight": web_palette.QUOTE_HIGHLIGHT,
        "events": events,
        "sources": sources.rows,
        "scoreboard": scoreboard_tables(document, shown_events, place),
    }


def _event_row(event: Event, days: tuple[int, int], lane: int, sources: _Sources) -> dict[str, Any]:
    """One event; fields at their usual value are left out (the page fills them in) to keep big pages small."""
    start = _date(event.start)
    row: dict[str, Any] = {
        "id": event.id,
        "title": event.title,
        "lane": lane,
        "kind": event.kind,
        "status": event.status,
        "start": days[0],
        "end": days[1],
        "when": _when(event),
    }
    if start is not None and start.precision != Precision.DAY:
        row["precision"] = _PRECISION_NAMES[int(start.precision)]
    if event.end is not None:
        row["range"] = 1
        core = _firm_core(start, _date(event.end) if not event.is_ongoing else None, days)
        if core is not None:
            row["core"] = core
    if event.is_ongoing:
        row["ongoing"] = 1
    if event.partners:
        row["partners"] = list(event.partners)
    if event.notes:
        row["notes"] = event.notes
    evidence = []
    for item in event.evidence:
        source = sources.row_of(item.source)
        if source is None:
            continue
        at = sources.locate(item.source, item.quote, item.prefix, item.suffix)
        # A located quote is read from its source's text on the page, so it travels once.
        evidence.append({"source": source, "at": at} if at else {"source": source, "quote": item.quote})
    if evidence:
        row["evidence"] = evidence
    return row


def _status_rows(events: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {
        status: {
            "label": web_palette.status_label(status),
            "opacity": web_palette.status_opacity(status),
            "hollow": status in web_palette.HOLLOW_STATUSES,
        }
        for status in sorted({row["status"] for row in events})
    }
