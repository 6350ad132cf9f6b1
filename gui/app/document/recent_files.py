"""The Open Recent list, kept in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

__all__ = ["RecentFiles", "MAX_RECENT"]

MAX_RECENT = 10
_KEY = "recent_files"


class RecentFiles:
    """The last files opened, most recent first, at most MAX_RECENT."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def paths(self) -> list[Path]:
        value = self._settings.value(_KEY, [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [Path(p) for p in (value or [])]

    def _store(self, paths: list[Path]) -> None:
        self._settings.setValue(_KEY, [str(p) for p in paths[:MAX_RECENT]])

    def add(self, path: Path) -> None:
        path = path.resolve()
        self._store([path] + [p for p in self.paths() if p != path])

    def remove(self, path: Path) -> None:
        self._store([p for p in self.paths() if p != path])

    def last(self) -> Path | None:
        paths = self.paths()
        return paths[0] if paths else None
