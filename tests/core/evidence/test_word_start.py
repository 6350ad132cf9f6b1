"""word_start: a pattern goes behind the word-start gate only when its parsed form proves that no match can begin right
after a letter or digit; the gated pattern finds the same matches."""

from __future__ import annotations

import re

import pytest

from gui.core.evidence import cues, status_cues
from gui.core.evidence.date_phrases import _PATTERNS as DATE_PATTERNS
from gui.core.evidence.word_start import WORD_START_GATE, begins_at_word_start, gated
from gui.core.storage.fileformat import read_document
from gui.core.storage.resources import sample_path


@pytest.mark.parametrize(
    "regex",
    [
        r"\bshelv(?:e|ed)\b",
        r"(?<!on )\bstall",
        r"(?<![-\w])Commerce\b",
        r"^[^,;]{0,30}?\bhired",
        r"\b(?:second-)?largest",
        r"\b\d+ percent",
        r"\b(?:in )?discussions?\b|\bcourt(?:ing|ed)\b",
        r"(?i:\bban(?:s|ned)?\b)|\bFCC\b",
    ],
)
def test_patterns_that_begin_at_a_word_start(regex):
    assert begins_at_word_start(regex)


@pytest.mark.parametrize(
    "regex",
    [
        r"n['’]t carry\b",  # "won't carry": begins inside "won"
        r"\b's\s+plans",  # after the word the apostrophe follows
        r"(?:\bre)?launch",  # "launch" alone may begin anywhere
        r"\bdrop|ped\b",  # the second alternative has no boundary
        r"\s+pulled\b",
        r"\b-based",  # a boundary, then a hyphen: right after a word
        r"(?<!on )stall",  # a lookbehind that allows a letter before
    ],
)
def test_patterns_that_may_begin_inside_a_word(regex):
    assert not begins_at_word_start(regex)
    assert gated(re.compile(regex)).pattern == regex


def test_a_gated_pattern_keeps_its_global_flags_in_front():
    pattern = gated(re.compile(r"(?i)\bcalled off\b|\bscrapped\b"))
    assert pattern.pattern.startswith("(?i)" + WORD_START_GATE)
    assert pattern.search("Verizon CALLED OFF the launch")[0] == "CALLED OFF"


def test_every_kind_cue_is_gated():
    for kind, joined in cues._KIND_CUES:
        assert joined.pattern.startswith(WORD_START_GATE), kind


def test_gated_patterns_find_what_the_patterns_find():
    """On the seed article and sentences of every kind, each gated pattern matches where its ungated self does."""
    sample = read_document(sample_path()).document
    texts = [source.text for source in sample.sources] + [
        "AT&T pulled out of a plan to sell the Mate 10 Pro days before CES, and Verizon shelved its own plans.",
        "The Commerce Department added Huawei to the Entity List; U.S.-Commerce talks stalled on 3/14/19.",
        "Xiaomi was in discussions with T-Mobile, and it hired a former Samsung executive to run its US unit.",
        "Motorola's share rose to 10 percent in Q3 2019, and it won't carry the phone at Cricket from Nov. 14.",
    ]
    patterns = [joined for _kind, joined in cues._KIND_CUES]
    patterns += [regex for _status, regex in status_cues._STATUS_CUES]
    patterns += [regex for regex, _handler in DATE_PATTERNS]
    gated_ones = [pattern for pattern in patterns if WORD_START_GATE in pattern.pattern]
    assert len(gated_ones) > 90
    for pattern in gated_ones:
        head = pattern.pattern.index(WORD_START_GATE)
        ungated = re.compile(pattern.pattern[:head] + pattern.pattern[head + len(WORD_START_GATE) :], pattern.flags)
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in ungated.finditer(text)], pattern.pattern[:80]
