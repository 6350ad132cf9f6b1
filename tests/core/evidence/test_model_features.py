"""What the learned kind reads of the article around a passage and of the rules' hints: the headline's words, the
passage's place and length, the verb after the maker, the words the rules quote; the status reads none of them."""

from __future__ import annotations

from gui.core.document.model import Lane, Source, new_document
from gui.core.evidence.extract import suggest_event
from gui.core.evidence.passage_model import RulesReading


def test_the_kind_reads_the_headline_s_words_and_the_passage_s_place_and_length():
    reading = RulesReading("setback", "reported", headline_text="maker pulls the plug on carrier deal", paragraph=4,
                           general_text="the deal was signed in month year")  # fmt: skip
    kind = reading.features("kind")
    assert {"t:maker", "t:pulls", "t:plug", "t:carrier", "t:deal", "at:3-5", "len:<10"} <= set(kind)
    assert not any(feature.startswith(("t:", "at:", "len:")) for feature in reading.features("status"))


def test_the_place_in_the_article_is_read_by_steps():
    def place(paragraph: int) -> list[str]:
        return [f for f in RulesReading(paragraph=paragraph).features("kind") if f.startswith("at:")]

    assert [place(n) for n in (0, 1, 2, 3, 5, 6, 40)] == [["at:0"], ["at:1"], ["at:2"], ["at:3-5"], ["at:3-5"],
                                                          ["at:6+"], ["at:6+"]]  # fmt: skip
    assert place(None) == []


def test_the_length_is_read_by_steps_of_words():
    def length(words: int) -> list[str]:
        return [f for f in RulesReading(general_text="word " * words).features("kind") if f.startswith("len:")]

    assert [length(n) for n in (9, 10, 19, 34, 59, 60)] == [["len:<10"], ["len:<20"], ["len:<20"], ["len:<35"],
                                                           ["len:<60"], ["len:60+"]]  # fmt: skip


def test_the_kind_reads_the_verb_after_the_maker_past_auxiliaries_and_adverbs():
    reading = RulesReading(general_text="maker has now agreed to sell its phones through carrier, and maker inc. "
                                        "will finally launch in month")  # fmt: skip
    verbs = [f for f in reading.features("kind") if f.startswith("mv")]
    assert verbs == ["mv:agreed", "mv5:agree", "mv:launch", "mv5:launc"]
    assert not any(f.startswith("mv") for f in reading.features("status"))


def test_a_maker_without_a_word_after_it_has_no_verb():
    assert not any(f.startswith("mv") for f in RulesReading(general_text="a deal with maker").features("kind"))


def test_the_kind_reads_the_words_the_rules_quote_in_both_hints():
    reading = RulesReading("carrier-talks", "rumored", 'cue "In talks" over "carry" (carrier-deal)',
                           'source "people familiar", not named')  # fmt: skip
    kind = reading.features("kind")
    assert {"hqk:in talks", "hqk:carry", "hqs:people familiar"} <= set(kind)
    assert not any(f.startswith("hq") for f in reading.features("status"))


def test_suggest_event_gives_the_kind_model_the_headline_the_place_and_the_passage():
    lead = "Xiaomi weighs a US carrier deal"
    passage = "Xiaomi is in talks with Verizon, people familiar with the matter said."
    text = f"{lead}\n\nThe company has sold phones in Europe since 2017.\n\n{passage}"
    source = Source("s", title=lead, publisher="", published="2020-01-02", text=text)
    document = new_document()
    document.lanes[:] = [Lane("xiaomi", "Xiaomi")]
    document.sources.append(source)
    start = text.index(passage)
    kind = suggest_event(document, source, start, start + len(passage)).rules_reading.features("kind")
    assert {"t:maker", "t:weighs", "t:us", "t:deal", "at:2", "len:<20", "mv:in"}  # ("is" is passed over) <= set(kind)
    assert "hqk:in talks" in kind


def test_a_source_without_a_title_gives_no_headline_and_no_place():
    """A pasted sentence is no article's first paragraph: the kind model learned "at:0" and "t:" words from titled
    articles only."""
    passage = "The company has no retail stores in the US."
    document = new_document()
    source = Source("s", published="2023-04-05", text=passage)
    document.sources.append(source)
    kind = suggest_event(document, source, 0, len(passage)).rules_reading.features("kind")
    assert not any(feature.startswith(("t:", "at:")) for feature in kind)
    assert "len:<10" in kind
