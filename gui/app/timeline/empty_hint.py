"""The hint an empty timeline shows on its canvas: what to do first, as buttons that do it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.app.document.document_model import DocumentModel
from gui.app.widgets import style

__all__ = ["EmptyHint"]


class EmptyHint(QFrame):
    """Centred over the canvas while the timeline has no events: add a lane, paste an article, open a file.

    The buttons only announce what was asked (``sig_add_lane``, ``sig_paste_source``, ``sig_open``);
    the window connects them to its own actions.
    """

    sig_add_lane = Signal()
    """"Add a Lane…" was clicked."""
    sig_paste_source = Signal()
    """"Paste an Article…" was clicked."""
    sig_open = Signal()
    """"Open a File…" was clicked."""

    def __init__(self, model: DocumentModel, canvas: QWidget) -> None:
        super().__init__(canvas)
        self.setObjectName("empty_hint")
        self._model = model
        self._canvas = canvas
        self.setStyleSheet(
            "#empty_hint { background: white; border: 1px solid #d0d7de; border-radius: 6px; }"
            f" QLabel {{ color: {style.MUTED_TEXT_COLOR}; }}"
        )
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet(f"color: {style.TEXT_COLOR}; font-size: 120%; font-weight: 600;")
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.add_lane_button = QPushButton("Add a Lane…")
        self.add_lane_button.setToolTip("A lane per phone maker (Edit ▸ Lanes…)")
        self.paste_button = QPushButton("Paste an Article…")
        self.paste_button.setToolTip("The copied article becomes a source to cite (Add ▸ Paste as New Source)")
        self.open_button = QPushButton("Open a File…")
        self.open_button.setToolTip("Open a timeline file (File ▸ Open…)")
        self.add_lane_button.clicked.connect(self.sig_add_lane)
        self.paste_button.clicked.connect(self.sig_paste_source)
        self.open_button.clicked.connect(self.sig_open)
        buttons = QHBoxLayout()
        for button in (self.add_lane_button, self.paste_button, self.open_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # clicking one must not leave focus off the canvas
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        canvas.installEventFilter(self)
        model.sig_reset.connect(self.refresh)
        model.sig_layout_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, _change=None) -> None:
        """Show (with words for what is there so far) while there are no events; hide once there are."""
        document = self._model.document
        self.setVisible(not document.events)
        if document.events:
            return
        if document.lanes:
            self.heading.setText("No events yet")
            self.text.setText("Double-click in a lane to add an event there, or paste an article to cite.")
        else:
            self.heading.setText("This timeline is empty")
            self.text.setText("Add a lane for each phone maker, paste an article to cite, or open a timeline file.")
        self._place()

    def _place(self) -> None:
        self.setFixedWidth(min(520, max(200, self._canvas.width() - 40)))
        self.adjustSize()
        self.move((self._canvas.width() - self.width()) // 2, max(8, (self._canvas.height() - self.height()) // 3))
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._canvas and event.type() == QEvent.Type.Resize:
            self._place()
        return False
