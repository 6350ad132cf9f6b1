"""Real mouse drags for widget tests (QTest.mouseMove cannot hold a button down)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication


def _send(widget, kind, point: QPoint, buttons, modifiers) -> None:
    local = QPointF(point)
    event = QMouseEvent(
        kind,
        local,
        QPointF(widget.mapToGlobal(point)),
        Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
        buttons,
        modifiers,
    )
    QApplication.sendEvent(widget, event)


def drag(widget, start: QPoint, end: QPoint, modifiers=Qt.KeyboardModifier.NoModifier, steps: int = 8, before_release=None):
    """Press at ``start``, move in steps to ``end`` with the left button held, release."""
    held = Qt.MouseButton.LeftButton
    _send(widget, QEvent.Type.MouseButtonPress, start, held, modifiers)
    for step in range(1, steps + 1):
        point = start + (end - start) * (step / steps)
        _send(widget, QEvent.Type.MouseMove, QPoint(round(point.x()), round(point.y())), held, modifiers)
    if before_release is not None:
        before_release()
    _send(widget, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton, modifiers)


def double_click(widget, point: QPoint, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """The events a real double-click produces: press, release, double-click, release."""
    held = Qt.MouseButton.LeftButton
    none = Qt.MouseButton.NoButton
    _send(widget, QEvent.Type.MouseButtonPress, point, held, modifiers)
    _send(widget, QEvent.Type.MouseButtonRelease, point, none, modifiers)
    _send(widget, QEvent.Type.MouseButtonDblClick, point, held, modifiers)
    _send(widget, QEvent.Type.MouseButtonRelease, point, none, modifiers)
