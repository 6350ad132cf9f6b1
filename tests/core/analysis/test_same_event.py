"""Merge suggestions and disagreements between reports of the same thing."""

from __future__ import annotations

import subprocess
import sys

from gui.core.analysis.same_event import Disagreement, disagreements, merge_suggestions
from gui.core.storage.fileformat import read_document


def test_overlapping_reports_sharing_a_partner_are_suggested_together(market):
    # 2017-03, 2017 and 2017-03-14 overlap and share AT&T (any case); the two January 2018
    # carrier deals overlap too; the launches (May and June 2019) do not overlap.
    assert merge_suggestions(market.events) == [["talks-a", "talks-b", "talks-c"], ["deal", "deal-off"]]


def test_no_shared_partner_or_other_kind_or_lane_is_no_suggestion(market):
    for event in market.events:
        if event.id == "talks-c":
            event.partners = ["T-Mobile"]
        if event.id == "deal-off":
            event.kind = "setback"
    assert merge_suggestions(market.events) == [["talks-a", "talks-b"]]


def test_disagreements_dates_at_the_same_precision_and_conflicting_statuses(market):
    found = disagreements(market.events)
    assert Disagreement(("deal", "deal-off"), "status", "confirmed and cancelled") in found
    assert Disagreement(("launch", "launch-2"), "date", "May 2019 or June 2019") in found
    # 2017 and March 2017 differ in precision only: no disagreement; March and 14 March neither
    assert not [d for d in found if "talks-b" in d.event_ids or "talks-c" in d.event_ids]
    assert len(found) == 2


def test_sample_has_no_suggestion_and_no_disagreement(sample_path):
    document = read_document(sample_path).document
    assert merge_suggestions(document.events) == []
    assert disagreements(document.events) == []


def test_generated_file_suggestions_are_valid_groups(tmp_path, repo_root):
    out = tmp_path / "gen.json"
    subprocess.run(
        [sys.executable, str(repo_root / "benchmarks" / "make_timeline.py"), "--events", "2000", "--lanes", "5",
         "--seed", "4", str(out)],
        check=True, timeout=120,
    )
    events = read_document(out).document.events
    by_id = {event.id: event for event in events}
    groups = merge_suggestions(events)
    assert groups  # 2,000 events on 5 lanes: some overlap
    for group in groups:
        members = [by_id[i] for i in group]
        assert len({(e.lane, e.kind) for e in members}) == 1
        assert all(any(set(a.partners) & set(b.partners) for b in members if b is not a) for a in members)
    assert len({i for group in groups for i in group}) == sum(map(len, groups))
    for disagreement in disagreements(events):
        a, b = (by_id[i] for i in disagreement.event_ids)
        assert (a.lane, a.kind) == (b.lane, b.kind)
