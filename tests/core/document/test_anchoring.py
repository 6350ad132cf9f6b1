"""Evidence quotes found again after their source's text is edited."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.document.anchoring import (
    FUZZY_MIN_SCORE,
    FUZZY_WHOLE_TEXT_LIMIT,
    MOVED_MIN_SCORE,
    Outcome,
    anchor_status,
    reanchor,
    reanchor_all,
)
from gui.core.storage.fileformat import read_document
from gui.core.document.model import Evidence, Source
from gui.core.document.textquote import find_quote, normalize_space, quote_selector


@pytest.fixture(scope="module")
def article(sample_path: Path) -> tuple[Source, list[Evidence]]:
    """The sample's source (the seed article) and every evidence quoted from it."""
    document = read_document(sample_path).document
    source = document.sources[0]
    evidence = [item for event in document.events for item in event.evidence if item.source == source.id]
    assert len(evidence) > 10
    return source, evidence


def quote_at(text: str, quote: str) -> Evidence:
    start = text.index(quote)
    return Evidence("bloomberg-talks-2018", *quote_selector(text, start, start + len(quote)))


def assert_anchored(result, new_text: str) -> None:
    """The result's span holds its quote, and its selector finds that span in the new text."""
    start, end = result.span
    assert normalize_space(new_text[start:end]) == normalize_space(result.evidence.quote)
    assert find_quote(new_text, result.evidence.quote, result.evidence.prefix, result.evidence.suffix) == result.span


# ----------------------------------------------------------------------------- EXACT


def test_paragraph_inserted_before_keeps_every_quote_exact(article) -> None:
    source, evidence = article
    inserted = "Update, December 6: Huawei declined to comment.\n\n"
    new_text = inserted + source.text

    for item, result in zip(evidence, reanchor_all(evidence, source.text, new_text)):
        old_start, old_end = find_quote(source.text, item.quote, item.prefix, item.suffix)
        assert result.outcome is Outcome.EXACT
        assert result.span == (old_start + len(inserted), old_end + len(inserted))
        assert result.evidence == item
        assert result.score == 100


def test_whitespace_and_line_break_changes_are_exact(article) -> None:
    source, evidence = article
    new_text = source.text.replace(". ", ".\n").replace(", ", ",   ").replace("\xa0", " ").replace("\n\n", "\n \n\n")

    for item, result in zip(evidence, reanchor_all(evidence, source.text, new_text)):
        assert result.outcome is Outcome.EXACT, item.quote
        assert result.evidence == item
        assert_anchored(result, new_text)


def test_quote_not_in_the_old_text_is_still_found_exactly(article) -> None:
    source, _ = article
    quote = "a deal with a major carrier would be a first"
    result = reanchor(Evidence("s", quote), "an unrelated old text", source.text)
    assert result.outcome is Outcome.EXACT
    assert result.span == find_quote(source.text, quote)


# ----------------------------------------------------------------------------- repeated quotes


def test_a_quote_that_becomes_repeated_keeps_its_place_and_gains_context(article) -> None:
    source, _ = article
    quote = "a deal with a major carrier would be a first"
    item = quote_at(source.text, quote)
    assert (item.prefix, item.suffix) == ("", "")  # unique in the old text
    new_text = f"Update: Huawei says {quote} for any Chinese maker.\n\n{source.text}"

    result = reanchor(item, source.text, new_text)

    assert result.outcome is Outcome.EXACT
    assert result.span[0] == len("Update: Huawei says ") + source.text.index(quote) + len(
        f"{quote} for any Chinese maker.\n\n"
    )
    assert result.evidence.prefix and result.evidence.suffix  # without them find_quote would pick the new first copy
    assert_anchored(result, new_text)


def test_repeated_quote_follows_its_own_occurrence(article) -> None:
    source, _ = article
    title = "Huawei and Xiaomi in Talks with AT&T and Verizon to Carry Phones in 2018"
    second = source.text.index(title, 1)
    item = Evidence("s", *quote_selector(source.text, second, second + len(title)))
    assert item.prefix.endswith("Phones in 2018")
    # The first heading becomes a kicker line, a third copy is added at the end, and the
    # surroundings of the second copy are lightly edited.
    new_text = (
        source.text.replace(title + "\n\n", f"Exclusive: {title}\n\n", 1).replace("We may earn a", "We might earn a")
        + f"\n\nRelated: {title}"
    )

    result = reanchor(item, source.text, new_text)

    assert result.outcome is Outcome.EXACT
    assert new_text[result.span[0] :].startswith(f"{title}\n\nWe might earn")
    assert_anchored(result, new_text)


# ----------------------------------------------------------------------------- MOVED


def test_typo_fixed_inside_the_quote_is_moved(article) -> None:
    """A decision: the context pins the passage exactly, so a typo fix is MOVED (before FUZZY)."""
    source, evidence = article
    item = next(e for e in evidence if "Xiamoi" in e.quote)
    new_text = source.text.replace("Xiamoi", "Xiaomi")

    result = reanchor(item, source.text, new_text)

    assert result.outcome is Outcome.MOVED
    assert result.evidence.quote == item.quote.replace("Xiamoi", "Xiaomi")
    assert result.evidence.source == item.source
    assert result.score > 95
    assert_anchored(result, new_text)


