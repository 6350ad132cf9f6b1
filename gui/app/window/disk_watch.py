"""Watching the open file on disk: when another program changes or removes it, the info bar offers to reload."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from gui.app.document.document_model import DocumentModel
from gui.app.window.info_bar import InfoBar
from gui.core.storage.diskstamp import DiskStamp

__all__ = ["DiskWatch"]


class DiskWatch(QObject):
    """Watches one file, the open one, and tells the user when it changed since it was read or written."""

    def __init__(
        self,
        model: DocumentModel,
        info_bar: InfoBar,
        disk_stamp: Callable[[], DiskStamp | None],
        reload: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.info_bar = info_bar
        self._disk_stamp = disk_stamp
        self._reload = reload
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._on_file_changed_on_disk)
        # Owned here, so it can never fire after the window is gone.
        self._rewatch_timer = QTimer(self)
        self._rewatch_timer.setSingleShot(True)
        self._rewatch_timer.setInterval(200)
        self._rewatch_timer.timeout.connect(lambda: self.watch(self.model.path))

    def watch(self, path: Path | None) -> None:
        """Watch ``path`` (only); None watches nothing."""
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        if path is not None and path.exists():
            self.watcher.addPath(str(path))

    def _on_file_changed_on_disk(self, name: str) -> None:
        path = self.model.path
        if path is None or Path(name) != path:
            return
        # Editors and git replace files atomically, which ends the watch: watch the new file.
        self._rewatch_timer.start()
        stamp = self._disk_stamp()
        if stamp is None or not stamp.changed_on_disk(path):
            return  # our own save, or a touch
        if path.exists():
            self.info_bar.show_message(
                f"“{path.name}” changed on disk.",
                [("Reload", self._reload), ("Keep mine", self._keep_mine)],
            )
        else:
            self.info_bar.show_message(f"“{path.name}” was deleted or moved on disk.", [("Keep mine", self._keep_mine)])

    def _keep_mine(self) -> None:
        """Keep the open version; the next save will still ask before overwriting."""
        self.info_bar.hide_message()
