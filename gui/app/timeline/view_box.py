"""The timeline's ViewBox: the wheel zooms time only, Shift+wheel scrolls lanes, clicks become signals."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal

__all__ = ["TimelineViewBox"]


class TimelineViewBox(pg.ViewBox):
    """Time runs along x (days); lanes run down y (rows). Only x zooms; y scrolls by whole pixels."""

    sig_clicked = Signal(QPointF, object)
    """A left click at a point in data coordinates, with the keyboard modifiers."""
    sig_double_clicked = Signal(QPointF)
    sig_hovered = Signal(object)
    """The data point under the mouse, or None when it left the view."""
    sig_scroll_rows = Signal(float)
    """The user asked to scroll vertically by this many wheel steps (positive: down)."""

    def __init__(self) -> None:
        super().__init__(enableMenu=False, invertY=True)
        self.setMouseEnabled(x=True, y=False)
        self.disableAutoRange()

    def updateViewRange(self, forceX=False, forceY=False) -> None:
        super().updateViewRange(forceX, forceY)
        # pyqtgraph defers the new transform to the next paint, and setting it there marks the
        # scene dirty again: every pan, zoom or scroll then painted the whole canvas twice.
        # Setting it now (it is cheap) leaves one paint per change.
        self.updateMatrix()

    def wheelEvent(self, ev, axis=None) -> None:
        modifiers = ev.modifiers()
        horizontal = ev.orientation() == Qt.Orientation.Horizontal
        if modifiers & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier) or axis == 1:
            self.sig_scroll_rows.emit(-ev.delta() / 120.0)
            ev.accept()
            return
        if horizontal:
            # Touchpad sideways swipe: pan in time.
            x0, x1 = self.viewRange()[0]
            self.translateBy(x=-(x1 - x0) * ev.delta() / 1200.0)
            ev.accept()
            return
        super().wheelEvent(ev, axis=0)

    #: Set by the timeline: an EventDragController that may take over drags.
    drag_controller = None
    _controller_drag = False

    def mouseDragEvent(self, ev, axis=None) -> None:
        controller = self.drag_controller
        if ev.button() != Qt.MouseButton.LeftButton or controller is None:
            super().mouseDragEvent(ev, axis)
            return
        point = self.mapSceneToView(ev.scenePos())
        if ev.isStart():
            press = self.mapSceneToView(ev.buttonDownScenePos())
            modifiers = ev.modifiers()
            band = bool(modifiers & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier))
            additive = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
            self._controller_drag = controller.begin(press, additive, band)
        if not self._controller_drag:
            super().mouseDragEvent(ev, axis)
            return
        if not controller.active:  # cancelled with Esc: swallow the rest of this drag
            ev.accept()
            return
        ev.accept()
        if ev.isFinish():
            controller.finish(point)
        else:
            controller.update(point)

    def mouseClickEvent(self, ev) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            point = self.mapSceneToView(ev.scenePos())
            if ev.double():
                self.sig_double_clicked.emit(point)
            else:
                self.sig_clicked.emit(point, ev.modifiers())
            ev.accept()
            return
        super().mouseClickEvent(ev)

    def hoverEvent(self, ev) -> None:
        if ev.isExit():
            self.sig_hovered.emit(None)
            return
        # A left click where the pointer rests comes here (mouseClickEvent takes every one): pyqtgraph's scene then
        # sends it straight to the view box instead of looking for the items near the click again (#22).
        ev.acceptClicks(Qt.MouseButton.LeftButton)
        self.sig_hovered.emit(self.mapSceneToView(ev.scenePos()))
