"""Disagreements visit only the pairs that disagree, and find the very same ones as the pair-by-pair scan they
replaced (kept here as the reference)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from gui.core.analysis import same_event
from gui.core.analysis.same_event import CONFLICTING_STATUSES, Disagreement, disagreements
from gui.core.document.dates import Precision, parsed_dates
from gui.core.document.model import Event
from gui.core.storage.fileformat import read_document


def _about_the_same(a: Event, b: Event, year_a: int, year_b: int) -> bool:
    if year_a != year_b:
        return False
    return same_event._shares_partner(a, b) or (not a.partners and not b.partners)


def _reference_disagreements(events: list[Event]) -> list[Disagreement]:
    """Where reports of the same thing give different dates at the same precision, or conflicting statuses."""
    dates = parsed_dates({event.start for event in events})
    order = {event.id: n for n, event in enumerate(events)}
    found: list[Disagreement] = []
    for group in same_event._groups(events).values():
        dated = [(dates[e.start], e) for e in group if e.start in dates]
        dated.sort(key=lambda item: item[0].sort_key())
        for i, (date, event) in enumerate(dated):
            for other_date, other in dated[i + 1 :]:
                if other_date.year != date.year:
                    break
                if not _about_the_same(event, other, date.year, other_date.year):
                    continue
                ids = tuple(sorted((event.id, other.id), key=order.__getitem__))
                if (
                    date.precision > Precision.YEAR
                    and date.precision == other_date.precision
                    and date.truncated(date.precision) != other_date.truncated(date.precision)
                ):
                    found.append(Disagreement(ids, "date", f"{date.words()} or {other_date.words()}"))
                if frozenset({event.status, other.status}) in CONFLICTING_STATUSES:
                    found.append(Disagreement(ids, "status", f"{event.status} and {other.status}"))
    return sorted(found, key=lambda d: (order[d.event_ids[0]], order[d.event_ids[1]], d.what))


def test_market_as_before(market):
    assert disagreements(market.events) == _reference_disagreements(market.events)
    market.events[0].partners = ["AT&T", "at&t", "Verizon"]  # a partner twice; two shared partners
    market.events[2].partners = ["Verizon", "AT&T"]
    market.events[2].start = "2017-04"
    market.events[4].partners = []
    market.events[3].partners = []
    assert disagreements(market.events) == _reference_disagreements(market.events)


@pytest.mark.parametrize("seed", [2, 5])
def test_generated_files_as_before(tmp_path, repo_root, seed):
    out = tmp_path / "gen.json"
    subprocess.run(
        [
            sys.executable,
            str(repo_root / "benchmarks" / "make_timeline.py"),
            "--events",
            "6000",
            "--lanes",
            "6",
            "--seed",
            str(seed),
            str(out),
        ],
        check=True,
        timeout=120,
    )
    events = read_document(out).document.events
    found = disagreements(events)
    assert len(found) > 50  # the generated files have disagreements of both kinds
    assert {d.what for d in found} == {"date", "status"}
    assert found == _reference_disagreements(events)
