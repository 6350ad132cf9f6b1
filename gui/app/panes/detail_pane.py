"""The detail pane: the selected event, and the source text it rests on with the passage highlighted."""

from __future__ import annotations

import html
from urllib.parse import urlparse

import msgspec

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QColor, QDesktopServices, QFont, QTextCharFormat, QTextCursor, QTextOption
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

from gui.app.widgets import style
from gui.app.document.document_model import DocumentModel
from gui.app.document.selection import EventSelection
from gui.app.widgets.bulk_form import BulkForm
from gui.app.widgets.event_form import EventForm
from gui.app.dialogs.evidence_dialog import EvidenceDialog
from gui.app.widgets.plain_text import TEXT_CHARS, display_text
from gui.app.widgets.reader_text import ReaderText
from gui.core.document import edits
from gui.core.document.describe import date_words
from gui.core.document.model import Event
from gui.core.document.textquote import find_quote

__all__ = ["DetailPane", "LinkLabel"]


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


class LinkLabel(QLabel):
    """A source's web address on one line, shortened in the middle when it does not fit; whole in its tooltip.

    A wrapped address is hard to read, and a label that is one line for one source and two for
    the next moves the source text below it up and down as the user clicks through events.
    """

    def __init__(self) -> None:
        super().__init__()
        self._url: str | None = None
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(False)
        # The width is the pane's to give, never the address's to ask for.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def show_link(self, url: str) -> None:
        self._url = url
        self.setWordWrap(False)
        self.setToolTip(f"<span>{html.escape(display_text(url, TEXT_CHARS))}</span>")  # a tag: rich text, so &amp; reads &
        self._fit()

    def show_html(self, text: str) -> None:
        """Any other (escaped) text, wrapped."""
        self._url = None
        self.setWordWrap(True)
        self.setToolTip("")
        self.setText(text)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._url is not None:
            self._fit()

    def _fit(self) -> None:
        url = self._url
        shown = self.fontMetrics().elidedText(
            display_text(url), Qt.TextElideMode.ElideMiddle, max(self.contentsRect().width(), 60)
        )
        self.setText(f'<a href="{html.escape(url, quote=True)}">{html.escape(shown)}</a>')


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
        self.form = EventForm(self._model)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
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
        self.add_evidence_button = QToolButton()
        self.add_evidence_button.setText("Add…")
        self.add_evidence_button.setToolTip("Add a passage this event rests on")
        self.add_evidence_button.clicked.connect(self.add_evidence)
        self.edit_evidence_button = QToolButton()
        self.edit_evidence_button.setText("Edit…")
        self.edit_evidence_button.clicked.connect(self.edit_evidence)
        self.remove_evidence_button = QToolButton()
        self.remove_evidence_button.setText("Remove")
        self.remove_evidence_button.clicked.connect(self.remove_evidence)
        header.addWidget(self.evidence_heading, 1)
        header.addWidget(self.add_evidence_button)
        header.addWidget(self.edit_evidence_button)
        header.addWidget(self.remove_evidence_button)
        header.addWidget(self.previous_button)
        header.addWidget(self.next_button)
        evidence_layout.addLayout(header)
        self.source_title_label = _plain_label()
        source_font = self.source_title_label.font()
        source_font.setBold(True)
        self.source_title_label.setFont(source_font)
        self.source_meta_label = _plain_label()
        self.source_meta_label.setStyleSheet(f"color: {style.MUTED_TEXT_COLOR};")
        self.link_label = LinkLabel()
        self.link_label.linkActivated.connect(self._open_link)
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
        self.confirm_anchor_button.clicked.connect(self.confirm_anchor)
        note_layout.addWidget(self.reanchor_label, 1)
        note_layout.addWidget(self.confirm_anchor_button)
        self.reanchor_note.setVisible(False)
        self.source_text = QPlainTextEdit()
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
            self.quote_warning,
            self.reanchor_note,
        ):
            evidence_layout.addWidget(widget)
        evidence_layout.addWidget(self.source_text, 1)
        splitter.addWidget(evidence)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 420])
        self.stack.addWidget(splitter)
        self.bulk_form = BulkForm(self._model, self._selection)
        bulk_page = QScrollArea()
        bulk_page.setWidgetResizable(True)
        bulk_page.setFrameShape(QFrame.Shape.NoFrame)
        bulk_page.setWidget(self.bulk_form)
        self.stack.addWidget(bulk_page)

    # -- updates ---------------------------------------------------------------------------

    def _refresh(self, _change=None) -> None:
        if len(self._selection) > 1:
            self._event = None
            self.bulk_form.refresh()
            self.stack.setCurrentIndex(2)
            return
        event = self._model.find_event(self._selection.current) if self._selection.current else None
        if event is None:
            self._event = None
            self._show_summary()
            return
        if self._event is None or event.id != self._event.id:
            self._evidence_index = 0
        self._event = event
        self._show_event(event)

    def focus_title(self) -> None:
        """Put the keyboard in the title field of the current event (after New Event)."""
        self.show()
        self.form.focus_title()

    def focus_field(self, name: str) -> None:
        """Put the keyboard in a field of the current event's form (a problem's field)."""
        self.show()
        self.raise_()
        self.form.focus_field(name)

    def _show_summary(self) -> None:
        document = self._model.document
        self.empty_title.setText(display_text(document.title or self._model.display_name()))
        n_events, n_lanes, n_sources = len(document.events), len(document.lanes), len(document.sources)
        self.empty_counts.setText(
            f"{n_events} event{'s' * (n_events != 1)} in {n_lanes} lane{'s' * (n_lanes != 1)}, "
            f"{n_sources} source{'s' * (n_sources != 1)}"
        )
        self.empty_description.setText(display_text(document.description, TEXT_CHARS))
        self.empty_description.setVisible(bool(document.description))
        self.stack.setCurrentIndex(0)

    def _show_event(self, event: Event) -> None:
        self.form.show_event(event)
        self.stack.setCurrentIndex(1)
        self.show_evidence(self._evidence_index)

    def show_evidence(self, number: int) -> None:
        """Show evidence item ``number`` of the current event (clamped to the ones it has)."""
        event = self._event
        if event is None:
            return
        count = len(event.evidence)
        self.previous_button.setVisible(count > 1)
        self.next_button.setVisible(count > 1)
        self.edit_evidence_button.setVisible(count > 0)
        self.remove_evidence_button.setVisible(count > 0)
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
            return
        self.source_title_label.setText(display_text(source.title or source.id))
        self.source_title_label.setVisible(True)
        meta = [part for part in (source.publisher, date_words(source.published)) if part]
        if source.cites:
            meta.append("citing " + ", ".join(source.cites))
        self.source_meta_label.setText(" · ".join(display_text(part) for part in meta))
        self.source_meta_label.setVisible(bool(meta))
        if _is_web_url(source.url):
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

    def selected_passage(self) -> tuple[str, int, int] | None:
        """The passage selected in the shown source text: (source id, start, end) in Python offsets."""
        event = self._event
        cursor = self.source_text.textCursor()
        if event is None or not event.evidence or not cursor.hasSelection() or not self.source_text.isVisible():
            return None
        source = self._model.source(event.evidence[self._evidence_index].source)
        if source is None:
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

    # -- evidence editing ----------------------------------------------------------------------

    def _evidence_dialog(self, evidence=None):
        return EvidenceDialog(self._model.document, evidence, self)

    def add_evidence(self) -> None:
        if self._event is None:
            return
        dialog = self._evidence_dialog()
        if dialog.exec() == EvidenceDialog.DialogCode.Accepted:
            event = self._event
            self._evidence_index = len(event.evidence)
            self._model.push(
                edits.edit_event(
                    self._model.document,
                    event.id,
                    "Add evidence to",
                    hint=self._hint(event),
                    evidence=[*event.evidence, dialog.evidence()],
                )
            )

    def edit_evidence(self) -> None:
        event = self._event
        if event is None or not event.evidence:
            return
        dialog = self._evidence_dialog(event.evidence[self._evidence_index])
        if dialog.exec() == EvidenceDialog.DialogCode.Accepted:
            items = list(event.evidence)
            items[self._evidence_index] = dialog.evidence()
            if items != event.evidence:
                self._model.push(
                    edits.edit_event(
                        self._model.document, event.id, "Edit evidence of", hint=self._hint(event), evidence=items
                    )
                )

    def confirm_anchor(self) -> None:
        """The re-anchored quote is right: clear its mark (one undo step)."""
        event = self._event
        if event is None or not event.evidence or not event.evidence[self._evidence_index].reanchored:
            return
        items = list(event.evidence)
        items[self._evidence_index] = msgspec.structs.replace(items[self._evidence_index], reanchored="")
        self._model.push(
            edits.edit_event(
                self._model.document, event.id, "Confirm the quote of", hint=self._hint(event), evidence=items
            )
        )

    def remove_evidence(self) -> None:
        event = self._event
        if event is None or not event.evidence:
            return
        items = [e for i, e in enumerate(event.evidence) if i != self._evidence_index]
        self._evidence_index = max(0, self._evidence_index - 1)
        self._model.push(
            edits.edit_event(
                self._model.document, event.id, "Remove evidence from", hint=self._hint(event), evidence=items
            )
        )

    def _hint(self, event: Event) -> int:
        """Where the event is in the document, so an edit need not look for it among every event."""
        return self._model.event_index(event.id)

    def _open_link(self, url: str) -> None:
        # Only web links open, and only on a click.
        if _is_web_url(url):
            QDesktopServices.openUrl(QUrl(url))


def create_dock(window, model: DocumentModel, selection: EventSelection) -> DetailPane:
    """The detail pane, docked on the right of ``window`` (a QMainWindow)."""
    pane = DetailPane(model, selection, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, pane)
    return pane
