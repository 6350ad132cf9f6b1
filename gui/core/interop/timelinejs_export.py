"""The TimelineJS exporter: slides from a typed document, each kept original reconciled with the fields now."""

from __future__ import annotations

import copy
import html
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from gui.core.document.dates import DateError
from gui.core.document.model import ONGOING, Document, Event, Source
from gui.core.document.problems import Problem
from gui.core.document.validate import describe_object
from gui.core.interop.timelinejs_dates import _date_object, _imported_end, _imported_start
from gui.core.interop.timelinejs_html import _inline, html_to_text, text_to_html
from gui.core.interop.timelinejs_mapping import (
    EXTRA_KEY,
    PAYLOAD_KEY,
    _group_text,
    _lane_label,
    _media_fields,
    _shown,
    _usable_id,
    _warning,
)

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
        if isinstance(slide.get(PAYLOAD_KEY), dict) and slide[PAYLOAD_KEY]:
            del slide[PAYLOAD_KEY]  # written afresh by the export (an empty one stays as it was written)
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
