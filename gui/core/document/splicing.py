"""Array splicing: where a list's entries go, and arrays following them, when entries are removed and inserted."""

from __future__ import annotations

import numpy as np

__all__ = ["renumber", "splice_array"]


def renumber(indices, removed, inserted) -> np.ndarray:
    """Where the entries at ``indices`` of a list are after a splice; -1 for the entries removed.

    ``removed`` are positions before the splice and ``inserted`` positions after it, both
    ascending (as in ``Change``). Vectorised: a million indices take milliseconds, and
    indices before the first position changed (all of them, for events added at the end) cost
    only a comparison.
    """
    indices = np.asarray(indices, np.int64)
    removed = np.asarray(removed, np.int64)
    inserted = np.asarray(inserted, np.int64)
    new = indices.copy()
    firsts = [*removed[:1].tolist(), *inserted[:1].tolist()]
    if firsts:
        moved = np.flatnonzero(indices >= min(firsts))
        new[moved] = _renumbered(indices[moved], removed, inserted)
    return new


def _renumbered(indices: np.ndarray, removed: np.ndarray, inserted: np.ndarray) -> np.ndarray:
    before = np.searchsorted(removed, indices)  # removed entries before each index
    rank = indices - before  # position among the entries kept
    # The kept entry of rank r comes after every inserted entry with at most r kept entries before it.
    new = rank + np.searchsorted(inserted - np.arange(len(inserted)), rank, side="right")
    if len(removed):
        new[removed[np.minimum(before, len(removed) - 1)] == indices] = -1
    return new


def splice_array(array: np.ndarray, removed, inserted, values) -> np.ndarray:
    """``array`` (one entry per list entry) after a splice: ``values`` are the inserted entries'.

    One pass over memory: the kept entries are copied in stretches unbroken both where they
    come from and where they go.
    """
    removed = np.asarray(removed, np.int64)
    inserted = np.asarray(inserted, np.int64)
    kept = len(array) - len(removed)
    out = np.empty(kept + len(inserted), array.dtype)
    # For each removed or inserted entry: how many kept entries come before it.
    removed_at = removed - np.arange(len(removed))
    inserted_at = inserted - np.arange(len(inserted))
    cuts = np.unique(np.concatenate(([0, kept], removed_at, inserted_at)))
    sources = cuts + np.searchsorted(removed_at, cuts, side="right")
    targets = cuts + np.searchsorted(inserted_at, cuts, side="right")
    for rank, end, source, target in zip(cuts.tolist(), cuts[1:].tolist(), sources.tolist(), targets.tolist()):
        out[target : target + end - rank] = array[source : source + end - rank]
    out[inserted] = values
    return out
