"""The Sources dock's reader: the selected source's title, publisher, author, date and address, a summary, and its text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.app.widgets import style
from gui.app.widgets.plain_text import display_text
from gui.app.panes.source_reader import SourceReader
from gui.core.document.describe import date_words
from gui.core.document.model import Source
from gui.core.evidence.citations import CitedPassage

__all__ = ["SourceView"]


def _plain_label(selectable: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SourceView(QWidget):
    """One source shown for reading, its cited passages highlighted (see SourceReader).

    Its reader's context menu offers the passage actions (New Event from Selection, Use Selection as
    the Quote); the Sources dock connects and enables them. The window may lend its own (``actions``), so
    that their shortcut works before this view is built.
    """

    def __init__(self, parent: QWidget | None = None, actions: tuple[QAction, QAction] | None = None) -> None:
        super().__init__(parent)
        self.title_label = _plain_label()
        title_font = self.title_label.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.title_label.setFont(title_font)
        self.meta_label = _plain_label()
        self.meta_label.setStyleSheet(f"color: {style.MUTED_TEXT_COLOR};")
        self.summary_label = _plain_label(selectable=False)
        self.summary_label.setStyleSheet(f"color: {style.MUTED_TEXT_COLOR};")
        self.reader = SourceReader()
        if actions is not None:
            self.new_event_action, self.reanchor_action = actions
        else:
            self.new_event_action = QAction("New Event from Selection", self.reader)
            self.new_event_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
            self.new_event_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.new_event_action.setStatusTip("Turn the selected passage into an event, with its fields filled in")
            self.reanchor_action = QAction("Use Selection as the Current Event's Quote", self.reader)
        self.draft_action = QAction("Draft Events from This Source…", self)
        self.draft_action.setStatusTip("Propose an event for each passage that states a maker's effort, to review one by one")
        self.reader.context_actions = [self.new_event_action, self.reanchor_action, self.draft_action]

        reader_layout = QVBoxLayout(self)
        reader_layout.setContentsMargins(8, 4, 8, 8)
        reader_layout.setSpacing(3)
        for widget in (self.title_label, self.meta_label, self.summary_label):
            reader_layout.addWidget(widget)
        reader_layout.addWidget(self.reader, 1)

    def show_nothing(self, any_sources: bool) -> None:
        """No source selected: say so, or, when there are none, how to add one."""
        self.title_label.setText("No source selected" if any_sources else "No sources yet")
        self.meta_label.setText("" if any_sources else "Add one: paste an article, or drop a file here.")
        self.summary_label.clear()
        self.reader.show_text("", [])
        self.draft_action.setEnabled(False)

    def show_source(
        self, source: Source, summary: str, found: list[CitedPassage], titles: dict[str, str], current: str | None
    ) -> None:
        """Show ``source`` with the passages ``found`` (titles: their events' titles by id), ``current``'s stronger."""
        self.title_label.setText(display_text(" ".join((source.title or source.id)[:1000].split())))
        by = f"by {source.author}" if source.author.strip() else ""
        meta = [part for part in (source.publisher, by, date_words(source.published)) if part]
        if source.url:
            meta.append(source.url)
        self.meta_label.setText(" · ".join(display_text(part) for part in meta))
        self.meta_label.setVisible(bool(meta))
        self.summary_label.setText(summary)
        self.reader.show_text(source.text, found, titles, current)
        self.draft_action.setEnabled(bool(source.text.strip()))
