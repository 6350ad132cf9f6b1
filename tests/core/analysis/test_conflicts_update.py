"""After an edit of a few events, finding again only the disagreements of the changed events gives the very
same list as listing every disagreement again: on the market file and on a generated file, edit after edit
and undo after undo."""

from __future__ import annotations

import random
import subprocess
import sys

from gui.core.analysis.conflicts import conflicts
from gui.core.analysis.conflicts_update import updated_conflicts
from gui.core.document import edits
from gui.core.storage.fileformat import read_document


def _random_edit(document, rng: random.Random):
    events = document.events
    event = rng.choice(events)
    other = rng.choice(events)
    choice = rng.randrange(9)
    if choice == 0:
        return edits.edit_event(document, event.id, status=rng.choice(["confirmed", "cancelled", "reported"]))
    if choice == 1:
        return edits.edit_event(document, event.id, start=other.start, end=None)
    if choice == 2:
        return edits.edit_event(document, event.id, partners=list(other.partners))
    if choice == 3:
        return edits.edit_event(document, event.id, lane=other.lane, kind=other.kind)
    if choice == 4:
        return edits.edit_event(document, event.id, title=event.title + " (edited)")
    if choice == 5:
        return edits.delete_events(document, [event.id, other.id])
    if choice == 6:
        return edits.duplicate_events(document, [other.id])
    if choice == 7:  # a copy of an event with another status: a disagreement on the status, often
        fields = {
            "kind": other.kind,
            "partners": list(other.partners),
            "status": "cancelled",
            "evidence": other.evidence,
        }
        return edits.add_event(document, other.lane, other.start, "Another report", **fields)
    return edits.edit_events(document, [event.id, other.id], "Confirm", status="confirmed")


def _check_edits(document, rounds: int, seed: int) -> int:
    rng = random.Random(seed)
    found = conflicts(document)
    done = []
    changed_some = 0
    for _ in range(rounds):
        edit = _random_edit(document, rng)
        change = edit.apply(document)
        done.append(edit)
        updated = updated_conflicts(document, found, change.event_ids)
        full = conflicts(document)
        changed_some += updated != found
        assert updated == full
        found = updated
    for edit in reversed(done):  # and undo, one step at a time
        change = edit.revert(document)
        found = updated_conflicts(document, found, change.event_ids)
        assert found == conflicts(document)
    return changed_some


def test_the_market_file_edit_after_edit(market):
    assert _check_edits(market, 60, seed=3) > 5


def test_a_generated_file_edit_after_edit(tmp_path, repo_root):
    out = tmp_path / "gen.json"
    subprocess.run(
        [
            sys.executable,
            str(repo_root / "benchmarks" / "make_timeline.py"),
            "--events",
            "3000",
            "--lanes",
            "4",
            "--seed",
            "7",
            str(out),
        ],
        check=True,
        timeout=120,
    )
    document = read_document(out).document
    assert len(conflicts(document)) > 50
    assert _check_edits(document, 40, seed=11) > 1  # some edits changed the list


def test_nothing_changed_and_only_removals(market):
    found = conflicts(market)
    assert updated_conflicts(market, found, []) == found
    change = edits.delete_events(market, ["deal-off"]).apply(market)
    assert updated_conflicts(market, found, change.event_ids) == conflicts(market)
    assert [c.event_ids for c in conflicts(market)] == [("launch", "launch-2")]
