"""Find events as you type: a prepared index over folded text, answered with numpy.

Each event's searchable text (title, notes, partners, tags, lane name and
evidence quotes) is folded once: case-folded and stripped of accents, so "Huawei"
finds "HUAWEI" and "Xiaomí" finds "xiaomi". Per keystroke the index does not
loop over event objects: a per-event bitmask of the characters present rules
out most events in one vectorised step (and answers single-character queries
exactly), and only the remaining candidates are checked with a substring test.
Typing more characters narrows the previous answer instead of starting again.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np

from gui.core.document.model import Document, Event
from gui.core.document.splicing import splice_array

__all__ = ["SearchIndex", "SearchIndexBuilder", "fold"]

_BITS = 64
# ASCII letters and digits get their own bit, so a one-character query is answered exactly.
_EXACT = {ch: i for i, ch in enumerate("abcdefghijklmnopqrstuvwxyz0123456789")}


# Combining marks left by NFKD decomposition (accents, diacritics); removed in C by one regex pass.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def fold(text: str) -> str:
    """Case- and accent-insensitive form: "Xiaomí’s" -> "xiaomi’s"."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    return _COMBINING.sub("", unicodedata.normalize("NFKD", folded))


def _bucket_table() -> np.ndarray:
    """Bit number for every Unicode code point: exact for a-z and 0-9, shared (hashed) for the rest."""
    codepoints = np.arange(0x110000, dtype=np.int64)
    table = (codepoints % (_BITS - len(_EXACT)) + len(_EXACT)).astype(np.uint8)
    for ch, bit in _EXACT.items():
        table[ord(ch)] = bit
    return table


_BUCKETS = _bucket_table()
_ONE_BITS = np.left_shift(np.uint64(1), np.arange(_BITS, dtype=np.uint64))


def _bits_of(text: str) -> np.ndarray:
    codepoints = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    return _ONE_BITS[_BUCKETS[codepoints]]


def _mask_of(text: str) -> int:
    return int(np.bitwise_or.reduce(_bits_of(text))) if text else 0


def _searchable_text(event: Event, lane_names: dict[str, str]) -> str:
    parts = [event.title, event.notes, lane_names.get(event.lane, event.lane)]
    parts.extend(event.partners)
    parts.extend(event.tags)
    parts.extend(evidence.quote for evidence in event.evidence)
    return "\n".join(part for part in parts if part)


def _lane_names(document: Document) -> dict[str, str]:
    return {lane.id: lane.name or lane.id for lane in document.lanes}


class SearchIndex:
    """Which events contain a query, for a document as it is now.

    After events are replaced in place, ``update`` refreshes just those; after events
    are inserted or removed, ``splice`` follows them; after anything else (lanes
    renamed, events reordered) build a new one.
    """

    def __init__(self, document: Document) -> None:
        self._set_folded(_folded_texts(document.events, _lane_names(document)))

    def _set_folded(self, folded: list[str], masks: np.ndarray | None = None) -> None:
        self.folded: list[str] = folded
        self.count = len(folded)
        self.masks = _masks_of(folded) if masks is None else masks
        self._last_query = ""
        self._last_matches = np.arange(self.count)

    @classmethod
    def _from_parts(cls, folded: list[str], masks: np.ndarray) -> SearchIndex:
        index = cls.__new__(cls)
        index._set_folded(folded, masks)
        return index

    def update(self, document: Document, event_indices) -> None:
        """Re-read the events at ``event_indices``, replaced in place (same positions, same lanes' names)."""
        lane_names = _lane_names(document)
        for index in event_indices:
            self.folded[index] = fold(_searchable_text(document.events[index], lane_names))
            self.masks[index] = np.uint64(_mask_of(self.folded[index]))
        self._last_query, self._last_matches = "", np.arange(self.count)

    def splice(self, document: Document, removed, inserted) -> None:
        """Follow events removed and inserted (positions as in ``edit_types.Change``), reading only the new ones."""
        lane_names = _lane_names(document)
        added = [fold(_searchable_text(document.events[index], lane_names)) for index in inserted]
        for index in reversed(removed):
            del self.folded[index]
        for index, text in zip(inserted, added):
            self.folded.insert(index, text)
        self.masks = splice_array(self.masks, removed, inserted, [_mask_of(text) for text in added])
        self.count = len(self.folded)
        self._last_query, self._last_matches = "", np.arange(self.count)

    def matches(self, query: str) -> np.ndarray:
        """Indices (into ``document.events``) of the events containing ``query``, ascending."""
        needle = fold(query.strip())
        if not needle:
            return np.arange(self.count)
        if self._last_query and needle.startswith(self._last_query):
            candidates = self._last_matches  # typing narrows the previous answer
        else:
            candidates = np.arange(self.count)
        mask = np.uint64(_mask_of(needle))
        candidates = candidates[(self.masks[candidates] & mask) == mask]
        exact_by_mask = len(needle) == 1 and needle in _EXACT
        if not exact_by_mask:
            folded = self.folded
            candidates = np.fromiter((i for i in candidates.tolist() if needle in folded[i]), np.int64)
        self._last_query, self._last_matches = needle, candidates
        return candidates


def _folded_texts(events: list[Event], lane_names: dict[str, str]) -> list[str]:
    texts = [_searchable_text(event, lane_names) for event in events]
    # Folding the whole corpus at once is far faster than folding each event.
    separator = "\x00"
    folded_all = fold(separator.join(texts)) if texts else ""
    folded = folded_all.split(separator) if texts else []
    if len(folded) != len(texts):  # a NUL inside an event's text: fall back to one by one
        folded = [fold(text) for text in texts]
    return folded


def _masks_of(folded: list[str], chunk: int = 4096) -> np.ndarray:
    """Per event, the OR of its characters' bits; built in chunks to keep memory small."""
    masks = np.zeros(len(folded), np.uint64)
    for first in range(0, len(folded), chunk):
        texts = folded[first : first + chunk]
        lengths = np.fromiter(map(len, texts), np.int64, len(texts))
        nonempty = np.flatnonzero(lengths)
        if len(nonempty) == 0:
            continue
        bits = _bits_of("".join(texts))
        starts = (np.cumsum(lengths) - lengths)[nonempty]
        masks[first + nonempty] = np.bitwise_or.reduceat(bits, starts)
    return masks


class SearchIndexBuilder:
    """Builds the ``SearchIndex`` of a document a slice of events at a time.

    An app can spread the work (about 0.6 s at 100,000 events) over idle moments, for
    instance from when the search field gets the focus, and ``finish`` whatever is left
    when the first query comes. The document must not change meanwhile: start again
    after any edit.
    """

    def __init__(self, document: Document, slice_size: int = 2000) -> None:
        self._events = document.events
        self._lane_names = _lane_names(document)
        self._slice_size = slice_size
        self._folded: list[str] = []
        self._masks: list[np.ndarray] = []

    @property
    def done(self) -> bool:
        return len(self._folded) >= len(self._events)

    def step(self) -> bool:
        """Read the next slice of events; True once every event is read."""
        if not self.done:
            first = len(self._folded)
            folded = _folded_texts(self._events[first : first + self._slice_size], self._lane_names)
            self._folded.extend(folded)
            self._masks.append(_masks_of(folded))
        return self.done

    def finish(self) -> SearchIndex:
        """The index, reading whatever events are left first."""
        while not self.step():
            pass
        masks = np.concatenate(self._masks) if self._masks else np.zeros(0, np.uint64)
        return SearchIndex._from_parts(self._folded, masks)
