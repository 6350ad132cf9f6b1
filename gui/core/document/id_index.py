"""Where each id is in a list of events: a ``dict[str, int]`` in a third of its memory.

A dict of 100,000 ids to their positions takes about 6.6 MB (its table, plus an int
object for every position over 256). ``IdIndex`` keeps the ids' hashes sorted in one
numpy array, with the position of each beside it, and the ids themselves in a list to
tell apart the rare ids whose hashes are equal: 20 bytes an id, 2 MB. A lookup is a
binary search, a couple of microseconds; inserting or removing a few events shifts the
arrays (memory moves, no Python loop over the other ids).

The hashes are sorted at the first lookup, not when the index is made: opening a file
makes one, and its first frame looks nothing up.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import numpy as np

__all__ = ["IdIndex"]

_MISSING = object()


class IdIndex:
    """The position of each of a list's ids, answering like a read-only ``dict[str, int]``.

    The ids must be different from each other (a file's event ids are).
    """

    def __init__(self, ids: Iterable[str]) -> None:
        self._ids: list[str] = list(ids)
        self._sorted = False  # _hashes and _where are made at the first lookup

    def _sort(self) -> None:
        hashes = np.fromiter(map(hash, self._ids), dtype=np.int64, count=len(self._ids))
        order = np.argsort(hashes, kind="stable")
        self._hashes = hashes[order]
        self._where = order.astype(np.int32)
        self._sorted = True

    # -- reading, as a dict does ---------------------------------------------------------------

    def get(self, event_id: str, default=None):
        position = self._find(event_id)
        return default if position < 0 else position

    def __getitem__(self, event_id: str) -> int:
        position = self._find(event_id)
        if position < 0:
            raise KeyError(event_id)
        return position

    def __contains__(self, event_id: object) -> bool:
        return isinstance(event_id, str) and self._find(event_id) >= 0

    def __len__(self) -> int:
        return len(self._ids)

    def __iter__(self) -> Iterator[str]:
        """The ids, in the order of their positions."""
        return iter(self._ids)

    def items(self) -> Iterator[tuple[str, int]]:
        return zip(self._ids, range(len(self._ids)))

    def _find(self, event_id: str) -> int:
        if not self._sorted:
            self._sort()
        wanted = hash(event_id)
        hashes = self._hashes
        slot = int(hashes.searchsorted(wanted))
        while slot < len(hashes) and hashes[slot] == wanted:
            position = int(self._where[slot])
            if self._ids[position] == event_id:
                return position
            slot += 1
        return -1

    # -- following the list as events are inserted or removed --------------------------------------

    def remove_at(self, positions: Sequence[int]) -> None:
        """The ids at these positions (ascending) were removed; those after them move up."""
        if not len(positions):
            return
        removed = np.asarray(positions, dtype=np.int64)
        for position in reversed(removed.tolist()):
            del self._ids[position]
        if not self._sorted:
            return
        keep = ~np.isin(self._where, removed)
        where = self._where[keep]
        self._hashes = self._hashes[keep]
        self._where = (where - np.searchsorted(removed, where)).astype(np.int32)

    def insert_at(self, positions: Sequence[int], ids: Sequence[str]) -> None:
        """``ids`` were inserted so that they now stand at ``positions`` (ascending, in the new list)."""
        if not len(positions):
            return
        for position, event_id in zip(positions, ids):
            self._ids.insert(position, event_id)
        if not self._sorted:
            return
        inserted = np.asarray(positions, dtype=np.int64)
        # Where each earlier id stands now: the positions of the new list that no inserted id took.
        stays = np.delete(np.arange(len(self._ids), dtype=np.int64), inserted)
        where = stays[self._where]
        new_hashes = np.fromiter(map(hash, ids), dtype=np.int64, count=len(ids))
        order = np.argsort(new_hashes, kind="stable")
        slots = np.searchsorted(self._hashes, new_hashes[order], side="right")
        self._hashes = np.insert(self._hashes, slots, new_hashes[order])
        self._where = np.insert(where, slots, inserted[order]).astype(np.int32)

    def nbytes(self) -> int:
        """Memory it holds beyond the id strings themselves (sorted, as after the first lookup)."""
        if not self._sorted:
            self._sort()
        return self._hashes.nbytes + self._where.nbytes + 8 * len(self._ids) + 56

    def __repr__(self) -> str:
        return f"IdIndex({len(self)} ids)"

    def _is_whole(self) -> bool:
        """Every position once, beside its id's hash, the hashes in order (what lookups rely on)."""
        if not self._sorted:
            self._sort()
        ids_hashes = np.fromiter(map(hash, self._ids), dtype=np.int64, count=len(self._ids))
        return (
            np.array_equal(np.sort(self._where), np.arange(len(self._ids)))
            and np.array_equal(ids_hashes[self._where], self._hashes)
            and bool(np.all(self._hashes[1:] >= self._hashes[:-1]))
        )

    def __eq__(self, other: object) -> bool:
        """Equal ids at equal positions, and (checked thoroughly, for tests) both able to find them."""
        if isinstance(other, IdIndex):
            return self._ids == other._ids and self._is_whole() and other._is_whole()
        if isinstance(other, dict):
            return len(other) == len(self._ids) and all(other.get(i, _MISSING) == n for i, n in self.items())
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, like a dict
