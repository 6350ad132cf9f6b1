"""Finding evidence quotes in source texts."""

from gui.core.textquote import find_quote, normalize_space, quote_is_found

TEXT = "Huawei is in talks.\nXiaomi is in talks.  Huawei is in\n talks again."


def test_normalize_space_collapses_all_whitespace_including_nbsp():
    assert normalize_space(" a\u00a0 b\n\tc ") == "a b c"


def test_whitespace_tolerant_match_returns_original_offsets():
    start, end = find_quote(TEXT, "Xiaomi is   in talks.")
    assert TEXT[start:end] == "Xiaomi is in talks."


def test_prefix_and_suffix_pick_the_right_repeat():
    first = find_quote(TEXT, "Huawei is in talks")
    later = find_quote(TEXT, "Huawei is in talks", prefix="Xiaomi is in talks.", suffix=" again")
    assert first == (0, 18)
    assert TEXT[later[0] : later[1]] == "Huawei is in\n talks"
    assert later[0] > first[0]


def test_missing_or_empty_quote():
    assert find_quote(TEXT, "Apple") is None
    assert find_quote(TEXT, "   ") is None
    assert not quote_is_found(normalize_space(TEXT), "")
    assert quote_is_found(normalize_space(TEXT), "talks. Xiaomi")
