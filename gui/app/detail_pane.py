"""The detail pane: the selected event, and the source text it rests on with the passage highlighted."""

from __future__ import annotations

import html
from urllib.parse import urlparse

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QFont, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.app import style
from gui.app.document_model import DocumentModel
from gui.app.selection import EventSelection
from gui.app.text_offsets import utf16_position
from gui.core.describe import date_words, when_words
from gui.core.model import Event
from gui.core.textquote import find_quote

__all__ = ["DetailPane"]


def _plain_label(text: str = "", *, wrap: bool = True, selectable: bool = True) -> QLabel:
    """A label that shows file text as plain text, never as HTML."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _is_web_url(url: str) -> bool:
    try:
        parsed = urlparse(url)
    except ValueError:
        return False
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


class DetailPane(QDockWidget):
    """Shows the current event of the selection, or a summary of the document when nothing is selected."""

    def __init__(self, model: DocumentModel, selection: EventSelection, parent: QWidget | None = None) -> None:
        super().__init__("Details", parent)
        self.setObjectName("detail_dock")
        self._model = model
        self._selection = selection
        self._event: Event | None = None
        self._evidence_index = 0

        self.stack = QStackedWidget()
        self.setWidget(self.stack)
        self._build_empty_page()
        self._build_event_page()

        model.sig_reset.connect(self._refresh)
        model.sig_changed.connect(self._refresh)
        selection.sig_changed.connect(self._refresh)
        self._refresh()

    # -- construction ------------------------------------------------------------------------

    def _build_empty_page(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 16, 16, 16)
        self.empty_title = _plain_label()
        font = self.empty_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.empty_title.setFont(font)
        self.empty_counts = _plain_label()
        self.empty_description = _plain_label()
        self.empty_description.setStyleSheet(f"color: {style.MUTED_TEXT_COLOR};")
        self.empty_hint = _plain_label(
            "Click an event on the timeline to see its details and the source passage it rests on.\n\n"
            "← / → step through a lane's events in time, ↑ / ↓ move to the next lane, Esc clears.\n"
            "The mouse wheel zooms time; drag to pan; Shift+wheel scrolls lanes.",
            selectable=False,
        )
        self.empty_hint.setStyleSheet(f"color: {style.MUTED_TEXT_COLOR};")
        for widget in (self.empty_title, self.empty_counts, self.empty_description):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.empty_hint)
        layout.addStretch(1)
        self.stack.addWidget(page)

    def _build_event_page(self) -> None:
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)

        facts = QWidget()
        facts_layout = QVBoxLayout(facts)
        facts_layout.setContentsMargins(14, 12, 14, 8)
        facts_layout.setSpacing(6)
        self.title_label = _plain_label()
        title_font = self.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.lane_label = _plain_label()
        self.when_label = _plain_label()
        when_font = self.when_label.font()
        when_font.setBold(True)
        self.when_label.setFont(when_font)
        self.kind_label = _plain_label()
        self.partners_label = _plain_label()
        self.tags_label = _plain_label()
        self.notes_label = _plain_label()
        self.notes_label.setStyleSheet(f"color: {style.MUTED_TEXT_COLOR};")
        for widget in (
            self.title_label,
            self.lane_label,
            self.when_label,
            self.kind_label,
            self.partners_label,
            self.tags_label,
            self.notes_label,
        ):
            facts_layout.addWidget(widget)
        facts_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(facts)
        splitter.addWidget(scroll)

        evidence = QWidget()
        evidence_layout = QVBoxLayout(evidence)
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
        self.previous_button.clicked.connect(lambda: self.show_evidence(self._evidence_index - 1))
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip("Next evidence")
        self.next_button.clicked.connect(lambda: self.show_evidence(self._evidence_index + 1))
        header.addWidget(self.evidence_heading, 1)
        header.addWidget(self.previous_button)
        header.addWidget(self.next_button)
        evidence_layout.addLayout(header)
        self.source_title_label = _plain_label()
        source_font = self.source_title_label.font()
        source_font.setBold(True)
        self.source_title_label.setFont(source_font)
        self.source_meta_label = _plain_label()
        self.source_meta_label.setStyleSheet(f"color: {style.MUTED_TEXT_COLOR};")
        self.link_label = QLabel()
        self.link_label.setTextFormat(Qt.TextFormat.RichText)
        self.link_label.setOpenExternalLinks(False)
        self.link_label.linkActivated.connect(self._open_link)
        self.link_label.setWordWrap(True)
        self.quote_warning = _plain_label(selectable=False)
        self.quote_warning.setStyleSheet("color: #9a3412; background: #ffedd5; padding: 4px; border-radius: 3px;")
        self.source_text = QPlainTextEdit()
        self.source_text.setReadOnly(True)
        self.source_text.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.source_text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.source_text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        text_font = QFont(self.source_text.font())
        text_font.setPointSizeF(text_font.pointSizeF() * 1.05)
        self.source_text.setFont(text_font)
        for widget in (self.source_title_label, self.source_meta_label, self.link_label, self.quote_warning):
            evidence_layout.addWidget(widget)
        evidence_layout.addWidget(self.source_text, 1)
        splitter.addWidget(evidence)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 480])
        self.stack.addWidget(splitter)

    # -- updates ---------------------------------------------------------------------------

    def _refresh(self) -> None:
        event = self._model.event(self._selection.current) if self._selection.current else None
        if event is None:
            self._event = None
            self._show_summary()
            return
        if event is not self._event:
            self._evidence_index = 0
        self._event = event
        self._show_event(event)

    def _show_summary(self) -> None:
        document = self._model.document
        self.empty_title.setText(document.title or self._model.display_name())
        n_events, n_lanes, n_sources = len(document.events), len(document.lanes), len(document.sources)
        self.empty_counts.setText(
            f"{n_events} event{'s' * (n_events != 1)} in {n_lanes} lane{'s' * (n_lanes != 1)}, "
            f"{n_sources} source{'s' * (n_sources != 1)}"
        )
        self.empty_description.setText(document.description)
        self.empty_description.setVisible(bool(document.description))
        self.stack.setCurrentIndex(0)

    def _show_event(self, event: Event) -> None:
        self.title_label.setText(event.title or "(untitled event)")
        lane = self._model.lane(event.lane)
        self.lane_label.setText(f"Lane: {lane.name or lane.id if lane else event.lane}")
        self.when_label.setText(when_words(event))
        self.kind_label.setText(f"{style.kind_label(event.kind)} · {style.status_label(event.status)}")
        self._set_optional(self.partners_label, "Partners: ", ", ".join(event.partners))
        self._set_optional(self.tags_label, "Tags: ", ", ".join(event.tags))
        self._set_optional(self.notes_label, "", event.notes)
        self.stack.setCurrentIndex(1)
        self.show_evidence(self._evidence_index)

    @staticmethod
    def _set_optional(label: QLabel, prefix: str, text: str) -> None:
        label.setText(prefix + text if text else "")
        label.setVisible(bool(text))

    def show_evidence(self, number: int) -> None:
        """Show evidence item ``number`` of the current event (clamped to the ones it has)."""
        event = self._event
        if event is None:
            return
        count = len(event.evidence)
        self.previous_button.setVisible(count > 1)
        self.next_button.setVisible(count > 1)
        if count == 0:
            self.evidence_heading.setText("No evidence")
            for widget in (self.source_title_label, self.source_meta_label, self.link_label):
                widget.setVisible(False)
            self.quote_warning.setText("This event cites no source passage yet.")
            self.quote_warning.setVisible(True)
            self.source_text.setPlainText("")
            self.source_text.setVisible(False)
            return
        self._evidence_index = number = max(0, min(number, count - 1))
        self.previous_button.setEnabled(number > 0)
        self.next_button.setEnabled(number < count - 1)
        evidence = event.evidence[number]
        self.evidence_heading.setText(f"Evidence {number + 1} of {count}" if count > 1 else "Evidence")
        source = self._model.source(evidence.source)
        self.source_text.setVisible(True)
        if source is None:
            for widget in (self.source_title_label, self.source_meta_label, self.link_label):
                widget.setVisible(False)
            self.quote_warning.setText(f"The source “{evidence.source}” is not in this file.\nQuote: {evidence.quote}")
            self.quote_warning.setVisible(True)
            self.source_text.setPlainText("")
            return
        self.source_title_label.setText(source.title or source.id)
        self.source_title_label.setVisible(True)
        meta = [part for part in (source.publisher, date_words(source.published)) if part]
        if source.cites:
            meta.append("citing " + ", ".join(source.cites))
        self.source_meta_label.setText(" · ".join(meta))
        self.source_meta_label.setVisible(bool(meta))
        if _is_web_url(source.url):
            escaped = html.escape(source.url, quote=True)
            self.link_label.setText(f'<a href="{escaped}">{escaped}</a>')
            self.link_label.setVisible(True)
        elif source.url:
            self.link_label.setText(html.escape(source.url))
            self.link_label.setVisible(True)
        else:
            self.link_label.setVisible(False)
        self._show_source_text(source.text, evidence)

    def _show_source_text(self, text: str, evidence) -> None:
        if self.source_text.property("shown_text") != text:
            self.source_text.setPlainText(text)
            self.source_text.setProperty("shown_text", text)
        span = find_quote(text, evidence.quote, evidence.prefix, evidence.suffix)
        if span is None:
            self.quote_warning.setText(f"⚠ The quoted passage was not found in this source:\n“{evidence.quote}”")
            self.quote_warning.setVisible(True)
            self.source_text.setExtraSelections([])
            cursor = self.source_text.textCursor()
            cursor.clearSelection()
            cursor.movePosition(QTextCursor.MoveOperation.Start)
            self.source_text.setTextCursor(cursor)
            return
        self.quote_warning.setVisible(False)
        start, end = utf16_position(text, span[0]), utf16_position(text, span[1])
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

    def highlighted_passage(self) -> str:
        """The text currently highlighted as the quote ('' when none), as Qt reports it."""
        selections = self.source_text.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""

    def _open_link(self, url: str) -> None:
        # Only web links open, and only on a click.
        if _is_web_url(url):
            QDesktopServices.openUrl(QUrl(url))
