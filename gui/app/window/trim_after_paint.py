"""After a load, the memory freed while the window painted the new document goes back to the system.

Opening frees the file's bytes, the decoder's buffers and the previous document, and painting the first
frame of a big document frees large scratch arrays too; glibc keeps all of it for reuse, so the process
stayed as big as its peak. ``release_freed_memory`` (``malloc_trim``, under a millisecond) right after
the load missed what the first frame frees: at 100k events 12 MB, ``rss_ratio`` 2.21 → 2.01 (#22).
So it runs once more when the window has painted that frame.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from gui.app.document.loading import release_freed_memory

__all__ = ["TrimAfterPaint"]


class TrimAfterPaint(QObject):
    """``arm()`` after a load: once ``window`` has painted its next frame, freed memory is given back."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._armed = False

    def arm(self) -> None:
        if not self._armed:
            self._armed = True
            self._window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if self._armed and event.type() == QEvent.Type.UpdateRequest:
            # Seen before the frame is painted: the release waits for the event loop's next turn.
            self._armed = False
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, release_freed_memory)
        return False
