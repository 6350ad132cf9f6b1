"""How long the scoreboard takes to build, on a generated timeline (default 100k events in 50 lanes).

    python benchmarks/scoreboard.py                       # 100,000 events, 50 lanes, seed 1
    python benchmarks/scoreboard.py --events 1000000 --lanes 200 --json

Prints the median and p95 (wall clock) and the median CPU time of ``by_stage`` and ``by_partner`` over timed rounds (5 warm-up rounds first,
cyclic GC off), from a document already in memory: what the Scoreboard pane pays after an edit.
The goal (issue #19) is under 200 ms by stage at 100k events in 50 lanes. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parent.parent
if str(_REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(_REPO_ROOT))

from benchmarks.make_timeline import make_document  # noqa: E402
from gui.core.analysis.scoreboard import by_partner, by_stage  # noqa: E402

GOAL_MS = 200.0


def timed(build, document, rounds: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of each round (CPU time is what a shared, loaded machine distorts least)."""
    for _ in range(5):
        build(document)
    gc.collect()
    gc.disable()
    try:
        wall, cpu = [], []
        for _ in range(rounds):
            began, began_cpu = time.perf_counter(), time.process_time()
            build(document)
            cpu.append((time.process_time() - began_cpu) * 1000)
            wall.append((time.perf_counter() - began) * 1000)
    finally:
        gc.enable()
    return wall, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the scoreboard on a generated timeline.")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--lanes", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--json", action="store_true", help="print JSON instead of lines")
    args = parser.parse_args(argv)
    document = make_document(args.events, args.lanes, args.seed)
    metrics = {}
    for name, build in (("scoreboard_stage", by_stage), ("scoreboard_partner", by_partner)):
        wall, cpu = (sorted(samples) for samples in timed(build, document, args.rounds))
        metrics[f"{name}_p50_ms"] = round(statistics.median(wall), 1)
        metrics[f"{name}_p95_ms"] = round(wall[min(len(wall) - 1, int(0.95 * len(wall)))], 1)
        metrics[f"{name}_cpu_p50_ms"] = round(statistics.median(cpu), 1)
    meta = {"events": args.events, "lanes": args.lanes, "seed": args.seed, "rounds": args.rounds}
    if args.json:
        print(json.dumps({"meta": meta, "metrics": metrics, "goal_ms": GOAL_MS}))
    else:
        print(f"scoreboard on {args.events:,} events in {args.lanes} lanes ({args.rounds} rounds)")
        for key, value in metrics.items():
            print(f"  {key:<26} {value:>8.1f}")
        print(f"  goal: by stage under {GOAL_MS:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
