"""A source's full text with every cited passage highlighted in its event's kind colour.

Runs covered by several passages are drawn in the blend of their colours and
underlined, so overlaps stay readable and visible. The current event's passages
are stronger. Clicking a highlight selects its event (clicking again cycles
through the events that share the run); uncited text stays plain, so what is
still to be turned into events stands out.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QMouseEvent,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from gui.app.widgets import style
from gui.app.widgets.plain_text import display_text
from gui.app.widgets.reader_text import ReaderText
from gui.core.evidence.citations import CitedPassage, Segment, passage_segments

__all__ = ["SourceReader", "highlight_color"]

#: How much of the kind colour shows under plain and current passages (the rest is white).
PLAIN_STRENGTH = 0.32
CURRENT_STRENGTH = 0.62
#: A press and release closer than this (px) is a click, not a text selection.
CLICK_SLOP = 4


def _mix(colors: list[QColor], strength: float) -> QColor:
    red = sum(color.redF() for color in colors) / len(colors)
    green = sum(color.greenF() for color in colors) / len(colors)
    blue = sum(color.blueF() for color in colors) / len(colors)
    return QColor.fromRgbF(
        1 - strength * (1 - red),
        1 - strength * (1 - green),
        1 - strength * (1 - blue),
    )


def highlight_color(kinds: list[str], current: bool = False) -> QColor:
    """The background of a run cited by events of ``kinds`` (a blend when there are several)."""
    return _mix([style.kind_color(kind) for kind in kinds], CURRENT_STRENGTH if current else PLAIN_STRENGTH)


class SourceReader(QPlainTextEdit):
    """Read-only source text with highlights. Offsets in its API are Python string offsets."""

    sig_passage_clicked = Signal(str)
    """A highlighted run was clicked: the id of the event to select."""
    sig_selection_changed = Signal(bool)
    """Whether some text is selected now (for "New Event from Selection")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("source_reader")
        self.setReadOnly(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.setFont(font)
        self.viewport().setMouseTracking(True)
        self._text = ""
        self._shown = ReaderText("")  # the text as laid out: Python offsets <-> Qt positions
        self._passages: list[CitedPassage] = []
        self._segments: list[Segment] = []
        self._titles: dict[str, str] = {}
        self._current: str | None = None
        self._highlights_stale = False
        self._press: QPoint | None = None
        #: Actions put at the top of the context menu (New Event from Selection …), set by the owner.
        self.context_actions: list[QAction] = []
        self.selectionChanged.connect(lambda: self.sig_selection_changed.emit(self.has_selection()))

    # -- content ---------------------------------------------------------------------------

    def show_text(
        self,
        text: str,
        passages: list[CitedPassage],
        titles: dict[str, str] | None = None,
        current_event: str | None = None,
    ) -> None:
        """Show ``text`` with ``passages`` highlighted; ``titles`` name the events in tooltips."""
        if text != self._text or self.document().isEmpty() != (not text):
            self._shown = ReaderText(text)
            self.setPlainText(self._shown.shown)  # paragraphs broken; offsets go through self._shown
            self._text = text
        self._passages = passages
        self._segments = passage_segments(passages)
        self._titles = dict(titles or {})
        self._current = current_event
        self._paint_highlights()

    def set_current_event(self, event_id: str | None) -> None:
        if event_id != self._current:
            self._current = event_id
            if self.isVisible():
                self._paint_highlights()
            else:
                self._highlights_stale = True  # painted when shown: selecting must not wait for a hidden view

    def showEvent(self, event) -> None:
        if self._highlights_stale:
            self._paint_highlights()
        super().showEvent(event)

    def passages(self) -> list[CitedPassage]:
        return list(self._passages)

    def segments(self) -> list[Segment]:
        return list(self._segments)

    def _paint_highlights(self) -> None:
        self._highlights_stale = False
        selections = []
        for segment in self._segments:
            passages = [self._passages[i] for i in segment.passages]
            current = any(p.event_id == self._current for p in passages)
            char_format = QTextCharFormat()
            char_format.setBackground(highlight_color([p.kind for p in passages], current))
            char_format.setForeground(QColor(style.TEXT_COLOR))
            if len({p.event_id for p in passages}) > 1:
                char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                char_format.setUnderlineColor(QColor(style.MUTED_TEXT_COLOR))
            if current:
                char_format.setFontWeight(QFont.Weight.DemiBold)
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._shown.position(segment.start))
            cursor.setPosition(self._shown.position(segment.end), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = char_format
            selections.append(selection)
        self.setExtraSelections(selections)

    def scroll_to_event(self, event_id: str) -> bool:
        """Bring the event's first passage into view; False when it has none here."""
        for passage in self._passages:
            if passage.event_id == event_id:
                cursor = QTextCursor(self.document())
                cursor.setPosition(self._shown.position(passage.start))
                self.setTextCursor(cursor)
                self.centerCursor()
                return True
        return False

    # -- the selection -------------------------------------------------------------------------

    def has_selection(self) -> bool:
        return self.textCursor().hasSelection()

    def selected_range(self) -> tuple[int, int] | None:
        """The selected text as Python offsets (start, end), or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self._shown.index(cursor.selectionStart()), self._shown.index(cursor.selectionEnd())

    def select_range(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._shown.position(start))
        cursor.setPosition(self._shown.position(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    # -- hits ----------------------------------------------------------------------------------

    def events_at(self, offset: int) -> list[str]:
        """The ids of the events whose passages cover Python offset ``offset``, in text order."""
        for segment in self._segments:
            if segment.start <= offset < segment.end:
                return list(dict.fromkeys(self._passages[i].event_id for i in segment.passages))
            if segment.start > offset:
                break
        return []

    def _offset_at(self, point: QPoint) -> int:
        return self._shown.index(self.cursorForPosition(point).position())

    def _events_under(self, point: QPoint) -> list[str]:
        # cursorForPosition gives the nearest gap between characters: check the character after it.
        return self.events_at(self._offset_at(point))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        point = event.position().toPoint()
        if (
            event.button() != Qt.MouseButton.LeftButton
            or press is None
            or (point - press).manhattanLength() > CLICK_SLOP
            or self.has_selection()
        ):
            return
        events = self._events_under(point)
        if not events:
            return
        # A second click on a run shared by several events moves on to the next one.
        chosen = events[(events.index(self._current) + 1) % len(events)] if self._current in events else events[0]
        self.sig_passage_clicked.emit(chosen)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        over_passage = bool(self._events_under(event.position().toPoint()))
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over_passage else Qt.CursorShape.IBeamCursor)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            events = self._events_under(event.pos())
            if events:
                # Titles are untrusted file text: escaped, so markup in them shows literally.
                lines = [f"• {html.escape(display_text(self._titles.get(event_id, event_id)))}" for event_id in events]
                hint = "Click to select it" if len(events) == 1 else "Click again for the next one"
                tip = "<b>Cited by</b><br>" + "<br>".join(lines) + f"<br><i>{hint}</i>"
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        first = menu.actions()[0] if menu.actions() else None
        for action in self.context_actions:
            menu.insertAction(first, action)
        if self.context_actions:
            menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()
