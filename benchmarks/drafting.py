"""How long Draft Events from This Source takes on a generated 5,000-word article (issue #18: goal under 1 s).

    python benchmarks/drafting.py [--words 5000] [--rounds 5] [--workers N] [--json]

The article is made of our own sentences in the style of trade-press reporting (makers, carriers, dates,
hedges, and filler with no maker or no effort), shuffled with a fixed seed until it has the words asked
for, in paragraphs of four sentences. It is drafted in the sample-like timeline below (three lanes, a few
events to match). Prints the median and worst wall-clock time of ``draft_events`` over the timed rounds
(one warm-up round first), the number of sentences and drafts, how many drafts match an event, and a yardstick of
the machine's speed (``yardstick``), to compare figures taken on different machines. Nothing is asserted.

Each round drafts twice, in turn: as the app does, with its worker processes (``DraftWorkers``: one fewer than the
cores, at most three, or ``--workers``), and in one process. The workers are started and made ready before the
timing, as the app starts them once its window shows; how long they took to be ready is printed too.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parent.parent
if str(_REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(_REPO_ROOT))

from gui.core.document.model import Event, Lane, Source, new_document  # noqa: E402
from gui.core.evidence.draft_workers import DraftWorkers  # noqa: E402
from gui.core.evidence.drafting import draft_events, sentence_spans  # noqa: E402

GOAL_S = 1.0
SENTENCES = (
    "Huawei is in talks with AT&T to sell its Mate 10 Pro in the U.S. early next year, people familiar with the matter said.",
    "Xiaomi plans to enter the U.S. market by the end of 2019, its chief executive told reporters in Beijing.",
    "ZTE signed a deal with T-Mobile on Nov. 14 to carry two of its midrange phones.",
    "The Commerce Department barred American companies from selling parts to ZTE for seven years in April 2018.",
    "OnePlus began selling the 6T at T-Mobile stores on Nov. 6, 2018, its first carrier partnership in the country.",
    "According to two people briefed on the plan, Verizon dropped plans to sell the Huawei phone in January.",
    "It also opened an online store on Amazon in March, with prices below the flagship models of its rivals.",
    "Analysts expect the market for premium phones to slow down over the coming quarters.",
    "The weather at the trade show was mild, and the halls were crowded with visitors on Tuesday.",
    "Motorola launched the Moto G7 at Best Buy and on its own website on March 15, 2019.",
    "The company said it had no comment on the report.",
    "TCL's other brand, Alcatel, will sell a budget phone at Cricket Wireless from next month, the carrier confirmed.",
    "Lawmakers in Congress urged the FCC to look into Huawei's ties with the Chinese government in 2018.",
    "Sales of smartphones in the United States fell by 5 percent in the fourth quarter, a market researcher said.",
    "Sony will stop selling its Xperia phones through U.S. carriers after years of weak sales, it said on Feb. 25, 2019.",
    "Retail shelves were full of accessories, chargers and cases during the holiday season.",
)


def make_article(words: int, seed: int = 1) -> str:
    """Our sentences in a seeded random order, in paragraphs of four, until ``words`` words."""
    rng = random.Random(seed)
    paragraphs, paragraph, count = [], [], 0
    while count < words:
        sentence = rng.choice(SENTENCES)
        paragraph.append(sentence)
        count += len(sentence.split())
        if len(paragraph) == 4:
            paragraphs.append(" ".join(paragraph))
            paragraph = []
    if paragraph:
        paragraphs.append(" ".join(paragraph))
    return "\n\n".join(paragraphs)


def make_document(words: int):
    document = new_document()
    document.lanes[:] = [Lane("huawei", "Huawei"), Lane("xiaomi", "Xiaomi"), Lane("zte", "ZTE")]
    document.events[:] = [
        Event("hw-att", "huawei", "Huawei in talks with AT&T", "2018", kind="carrier-talks", partners=["AT&T"]),
        Event("zte-tmo", "zte", "ZTE phones at T-Mobile", "2018", kind="carrier-deal", partners=["T-Mobile"]),
    ]
    source = Source("generated", "Phone makers in the US", published="2018-12-03", text=make_article(words))
    document.sources.append(source)
    return document, source


def yardstick() -> float:
    """Seconds for a fixed pure-Python workload of the kind drafting does (regex scans, small dicts and strings), the
    best of three: how fast this machine runs such code, so that figures taken on different machines can be compared
    (session 16's machine drafted the same tree in half the time session 17's did)."""
    import re

    text = " ".join(SENTENCES) * 20
    words = re.compile(r"\b(?:talks?|deal|sell\w*|carr\w+|barred|launch\w*|store|online)\b|\b[A-Z]\w+", re.IGNORECASE)
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for _ in range(20):
            counts: dict[str, int] = {}
            for match in words.finditer(text):
                key = match[0].lower()
                counts[key] = counts.get(key, 0) + 1
            sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        best = min(best, time.perf_counter() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: as the app, by cores)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    document, source = make_document(args.words)
    workers = DraftWorkers(args.workers)
    started = time.perf_counter()
    workers.start()
    ready = workers.wait_until_ready(120)
    ready_s = time.perf_counter() - started if ready else None
    try:
        drafts = draft_events(document, source)  # warm-up: regexes compiled, caches filled
        if draft_events(document, source, workers=workers) != drafts:
            print("drafting: the workers' drafts differ from one process's", file=sys.stderr)
            return 1
        shared = workers.shared
        times: list[float] = []
        alone: list[float] = []
        for _ in range(max(1, args.rounds)):  # in turn, so that the machine's moods touch both alike
            begun = time.perf_counter()
            drafts = draft_events(document, source, workers=workers)
            times.append(time.perf_counter() - begun)
            begun = time.perf_counter()
            draft_events(document, source)
            alone.append(time.perf_counter() - begun)
    finally:
        workers.close()
    report = {
        "words": len(source.text.split()),
        "sentences": sum(1 for _ in sentence_spans(source.text)),
        "drafts": len(drafts),
        "matches": sum(draft.match is not None for draft in drafts),
        "median_s": statistics.median(times),
        "worst_s": max(times),
        "workers": workers.processes,
        "workers_ready_s": ready_s,
        "shared": shared,  # passages the workers prefilled, of those sent to ``suggest_event``
        "one_process_median_s": statistics.median(alone),
        "one_process_worst_s": max(alone),
        "goal_s": GOAL_S,
        "yardstick_s": yardstick(),
        "cores": os.cpu_count(),
    }
    if args.json:
        print(json.dumps(report))
    else:
        ready_words = f"ready in {ready_s:.1f} s" if ready_s is not None else "NOT READY: drafted in one process"
        print(
            f"{report['words']} words, {report['sentences']} sentences -> {report['drafts']} drafts "
            f"({report['matches']} matching an event)\n"
            f"draft_events as the app drafts ({workers.processes} worker process{'' if workers.processes == 1 else 'es'}, {ready_words}, "
            f"{shared} passages prefilled by them): median {report['median_s'] * 1000:.0f} ms, "
            f"worst {report['worst_s'] * 1000:.0f} ms over {len(times)} rounds (goal: under {GOAL_S:.0f} s)\n"
            f"draft_events in one process: median {report['one_process_median_s'] * 1000:.0f} ms, "
            f"worst {report['one_process_worst_s'] * 1000:.0f} ms\n"
            f"this machine: {report['cores']} cores; its yardstick (a fixed pure-Python workload): "
            f"{report['yardstick_s'] * 1000:.0f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