def test_quote_reworded_with_its_context_intact_is_moved(article) -> None:
    source, evidence = article
    item = next(e for e in evidence if e.quote.startswith("According to Bloomberg"))
    reworded = "Bloomberg reports that Huawei and Xiaomi are negotiating with the two biggest US carriers about selling handsets."
    new_text = source.text.replace(item.quote, reworded)

    result = reanchor(item, source.text, new_text)

    assert result.outcome is Outcome.MOVED
    assert result.evidence.quote == reworded
    assert MOVED_MIN_SCORE <= result.score < FUZZY_MIN_SCORE
    assert_anchored(result, new_text)


def test_moved_quote_is_found_next_to_its_old_place_among_many_copies_of_its_context(article) -> None:
    """The context of the quote occurs in 1,200 copies of the article: the nearest copy is the one."""
    source, _ = article
    quote = "A few of its most popular devices have reached brick-and-mortar stores like Best Buy recently"
    copy = source.text.replace(quote, "Its devices are sold online")
    old_text = (copy + "\n\n") * 1100 + source.text + ("\n\n" + copy) * 100
    new_text = old_text.replace("Best Buy recently", "Best Buy lately")

    result = reanchor(quote_at(old_text, quote), old_text, new_text)

    assert result.outcome is Outcome.MOVED
    assert result.span[0] == old_text.index(quote)
    assert result.evidence.quote == quote.replace("recently", "lately")


def test_quote_at_the_start_of_the_text_is_moved_by_its_following_context() -> None:
    old_text = "Huawei is in talks with AT&T. The deal would be its first with a US carrier."
    new_text = "Huawei is negotiating with AT&T. The deal would be its first with a US carrier."
    result = reanchor(Evidence("s", "Huawei is in talks with AT&T."), old_text, new_text)
    assert result.outcome is Outcome.MOVED
    assert result.evidence.quote == "Huawei is negotiating with AT&T."


def test_a_replacement_much_longer_than_the_quote_is_not_moved() -> None:
    old_text = "Before the quote comes this. Huawei is in talks. After the quote comes that."
    new_text = old_text.replace("Huawei is in talks.", "Something else entirely happened, at great length, " * 3)
    assert reanchor(Evidence("s", "Huawei is in talks."), old_text, new_text).outcome is Outcome.LOST


# ----------------------------------------------------------------------------- FUZZY


def test_lightly_paraphrased_sentence_with_new_context_is_fuzzy(article) -> None:
    source, evidence = article
    item = next(e for e in evidence if e.quote.startswith("Xiaomi’s reputation"))
    paraphrase = (
        "Xiaomi’s reputation for making high-quality smartphones with faster performance than the "
        "competition (at the same price point) is another point in its favour."
    )
    old_paragraph_start = source.text.index("Xiaomi’s found a niche")
    old_paragraph_end = source.text.index("dedicated following.") + len("dedicated following.")
    new_text = (
        source.text[:old_paragraph_start]
        + "Xiaomi has found a niche among budget buyers.\n\n"
        + paraphrase
        + " Still, not all of its phones are hits."
        + source.text[old_paragraph_end:]
    )

    result = reanchor(item, source.text, new_text)

    assert result.outcome is Outcome.FUZZY
    assert result.evidence.quote == paraphrase  # snapped to whole words: the sentence, no more, no less
    assert FUZZY_MIN_SCORE <= result.score < 100
    assert_anchored(result, new_text)


def test_misquoted_evidence_is_corrected_fuzzily(article) -> None:
    source, _ = article
    misquote = "According to Bloomberg, the two smartphone makers are in talks with AT&T and Verizon Wireless"
    assert find_quote(source.text, misquote) is None

    result = reanchor(Evidence("s", misquote), source.text, source.text)

    assert result.outcome is Outcome.FUZZY
    assert result.evidence.quote == misquote.replace("are in talks", "are currently in talks")


def test_fuzzy_search_in_a_large_text_looks_near_the_old_place(article) -> None:
    source, _ = article
    filler = "Unrelated filler paragraph about the weather and other things entirely.\n\n" * 8000
    quote = "But both are reportedly turning their attention to a new frontier: The United States."
    old_text = filler + source.text + filler
    assert len(old_text) > FUZZY_WHOLE_TEXT_LIMIT
    paraphrase = "But both are now reportedly turning their attention to a new frontier, the United States."
    edited = (
        source.text.replace("Europe and China. ", "Europe. ")
        .replace(quote, paraphrase)
        .replace("According to Bloomberg, the two", "Bloomberg says the two")
    )
    nearby = filler + edited + filler

    result = reanchor(quote_at(old_text, quote), old_text, nearby)
    assert result.outcome is Outcome.FUZZY
    assert result.evidence.quote == paraphrase

    # Moved far from where it was, with new surroundings: a large text is not searched whole.
    far = filler + filler + edited
    assert reanchor(quote_at(old_text, quote), old_text, far).outcome is Outcome.LOST


