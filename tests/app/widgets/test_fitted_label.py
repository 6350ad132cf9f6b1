"""A FittedLabel's text is selectable with the mouse, yet a text set while the pointer is elsewhere paints as a
plain label: a selectable QLabel paints through a text document, and the Details set three of them per click (#22)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.app.widgets.fitted_label import FittedLabel


def _host(qtbot) -> tuple[QWidget, FittedLabel, FittedLabel]:
    host = QWidget()
    layout = QVBoxLayout(host)
    label = FittedLabel(2)
    other = FittedLabel(1)
    layout.addWidget(label)
    layout.addWidget(other)
    host.resize(400, 200)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    return host, label, other


def test_a_text_set_while_the_pointer_is_elsewhere_is_plain_until_the_pointer_comes(qtbot):
    _host_widget, label, other = _host(qtbot)
    qtbot.mouseMove(other, QPoint(5, 5))
    label.setText("Xiaomi and Verizon sign a deal")
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction

    qtbot.mouseMove(label, QPoint(10, 5))
    qtbot.waitUntil(label.underMouse)
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    # A new text while the pointer stays over it keeps it selectable (the pointer need not leave and come back).
    label.setText("Xiaomi opens a US store")
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_the_text_is_still_selected_by_a_drag_of_the_real_mouse(qtbot):
    _host_widget, label, other = _host(qtbot)
    qtbot.mouseMove(other, QPoint(5, 5))
    label.setText("Xiaomi and Verizon sign a deal")
    start, end = QPoint(2, label.height() // 4), QPoint(label.width() - 2, label.height() // 4)
    qtbot.mouseMove(label, start)
    qtbot.waitUntil(label.underMouse)
    qtbot.mousePress(label, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(label, end)
    qtbot.mouseRelease(label, Qt.MouseButton.LeftButton, pos=end)
    assert label.selectedText() == "Xiaomi and Verizon sign a deal"
