"""Draft Events on more than one core: a warm pool of worker processes that prefill an article's passages side by side.

Drafting a 5,000-word article prefills about two hundred passages, and each one is independent of the others: a
passage reads the article and the timeline's names, never another passage's draft. So ``DraftWorkers.suggestions``
cuts the passages into runs of about equal length, one per worker and one for the calling process, and puts the
suggestions back in text order. They are the very suggestions ``suggest_event`` gives in one process (the tests
compare them); only the wall-clock time changes.

The workers are started once (the app starts them a moment after its window shows) and load the evidence models
then, so a draft pays only for sending the source out and the suggestions back. Where the operating system has it,
they are forked from a fresh ``forkserver`` interpreter that never held Qt's threads; elsewhere they are spawned.
Until they are ready, or if one dies, the calling process prefills the passages itself: the answer is the same,
only slower. No Qt here: scripts and the benchmark use the pool too.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from types import MappingProxyType
from typing import TYPE_CHECKING

from gui.core.document.model import Lane, Source, new_document

if TYPE_CHECKING:  # the evidence tools are imported when a passage is first prefilled, not with the app's window
    from gui.core.evidence.extract import Suggestion, Vocabulary

__all__ = ["DraftWorkers", "available_cores", "suggest_all", "warm_up"]

#: More workers than this gain little on an article (a few hundred passages) and cost memory (each holds the models).
MAX_WORKERS = 3
#: Below this many passages one process is as quick as sending them out and back.
LEAST_TO_SHARE = 24
#: The environment variable that sets the number of workers ("0": none, drafting in the app's process only).
WORKERS_VARIABLE = "INROADS_DRAFT_WORKERS"

Span = tuple[int, int]

# Suggestions and vocabularies hold read-only mappings, which pickle can't send: between the app and its workers
# they travel as plain dicts and arrive read-only again. (Only multiprocessing's own pickler learns this.)
def _read_only(mapping: dict) -> MappingProxyType:
    return MappingProxyType(mapping)


ForkingPickler.register(MappingProxyType, lambda mapping: (_read_only, (dict(mapping),)))


def available_cores() -> int:
    """The cores this process may run on (its affinity where the system says it), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def suggest_all(source: Source, vocabulary: Vocabulary, spans: Sequence[Span]) -> list[Suggestion]:
    """``suggest_event`` for each of ``spans`` of ``source.text``, in one process. ``suggest_event`` reads the
    timeline only through ``vocabulary``, so a worker needs neither the timeline nor its other sources."""
    from gui.core.evidence.extract import suggest_event

    empty = new_document()
    return [suggest_event(empty, source, start, end, vocabulary=vocabulary) for start, end in spans]


def _start_worker(lifeline: Connection) -> None:
    """A worker's start: follow the app's lifeline; load the models unless the fork server has (``draft_warmup``)."""
    threading.Thread(target=_exit_with_the_app, args=(lifeline,), name="lifeline", daemon=True).start()
    warm_up()


def warm_up() -> None:
    """Load the models and build the patterns that are built on first use, by drafting one passage."""
    from gui.core.evidence.extract import vocabulary_for

    document = new_document()
    document.lanes.append(Lane("huawei", "Huawei"))
    source = Source("warm", "Warm-up", published="2018-12-03", text=_WARM_TEXT)
    suggest_all(source, vocabulary_for(document), [(0, len(_WARM_TEXT))])


def _exit_with_the_app(lifeline: Connection) -> None:
    """End this worker when the app that started it ends, however it ends. A worker waits for work on a queue whose
    both ends it holds itself, so it would never notice the app gone (killed, or a crash) and would linger with
    the models in memory. Nothing is ever sent down the lifeline: reading it returns only when the app's end closes."""
    try:
        lifeline.recv()
    except (EOFError, OSError):
        pass
    os._exit(0)  # no clean-up to run: the worker holds nothing but answers nobody waits for any more


_WARM_TEXT = "Huawei was in talks with AT&T to sell its Mate 10 Pro in the U.S. in January, people familiar with it said."


def _ready() -> bool:
    return True


def _worker_count(requested: int | None) -> int:
    if requested is not None:
        return max(0, requested)
    setting = os.environ.get(WORKERS_VARIABLE, "").strip()
    if setting.isdigit():
        return int(setting)
    return min(MAX_WORKERS, available_cores() - 1)  # the calling process prefills a share too


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    # The server loads the evidence modules and models once, for every worker it forks (``draft_warmup``); and
    # not the program's main script (the default), which may be a test runner or a benchmark.
    context.set_forkserver_preload(["gui.core.evidence.draft_warmup"])
    return context


