"""Draft Events on more than one core: worker processes give the very drafts one process gives, and losing a worker
loses no draft."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from multiprocessing.reduction import ForkingPickler
from pathlib import Path

import pytest

from gui.core.document.model import Event, Lane, Source, new_document
from gui.core.evidence import draft_workers
from gui.core.evidence.draft_workers import LEAST_TO_SHARE, DraftWorkers, _runs, suggest_all
from gui.core.evidence.drafting import draft_events, sentence_spans
from gui.core.evidence.extract import vocabulary_for

REPO = Path(__file__).resolve().parents[3]

#: Our own sentences in the style of trade-press reporting: makers with and without lanes, carriers, retailers,
#: dates of every precision, hedges, setbacks, and filler that names no maker.
SENTENCES = (
    "Oppo is in talks with Verizon to bring its Find X phones to the U.S. next spring, two people briefed on the plan said.",
    "Honor signed an agreement with Boost Mobile on Sept. 3 to carry its Magic line.",
    "The Commerce Department added the company to its entity list in May 2019.",
    "Vivo opened an online store on Amazon in March, selling its Y-series phones unlocked.",
    "Shoppers crowded the mall on the Saturday before the holidays.",
    "Alcatel, TCL's other brand, will sell a budget phone at Walmart stores from next month, the retailer confirmed.",
    "According to a report, AT&T dropped plans to carry the Honor phone in January.",
    "It also said it would return to the U.S. market in 2020.",
    "Prices of memory chips rose again in the second quarter.",
    "Realme launched the GT at Best Buy and on its own website on 4/12/21.",
    "Lawmakers urged the FCC to look into ZTE's ties to Beijing last year.",
    "Nokia maker HMD will stop selling phones through U.S. carriers after weak sales, it said on Feb. 25, 2022.",
)


def _article(sentences: int) -> str:
    """``sentences`` of ours in paragraphs of three, every one dated in its paragraph's own way."""
    chosen = [SENTENCES[(i * 7) % len(SENTENCES)] for i in range(sentences)]
    return "\n\n".join(" ".join(chosen[i : i + 3]) for i in range(0, len(chosen), 3))


def _timeline(sentences: int = 90):
    document = new_document()
    document.lanes[:] = [Lane("oppo", "Oppo"), Lane("honor", "Honor"), Lane("zte", "ZTE")]
    document.events[:] = [Event("honor-boost", "honor", "Honor at Boost", "2021", kind="carrier-deal", partners=["Boost Mobile"])]
    source = Source("weekly", "Chinese makers in the US", published="2021-06-09", text=_article(sentences))
    document.sources.append(source)
    return document, source


@pytest.fixture(scope="module")
def workers():
    pool = DraftWorkers(1)
    pool.start()
    assert pool.wait_until_ready(120), "the worker did not start"
    yield pool
    pool.close()


def test_workers_give_the_same_drafts_as_one_process(workers):
    document, source = _timeline()
    alone = draft_events(document, source)
    shared = draft_events(document, source, workers=workers)
    assert len(alone) > LEAST_TO_SHARE and shared == alone
    assert 0 < workers.shared < len(list(sentence_spans(source.text)))  # the worker did a share, not all
    assert any(draft.match == "honor-boost" for draft in shared)


def test_a_short_article_is_drafted_in_this_process(workers):
    document, source = _timeline(6)
    assert draft_events(document, source, workers=workers) == draft_events(document, source)
    assert workers.shared == 0


def test_a_worker_killed_loses_no_draft_and_the_pool_starts_again(workers):
    document, source = _timeline()
    alone = draft_events(document, source)
    for pid in workers.pids():
        os.kill(pid, signal.SIGKILL)
    assert draft_events(document, source, workers=workers) == alone  # drafted here instead
    workers.revive()
    assert workers.wait_until_ready(120)
    assert draft_events(document, source, workers=workers) == alone and workers.shared > 0


def test_without_workers_nothing_starts(monkeypatch):
    monkeypatch.setenv(draft_workers.WORKERS_VARIABLE, "0")
    pool = DraftWorkers()
    pool.start()
    assert pool.processes == 0 and not pool.ready and pool.pids() == []
    document, source = _timeline(30)
    assert draft_events(document, source, workers=pool) == draft_events(document, source)


