"""A label of a fixed number of lines: its text wrapped into them, cut with "…" when longer, whole in its tooltip.

A label that is one line for one event and two for the next moves everything below it, and the
pane lays out and repaints whole on every click (#22). This one always takes its lines, shown or
not: a new text repaints the label and nothing else.

Its text can be selected with the mouse, but a selectable QLabel paints through a text document,
about three times a plain label's paint: so it becomes selectable when the pointer comes over it,
and a new text set while the pointer is elsewhere makes it plain again (#22).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from gui.app.widgets.elide import ELLIPSIS, elide_words

__all__ = ["FittedLabel", "fit_lines"]


def fit_lines(label: QLabel, text: str, width: int, lines: int) -> str:
    """``text`` as it fits ``lines`` lines of ``width`` px in ``label``'s font: whole, or cut with "…"."""
    metrics = label.fontMetrics()
    if "\n" not in text and metrics.horizontalAdvance(text) <= width:
        return text
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    starts = []
    while len(starts) <= lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    if len(starts) <= lines:
        return text
    last = starts[lines - 1]
    head = text[:last]
    tail = text[last:].replace("\n", " ")
    return head + (elide_words(metrics, tail, width) or metrics.elidedText(tail, Qt.TextElideMode.ElideRight, width) or ELLIPSIS)


class FittedLabel(QLabel):
    """Plain text in ``lines`` lines of the label's height whatever the text; ``text()`` gives the whole text."""

    def __init__(self, lines: int = 1, *, selectable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self._whole = ""
        self._selectable = selectable
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(lines > 1)
        # The width is the pane's to give, the height its lines': never the text's to ask for.
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setFixedHeight(self._height())

    def _height(self) -> int:
        margins = self.contentsMargins()
        return self.fontMetrics().lineSpacing() * self._lines + margins.top() + margins.bottom()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.StyleChange) and hasattr(self, "_lines"):
            self.setFixedHeight(self._height())

    def text(self) -> str:  # the whole text, as set (what is shown may be cut)
        return self._whole

    def setText(self, text: str) -> None:
        if text == self._whole:
            return
        self._whole = text
        if self._selectable and not self.underMouse():
            self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._fit()

    def enterEvent(self, event) -> None:
        if self._selectable:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        super().enterEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(0, self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = max(self.contentsRect().width(), 40)
        shown = fit_lines(self, self._whole, width, self._lines)
        # File text: escaped in a tag, so a tooltip never reads it as HTML.
        whole = html.escape(self._whole).replace("\n", "<br>")
        self.setToolTip(f"<span>{whole}</span>" if shown != self._whole else "")
        if super().text() != shown:
            super().setText(shown)
