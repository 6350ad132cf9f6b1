"""Single-source claims and disagreeing reports, per event, on the market file read from disk."""

from __future__ import annotations

from gui.core.analysis.claims import ClaimFacts


def _ids(document, mask) -> set[str]:
    return {event.id for event, on in zip(document.events, mask.tolist()) if on}


def test_single_source_counts_independent_origins_not_articles(market):
    facts = ClaimFacts(market)
    # talks-b: The Verge relays Bloomberg beside Bloomberg itself: one origin. china has no evidence: no claim.
    assert _ids(market, facts.single_source) == {"talks-a", "talks-b", "talks-c", "deal-off", "launch-2", "cert"}


def test_disagreeing_events_are_those_whose_reports_conflict(market):
    facts = ClaimFacts(market)
    # deal (confirmed) and deal-off (cancelled), same lane, kind, partner and month.
    # launch (May 2019) and launch-2 (June 2019): two months for one launch.
    assert _ids(market, facts.disagreeing) == {"deal", "deal-off", "launch", "launch-2"}
