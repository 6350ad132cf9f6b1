"""Python's cyclic garbage collection only between Qt events.

Left automatic, the collector runs whenever enough objects were allocated, which may be in the middle of a Qt call:
while pyqtgraph disconnects a signal, say, holding one of Qt's locks. Destroying a widget there (a menu's spin box
left from a closed view) takes that lock again and the app hangs for good (seen in tests/app: ~QObject waiting in
QBasicMutex::lockInternal under ViewBox.addItem). pyqtgraph's ``GarbageCollector`` turns the automatic collection
off and collects from a timer instead, in the event loop, where no Qt call is under way.
"""

from __future__ import annotations

import gc

__all__ = ["collect_between_events", "collect_like_python"]

_collector = None  # the running collector: kept alive as long as the app runs


def collect_between_events(interval: float = 1.0) -> None:
    """Collect garbage from a timer on the GUI thread, every ``interval`` seconds, instead of automatically."""
    global _collector
    if _collector is None:
        from pyqtgraph.util.garbage_collector import GarbageCollector

        _collector = GarbageCollector(interval=interval)


def collect_like_python() -> int:
    """One collection of the generations the automatic collector would have collected by now (their counts past the
    thresholds): what the timer does, for code that has no event loop running (tests)."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    generation = 2 if counts[2] > thresholds[2] else 1 if counts[1] > thresholds[1] else 0
    return gc.collect(generation) if counts[0] > thresholds[0] else 0
