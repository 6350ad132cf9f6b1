"""How many sources back an event, and how many of them are independent.

A source that records outlets it cites (``Source.cites``) relays them: its origins are those
outlets, not itself. A source that cites nothing is its own origin, known by its publisher
(else its id). So two articles relaying Bloomberg and Bloomberg's own story count as one
independent origin; a Reuters story beside them makes two.
"""

from __future__ import annotations

from collections.abc import Mapping

from gui.core.document.edits import quoted_title
from gui.core.document.model import Document, Event, Source

__all__ = ["origins", "source_ids", "independent_origins", "independent_count", "sources_words", "SourceIndex"]

SourceIndex = Mapping[str, Source]


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def origins(source: Source | None, source_id: str = "") -> dict[str, str]:
    """``{key: name as written}`` of the outlets a source rests on: what it cites, else itself."""
    if source is None:
        return {_key(source_id): source_id}
    named = [c for c in source.cites if c.strip()]
    if named:
        return {_key(c): c.strip() for c in named}
    own = source.publisher.strip() or source.id
    return {_key(own): own}


def source_ids(event: Event) -> list[str]:
    """The distinct sources of the event's evidence, in the order they are first cited."""
    return list(dict.fromkeys(evidence.source for evidence in event.evidence))


def independent_origins(event: Event, sources: SourceIndex) -> dict[str, str]:
    """The independent origins of the event's sources, ``{key: name}``, in the order first met."""
    found: dict[str, str] = {}
    for source_id in source_ids(event):
        for key, name in origins(sources.get(source_id), source_id).items():
            found.setdefault(key, name)
    return found


def independent_count(event: Event, sources: SourceIndex) -> int:
    """How many independent origins back the event (0 for an event without evidence)."""
    return len(independent_origins(event, sources))


def _source_words(source: Source | None, source_id: str) -> str:
    if source is None:
        return source_id
    name = source.publisher.strip() or (quoted_title(source.title) if source.title.strip() else source.id)
    cited = [c.strip() for c in source.cites if c.strip() and _key(c) != _key(name)]
    return f"{', '.join(cited)} via {name}" if cited else name


def sources_words(event: Event, document: Document | None = None, sources: SourceIndex | None = None) -> str:
    """ "3 sources (2 independent): Bloomberg, Bloomberg via The Verge, Reuters"; "" for none."""
    if sources is None:
        sources = {source.id: source for source in (document.sources if document else [])}
    ids = source_ids(event)
    if not ids:
        return ""
    names = ", ".join(_source_words(sources.get(i), i) for i in ids)
    count = f"{len(ids)} source{'s' if len(ids) != 1 else ''}"
    independent = independent_count(event, sources)
    if independent != len(ids):
        count += f" ({independent} independent)"
    return f"{count}: {names}"
