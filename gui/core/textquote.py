"""Finding an evidence quote in its source text (a W3C TextQuoteSelector).

Whitespace is normalised on both sides: line breaks and runs of spaces in a
pasted article must not make a correct quote "not found".
"""

from __future__ import annotations

import re

__all__ = ["normalize_space", "find_quote", "quote_is_found"]


def normalize_space(text: str) -> str:
    """Collapse every run of whitespace to one space and trim the ends."""
    return " ".join(text.split())


def quote_is_found(normalized_text: str, quote: str) -> bool:
    """True when ``quote`` occurs in a source text already passed through normalize_space."""
    needle = normalize_space(quote)
    return bool(needle) and needle in normalized_text


def _whitespace_tolerant_pattern(quote: str) -> re.Pattern[str] | None:
    words = quote.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(word) for word in words))


def find_quote(text: str, quote: str, prefix: str = "", suffix: str = "") -> tuple[int, int] | None:
    """The (start, end) offsets of the quote in ``text``, or None when it is not there.

    When the quote occurs more than once, the occurrence whose surroundings best
    match ``prefix`` and ``suffix`` wins; ties go to the first occurrence.
    """
    pattern = _whitespace_tolerant_pattern(quote)
    if pattern is None:
        return None
    want_prefix = normalize_space(prefix)
    want_suffix = normalize_space(suffix)
    best: tuple[int, int] | None = None
    best_score = -1
    for match in pattern.finditer(text):
        if not want_prefix and not want_suffix:
            return match.span()
        score = 0
        if want_prefix:
            before = normalize_space(text[max(0, match.start() - 4 * len(prefix) - 16) : match.start()])
            score += _common_suffix_length(before, want_prefix)
        if want_suffix:
            after = normalize_space(text[match.end() : match.end() + 4 * len(suffix) + 16])
            score += _common_prefix_length(after, want_suffix)
        if score > best_score:
            best, best_score = match.span(), score
    return best


def _common_prefix_length(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _common_suffix_length(a: str, b: str) -> int:
    return _common_prefix_length(a[::-1], b[::-1])
