"""The legend: which colour is which kind, and how status and vague dates change an event's look."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.app.widgets import style
from gui.app.document.document_model import DocumentModel

__all__ = ["LegendBar"]

_SWATCH = 12
_GAP = 6  # between swatch and text
_SPACING = 18  # between entries
_MARGIN = 8


@dataclass(frozen=True)
class _Entry:
    text: str
    color: QColor
    shape: str  # "diamond", "hollow" or "band"


class LegendBar(QWidget):
    """The kinds present in the document, then the status and date styles; wraps onto more lines when narrow."""

    def __init__(self, model: DocumentModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._entries: list[_Entry] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        model.sig_layout_changed.connect(self._rebuild)
        self._rebuild()

    def entries(self) -> list[str]:
        """The legend's labels, in order."""
        return [entry.text for entry in self._entries]

    def _rebuild(self, _change=None) -> None:
        layout = self._model.layout
        # Counted once per layout: scanning every event's kind here cost 12 ms per edit at 1M events.
        present = {kind for kind, count in zip(layout.kinds, layout.kind_counts.tolist()) if count}
        entries = [_Entry(style.kind_label(k), style.kind_color(k), "diamond") for k in layout.kinds if k in present]
        grey = QColor(style.MUTED_TEXT_COLOR)
        entries += [
            _Entry("Confirmed / reported", grey, "diamond"),
            _Entry("Rumoured / cancelled", grey, "hollow"),
            _Entry("Date known to the year or month", grey, "band"),
        ]
        self._entries = entries
        self.updateGeometry()
        self.update()

    def _item_width(self, metrics: QFontMetrics, entry: _Entry) -> int:
        swatch = 22 if entry.shape == "band" else _SWATCH
        return swatch + _GAP + metrics.horizontalAdvance(entry.text)

    def _positions(self, width: int) -> tuple[list[tuple[int, int]], int]:
        """Top-left of each entry when wrapped to ``width``, and the total height."""
        metrics = QFontMetrics(self.font())
        line_height = max(metrics.height(), _SWATCH) + 4
        x, y = _MARGIN, 3
        positions = []
        for entry in self._entries:
            item = self._item_width(metrics, entry)
            if x > _MARGIN and x + item > width - _MARGIN:
                x, y = _MARGIN, y + line_height
            positions.append((x, y))
            x += item + _SPACING
        return positions, y + line_height + 2

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._positions(width)[1]

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        width = sum(self._item_width(metrics, e) + _SPACING for e in self._entries) + 2 * _MARGIN
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.heightForWidth(120))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        positions, _ = self._positions(self.width())
        line_height = max(metrics.height(), _SWATCH) + 4
        for entry, (x, y) in zip(self._entries, positions):
            middle = y + line_height / 2
            if entry.shape == "band":
                band = QColor(entry.color)
                band.setAlpha(70)
                painter.fillRect(QRectF(x, middle - 4, 22, 8), band)
                # Firm ends, as on the canvas: the band's extent is the period's.
                painter.fillRect(QRectF(x, middle - 4, 2, 8), entry.color)
                painter.fillRect(QRectF(x + 20, middle - 4, 2, 8), entry.color)
                swatch = 22
            else:
                c, r = x + _SWATCH / 2, _SWATCH / 2 - 1
                painter.setPen(QPen(entry.color.darker(120), 1.4))
                painter.setBrush(QColor("white") if entry.shape == "hollow" else entry.color)
                painter.drawPolygon(
                    QPolygonF([QPointF(c, middle - r), QPointF(c + r, middle), QPointF(c, middle + r), QPointF(c - r, middle)])
                )
                swatch = _SWATCH
            painter.setPen(QColor(style.TEXT_COLOR))
            painter.drawText(QPointF(x + swatch + _GAP, middle + (metrics.ascent() - metrics.descent()) / 2), entry.text)
        painter.end()