class DraftWorkers:
    """A pool of ``processes`` worker processes for drafting (None: one fewer than the cores, at most MAX_WORKERS,
    or ``INROADS_DRAFT_WORKERS``). Nothing starts until ``start``; ``close`` stops them."""

    def __init__(self, processes: int | None = None) -> None:
        self.processes = _worker_count(processes)
        self._executor: ProcessPoolExecutor | None = None
        self._started: list[Future] = []
        self._lock = threading.Lock()
        self._lifeline: Connection | None = None  # the workers end when it closes (``_exit_with_the_app``)
        self._was_ready = False  # the workers were ready once: if one dies, ``revive`` starts them again
        self._wanted = False  # started and not closed since: a pool that broke is started again (``revive``)
        #: How many passages of the last ``suggestions`` the workers prefilled (the rest: the calling process).
        self.shared = 0

    def start(self) -> None:
        """Start the workers unless they run already or there are none to start. It returns at once: the workers
        start and load the models in the background (``ready`` says when they have)."""
        with self._lock:
            if self.processes == 0 or (self._executor is not None and not self._broken()):
                return
        self._drop()
        self._wanted = True
        context = _context()
        lifeline, self._lifeline = context.Pipe(duplex=False)  # the workers read; only this process can write
        executor = ProcessPoolExecutor(self.processes, mp_context=context, initializer=_start_worker, initargs=(lifeline,))
        with self._lock:
            self._executor = executor
        # The pool starts a process for each task waiting, up to its size: one task each starts them all. Starting
        # one waits for the fork server to import the modules (about a second), so a thread waits, not the caller.
        threading.Thread(target=self._start_processes, args=(executor,), name="draft-workers", daemon=True).start()

    def _start_processes(self, executor: ProcessPoolExecutor) -> None:
        started = []
        for _ in range(self.processes):
            try:
                started.append(executor.submit(_ready))
            except RuntimeError:  # closed meanwhile
                return
            except Exception as error:  # noqa: BLE001 - whatever stops them, drafting goes on in the app's process
                print(f"inroads: Draft Events' worker processes did not start ({error!r}); drafting in one process",
                      file=sys.stderr)  # fmt: skip
                self.close()
                return
        with self._lock:
            if self._executor is executor:
                self._started = started

    @property
    def ready(self) -> bool:
        """True when every worker has started and loaded the models."""
        with self._lock:
            started = list(self._started)
        ready = (
            len(started) == self.processes > 0
            and all(future.done() for future in started)
            and not any(future.cancelled() or future.exception() for future in started)
        )
        self._was_ready = self._was_ready or ready
        return ready

    def wait_until_ready(self, timeout: float = 60.0) -> bool:
        """Wait for the workers to be ready (scripts and the benchmark); False when they weren't within ``timeout``."""
        deadline = time.monotonic() + timeout
        while not self.ready:
            if time.monotonic() > deadline or self._executor is None or self._broken():
                return False
            time.sleep(0.01)
        return True

    def _broken(self) -> bool:
        return any(future.done() and (future.cancelled() or future.exception()) for future in self._started)

    def pids(self) -> list[int]:
        """The process ids of the workers running now."""
        executor = self._executor
        processes = getattr(executor, "_processes", None) or {}  # the pool keeps no public list of them
        return sorted(pid for pid, process in dict(processes).items() if process.is_alive())

    def revive(self) -> None:
        """Start the workers again if they were ready once, not closed since, and one of them died (workers that never
        started are not tried again: drafting goes on in this process)."""
        if self._wanted and self._was_ready and (self._executor is None or self._broken()):
            self.start()

    def close(self) -> None:
        """Stop the workers; drafting goes on in the calling process."""
        self._wanted = False
        self._drop()

    def _drop(self) -> None:
        with self._lock:
            executor, self._executor, self._started = self._executor, None, []
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)
        if self._lifeline is not None:
            self._lifeline.close()
            self._lifeline = None

    def suggestions(self, source: Source, vocabulary: Vocabulary, spans: Sequence[Span]) -> list[Suggestion]:
        """``suggest_all(source, vocabulary, spans)``, shared between the workers and this process when they are
        ready and there are enough passages to gain from it."""
        executor = self._executor
        self.shared = 0
        if executor is None or not self.ready or len(spans) < LEAST_TO_SHARE:
            return suggest_all(source, vocabulary, spans)
        runs = _runs(spans, self.processes + 1)
        sent: list[tuple[Sequence[Span], Future | None]] = []
        for run in runs[1:]:
            try:
                sent.append((run, executor.submit(suggest_all, source, vocabulary, run)))
            except (BrokenProcessPool, RuntimeError):  # a worker died, or the pool was closed meanwhile
                sent.append((run, None))
        found = suggest_all(source, vocabulary, runs[0])  # this process's share, while the workers do theirs
        for run, future in sent:
            found += self._collected(future, source, vocabulary, run)
        return found

    def _collected(
        self, future: Future | None, source: Source, vocabulary: Vocabulary, run: Sequence[Span]
    ) -> list[Suggestion]:
        """A worker's suggestions, or this process's own when the worker is gone (killed, out of memory)."""
        if future is not None:
            try:
                found = future.result()
                self.shared += len(run)
                return found
            except (BrokenProcessPool, CancelledError):
                pass
        self._drop()  # ``revive`` starts them again
        return suggest_all(source, vocabulary, run)


def _runs(spans: Sequence[Span], parts: int) -> list[Sequence[Span]]:
    """``spans`` cut into ``parts`` consecutive runs of about the same number of characters (the cost of a passage
    grows with its length), the first run for the calling process."""
    total = sum(end - start for start, end in spans)
    runs: list[Sequence[Span]] = []
    first = 0
    covered = 0
    for part in range(1, parts):
        goal = total * part / parts
        last = first
        while last < len(spans) and covered + (spans[last][1] - spans[last][0]) / 2 <= goal:
            covered += spans[last][1] - spans[last][0]
            last += 1
        runs.append(spans[first:last])
        first = last
    runs.append(spans[first:])
    return runs
