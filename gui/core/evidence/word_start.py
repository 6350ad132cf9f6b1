"""A gate that lets ``re`` skip the inside of words when a pattern can only match from a word's start.

``re`` tries a pattern at every position of a text, and a pattern of many alternatives tries each of them there, even
where all of them begin with ``\\b`` and a letter and so fail in the middle of every word. ``gated`` puts one check in
front, ``(?<!\\w)``, when the pattern's parsed form proves that no match can begin right after a letter, a digit or an
underscore; the matches found are then the same, found faster (Draft Events reads every passage of an article with
hundreds of cues). A pattern it can't prove so is returned as it is.
"""

from __future__ import annotations

import re

try:  # the parser of ``re`` (Python 3.11 and later); without it, nothing is gated
    from re import _constants as _op
    from re import _parser
except ImportError:  # pragma: no cover
    _parser = None

__all__ = ["WORD_START_GATE", "begins_at_word_start", "gated"]

#: Matches only where no letter, digit or underscore comes just before.
WORD_START_GATE = r"(?<!\w)"
_WORD_CHAR = re.compile(r"\w")


def gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind the word-start gate when no match of it can begin right after a word character, else as is."""
    if not begins_at_word_start(pattern.pattern, pattern.flags):
        return pattern
    flags = _GLOBAL_FLAGS.match(pattern.pattern)  # "(?i)…": global flags must stay in front
    head, body = pattern.pattern[: flags.end()], pattern.pattern[flags.end() :]
    return re.compile(f"{head}{WORD_START_GATE}(?:{body})", pattern.flags)


_GLOBAL_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))*")


def begins_at_word_start(regex: str, flags: int = 0) -> bool:
    """True when the parsed ``regex`` proves that no match begins right after a letter, a digit or an underscore:
    each alternative opens with ``^``, with ``\\b`` and then a word character, or behind ``(?<!\\w)``."""
    if _parser is None:
        return False
    try:
        parsed = _parser.parse(regex, flags)
    except (re.error, TypeError):
        return False
    return all(_cannot_follow_a_word_char(alternative) for alternative in _alternatives(parsed))


def _alternatives(parsed) -> list[list]:
    items = list(parsed)
    if len(items) == 1 and items[0][0] is _op.BRANCH:
        return [list(alternative) for alternative in items[0][1][1]]
    if len(items) == 1 and items[0][0] is _op.SUBPATTERN:
        return _alternatives(items[0][1][3])
    return [items]


def _cannot_follow_a_word_char(sequence: list) -> bool:
    for index, (op, value) in enumerate(sequence):
        rest = list(sequence[index + 1 :])
        if op is _op.AT and value in (_op.AT_BEGINNING, _op.AT_BEGINNING_STRING):
            return True
        if op is _op.AT and value is _op.AT_BOUNDARY:  # a word boundary, then a word character: a word's start
            return _starts_with_word_char(rest)
        if op is _op.ASSERT_NOT and value[0] < 0:  # "(?<![-\w])Commerce": no word character before
            body = list(value[1])
            if len(body) == 1 and body[0][0] is _op.IN and (_op.CATEGORY, _op.CATEGORY_WORD) in body[0][1]:
                return True
            continue
        if op in (_op.ASSERT, _op.ASSERT_NOT):  # other lookarounds consume nothing
            continue
        if op is _op.SUBPATTERN:
            return all(_cannot_follow_a_word_char(alternative + rest) for alternative in _alternatives(value[3]))
        if op is _op.BRANCH:
            return all(_cannot_follow_a_word_char(list(alternative) + rest) for alternative in value[1])
        return False
    return False


def _starts_with_word_char(sequence: list) -> bool:
    """True when every match of ``sequence`` begins with a letter, a digit or an underscore."""
    if not sequence:
        return False
    op, value = sequence[0]
    rest = list(sequence[1:])
    if op is _op.LITERAL:
        return bool(_WORD_CHAR.match(chr(value)))
    if op is _op.IN:
        return all(_in_word_chars(kind, item) for kind, item in value)
    if op is _op.SUBPATTERN:
        return all(_starts_with_word_char(alternative + rest) for alternative in _alternatives(value[3]))
    if op is _op.BRANCH:
        return all(_starts_with_word_char(list(alternative) + rest) for alternative in value[1])
    if op in (_op.MAX_REPEAT, _op.MIN_REPEAT):
        low, _high, repeated = value
        return _starts_with_word_char(list(repeated)) and (low >= 1 or _starts_with_word_char(rest))
    if op in (_op.ASSERT, _op.ASSERT_NOT):
        return _starts_with_word_char(rest)
    return False


def _in_word_chars(kind, item) -> bool:
    if kind is _op.LITERAL:
        return bool(_WORD_CHAR.match(chr(item)))
    if kind is _op.RANGE:
        return all(_WORD_CHAR.match(chr(code)) for code in range(item[0], item[1] + 1))
    return kind is _op.CATEGORY and item in (_op.CATEGORY_WORD, _op.CATEGORY_DIGIT)
