"""Events in words, for tooltips, the detail pane and exports: "c. December 2017 – ongoing"."""

from __future__ import annotations

from gui.core.document.dates import MONTH_ABBREVIATIONS, MONTH_NAMES, DateError, parse_date
from gui.core.document.model import ONGOING, Event

__all__ = ["date_words", "short_date_words", "status_label", "when_words", "citation_markdown"]


def status_label(status: str) -> str:
    """A status as the interface writes it: "rumored" (the file's word) is "Rumoured", "in-talks" "In talks"."""
    return {"rumored": "Rumoured"}.get(status, status.replace("-", " ").capitalize())


def date_words(text: str | None) -> str:
    """An EDTF date as words; an unparsable one is shown as written."""
    if text is None:
        return ""
    try:
        return parse_date(text).words()
    except DateError:
        return text


def short_date_words(text: str | None) -> str:
    """An EDTF date in words for a table cell: "c. 2017", "Dec 2017", "5 Dec 2017", "2017 (uncertain)".

    No more precise than the date: a year stays a year. An unparsable date is shown as written.
    """
    if text is None:
        return ""
    try:
        date = parse_date(text)
    except DateError:
        return text
    words = date.plain_words()
    if date.month:
        words = words.replace(MONTH_NAMES[date.month - 1], MONTH_ABBREVIATIONS[date.month - 1])
    if date.approximate:
        words = "c. " + words
    if date.uncertain:
        words += " (uncertain)"
    return words


def when_words(event: Event) -> str:
    """The event's time in words: "c. December 2017", "2018 (uncertain)", "March 2018 – ongoing"."""
    start = date_words(event.start)
    if event.end is None:
        return start
    if event.end == ONGOING:
        return f"{start} – ongoing"
    return f"{start} – {date_words(event.end)}"


def citation_markdown(document, event: Event) -> str:
    """The event as a Markdown citation: title, date in words, each quote, and its source with its link."""
    sources = {source.id: source for source in document.sources}
    lines = [f"**{_md(event.title)}** ({when_words(event)})"]
    for evidence in event.evidence:
        source = sources.get(evidence.source)
        quote = " ".join(evidence.quote.split())
        lines.append("")
        lines.append(f"> {_md(quote)}")
        if source is None:
            lines.append(f"— {_md(evidence.source)}")
            continue
        parts = [_md(source.title or source.id)]
        if source.publisher:
            parts.append(_md(source.publisher))
        if source.published:
            parts.append(date_words(source.published))
        if source.cites:
            parts.append("citing " + ", ".join(_md(c) for c in source.cites))
        line = "— " + ", ".join(parts)
        if source.url.startswith(("http://", "https://")):
            line += f" <{source.url}>"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    """Escape the characters that would turn plain text into Markdown markup."""
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text)
