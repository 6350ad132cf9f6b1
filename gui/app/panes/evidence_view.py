"""The detail pane's evidence: one passage the event cites at a time, its source, and the source text around it."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QFont, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.app.widgets import style
from gui.app.document.document_model import DocumentModel
from gui.app.panes.link_label import LinkLabel, is_web_url
from gui.app.widgets.fitted_label import FittedLabel
from gui.app.widgets.kept_scroll_bar import KeptScrollBar
from gui.app.widgets.plain_text import TEXT_CHARS, display_text
from gui.app.widgets.reader_text import ReaderText
from gui.app.widgets.whole_label import WholeLabel
from gui.core.analysis.conflicts import event_conflicts
from gui.core.analysis.corroboration import sources_words
from gui.core.document.describe import date_words
from gui.core.document.model import Event, Source
from gui.core.document.textquote import find_quote

__all__ = ["EvidenceView"]


def _plain_label(text: str = "", *, wrap: bool = True, selectable: bool = True) -> QLabel:
    """A label that shows file text as plain text, never as HTML."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class EvidenceView(QWidget):
    """An event's evidence item by item: the source's title, publisher and address, and its text with the quote
    highlighted, or a warning when the quote or the source is missing.

    It only shows: its buttons (Add, Edit, Remove, Previous, Next, Looks Right) are the detail pane's to connect.
    """

    def __init__(self, model: DocumentModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        evidence_layout = QVBoxLayout(self)
        evidence_layout.setContentsMargins(14, 6, 14, 10)
        evidence_layout.setSpacing(4)
        header = QHBoxLayout()
        self.evidence_heading = _plain_label(selectable=False, wrap=False)
        heading_font = self.evidence_heading.font()
        heading_font.setBold(True)
        self.evidence_heading.setFont(heading_font)
        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setToolTip("Previous evidence")
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip("Next evidence")
        self.add_evidence_button = QToolButton()
        self.add_evidence_button.setText("Add…")
        self.add_evidence_button.setToolTip("Add a passage this event rests on")
        self.edit_evidence_button = QToolButton()
        self.edit_evidence_button.setText("Edit…")
        self.remove_evidence_button = QToolButton()
        self.remove_evidence_button.setText("Remove")
        self.show_in_sources_button = QToolButton()
        self.show_in_sources_button.setText("Show in Sources")
        self.show_in_sources_button.setToolTip("Open this source in the Sources pane, with every passage cited from it")
        header.addWidget(self.evidence_heading, 1)
        header.addWidget(self.add_evidence_button)
        header.addWidget(self.edit_evidence_button)
        header.addWidget(self.remove_evidence_button)
        header.addWidget(self.previous_button)
        header.addWidget(self.next_button)
        evidence_layout.addLayout(header)
        # The lines above the source text keep their height from event to event (one line, or the title's
        # two, cut with "…" and whole in a tooltip; kept when hidden), so that a click repaints what changed
        # and never moves the source text (#22).
        # How many sources back the event, and how many of them are independent origins.
        self.sources_label = FittedLabel(1)
        self.sources_label.setStyleSheet(f"color: {style.MUTED_TEXT_COLOR};")
        evidence_layout.addWidget(self.sources_label)
        # Where reports of the same thing disagree with this one, source by source: as many lines as it
        # takes, so the detail pane places it above the event's form, where it moves no source text.
        self.disagreement_label = WholeLabel(self)
        self.disagreement_label.setObjectName("disagreement_label")
        self.disagreement_label.setStyleSheet("color: #9a3412;")
        self.disagreement_label.setVisible(False)
        self.source_title_label = FittedLabel(2)
        source_font = self.source_title_label.font()
        source_font.setBold(True)
        self.source_title_label.setFont(source_font)
        self.source_meta_label = FittedLabel(1)
        self.source_meta_label.setStyleSheet(f"color: {style.MUTED_TEXT_COLOR};")
        self.link_label = LinkLabel()
        link_policy = self.link_label.sizePolicy()
        link_policy.setRetainSizeWhenHidden(True)
        self.link_label.setSizePolicy(link_policy)
        self.quote_warning = _plain_label(selectable=False)
        self.quote_warning.setStyleSheet("color: #9a3412; background: #ffedd5; padding: 4px; border-radius: 3px;")
        # After a source text edit, a quote found again only by its context or approximately: check it.
        self.reanchor_note = QFrame()
        self.reanchor_note.setObjectName("reanchor_note")
        self.reanchor_note.setStyleSheet("#reanchor_note { background: #e8f0fe; border-radius: 3px; }")
        note_layout = QHBoxLayout(self.reanchor_note)
        note_layout.setContentsMargins(6, 3, 3, 3)
        self.reanchor_label = _plain_label(selectable=False)
        self.reanchor_label.setStyleSheet("color: #174ea6;")
        self.confirm_anchor_button = QToolButton()
        self.confirm_anchor_button.setText("Looks Right")
        self.confirm_anchor_button.setToolTip("The highlighted passage is the right one: stop flagging it")
        note_layout.addWidget(self.reanchor_label, 1)
        note_layout.addWidget(self.confirm_anchor_button)
        self.reanchor_note.setVisible(False)
        self.source_text = QPlainTextEdit()
        # A new source's text changes the scroll bar with almost every click: its pictures are kept (#22).
        self.source_text.setVerticalScrollBar(KeptScrollBar())
        self._shown_source = ReaderText("")  # the source as laid out: Python offsets <-> Qt positions
        self.source_text.setReadOnly(True)
        self.source_text.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.source_text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.source_text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.source_text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.source_text.customContextMenuRequested.connect(self._source_text_menu)
        #: Actions offered on a selected passage (New Event from Selection …), set by the window.
        self.passage_actions: list[QAction] = []
        text_font = QFont(self.source_text.font())
        text_font.setPointSizeF(text_font.pointSizeF() * 1.05)
        self.source_text.setFont(text_font)
        for widget in (
            self.source_title_label,
            self.source_meta_label,
            self.link_label,
            self.show_in_sources_button,
            self.quote_warning,
            self.reanchor_note,
        ):
            evidence_layout.addWidget(widget)
        evidence_layout.addWidget(self.source_text, 1)

    # -- showing -------------------------------------------------------------------------------

    def show_item(self, event: Event, number: int) -> int:
        """Show evidence item ``number`` of ``event``, clamped to the ones it has; returns the number shown.

        With no evidence at all, ``number`` is returned as given.
        """
        count = len(event.evidence)
        corroboration = sources_words(event, sources=self._model.sources_by_id())  # no dict of every source per click
        self.sources_label.setText(display_text(corroboration, TEXT_CHARS))
        self.sources_label.setVisible(bool(corroboration))
        found = event_conflicts(
            self._model.document, event, self._model.events_like(event), self._model.sources_by_id()
        )
        disagreeing = "\n".join(c.sentence(event.id) for c in found)
        self.disagreement_label.setText(display_text(disagreeing, TEXT_CHARS))
        self.disagreement_label.setVisible(bool(disagreeing))
        self.previous_button.setVisible(count > 1)
        self.next_button.setVisible(count > 1)
        self.edit_evidence_button.setVisible(count > 0)
        self.remove_evidence_button.setVisible(count > 0)
        self.show_in_sources_button.setVisible(count > 0)
        if count == 0:
            self.evidence_heading.setText("No evidence")
            for widget in (self.source_title_label, self.source_meta_label, self.link_label):
                widget.setVisible(False)
            self.quote_warning.setText("This event cites no source passage yet.")
            self.quote_warning.setVisible(True)
            self.source_text.setPlainText("")
            self.source_text.setVisible(False)
            return number
        number = max(0, min(number, count - 1))
        self.previous_button.setEnabled(number > 0)
        self.next_button.setEnabled(number < count - 1)
        evidence = event.evidence[number]
        self.reanchor_note.setVisible(False)
        self.evidence_heading.setText(f"Evidence {number + 1} of {count}" if count > 1 else "Evidence")
        source = self._model.source(evidence.source)
        self.source_text.setVisible(True)
        if source is None:
            for widget in (self.source_title_label, self.source_meta_label, self.link_label):
                widget.setVisible(False)
            self.quote_warning.setText(
                f"The source “{display_text(evidence.source)}” is not in this file.\n"
                f"Quote: {display_text(evidence.quote, TEXT_CHARS)}"
            )
            self.quote_warning.setVisible(True)
            self.source_text.setPlainText("")
            return number
        self.source_title_label.setText(display_text(source.title or source.id))
        self.source_title_label.setVisible(True)
        meta = [part for part in (source.publisher, date_words(source.published)) if part]
        if source.cites:
            meta.append("citing " + ", ".join(source.cites))
        self.source_meta_label.setText(" · ".join(display_text(part) for part in meta))
        self.source_meta_label.setVisible(bool(meta))
        if is_web_url(source.url):
            self.link_label.show_link(source.url)
            self.link_label.setVisible(True)
        elif source.url:
            # Not a link: say why, so a javascript:, file: or data: address is seen and not wondered at.
            self.link_label.show_html(
                f"{html.escape(display_text(source.url))}<br><span style='color: {style.MUTED_TEXT_COLOR}'>"
                "Not opened: Inroads opens only http and https links.</span>"
            )
            self.link_label.setVisible(True)
        else:
            self.link_label.setVisible(False)
        self._show_source_text(source.text, evidence)
        return number

    def _show_source_text(self, text: str, evidence) -> None:
        if self._shown_source.original != text or self.source_text.document().isEmpty() != (not text):
            self._shown_source = ReaderText(text)
            self.source_text.setPlainText(self._shown_source.shown)  # paragraphs broken; offsets go through it
        span = find_quote(text, evidence.quote, evidence.prefix, evidence.suffix)
        if span is None:
            self.quote_warning.setText(
                f"⚠ The quoted passage was not found in this source:\n“{display_text(evidence.quote, TEXT_CHARS)}”\n"
                "To re-anchor it, select the right passage below, right-click it and choose "
                "“Use Selection as the Current Event's Quote”."
            )
            self.quote_warning.setVisible(True)
            self.source_text.setExtraSelections([])
            cursor = self.source_text.textCursor()
            cursor.clearSelection()
            cursor.movePosition(QTextCursor.MoveOperation.Start)
            self.source_text.setTextCursor(cursor)
            return
        self.quote_warning.setVisible(False)
        if evidence.reanchored:
            how = {"moved": "found again by the text around it", "fuzzy": "found again approximately"}.get(
                evidence.reanchored, evidence.reanchored
            )
            self.reanchor_label.setText(f"The source text changed; this quote was {how}. Check the highlight.")
            self.reanchor_note.setVisible(True)
        start, end = self._shown_source.position(span[0]), self._shown_source.position(span[1])
        cursor = QTextCursor(self.source_text.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        highlight = QTextEdit.ExtraSelection()
        highlight.cursor = cursor
        highlight_format = QTextCharFormat()
        highlight_format.setBackground(QColor(style.QUOTE_HIGHLIGHT))
        highlight_format.setForeground(QColor(style.TEXT_COLOR))
        highlight.format = highlight_format
        self.source_text.setExtraSelections([highlight])
        # Put the caret at the quote without selecting it, so the highlight keeps its colour.
        caret = QTextCursor(self.source_text.document())
        caret.setPosition(end)
        self.source_text.setTextCursor(caret)
        caret.setPosition(start)
        self.source_text.setTextCursor(caret)
        self.source_text.centerCursor()

    # -- the passages in the text --------------------------------------------------------------

    def selected_passage(self, source: Source | None) -> tuple[str, int, int] | None:
        """The passage selected in the shown text of ``source``: (source id, start, end) in Python offsets."""
        cursor = self.source_text.textCursor()
        if source is None or not cursor.hasSelection() or not self.source_text.isVisible():
            return None
        shown = self._shown_source if self._shown_source.original == source.text else ReaderText(source.text)
        return source.id, shown.index(cursor.selectionStart()), shown.index(cursor.selectionEnd())

    def _source_text_menu(self, position) -> None:
        menu = self.source_text.createStandardContextMenu(position)
        first = menu.actions()[0] if menu.actions() else None
        for action in self.passage_actions:
            menu.insertAction(first, action)
        if self.passage_actions:
            menu.insertSeparator(first)
        menu.exec(self.source_text.viewport().mapToGlobal(position))
        menu.deleteLater()

    def highlighted_passage(self) -> str:
        """The text currently highlighted as the quote ('' when none), as Qt reports it."""
        selections = self.source_text.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""
