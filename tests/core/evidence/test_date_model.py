"""The learned date in the prefill: the rules' start is kept (with its why) where the model agrees, the model's guess
says that it is one, how sure it is and what the rules said, a day other rules gave is not overruled, and the rules
alone decide without its file (our own sentences)."""

from __future__ import annotations

from gui.core.evidence import date_model
from gui.core.evidence.candidate_model import CandidateModel
from tests.core.evidence.titled_passages import suggest_among

LANES = ("Motorola", "Sony", "OnePlus", "TCL")


def suggest(passage: str, published: str = "2022-01-12"):
    return suggest_among(LANES, passage, title="Phones in the US", published=published)


def test_a_date_the_model_agrees_with_keeps_the_rules_why():
    got = suggest("Motorola's Razr will reach Verizon stores on Feb. 6, the carrier said on Tuesday.")
    assert got.start == got.rules_start == "2022-02-06"
    assert got.hints["start"].startswith('"on Feb. 6" in the passage')


def test_a_state_told_for_years_is_the_sources_date_by_the_rules_and_the_model():
    """"for years" in a passage about courting carriers: a state up to now, which the dev labels give the article's
    date, approximate; the rules say so themselves (round 21), and the model agrees."""
    got = suggest("OnePlus has been courting carriers for years.")
    assert got.rules_start == got.start == "2022-01-12~"
    assert got.end is None


def test_background_from_a_year_long_gone_takes_the_sources_date_as_a_guess():
    """A state now, with the founding year it has held since: the rules read the year; the dev labels give such a state
    the article's date, approximate, and so does the model."""
    got = suggest("The phone is a version of the Reno, which Oppo sells in China; the two companies have shared "
                  "factories since OnePlus was founded in 2013.")  # fmt: skip
    assert got.rules_start == "2013"
    assert (got.start, got.end) == ("2022-01-12~", None)
    hint = got.hints["start"]
    assert hint.startswith(f"a guess learned from {date_model.date_model().passages:,} labelled passages, ")
    assert "% sure: the source's date (2022-01-12), marked approximate: the passage's dates are not its event's" in hint
    assert hint.endswith('the rules said 2013 ("in 2013" in the passage)')
    assert got.notes.startswith("Dates: a guess learned from ")


def test_a_phrase_the_model_prefers_is_said_with_its_reading(monkeypatch):
    """A model that prefers the last date of a passage (set by hand: the mechanism, not a close call of the shipped model) gives
    it as the rules would say it, and drops the rules' range."""
    model = CandidateModel(["chosen", "pos:last"], [1.0, 3.0], intercept=0.0, passages=7)
    monkeypatch.setattr(date_model, "date_model", lambda: model)
    # (a state since 2019 told on March 3: the rules keep the state's range, as a "since" beside no other event's date)
    got = suggest("Sony has sold the Xperia through Best Buy since 2019, the company said on March 3.")
    assert (got.rules_start, got.start, got.end) == ("2019", "2022-03-03", None)
    assert got.hints["start"].startswith('a guess learned from 7 labelled passages, 81% sure: "on March 3" in the passage')
    assert 'the rules said 2019 ("since 2019" in the passage' in got.hints["start"]


def test_a_day_other_rules_gave_is_not_overruled(monkeypatch):
    """A live blog's time stamp dates the entry to the article's day: the model, which would take the source's date
    approximate for anything, leaves it alone."""
    model = CandidateModel(["t=ref~"], [9.0], intercept=0.0, passages=7)
    monkeypatch.setattr(date_model, "date_model", lambda: model)
    got = suggest("10:42 a.m. ET: TCL's first phones go on sale at the Walmart in Bentonville.", "2022-09-14")
    assert got.start == got.rules_start == "2022-09-14"
    assert "guess" not in got.hints["start"]


def test_without_the_model_file_the_rules_alone_decide(monkeypatch, tmp_path):
    monkeypatch.setattr(date_model, "MODEL_FILE", tmp_path / "missing.npz")
    date_model.date_model.cache_clear()
    try:
        got = suggest("The phone is a version of the Reno, which Oppo sells in China; the two companies have shared "
                      "factories since OnePlus was founded in 2013.")  # fmt: skip
        assert got.start == got.rules_start == "2013"
        assert "guess" not in got.hints["start"]
    finally:
        date_model.date_model.cache_clear()
