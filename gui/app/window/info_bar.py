"""A slim message bar above the timeline, with action buttons (e.g. "changed on disk: Reload / Keep mine")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

__all__ = ["InfoBar"]


class InfoBar(QFrame):
    def __init__(self, name: str = "info_bar") -> None:
        super().__init__()
        self.setObjectName(name)
        self.setStyleSheet(f"#{name} {{ background: #fff4ce; border-bottom: 1px solid #e0c36a; }}")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 4, 10, 4)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)  # a folder's path can be long
        self._layout.addWidget(self.label, 1)
        self.buttons: list[QPushButton] = []
        self.hide()

    def show_message(self, text: str, actions: list[tuple[str, Callable[[], None]]]) -> None:
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        self.label.setText(text)
        for caption, callback in actions:
            button = QPushButton(caption)
            # Hide first: the action may show a message of its own (e.g. Retry that fails again).
            button.clicked.connect(self.hide_message)
            button.clicked.connect(callback)
            self._layout.addWidget(button)
            self.buttons.append(button)
        self.show()

    def hide_message(self) -> None:
        self.hide()
