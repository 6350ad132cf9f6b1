"""Keeping evidence quotes anchored when their source's text is edited.

When a source's text changes, each quote on it is looked for in the new text,
in this order, and the result says which way it was found:

* ``EXACT``: the quote is still there word for word (whitespace is not
  compared). When it is there more than once, the occurrence whose
  surroundings best match those it had in the old text wins.
* ``MOVED``: the quote's own words changed, but the text around it did not:
  the ``CONTEXT`` characters before and after it in the old text are found in
  the new text, in that order and close together, and the new quote is what
  now lies between them. A typo fixed inside a quote is MOVED: the unchanged
  surroundings pin down exactly where the passage begins and ends, which a
  fuzzy match can only estimate.
* ``FUZZY``: the surroundings changed too, but a passage of the new text is
  similar to the quote (``FUZZY_MIN_SCORE`` or more out of 100, rapidfuzz's
  Indel similarity, on whole words).
* ``LOST``: none of these. The evidence is left as it was.

A quote that was not found in the old text either is still looked for, exactly
and then fuzzily, in the new one (MOVED needs its old place).

Everything is compared on whitespace-normalised text (``normalize_space``), as
``find_quote`` does, and mapped back to offsets in the new text at the end.

Speed: the exact and context searches are ``str.find`` (linear, in C). The fuzzy
search is the costly one, so it first looks only in windows of the new text
around where the quote was, or where its old surroundings are now
(``FUZZY_WINDOW`` characters on each side); only when that finds nothing, and
the new text is at most ``FUZZY_WHOLE_TEXT_LIMIT`` characters, does it search
the whole text. A quote lost in a 10 MB text is reported LOST in well under a
second instead of after a full fuzzy scan.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass

import msgspec
from rapidfuzz import fuzz

from gui.core.document.model import Evidence
from gui.core.document.textquote import (
    MAX_OCCURRENCES_SCORED,
    SELECTOR_CONTEXT,
    find_quote,
    locate_normalized,
    normalize_space,
    quote_selector,
)

__all__ = [
    "CONTEXT",
    "FUZZY_MIN_QUOTE_LENGTH",
    "FUZZY_MIN_SCORE",
    "FUZZY_WHOLE_TEXT_LIMIT",
    "FUZZY_WINDOW",
    "MOVED_LENGTH_RANGE",
    "MOVED_MIN_SCORE",
    "Outcome",
    "Reanchored",
    "anchor_status",
    "reanchor",
    "reanchor_all",
]

#: How many characters of the old text before and after a quote make its context.
CONTEXT = SELECTOR_CONTEXT
#: MOVED: the new quote's length, as a multiple of the old one's, must lie in this range.
MOVED_LENGTH_RANGE = (0.5, 2.0)
#: MOVED: the least similarity (0-100) of the new quote to the old one. Low on purpose: the
#: unchanged context on both sides already says where the passage is; this only refuses a
#: passage that has nothing in common with the quote any more.
MOVED_MIN_SCORE = 30.0
#: FUZZY: the least similarity (0-100, rapidfuzz ``fuzz.ratio``) of the passage to the quote.
FUZZY_MIN_SCORE = 80.0
#: FUZZY: shorter quotes are not matched fuzzily (a few words resemble too many others).
FUZZY_MIN_QUOTE_LENGTH = 12
#: FUZZY: characters searched on each side of where the quote is expected (at least 4 quote lengths).
FUZZY_WINDOW = 5_000
#: FUZZY: a new text up to this many characters is searched whole when the windows find nothing.
FUZZY_WHOLE_TEXT_LIMIT = 200_000

#: How many places of a context are tried, nearest first.
_MAX_CONTEXT_PLACES = 1000
#: FUZZY: how many word boundaries on each side of an alignment's ends are tried when snapping.
_SNAP_CHOICES = 12


class Outcome(enum.Enum):
    """How a quote was found again in an edited text."""

    EXACT = "exact"
    MOVED = "moved"
    FUZZY = "fuzzy"
    LOST = "lost"


@dataclass(frozen=True)
class Reanchored:
    """A quote looked for again after an edit.

    ``evidence`` is the original (EXACT with a selector that still finds the same
    place, or LOST), the original with a new prefix and suffix (EXACT, when the
    quote is now repeated), or one whose quote is the matched passage of the new
    text (MOVED, FUZZY). ``span`` is (start, end) in the new text, None when LOST.
    ``score`` is 100 for EXACT, else the similarity (0-100) of the new passage to
    the old quote; for LOST, the best similarity seen (0 if none).
    """

    outcome: Outcome
    evidence: Evidence
    span: tuple[int, int] | None
    score: float


def anchor_status(evidence: Evidence, text: str) -> Outcome:
    """EXACT if the quote is found in ``text`` as it is now, else LOST: cheap, for display."""
    return Outcome.EXACT if find_quote(text, evidence.quote, evidence.prefix, evidence.suffix) else Outcome.LOST


def reanchor(evidence: Evidence, old_text: str, new_text: str) -> Reanchored:
    """Find ``evidence``'s quote again after its source text changed from ``old_text`` to ``new_text``."""
    return _reanchor(evidence, _Normalized(old_text), _Normalized(new_text))


