"""Finding an evidence quote in its source text (a W3C TextQuoteSelector).

Whitespace is normalised on both sides: line breaks and runs of spaces in a
pasted article must not make a correct quote "not found".
"""

from __future__ import annotations

import re

__all__ = [
    "SELECTOR_CONTEXT",
    "QuoteFinder",
    "find_quote",
    "locate_normalized",
    "normalize_space",
    "quote_is_found",
    "quote_selector",
]

#: When prefix and suffix are given, at most this many occurrences of a quote are compared.
MAX_OCCURRENCES_SCORED = 10_000


#: How many characters of prefix and suffix anchor a quote that occurs more than once.
SELECTOR_CONTEXT = 32


def quote_selector(text: str, start: int, end: int, context: int = SELECTOR_CONTEXT) -> tuple[str, str, str]:
    """The (quote, prefix, suffix) of a TextQuoteSelector for ``text[start:end]``.

    Whitespace at the ends of the selection is dropped. Prefix and suffix (about
    ``context`` characters, whitespace-normalised) are given only when the quote
    occurs more than once, so a unique quote stays short in the file.

    Whether the quote repeats is asked of the raw text with a pattern that allows
    any whitespace between its words, stopping at the second match: normalising a
    10 MB text first would take about 150 ms.
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    quote = text[start:end]
    words = quote.split()
    if not words:
        return "", "", ""
    pattern = re.compile(r"\s+".join(map(re.escape, words)))
    first = pattern.search(text)
    if first is None or pattern.search(text, first.start() + 1) is None:
        return quote, "", ""
    prefix = normalize_space(text[max(0, start - 2 * context) : start])[-context:].lstrip(" ")
    suffix = normalize_space(text[end : end + 2 * context])[:context].rstrip(" ")
    return quote, prefix, suffix


def normalize_space(text: str) -> str:
    """Collapse every run of whitespace to one space and trim the ends."""
    return " ".join(text.split())


def quote_is_found(normalized_text: str, quote: str) -> bool:
    """True when ``quote`` occurs in a source text already passed through normalize_space."""
    needle = normalize_space(quote)
    return bool(needle) and needle in normalized_text


def find_quote(text: str, quote: str, prefix: str = "", suffix: str = "") -> tuple[int, int] | None:
    """The (start, end) offsets of the quote in ``text``, or None when it is not there.

    When the quote occurs more than once, the occurrence whose surroundings best
    match ``prefix`` and ``suffix`` wins; ties go to the first occurrence.
    To find many quotes in one text, use a ``QuoteFinder``: it normalises the text once.
    """
    return QuoteFinder(text).find(quote, prefix, suffix)


class QuoteFinder:
    """Finds quotes in one text; the whitespace-normalised copy is made once, not per quote.

    The search runs on the normalised text with ``str.find`` (linear time, whatever
    the quote), and only the winner is mapped back to offsets in the original text.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.normalized = normalize_space(text)

    def find(self, quote: str, prefix: str = "", suffix: str = "") -> tuple[int, int] | None:
        needle = normalize_space(quote)
        if not needle:
            return None
        start = locate_normalized(self.normalized, needle, prefix, suffix)
        if start is None:
            return None
        text, normalized = self.text, self.normalized
        return _original_offset(text, normalized, start), _original_offset(
            text, normalized, start + len(needle) - 1
        ) + 1


def locate_normalized(normalized: str, needle: str, prefix: str = "", suffix: str = "") -> int | None:
    """Where a quote (``needle``, already normalised) is in the normalised text, or None.

    When it occurs more than once, the occurrence whose surroundings best match
    ``prefix`` and ``suffix`` wins; ties go to the first occurrence.
    """
    start = normalized.find(needle)
    if start < 0:
        return None
    want_prefix, want_suffix = normalize_space(prefix), normalize_space(suffix)
    if not (want_prefix or want_suffix):
        return start
    best, best_score, perfect = start, -1, len(want_prefix) + len(want_suffix)
    for _ in range(MAX_OCCURRENCES_SCORED):
        score = 0
        if want_prefix:
            before = normalized[max(0, start - len(want_prefix) - 1) : start].rstrip(" ")
            score += _common_suffix_length(before, want_prefix)
        if want_suffix:
            after = normalized[start + len(needle) : start + len(needle) + len(want_suffix) + 1].lstrip(" ")
            score += _common_prefix_length(after, want_suffix)
        if score > best_score:
            best, best_score = start, score
            if score == perfect:
                break
        start = normalized.find(needle, start + 1)
        if start < 0:
            break
    return best


def _original_offset(text: str, normalized: str, position: int) -> int:
    """Where the (non-space) character at ``position`` of normalize_space(text) is in ``text``."""
    word = normalized.count(" ", 0, position)  # the words before it, each followed by one space
    word_start = normalized.rfind(" ", 0, position) + 1
    # Skip that many words of the original, with whatever whitespace is around them: C speed.
    skipped = re.match(r"\s*(?:\S+\s+){%d}" % word, text)
    return skipped.end() + (position - word_start)


def _common_prefix_length(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _common_suffix_length(a: str, b: str) -> int:
    return _common_prefix_length(a[::-1], b[::-1])