# ----------------------------------------------------------------------------- LOST


def test_deleted_paragraph_loses_its_quotes_only(article) -> None:
    source, evidence = article
    start = source.text.index("Huawei, meanwhile")
    end = source.text.index("\n\n", start) + 2
    new_text = source.text[:start] + source.text[end:]

    for item, result in zip(evidence, reanchor_all(evidence, source.text, new_text)):
        old_start, _ = find_quote(source.text, item.quote, item.prefix, item.suffix)
        if start <= old_start < end:
            assert result.outcome is Outcome.LOST, item.quote
            assert result.evidence is item and result.span is None
            assert result.score < FUZZY_MIN_SCORE
        else:
            assert result.outcome is Outcome.EXACT, item.quote


def test_empty_quote_is_lost() -> None:
    assert reanchor(Evidence("s", "  "), "text", "text").outcome is Outcome.LOST


def test_ten_megabyte_text_with_a_lost_quote_completes(article, record_property) -> None:
    source, _ = article
    quote = "A few of its most popular devices have reached brick-and-mortar stores like Best Buy recently"
    body = source.text.replace(quote, "Its devices are sold online")
    old_text = (body + "\n\n") * 2600 + source.text + ("\n\n" + body) * 2600
    assert len(old_text) > 10_000_000
    start = old_text.index("Huawei, meanwhile", old_text.index(quote) - 400)
    new_text = old_text[:start] + old_text[old_text.index("\n\n", start) + 2 :]

    started = time.perf_counter()
    result = reanchor(quote_at(old_text, quote), old_text, new_text)
    seconds = time.perf_counter() - started

    record_property("seconds", round(seconds, 2))
    assert result.outcome is Outcome.LOST


# ----------------------------------------------------------------------------- status and properties


def test_anchor_status_is_exact_or_lost(article) -> None:
    source, evidence = article
    assert {anchor_status(item, source.text) for item in evidence} == {Outcome.EXACT}
    assert anchor_status(evidence[0], "another text") is Outcome.LOST


WORDS = st.sampled_from(["Huawei", "Xiaomi", "AT&T", "in", "talks", "talks.", "with", "a", "deal"])
SPACE = st.sampled_from([" ", "  ", "\n", "\n\n", "\xa0", "\t "])


@st.composite
def texts_with_evidence(draw) -> tuple[str, Evidence]:
    words = draw(st.lists(WORDS, min_size=1, max_size=80))
    spaces = draw(st.lists(SPACE, min_size=len(words), max_size=len(words)))
    text = draw(st.sampled_from(["", " ", "\n"]))
    starts, ends = [], []
    for word, space in zip(words, spaces):
        starts.append(len(text))
        text += word
        ends.append(len(text))
        text += space
    first = draw(st.integers(0, len(words) - 1))
    last = draw(st.integers(first, min(len(words) - 1, first + 6)))
    how = draw(st.sampled_from(["selector", "bare quote", "wrong context"]))
    if how == "selector":
        return text, Evidence("s", *quote_selector(text, starts[first], ends[last]))
    quote = " ".join(words[first : last + 1])
    if how == "bare quote":
        return text, Evidence("s", quote)
    return text, Evidence(
        "s", quote, draw(st.sampled_from(["", "talks", "deal with"])), draw(st.sampled_from(["", "in"]))
    )


@settings(max_examples=300, deadline=None)
@given(texts_with_evidence())
def test_an_unchanged_text_keeps_every_found_quote_exactly_where_it_was(case) -> None:
    text, evidence = case
    span = find_quote(text, evidence.quote, evidence.prefix, evidence.suffix)
    result = reanchor(evidence, text, text)
    if span is not None:
        assert result.outcome is Outcome.EXACT
        assert result.span == span
        assert result.evidence == evidence


@st.composite
def edited_texts_with_evidence(draw) -> tuple[str, str, Evidence]:
    text, evidence = draw(texts_with_evidence())
    new_text = text
    for _ in range(draw(st.integers(0, 3))):
        start = draw(st.integers(0, len(new_text)))
        end = draw(st.integers(start, min(len(new_text), start + 20)))
        inserted = draw(st.sampled_from(["", " ", "Huawei", " Verizon ", "\n\n", "talks", "Xiaomi is"]))
        new_text = new_text[:start] + inserted + new_text[end:]
    return text, new_text, evidence


@settings(max_examples=300, deadline=None)
@given(edited_texts_with_evidence())
def test_after_any_edit_a_found_span_holds_the_new_quote(case) -> None:
    old_text, new_text, evidence = case
    result = reanchor(evidence, old_text, new_text)
    assert 0 <= result.score <= 100
    if result.outcome is Outcome.LOST:
        assert result.span is None and result.evidence is evidence
        return
    start, end = result.span
    assert 0 <= start < end <= len(new_text)
    assert not new_text[start].isspace() and not new_text[end - 1].isspace()
    assert normalize_space(new_text[start:end]) == normalize_space(result.evidence.quote)
    assert result.evidence.source == evidence.source
