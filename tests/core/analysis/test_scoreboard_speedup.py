"""The faster scoreboard builds give the very cells of the builds they replaced (kept here as the reference)."""

from __future__ import annotations

import subprocess
import sys
from itertools import repeat
from operator import attrgetter

import numpy as np
import pytest

from gui.core.analysis import scoreboard
from gui.core.analysis.scoreboard import OTHER, PROGRESS, STAGES, Cell, Scoreboard, by_partner, by_stage, stage_of
from gui.core.document.dates import parsed_dates
from gui.core.document.model import Document, Event
from gui.core.storage.fileformat import read_document

_REFERENCE_RANKS: dict[str, int] = {}


def _reference_ranks(events: list[Event]) -> np.ndarray:
    """One number per event that orders by recency: start day, then precision, then status."""
    starts = list(map(attrgetter("start"), events))
    missing = set(starts).difference(_REFERENCE_RANKS)
    if len(_REFERENCE_RANKS) > 1_000_000:
        _REFERENCE_RANKS.clear()
        missing = set(starts)
    for start, date in parsed_dates(missing).items():
        _REFERENCE_RANKS[start] = (date.first_day() - scoreboard._FIRST_DAY) * 4 + int(date.precision) + 1
    start_rank = _REFERENCE_RANKS.get  # an unreadable start ranks 0: before any date
    statuses = list(map(attrgetter("status"), events))
    status_rank = {status: scoreboard._STATUS_ORDER.get(status, 1) for status in set(statuses)}
    count = len(events)
    ranks = np.fromiter(map(start_rank, starts, repeat(0)), np.int64, count) * 4
    return ranks + np.fromiter(map(status_rank.__getitem__, statuses), np.int64, count)


def _reference_cells(
    document: Document,
    events: list[Event],
    keys: list[tuple[str, str]],
    codes: np.ndarray,
    where: np.ndarray,
    ranks: np.ndarray,
) -> dict[tuple[str, str], Cell]:
    """The cells of the events at positions ``where``, the n-th in the cell ``keys[codes[n]]``, headlined by rank."""
    if not len(codes):
        return {}
    # by cell, then highest rank first, then file order (lexsort is stable): each cell's first is its headline
    best_first = np.lexsort((-ranks[where], codes))
    in_order = np.argsort(codes, kind="stable")
    bounds = np.flatnonzero(np.diff(codes[in_order])) + 1
    firsts = np.concatenate(([0], bounds))
    heads = where[best_first[firsts]].tolist()
    cell_codes = codes[in_order[firsts]].tolist()
    members = np.split(where[in_order], bounds)
    ids = list(map(attrgetter("id"), events))
    sources = {source.id: source for source in document.sources}
    cells = {}
    for code, head, group in zip(cell_codes, heads, members):
        key = keys[code]
        cells[key] = scoreboard._cell(sources, *key, tuple(map(ids.__getitem__, group.tolist())), events[head])
    return cells


def _reference_by_stage(document, events=None):
    """by_stage as it was, with the lexsort headline."""
    events = list(document.events if events is None else events)
    columns = (*STAGES, OTHER)
    lanes, lane_codes = scoreboard._codes([event.lane for event in events])
    kinds, kind_codes = scoreboard._codes([event.kind for event in events])
    column_of_kind = np.array([columns.index(stage_of(kind)) for kind in kinds] or [0], dtype=np.intp)
    codes = lane_codes * len(columns) + column_of_kind[kind_codes]
    keys = [(lane, column) for lane in lanes for column in columns]
    where = np.arange(len(events), dtype=np.intp)
    cells = _reference_cells(document, events, keys, codes, where, _reference_ranks(events))
    return Scoreboard("stage", scoreboard._rows(document, lanes), columns, cells)


def _reference_by_partner(document, events=None):
    """by_partner as it was before it grouped events by (lane, partners): a Python loop per event and partner."""
    events = list(document.events if events is None else events)
    progress = np.fromiter(
        (0 if event.status == "cancelled" else PROGRESS.get(event.kind, 0) for event in events), np.int64, len(events)
    )
    ranks = progress * scoreboard._PROGRESS_STEP + _reference_ranks(events)
    partners: dict[str, str] = {}
    keys, positions = [], []
    for position, event in enumerate(events):
        for partner in dict.fromkeys(event.partners):
            keys.append((event.lane, partners.setdefault(partner.casefold(), partner)))
            positions.append(position)
    distinct, codes = scoreboard._codes(keys)
    cells = _reference_cells(document, events, distinct, codes, np.asarray(positions, dtype=np.intp), ranks)
    lanes = list(dict.fromkeys(event.lane for event in events))
    return Scoreboard("partner", scoreboard._rows(document, lanes), tuple(partners.values()), cells)


def _same(new: Scoreboard, old: Scoreboard) -> None:
    assert new.columns == old.columns and new.rows == old.rows
    assert list(new.cells) == list(old.cells)  # the same cells in the same order
    assert new.cells == old.cells


def test_market_and_sample_as_before(market, sample_path):
    _same(by_partner(market), _reference_by_partner(market))
    _same(by_stage(market), _reference_by_stage(market))
    sample = read_document(sample_path).document
    _same(by_partner(sample), _reference_by_partner(sample))
    shown = sample.events[::2]
    _same(by_partner(sample, shown), _reference_by_partner(sample, shown))
    _same(by_stage(sample), _reference_by_stage(sample))
    assert by_partner(sample, []).cells == {}


def test_partners_repeated_in_other_cases_as_before(market):
    market.events[0].partners = ["AT&T", "at&t", "Verizon", "AT&T"]
    market.events[2].status = "cancelled"
    _same(by_partner(market), _reference_by_partner(market))
    market.events[1].start = "not a date"  # an unreadable start ranks before any date
    _same(by_partner(market), _reference_by_partner(market))
    _same(by_stage(market), _reference_by_stage(market))
    # a long list of partners, repeats far apart (the other way of dropping repeats)
    market.events[3].partners = [f"Carrier {n % 13}" for n in range(40)] + ["AT&T", "at&t"]
    _same(by_partner(market), _reference_by_partner(market))


@pytest.mark.parametrize("seed", [2, 3])
def test_generated_files_as_before(tmp_path, repo_root, seed):
    out = tmp_path / "gen.json"
    subprocess.run(
        [
            sys.executable,
            str(repo_root / "benchmarks" / "make_timeline.py"),
            "--events",
            "4000",
            "--lanes",
            "12",
            "--seed",
            str(seed),
            str(out),
        ],
        check=True,
        timeout=120,
    )
    document = read_document(out).document
    _same(by_partner(document), _reference_by_partner(document))
    _same(by_stage(document), _reference_by_stage(document))
