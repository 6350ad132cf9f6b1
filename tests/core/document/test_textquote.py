"""Finding evidence quotes in source texts."""

from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.document.textquote import find_quote, normalize_space, quote_is_found

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
    from gui.core.document.textquote import quote_selector

    text = "Alpha beta gamma. Delta epsilon."
    start = text.index("Delta")
    assert quote_selector(text, start - 1, len(text)) == ("Delta epsilon.", "", "")


def test_selector_of_a_repeated_quote_has_prefix_and_suffix_that_find_it_again():
    from gui.core.document.textquote import find_quote, quote_selector

    text = "In talks with AT&T.\n\nLater, in talks with  Verizon. And again in talks with Sprint."
    start = text.index("in talks", 10)
    quote, prefix, suffix = quote_selector(text, start, start + len("in talks"))
    assert quote == "in talks"
    assert prefix.endswith("Later,") and suffix.startswith("with Verizon")
    assert len(prefix) <= 32 and len(suffix) <= 32
    assert find_quote(text, quote, prefix, suffix) == (start, start + len("in talks"))


def _slow_quote_selector(text: str, start: int, end: int, context: int = 32) -> tuple[str, str, str]:
    """The definition: repeats are counted in the whitespace-normalised text."""
    from gui.core.document.textquote import normalize_space

    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    quote = text[start:end]
    needle = normalize_space(quote)
    if not needle:
        return "", "", ""
    normalized = normalize_space(text)
    first = normalized.find(needle)
    if first < 0 or normalized.find(needle, first + 1) < 0:
        return quote, "", ""
    prefix = normalize_space(text[max(0, start - 2 * context) : start])[-context:].lstrip(" ")
    suffix = normalize_space(text[end : end + 2 * context])[:context].rstrip(" ")
    return quote, prefix, suffix


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "ab", " ", "\n", "\u00a0", "  ", "ba"]), max_size=30), st.data())
def test_quote_selector_agrees_with_its_definition_on_the_normalised_text(parts, data):
    from gui.core.document.textquote import quote_selector

    text = "".join(parts)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert quote_selector(text, start, end) == _slow_quote_selector(text, start, end)
