"""The learned status in the prefill: the rules' status is kept (with its why) where the model agrees, the model's
guess is labelled as one, and the rules alone decide without the model's file."""

from __future__ import annotations

import math

from gui.core.evidence import status_model
from tests.core.evidence.titled_passages import suggest_among

LANES = ("Motorola", "Sony")


def suggest(passage: str):
    return suggest_among(LANES, passage, title="Phones in the US", published="2022-03-02")


def test_a_status_the_model_agrees_with_keeps_the_rules_why():
    got = suggest("Sony will sell the Xperia 5 unlocked at Best Buy from March 20, the company said on Tuesday.")
    assert got.status == got.rules_status == "confirmed"
    assert "guess" not in got.hints["status"]


def test_a_status_the_model_changes_says_it_is_a_guess():
    """A maker's own promise ("Motorola had promised in March that …"): no cue the rules know, so their default,
    reported; the model reads it as the labelled passages have it, confirmed. (Until round 24 this was "the two
    companies said", until round 25 "Motorola denied …": the rules now read both as confirmed themselves.)"""
    got = suggest("Motorola had promised in March that the phone would ship within a month.")
    assert (got.rules_status, got.status) == ("reported", "confirmed")
    assert got.hints["status"].startswith(f"a guess learned from {status_model.status_model().passages:,} labelled")
    assert "% sure; the rules said reported (no hedge" in got.hints["status"]


def test_a_firm_cue_stands_unless_the_model_is_very_sure():
    """Someone not named, a cancellation: until session 10 the rules' firm cues always stood. Now the model may
    overrule a firm cue when at least 80 % sure, but never a source not named (read from the sentence's structure,
    which its words cannot see). The failure classes' own sentences keep the rules' status."""
    assert status_model.least_sure('source "asked not to be named", not named') == math.inf
    assert status_model.least_sure('cue "called off"') == 0.8
    assert status_model.least_sure("no hedge or confirmation in the passage: reported, the default") == 0.0
    for passage, status in (
        ("A Vivo executive, who asked not to be named because the plans are private, said Verizon would carry the "
         "phone.", "reported"),
        ("Sony executives said on condition of anonymity that Best Buy would stock the Xperia in May.", "reported"),
        ("Motorola's planned launch of the Razr at Verizon was called off last week after months of delays.",
         "cancelled"),
    ):  # fmt: skip
        got = suggest(passage)
        assert got.status == got.rules_status == status, (passage, got.hints["status"])


def test_without_the_model_file_the_rules_alone_decide(monkeypatch, tmp_path):
    monkeypatch.setattr(status_model, "MODEL_FILE", tmp_path / "missing.npz")
    status_model.status_model.cache_clear()
    try:
        got = suggest("Motorola will sell the Edge through Best Buy from June 9, three people told us.")
        assert got.status == got.rules_status == "reported"
        assert "guess" not in got.hints["status"]
    finally:
        status_model.status_model.cache_clear()