def test_one_worker_fewer_than_the_cores_and_at_most_three(monkeypatch):
    monkeypatch.delenv(draft_workers.WORKERS_VARIABLE, raising=False)
    for cores, expected in ((1, 0), (2, 1), (4, 3), (16, 3)):
        monkeypatch.setattr(draft_workers, "available_cores", lambda cores=cores: cores)
        assert DraftWorkers().processes == expected


def test_runs_cover_every_passage_in_order_in_runs_of_about_equal_length():
    spans = [(i * 100, i * 100 + 40 + (i % 5) * 10) for i in range(101)]
    for parts in (2, 3, 4):
        runs = _runs(spans, parts)
        assert len(runs) == parts and [span for run in runs for span in run] == spans
        lengths = [sum(end - start for start, end in run) for run in runs]
        assert max(lengths) - min(lengths) <= 2 * 80  # at most a passage or so apart
    assert _runs(spans[:1], 2) == [[], spans[:1]] or _runs(spans[:1], 2) == [spans[:1], []]


def test_a_vocabulary_and_suggestions_travel_to_a_worker_and_back_unchanged():
    document, source = _timeline(6)
    vocabulary = vocabulary_for(document)
    travelled = ForkingPickler.loads(ForkingPickler.dumps(vocabulary))
    assert dict(travelled.lane_names) == dict(vocabulary.lane_names)
    spans = list(sentence_spans(source.text))
    suggestions = suggest_all(source, vocabulary, spans)
    assert suggest_all(source, travelled, spans) == suggestions
    assert ForkingPickler.loads(ForkingPickler.dumps(suggestions)) == suggestions


def test_python_m_gui_imported_by_a_spawned_worker_opens_no_window(tmp_path):
    # "spawn" (Windows) imports the main module again as "__mp_main__" in every worker; before the guard, that ran the app.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    code = "import runpy; runpy.run_module('gui.__main__', run_name='__mp_main__'); print('imported')"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0 and result.stdout.strip() == "imported", result.stderr


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")  # a zombie has ended, waiting only for its parent to read its status


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_workers_end_when_the_app_is_killed(tmp_path):
    # Workers wait on a queue whose both ends they hold: with the app killed they lingered, the models in memory.
    script = (
        "import sys, time\n"
        "from gui.core.evidence.draft_workers import DraftWorkers\n"
        "if __name__ == '__main__':\n"
        "    workers = DraftWorkers(1)\n"
        "    workers.start()\n"
        "    assert workers.wait_until_ready(120)\n"
        "    print(*workers.pids(), flush=True)\n"
        "    time.sleep(600)\n"
    )
    (tmp_path / "app.py").write_text(script)
    app = subprocess.Popen(
        [sys.executable, str(tmp_path / "app.py")], cwd=REPO, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    try:
        pids = [int(pid) for pid in app.stdout.readline().split()]
        assert pids and all(map(_running, pids))
    finally:
        app.kill()
        app.wait(30)
    deadline = time.monotonic() + 30
    while any(map(_running, pids)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(map(_running, pids))


def test_workers_that_cannot_start_leave_drafting_to_this_process_and_are_not_tried_again(monkeypatch, capsys):
    # In a frozen bundle without freeze_support the worker never started, and a thread's traceback was all one saw.
    import multiprocessing

    spawn = multiprocessing.get_context("spawn")

    class Refused(spawn.Process):
        def start(self):
            raise OSError("no new processes here")

    class RefusingContext(type(spawn)):
        Process = Refused

    monkeypatch.setattr(draft_workers, "_context", RefusingContext)
    pool = DraftWorkers(1)
    pool.start()
    assert not pool.wait_until_ready(30)
    assert "did not start" in capsys.readouterr().err and pool.pids() == []
    document, source = _timeline()
    assert draft_events(document, source, workers=pool) == draft_events(document, source) and pool.shared == 0
    pool.revive()
    assert pool.pids() == [] and not pool.wait_until_ready(1)


def test_waiting_for_workers_that_died_at_start_ends_at_once():
    # A worker re-imports the program's main script; one read from standard input can't be, and the worker dies.
    # Waiting for it used to last the whole timeout (here 600 s: the subprocess' 120 s would end it first).
    script = (
        "from gui.core.evidence.draft_workers import DraftWorkers\n"
        "pool = DraftWorkers(1)\n"
        "pool.start()\n"
        "print('ready' if pool.wait_until_ready(600) else 'not ready', flush=True)\n"
        "pool.close()\n"
    )
    result = subprocess.run(
        [sys.executable, "-"], input=script, cwd=REPO, capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    assert result.stdout.strip() == "not ready", result.stderr
