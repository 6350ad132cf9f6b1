"""What the Disagreements list costs per edit, on a generated timeline (default 100k events in 50 lanes).

    python benchmarks/disagreements_edit.py                  # 100,000 events, 50 lanes, seed 1
    python benchmarks/disagreements_edit.py --events 1000000 --lanes 200 --json
    python benchmarks/disagreements_edit.py --pane           # also the pane's refresh in a window (offscreen)

Each round edits one event (its status, turned to "cancelled" or back: a status disagreement may come or
go) and then works out the list as the pane did before (``conflicts``: every disagreement found again) and
as it does now (``updated_conflicts``: only the edited event's, among its lane and kind). Prints the median
and p95 CPU milliseconds of each, per edit (5 warm-up rounds, cyclic GC off). Nothing is asserted: that both
give the same list is tests/core/analysis/test_conflicts_update.py's job.

With ``--pane`` the file is also opened in a main window (offscreen unless QT_QPA_PLATFORM says otherwise)
with the Disagreements pane shown, and each round pushes such an edit and times the pane's refresh (finding
the changed disagreements, the filters' answer per row, the rows handed to the view): CPU milliseconds.
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


def pane_per_edit(document, rounds: int, seed: int) -> list[float]:
    """CPU milliseconds of the Disagreements pane's refresh after each of ``rounds`` edits, in a real window."""
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.app.window.main import create_application
    from gui.app.window.main_window import MainWindow
    from gui.core.storage.fileformat_write import write_document

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CONFIG_HOME"] = folder  # no window state of earlier runs
        path = Path(folder) / "timeline.json"
        write_document(document, path)
        app = create_application()
        window = MainWindow()
        window.show()
        if not window.open_path(path):
            raise SystemExit(f"could not open {path}")
        while len(window.model.document.events) != len(document.events):  # a big file loads in the background
            app.processEvents()
        pane = window.disagreements
        pane.show()
        app.processEvents()
        samples = []
        for n in range(rounds + 5):
            model = window.model
            event = rng.choice(model.document.events)
            status = "reported" if event.status == "cancelled" else "cancelled"
            model.push(edits.edit_event(model.document, event.id, hint=model.event_index(event.id), status=status))
            cpu_ms, _ = _cpu_ms(pane.refresh_now)
            if n >= 5:
                samples.append(cpu_ms)
        window.model.undo_stack.setClean()
        window.close()
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the Disagreements list per edit on a generated timeline.")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--lanes", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--json", action="store_true", help="print JSON instead of lines")
    parser.add_argument("--pane", action="store_true", help="also time the pane's refresh in a window")
    args = parser.parse_args(argv)
    document = make_document(args.events, args.lanes, args.seed)
    metrics = {}
    groups = per_edit(document, args.rounds, args.seed)
    if args.pane:
        groups["pane_refresh"] = pane_per_edit(
            make_document(args.events, args.lanes, args.seed), args.rounds, args.seed
        )
    for name, cpu in groups.items():
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
