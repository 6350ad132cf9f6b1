"""The learned partners in the prefill: the rules' partners are kept (with their why) where the model keeps the same
names, the model's guess says what it changed and what the rules said, and the rules alone decide without its file
(our own sentences)."""

from __future__ import annotations

from gui.core.evidence import partner_model
from gui.core.evidence.candidate_model import CandidateModel
from tests.core.evidence.titled_passages import suggest_among

LANES = ("Motorola", "Sony")
FINE = "The FCC fined Motorola on Monday over phones sold through T-Mobile and AT&T that failed the hearing-aid rules."


def suggest(passage: str):
    return suggest_among(LANES, passage, title="Phones in the US", published="2022-03-02")


def test_partners_the_model_keeps_keep_the_rules_why():
    got = suggest("Sony will sell the Xperia 5 unlocked at Best Buy from March 20, the company said on Tuesday.")
    assert got.partners == got.rules_partners == ("Best Buy",)
    assert got.hints["partners"] == "named in the passage: Best Buy"


def test_carriers_named_in_passing_in_a_regulatory_passage_are_left_out_as_a_guess():
    # (the carriers named only for a phone's bands, this test's example before round 23, are now the rules' own:
    # partner_roles.py)
    got = suggest(FINE)
    assert got.rules_partners == ("T-Mobile", "AT&T")
    assert got.partners == ()
    hint = got.hints["partners"]
    assert hint.startswith(f"a guess learned from {partner_model.partner_model().passages:,} labelled passages: ")
    assert "left out T-Mobile (" in hint and "left out AT&T (" in hint
    assert hint.endswith("the rules said named in the passage: T-Mobile, AT&T")


def test_a_name_the_model_adds_is_said_to_be_added(monkeypatch):
    """A model that keeps every name after "alongside" (set by hand: the mechanism, not a close call of the shipped
    model) adds the carrier the rules left in a side clause, and says so."""
    model = CandidateModel(["rules_in", "l1:alongside"], [4.0, 4.0], intercept=-2.0, passages=12)
    monkeypatch.setattr(partner_model, "partner_model", lambda: model)
    got = suggest("Best Buy, which sells the phone in its stores alongside Verizon, has cut its price to $99.")
    assert got.rules_partners == ("Best Buy",)
    assert got.partners == ("Best Buy", "Verizon")
    assert got.hints["partners"] == (
        "a guess learned from 12 labelled passages: added Verizon (88% sure); "
        "the rules said named in the passage: Best Buy"
    )


def test_without_the_model_file_the_rules_alone_decide(monkeypatch, tmp_path):
    monkeypatch.setattr(partner_model, "MODEL_FILE", tmp_path / "missing.npz")
    partner_model.partner_model.cache_clear()
    try:
        got = suggest(FINE)
        assert got.partners == got.rules_partners == ("T-Mobile", "AT&T")
        assert "guess" not in got.hints["partners"]
    finally:
        partner_model.partner_model.cache_clear()
