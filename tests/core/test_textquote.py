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


def test_selector_of_a_unique_quote_has_no_context():
    from gui.core.textquote import quote_selector

    text = "Alpha beta gamma. Delta epsilon."
    start = text.index("Delta")
    assert quote_selector(text, start - 1, len(text)) == ("Delta epsilon.", "", "")


def test_selector_of_a_repeated_quote_has_prefix_and_suffix_that_find_it_again():
    from gui.core.textquote import find_quote, quote_selector

    text = "In talks with AT&T.\n\nLater, in talks with  Verizon. And again in talks with Sprint."
    start = text.index("in talks", 10)
    quote, prefix, suffix = quote_selector(text, start, start + len("in talks"))
    assert quote == "in talks"
    assert prefix.endswith("Later,") and suffix.startswith("with Verizon")
    assert len(prefix) <= 32 and len(suffix) <= 32
    assert find_quote(text, quote, prefix, suffix) == (start, start + len("in talks"))
