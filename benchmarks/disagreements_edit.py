"""What the Disagreements list costs per edit, on a generated timeline (default 100k events in 50 lanes).

    python benchmarks/disagreements_edit.py                  # 100,000 events, 50 lanes, seed 1
    python benchmarks/disagreements_edit.py --events 1000000 --lanes 200 --json

Each round edits one event (its status, turned to "cancelled" or back: a status disagreement may come or
go) and then works out the list as the pane did before (``conflicts``: every disagreement found again) and
as it does now (``updated_conflicts``: only the edited event's, among its lane and kind). Prints the median
and p95 CPU milliseconds of each, per edit (5 warm-up rounds, cyclic GC off). Nothing is asserted: that both
give the same list is tests/core/analysis/test_conflicts_update.py's job.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import sys
import time
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parent.parent
if str(_REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(_REPO_ROOT))

from benchmarks.make_timeline import make_document
from gui.core.analysis.conflicts import conflicts
from gui.core.analysis.conflicts_update import updated_conflicts
from gui.core.document import edits


def _cpu_ms(work) -> tuple[float, object]:
    began = time.process_time()
    result = work()
    return (time.process_time() - began) * 1000, result


def per_edit(document, rounds: int, seed: int) -> dict[str, list[float]]:
    rng = random.Random(seed)
    found = conflicts(document)
    samples: dict[str, list[float]] = {"full": [], "changed_only": []}
    gc.collect()
    gc.disable()
    try:
        for n in range(rounds + 5):
            position = rng.randrange(len(document.events))
            event = document.events[position]
            status = "reported" if event.status == "cancelled" else "cancelled"
            change = edits.edit_event(document, event.id, hint=position, status=status).apply(document)
            full_ms, full = _cpu_ms(lambda: conflicts(document))
            changed_ms, found = _cpu_ms(lambda: updated_conflicts(document, found, change.event_ids))  # noqa: B023
            if found != full:
                raise SystemExit("the updated list differs from the full one")
            if n >= 5:
                samples["full"].append(full_ms)
                samples["changed_only"].append(changed_ms)
    finally:
        gc.enable()
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the Disagreements list per edit on a generated timeline.")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--lanes", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--json", action="store_true", help="print JSON instead of lines")
    args = parser.parse_args(argv)
    document = make_document(args.events, args.lanes, args.seed)
    metrics = {}
    for name, cpu in per_edit(document, args.rounds, args.seed).items():
        cpu.sort()
        metrics[f"disagreements_{name}_cpu_p50_ms"] = round(statistics.median(cpu), 1)
        metrics[f"disagreements_{name}_cpu_p95_ms"] = round(cpu[min(len(cpu) - 1, int(0.95 * len(cpu)))], 1)
    meta = {"events": args.events, "lanes": args.lanes, "seed": args.seed, "rounds": args.rounds}
    if args.json:
        print(json.dumps({"meta": meta, "metrics": metrics}))
    else:
        print(
            f"Disagreements list per edit on {args.events:,} events in {args.lanes} lanes ({args.rounds} rounds, CPU)"
        )
        for key, value in metrics.items():
            print(f"  {key:<40} {value:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
