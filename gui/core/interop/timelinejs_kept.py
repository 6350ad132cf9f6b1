"""What a TimelineJS import keeps but Inroads does not show, and the warnings that say so."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gui.core.document.model import FORMAT_NAME
from gui.core.document.problems import Problem
from gui.core.interop.timelinejs_dates import _TIME_FIELDS, _words_of
from gui.core.interop.timelinejs_html import _is_plain
from gui.core.interop.timelinejs_mapping import _LISTED, PAYLOAD_KEY, _has_content, _warning

_SLIDE_KEYS = ("start_date", "end_date", "text", "media", "group", "unique_id", PAYLOAD_KEY)


def _kept_parts(slide: dict, payload: dict) -> Iterator[tuple[str, tuple]]:
    """The slide's parts that Inroads keeps but does not show (warned about, aggregated): (kind, path in the slide)."""
    for key, value in slide.items():
        if key not in _SLIDE_KEYS and _has_content(value):
            yield key, (key,)
    for name in ("start_date", "end_date"):
        date = slide.get(name)
        if isinstance(date, dict):
            exact = payload.get("start" if name == "start_date" else "end")
            for key, value in date.items():
                if key in ("year", "month", "day", *_TIME_FIELDS) or not _has_content(value):
                    continue
                if key == "display_date" and isinstance(exact, str) and _words_of(exact) == value:
                    continue
                yield f"{name}.{key}", (name, key)
    text = slide.get("text")
    if isinstance(text, dict):
        for key, value in text.items():
            if key not in ("headline", "text") and _has_content(value):
                yield f"text.{key}", ("text", key)
            elif key in ("headline", "text") and isinstance(value, str) and not _is_plain(value):
                yield f"html:text.{key}", ("text", key)
    media = slide.get("media")
    if isinstance(media, dict):
        for key, value in media.items():
            if key in ("caption", "credit") and isinstance(value, str) and not _is_plain(value):
                yield f"html:media.{key}", ("media", key)
            elif key == "url" and isinstance(value, str) and value.strip().startswith("<"):
                yield "embed:media.url", ("media", key)
            elif key not in ("url", "caption", "credit") and _has_content(value):
                yield f"media.{key}", ("media", key)


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


def _top_level_warnings(raw: dict, payload: dict) -> list[Problem]:
    """What of the top level (besides the title slide and the events) Inroads keeps but does not show."""
    warnings: list[Problem] = []
    for key, value in raw.items():
        if key in ("events", "title", PAYLOAD_KEY):
            continue
        if key == "eras":
            count = len(value) if isinstance(value, list) else 1
            warnings.append(
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
            warnings.append(
                _warning(f'"{key}" is not shown by Inroads; kept and written back on export', "", (key,))
            )
    if PAYLOAD_KEY in raw and not payload:
        warnings.append(
            _warning(
                f'"{PAYLOAD_KEY}" is not Inroads data (no "format": "{FORMAT_NAME}"); kept as it is',
                "",
                (PAYLOAD_KEY,),
            )
        )
    return warnings


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
