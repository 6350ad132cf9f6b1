"""What the learned kind model reads of a passage: names made general, words, pairs of words, word pieces."""

from __future__ import annotations

from gui.core.evidence.kind_features import general_words, passage_features


def test_names_years_months_and_figures_become_stand_ins():
    passage = "Oppo signed with AT&T in Sept. 2021 for $120 million."
    names = [(0, 4, "maker"), (17, 21, "carrier")]
    assert general_words(passage, names).split() == [
        "maker", "signed", "with", "carrier", "in", "month", "year", "for", "num", "million."
    ]  # fmt: skip


def test_overlapping_names_keep_the_first_found():
    assert general_words("Metro by T-Mobile sells it", [(0, 17, "carrier"), (9, 17, "carrier")]).split() == [
        "carrier", "sells", "it"
    ]  # fmt: skip


def test_features_are_words_pairs_and_padded_pieces_of_three_to_five_letters():
    features = passage_features("maker scrapped it")
    assert {"w:maker", "w:scrapped", "w:maker scrapped", "w:scrapped it"} <= set(features)
    assert "w:it it" not in features and "w:it" in features  # two letters make a word
    assert {"c: sc", "c:scr", "c: scra", "c:scrap", "c:pped "} <= set(features)
    assert features.count("c: it ") == 1  # a word shorter than a piece counts once, whole


def test_two_spellings_of_a_word_share_most_pieces():
    licence = {f for f in passage_features("licence") if f.startswith("c:")}
    license_ = {f for f in passage_features("license") if f.startswith("c:")}
    assert len(licence & license_) >= 5


def test_may_and_march_in_lower_case_are_verbs_not_months():
    """Found in review: text was lower-cased before months were read, so "Sony may launch" read "month"."""
    assert general_words("Sony may launch it in May; rivals march on.", [(0, 4, "maker")]).split() == [
        "maker", "may", "launch", "it", "in", "month", ";", "rivals", "march", "on."
    ]  # fmt: skip


def test_of_two_names_that_start_together_the_longer_stands():
    """Found in review: "Google Fi" read as the maker Google followed by "fi"."""
    names = [(0, 6, "maker"), (0, 9, "carrier")]
    assert general_words("Google Fi sells it", names).split() == ["carrier", "sells", "it"]
