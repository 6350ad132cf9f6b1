"""A scroll bar that keeps its pictures: a state it was drawn in before is copied, not drawn again.

Fusion draws a scroll bar's groove and handle as gradients, 0.7-1.2 ms per click in the Details'
source text, whose scroll bar gets a new range or position with every new source (#22). Texts of
similar lengths with their quote centred give few states (300 clicks on the 100k file: 42), so this
one keeps the last pictures by everything the style draws from, over the window's colour (what the
pane paints behind it), and draws as the style does while the pointer is over it or its handle is held
(the hover and press states it cannot see).
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider, QWidget

__all__ = ["KeptScrollBar"]

_KEPT = 48  # pictures (one of a 14 x 500 px bar is 28 KB)


class KeptScrollBar(QScrollBar):
    """A QScrollBar whose idle pictures are kept, for a place where the window's colour is behind it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pictures: OrderedDict[tuple, QImage] = OrderedDict()
        #: How many paints drew the bar with the style (the others copied a kept picture).
        self.drawn = 0
        # It paints every pixel, the window's colour first: what is behind it need not be painted.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        if self.underMouse() or self.isSliderDown():
            self.drawn += 1
            painter = QPainter(self)
            painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
            painter.end()
            super().paintEvent(event)
            return
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        option.subControls = QStyle.SubControl.SC_All
        option.activeSubControls = QStyle.SubControl.SC_None
        ratio = self.devicePixelRatioF()
        key = (
            option.rect.width(), option.rect.height(), ratio, option.orientation, option.direction,
            option.state.value, option.palette.cacheKey(), option.minimum, option.maximum, option.pageStep,
            option.singleStep, option.sliderPosition, option.upsideDown,
        )
        picture = self._pictures.get(key)
        if picture is None:
            picture = self._draw(option, ratio)
            self._pictures[key] = picture
            if len(self._pictures) > _KEPT:
                self._pictures.popitem(last=False)
        else:
            self._pictures.move_to_end(key)
        painter = QPainter(self)
        painter.drawImage(0, 0, picture)
        painter.end()

    def _draw(self, option: QStyleOptionSlider, ratio: float) -> QImage:
        self.drawn += 1
        picture = QImage(option.rect.size() * ratio, QImage.Format.Format_ARGB32_Premultiplied)
        picture.setDevicePixelRatio(ratio)
        picture.fill(option.palette.color(QPalette.ColorRole.Window))
        painter = QPainter(picture)
        self.style().drawComplexControl(QStyle.ComplexControl.CC_ScrollBar, option, painter, self)
        painter.end()
        return picture
