"""The app collects Python's garbage from a timer between Qt events, never automatically inside a Qt call (where
destroying a widget can hang the app on Qt's own lock)."""

from __future__ import annotations

import gc
import weakref

from gui.app.window import garbage


class Node:
    """An object in a reference cycle: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_the_app_collects_garbage_from_a_timer_not_automatically(qtbot, monkeypatch):
    monkeypatch.setattr(garbage, "_collector", None)
    gc.enable()
    garbage.collect_between_events(interval=0.02)
    collector = garbage._collector
    try:
        assert not gc.isenabled()
        assert collector.timer.isActive()
        node = Node()
        freed = weakref.ref(node)
        del node
        allocated = [[] for _ in range(3 * gc.get_threshold()[0])]  # past the threshold the timer checks
        assert freed() is not None  # nothing collects it automatically …
        qtbot.waitUntil(lambda: freed() is None, timeout=2000)  # … the timer does, between events
        del allocated
    finally:
        collector.timer.stop()


def test_collect_like_python_collects_only_past_the_threshold():
    gc.disable()
    gc.collect()
    node = Node()
    freed = weakref.ref(node)
    del node
    assert garbage.collect_like_python() == 0 and freed() is not None  # a few allocations: not yet
    allocated = [[] for _ in range(3 * gc.get_threshold()[0])]
    assert garbage.collect_like_python() >= 1 and freed() is None
    del allocated