def reanchor_all(items: Iterable[Evidence], old_text: str, new_text: str) -> list[Reanchored]:
    """``reanchor`` for every evidence on one source, normalising each text only once."""
    old, new = _Normalized(old_text), _Normalized(new_text)
    return [_reanchor(evidence, old, new) for evidence in items]


# ----------------------------------------------------------------------------- the search


class _Normalized:
    """A text and its normalize_space form, with positions mapped back to the text."""

    __slots__ = ("text", "value")

    def __init__(self, text: str) -> None:
        self.text = text
        self.value = normalize_space(text)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the text of the normalised span [start, end) (which starts and ends on non-space)."""
        return self._original(start), self._original(end - 1) + 1

    def _original(self, position: int) -> int:
        # As textquote does: skip as many words of the text as precede the position, in C.
        word = self.value.count(" ", 0, position)
        word_start = self.value.rfind(" ", 0, position) + 1
        skipped = re.match(rf"\s*(?:\S+\s+){{{word}}}", self.text)
        return skipped.end() + (position - word_start)

    def before(self, start: int) -> str:
        """The CONTEXT characters before a normalised position."""
        return self.value[max(0, start - CONTEXT - 1) : start].rstrip(" ")[-CONTEXT:]

    def after(self, end: int) -> str:
        """The CONTEXT characters after a normalised position."""
        return self.value[end : end + CONTEXT + 1].lstrip(" ")[:CONTEXT]


@dataclass(frozen=True, slots=True)
class _Found:
    start: int  # in the normalised new text
    end: int
    score: float


def _reanchor(evidence: Evidence, old: _Normalized, new: _Normalized) -> Reanchored:
    needle = normalize_space(evidence.quote)
    if not needle:
        return Reanchored(Outcome.LOST, evidence, None, 0.0)
    old_start = locate_normalized(old.value, needle, evidence.prefix, evidence.suffix)
    if old_start is not None:
        before, after = old.before(old_start), old.after(old_start + len(needle))
    else:  # not in the old text either: the stored context is all there is
        before, after = normalize_space(evidence.prefix)[-CONTEXT:], normalize_space(evidence.suffix)[:CONTEXT]

    exact = _exact(new.value, needle, before, after, old_start)
    if exact is not None:
        span = new.span(exact, exact + len(needle))
        if locate_normalized(new.value, needle, evidence.prefix, evidence.suffix) != exact:
            _, prefix, suffix = quote_selector(new.text, *span)
            evidence = msgspec.structs.replace(evidence, prefix=prefix, suffix=suffix)
        return Reanchored(Outcome.EXACT, evidence, span, 100.0)

    if old_start is not None:
        moved = _moved(new.value, needle, before, after, old_start)
        if moved is not None:
            return _rebuilt(Outcome.MOVED, evidence, new, moved)
    # Where to look first: where the quote was, and where its old surroundings are now.
    hints = [] if old_start is None else [old_start]
    hints += _expected_starts(new.value, len(needle), before, after, old_start)
    fuzzy, best = _fuzzy(new.value, needle, hints)
    if fuzzy is not None:
        return _rebuilt(Outcome.FUZZY, evidence, new, fuzzy)
    return Reanchored(Outcome.LOST, evidence, None, best)


def _rebuilt(outcome: Outcome, evidence: Evidence, new: _Normalized, found: _Found) -> Reanchored:
    span = new.span(found.start, found.end)
    quote, prefix, suffix = quote_selector(new.text, *span)
    evidence = msgspec.structs.replace(evidence, quote=quote, prefix=prefix, suffix=suffix)
    return Reanchored(outcome, evidence, span, found.score)


def _exact(value: str, needle: str, before: str, after: str, old_start: int | None) -> int | None:
    """The occurrence of ``needle`` whose surroundings are most like ``before`` and ``after``.

    Ties (e.g. a text that repeats itself) go to the occurrence nearest the old
    position, so an unchanged text keeps every quote exactly where it was.
    """
    places = _occurrences(value, needle, old_start, MAX_OCCURRENCES_SCORED)
    if len(places) < 2:
        return places[0] if places else None

    def rank(place: int) -> tuple[float, int]:
        score = 0.0
        if before:
            score += fuzz.ratio(before, value[max(0, place - len(before) - 1) : place].rstrip(" ")[-len(before) :])
        if after:
            end = place + len(needle)
            score += fuzz.ratio(after, value[end : end + len(after) + 1].lstrip(" ")[: len(after)])
        distance = abs(place - old_start) if old_start is not None else place
        return score, -distance

    return max(places, key=rank)


def _expected_starts(value: str, length: int, before: str, after: str, near: int | None) -> list[int]:
    """Where a quote of ``length`` would start, judging by where its context is now (nearest first)."""
    starts = [start + len(before) for start in _occurrences(value, before, near, 3)] if before else []
    if after:
        starts += [max(0, start - length) for start in _occurrences(value, after, near, 3)]
    return starts


def _occurrences(value: str, part: str, near: int | None, limit: int) -> list[int]:
    """The starts of up to ``limit`` occurrences of ``part``, the nearest to ``near`` first.

    They are gathered outwards from ``near`` (or from the start), so a cap on how
    many are looked at never hides the one next to the old place in a huge text.
    """
    if near is None:
        starts: list[int] = []
        start = value.find(part)
        while start >= 0 and len(starts) < limit:
            starts.append(start)
            start = value.find(part, start + 1)
        return starts
    after, before = [], []
    start = value.find(part, near)
    while start >= 0 and len(after) < limit:
        after.append(start)
        start = value.find(part, start + 1)
    start = value.rfind(part, 0, near + len(part) - 1)  # occurrences that start before ``near``
    while start >= 0 and len(before) < limit:
        before.append(start)
        start = value.rfind(part, 0, start + len(part) - 1)
    return sorted(after + before, key=lambda start: abs(start - near))[:limit]


def _moved(value: str, needle: str, before: str, after: str, old_start: int) -> _Found | None:
    """The passage between the quote's old surroundings, if they are both still there, in order and close."""
    low, high = MOVED_LENGTH_RANGE
    longest = int(len(needle) * high) + 2  # +2: the spaces around the passage
    # A quote at the very start (end) of the old text has no context there; it must be at the start (end) now.
    if before:
        expected = max(0, old_start - len(before) - 1)
        starts = [start + len(before) for start in _occurrences(value, before, expected, _MAX_CONTEXT_PLACES)]
    else:
        starts = [0]
    for start in starts:
        if after:
            end = value.find(after, start, start + longest + len(after))
            if end < 0:
                continue
        else:
            end = len(value)
            if end - start > longest:
                continue
        passage = value[start:end]
        stripped = passage.strip(" ")
        if not low * len(needle) <= len(stripped) <= high * len(needle):
            continue
        score = fuzz.ratio(needle, stripped)
        if score < MOVED_MIN_SCORE:
            continue
        first = start + (len(passage) - len(passage.lstrip(" ")))
        return _Found(first, first + len(stripped), score)
    return None


