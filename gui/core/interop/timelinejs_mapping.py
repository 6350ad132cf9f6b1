"""What TimelineJS import and export share: the keys that keep each side's data, groups as lanes, media as sources."""

from __future__ import annotations

from typing import Any

from gui.core.document.problems import Problem, Severity
from gui.core.interop.timelinejs_html import _inline, html_to_text

#: The ``extra`` key on Inroads objects that keeps what came from TimelineJS.
EXTRA_KEY = "timelinejs"
#: The key on TimelineJS objects that keeps what came from Inroads (TimelineJS ignores it).
PAYLOAD_KEY = "inroads"
#: The lane of slides without a ``group``.
UNGROUPED_LANE_NAME = "Timeline"

_MISSING: Any = object()
#: How many slide numbers an aggregated warning lists before "...".
_LISTED = 8


def _warning(message: str, where: str = "", path: tuple = ()) -> Problem:
    return Problem(message, where, path, Severity.WARNING)


# ============================================================================= values in messages


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


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return '"' + (value if len(value) <= 40 else value[:37] + "...") + '"'
    return repr(value)[:40]


# ============================================================================= slide parts


def _usable_id(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _has_content(value: Any) -> bool:
    if value is None or value == "" or value == [] or value == {}:
        return False
    if isinstance(value, dict):
        return any(_has_content(v) for v in value.values())
    return True


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
