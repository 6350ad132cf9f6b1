"""A word-wrapped label that keeps room for all its lines: a layout short of space squeezes others first.

Qt lays a wrapped QLabel out at the height its size hint guesses for some width, not at the width it
gets, so a long text in a narrow pane loses its last lines. This label asks for the height its text
needs at its actual width whenever the text or the width changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

__all__ = ["WholeLabel"]


class WholeLabel(QLabel):
    """Plain text, wrapped, selectable, never cut off at the bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._keep_room()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._keep_room()

    def heightForWidth(self, width: int) -> int:
        """The height of the text wrapped at ``width``, from the font: a selectable QLabel's own answer
        comes from a text layout last made at some other width, and can be several lines too many."""
        if not self.text():
            return 0
        margins = self.contentsMargins()
        inner = max(1, width - margins.left() - margins.right() - 2 * self.margin())
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)
        text_height = self.fontMetrics().boundingRect(0, 0, inner, 1 << 20, flags, self.text()).height()
        return text_height + margins.top() + margins.bottom() + 2 * self.margin()

    def _keep_room(self) -> None:
        needed = self.heightForWidth(self.width()) if self.text() else 0
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