def _fuzzy(value: str, needle: str, hints: list[int]) -> tuple[_Found | None, float]:
    """The passage most like ``needle``, snapped to whole words, if similar enough; and the best score seen."""
    if len(needle) < FUZZY_MIN_QUOTE_LENGTH or not value:
        return None, 0.0
    reach = max(FUZZY_WINDOW, 4 * len(needle))
    windows = _merged([(max(0, hint - reach), min(len(value), hint + len(needle) + reach)) for hint in hints])
    if not windows and len(value) > FUZZY_WHOLE_TEXT_LIMIT:
        return None, 0.0
    found = [_aligned(value, needle, start, end) for start, end in windows]
    best = max((item for item in found if item is not None), key=lambda item: item.score, default=None)
    searched_whole = windows == [(0, len(value))]
    if (best is None or best.score < FUZZY_MIN_SCORE) and len(value) <= FUZZY_WHOLE_TEXT_LIMIT and not searched_whole:
        whole = _aligned(value, needle, 0, len(value))
        if whole is not None and (best is None or whole.score > best.score):
            best = whole
    if best is None:
        return None, 0.0
    return (best if best.score >= FUZZY_MIN_SCORE else None), best.score


def _merged(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _aligned(value: str, needle: str, start: int, end: int) -> _Found | None:
    """The best alignment of ``needle`` in value[start:end], snapped to whole words."""
    alignment = fuzz.partial_ratio_alignment(needle, value[start:end])
    if alignment is None or alignment.dest_end <= alignment.dest_start:
        return None
    return _snapped(value, needle, start + alignment.dest_start, start + alignment.dest_end)


def _snapped(value: str, needle: str, start: int, end: int) -> _Found | None:
    """The whole-word passage near [start, end) most similar to ``needle``.

    partial_ratio aligns a window exactly as long as the quote, which may cut
    words and misses a passage that grew or shrank, so the word boundaries
    around both ends are tried and the most similar passage wins.
    """
    slack = len(needle) // 3 + CONTEXT
    low, high = max(0, start - slack), min(len(value), end + slack)
    word_starts = [low] if low == 0 or value[low - 1] == " " else []
    word_ends = []
    position = value.find(" ", low, high)
    while position >= 0:
        word_ends.append(position)
        word_starts.append(position + 1)
        position = value.find(" ", position + 1, high)
    if high == len(value) or value[high] == " ":
        word_ends.append(high)
    word_starts = sorted((s for s in word_starts if s < len(value)), key=lambda s: abs(s - start))[:_SNAP_CHOICES]
    word_ends = sorted(word_ends, key=lambda e: abs(e - end))[:_SNAP_CHOICES]
    best: _Found | None = None
    for first in word_starts:
        for last in word_ends:
            if last <= first:
                continue
            score = fuzz.ratio(needle, value[first:last])
            if best is None or score > best.score:
                best = _Found(first, last, score)
    return best
