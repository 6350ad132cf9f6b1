"""The filters and what lanes stand for, remembered per file in QSettings (never in the file)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings

from gui.app.document.document_model import DocumentModel
from gui.app.document.view_filter import ViewFilter
from gui.app.document.view_filter import LANES_BY_LABELS
from gui.core.view.filters import FilterState

__all__ = ["FilterMemory"]


class FilterMemory(QObject):
    """Keeps the view of each file (lanes by, filters) as the user changes it, and gives it back on opening."""

    def __init__(
        self,
        settings: QSettings,
        model: DocumentModel,
        view_filter: ViewFilter,
        persist: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.model = model
        self.view_filter = view_filter
        self._persist = persist
        #: True while a document is being replaced: its filters changing belong to no file.
        self.restoring = False
        view_filter.sig_changed.connect(self.remember)

    def key(self, path: Path | None = None) -> str | None:
        """The QSettings key of ``path`` (default: the open file); None for an untitled document."""
        path = path or self.model.path
        if path is None:
            return None
        digest = hashlib.sha1(str(path).encode("utf-8")).hexdigest()[:16]
        return f"filters/{digest}"

    def remember(self) -> None:
        """Filters belong to the user's view of a file: kept in QSettings, never in the file."""
        key = self.key()
        if key is None or not self._persist() or self.restoring:
            return
        data = {
            "state": self.view_filter.state.to_json(),
            "lanes_by": self.model.lanes_by,
            "path": str(self.model.path),
        }
        self.settings.setValue(key, json.dumps(data))

    def saved_view(self, path: Path | None) -> tuple[str, FilterState]:
        """What lanes stood for and the filters when ``path`` was last open (defaults when never)."""
        key = self.key(path)
        raw = self.settings.value(key) if key else None
        try:
            data = json.loads(raw) if isinstance(raw, str) else {}
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        lanes_by = data.get("lanes_by")
        return (lanes_by if lanes_by in LANES_BY_LABELS else "manufacturer"), FilterState.from_json(data.get("state"))

    def pause(self) -> None:
        """Until ``restore``: the old view's filters must not be saved under the new file."""
        self.restoring = True

    def restore(self) -> None:
        """Show the open file the way it was last seen."""
        lanes_by, state = self.saved_view(self.model.path)
        self.restoring = True
        try:
            self.model.set_view(lanes_by=lanes_by, hidden_lanes=state.hidden_lanes)
            self.view_filter.set_state(state)
        finally:
            self.restoring = False
