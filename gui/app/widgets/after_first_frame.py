"""Work the first frame doesn't need, done once the window has painted it (start-up, #22)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

__all__ = ["AfterFirstFrame"]


class AfterFirstFrame(QObject):
    """Calls ``work`` in the event loop's turn after ``widget``'s window first asks to paint (once)."""

    def __init__(self, widget: QWidget, work: Callable[[], None]) -> None:
        super().__init__(widget)
        self._work = work
        self._window = widget.window()
        self._window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.UpdateRequest:
            # Seen before the frame is painted: the work waits for the event loop's next turn.
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._work)
        return False
