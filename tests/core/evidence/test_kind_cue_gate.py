"""The kind cues are scanned behind a gate (``cues.WORD_START_GATE``): a match may only begin where no letter or digit
comes just before. That is safe only while every cue begins at a word's start; these tests read each cue pattern's
parsed form (``re._parser``) and prove it for every alternative."""

from __future__ import annotations

import re
from re import _constants as C  # the parser's own names
from re import _parser

import pytest

from gui.core.evidence import cues

_WORD_CHAR = re.compile(r"\w")


def _alternatives(parsed) -> list[list]:
    items = list(parsed)
    if len(items) == 1 and items[0][0] is C.BRANCH:
        return [list(alternative) for alternative in items[0][1][1]]
    if len(items) == 1 and items[0][0] is C.SUBPATTERN:
        return _alternatives(items[0][1][3])
    return [items]


def _starts_with_word_char(sequence: list) -> bool:
    """True when every match of ``sequence`` begins with a letter, a digit or an underscore."""
    if not sequence:
        return False
    op, value = sequence[0]
    rest = list(sequence[1:])
    if op is C.LITERAL:
        return bool(_WORD_CHAR.match(chr(value)))
    if op is C.IN:
        return all(_in_word_chars(kind, item) for kind, item in value)
    if op is C.SUBPATTERN:
        return all(_starts_with_word_char(alternative + rest) for alternative in _alternatives(value[3]))
    if op is C.BRANCH:
        return all(_starts_with_word_char(list(alternative) + rest) for alternative in value[1])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, _high, repeated = value
        return _starts_with_word_char(list(repeated)) and (low >= 1 or _starts_with_word_char(rest))
    if op in (C.ASSERT, C.ASSERT_NOT):
        return _starts_with_word_char(rest)
    return False


def _in_word_chars(kind, item) -> bool:
    if kind is C.LITERAL:
        return bool(_WORD_CHAR.match(chr(item)))
    if kind is C.RANGE:
        return all(_WORD_CHAR.match(chr(code)) for code in range(item[0], item[1] + 1))
    return kind is C.CATEGORY and item in (C.CATEGORY_WORD, C.CATEGORY_DIGIT)


def _cannot_follow_a_word_char(sequence: list) -> bool:
    """True when no match of ``sequence`` can begin right after a letter, a digit or an underscore."""
    for index, (op, value) in enumerate(sequence):
        rest = list(sequence[index + 1 :])
        if op is C.AT and value in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
            return True
        if op is C.AT and value is C.AT_BOUNDARY:  # a word boundary, then a word character: a word's start
            return _starts_with_word_char(rest)
        if op is C.ASSERT_NOT and value[0] < 0:  # "(?<![-\w])Commerce": no word character before
            body = list(value[1])
            if len(body) == 1 and body[0][0] is C.IN and (C.CATEGORY, C.CATEGORY_WORD) in body[0][1]:
                return True
            continue
        if op in (C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.SUBPATTERN:
            return all(_cannot_follow_a_word_char(alternative + rest) for alternative in _alternatives(value[3]))
        if op is C.BRANCH:
            return all(_cannot_follow_a_word_char(list(alternative) + rest) for alternative in value[1])
        return False
    return False


def _unsafe_alternatives(regex: str, flags: int = 0) -> list[list]:
    return [a for a in _alternatives(_parser.parse(regex, flags)) if not _cannot_follow_a_word_char(a)]


@pytest.mark.parametrize(("kind", "regex", "flags"), cues._CUE_PATTERNS, ids=lambda v: str(v)[:40])
def test_every_cue_begins_at_a_word_start(kind, regex, flags):
    assert _unsafe_alternatives(regex, flags) == []


@pytest.mark.parametrize(
    "regex",
    [r"n['’]t carry\b", r"\b's\s+plans", r"(?:\bre)?launch", r"\bdrop|ped\b", r"\s+pulled\b", r"\b-based"],
)
def test_a_cue_that_may_begin_inside_a_word_is_found(regex):
    assert _unsafe_alternatives(regex) != []


@pytest.mark.parametrize(
    "regex",
    [
        r"\bshelv(?:e|ed)\b",
        r"(?<!on )\bstall",
        r"(?<![-\w])Commerce\b",
        r"^[^,;]{0,30}?\bhired",
        r"\b(?:second-)?largest",
        r"\b\d+ percent",
    ],
)
def test_cues_that_begin_at_a_word_start_pass(regex):
    assert _unsafe_alternatives(regex) == []


def test_the_joined_cues_find_what_each_cue_finds():
    """The gated, joined patterns match where the cues do, on sentences of every kind."""
    sentences = (
        "AT&T pulled out of a plan to sell the Mate 10 Pro days before CES, and Verizon shelved its own plans.",
        "The Commerce Department added Huawei to the Entity List; U.S.-Commerce talks stalled.",
        "Xiaomi was in discussions with T-Mobile, and it hired a former Samsung executive to run its US unit.",
        "Motorola's share rose to 10 percent, the second-largest in prepaid, and it won't carry the phone at Cricket.",
    )
    for sentence in sentences:
        for kind, joined in cues._KIND_CUES:
            assert joined.pattern.startswith(cues.WORD_START_GATE)
            ungated = re.compile(joined.pattern[len(cues.WORD_START_GATE) :])
            assert [m.span() for m in joined.finditer(sentence)] == [m.span() for m in ungated.finditer(sentence)], kind
