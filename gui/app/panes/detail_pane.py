"""The detail pane: the selected event, and the source text it rests on with the passage highlighted."""

from __future__ import annotations

import msgspec

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.app.widgets import style
from gui.app.document.document_model import DocumentModel
from gui.app.document.selection import EventSelection
from gui.app.widgets.after_first_frame import AfterFirstFrame
from gui.app.widgets.bulk_form import BulkForm
from gui.app.widgets.event_form import EventForm
from gui.app.panes.evidence_view import EvidenceView
from gui.app.panes.link_label import is_web_url as _is_web_url
from gui.app.widgets.plain_text import TEXT_CHARS, display_text
from gui.core.document import edits
from gui.core.document.model import Event

__all__ = ["DetailPane"]

#: The event and bulk pages' widgets, built when first asked for (see DetailPane.__getattr__).
_EVENT_PAGE_NAMES = frozenset(
    (
        "form evidence bulk_form evidence_heading previous_button next_button add_evidence_button "
        "edit_evidence_button remove_evidence_button source_title_label source_meta_label link_label "
        "quote_warning reanchor_note reanchor_label confirm_anchor_button source_text"
    ).split()
)


def _plain_label(text: str = "", *, wrap: bool = True, selectable: bool = True) -> QLabel:
    """A label that shows file text as plain text, never as HTML."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DetailPane(QDockWidget):
    """Shows the current event of the selection, or a summary of the document when nothing is selected.

    Three pages: the document's summary, the event (its form above, its evidence below, see
    EvidenceView), and the bulk form for a selection of several events. The evidence's
    commands (add, edit, remove, confirm a re-anchored quote) are the pane's, one undo step each.
    """

    sig_show_source = Signal(str)
    """"Show in Sources": the id of the source of the evidence shown."""
    sig_passage_selection_changed = Signal()
    """The selection in the shown source text changed (the event page may not be built yet)."""

    def __init__(self, model: DocumentModel, selection: EventSelection, parent: QWidget | None = None) -> None:
        super().__init__("Details", parent)
        self.setObjectName("detail_dock")
        self._model = model
        self._selection = selection
        self._event: Event | None = None
        self._evidence_index = 0
        self._passage_actions: list[QAction] = []
        self._event_page_built = False

        self.stack = QStackedWidget()
        self.setWidget(self.stack)
        self._build_empty_page()
        # The first frame shows the summary: the event and bulk pages are built after it (or when first needed).
        AfterFirstFrame(self, self._build_event_page)

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

    def __getattr__(self, name: str):
        # Only names not found otherwise: the event page's widgets before it is built.
        if name in _EVENT_PAGE_NAMES and not self.__dict__.get("_event_page_built", True):
            self._build_event_page()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _build_event_page(self) -> None:
        if self._event_page_built:
            return
        self._event_page_built = True
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        self.form = EventForm(self._model)
        self.evidence = evidence = EvidenceView(self._model)
        # The event's disagreements (any number of lines) head its form, above the splitter's handle: there
        # they take room from the form (which scrolls) when they come and go, never move the source text (#22).
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.setSpacing(0)
        disagreement_row = QVBoxLayout()
        disagreement_row.setContentsMargins(14, 8, 14, 0)  # the form's margins
        disagreement_row.addWidget(evidence.disagreement_label)
        upper_layout.addLayout(disagreement_row)
        upper_layout.addWidget(scroll, 1)
        splitter.addWidget(upper)
        # Both halves paint their own background: a click's changed lines then repaint from the half they are
        # in, not from the window down through the dock, its pages and the splitter (#22).
        upper.setAutoFillBackground(True)
        evidence.setAutoFillBackground(True)

        evidence.previous_button.clicked.connect(lambda: self.show_evidence(self._evidence_index - 1))
        evidence.next_button.clicked.connect(lambda: self.show_evidence(self._evidence_index + 1))
        evidence.add_evidence_button.clicked.connect(self.add_evidence)
        evidence.edit_evidence_button.clicked.connect(self.edit_evidence)
        evidence.remove_evidence_button.clicked.connect(self.remove_evidence)
        evidence.confirm_anchor_button.clicked.connect(self.confirm_anchor)
        evidence.link_label.linkActivated.connect(self._open_link)
        evidence.show_in_sources_button.clicked.connect(self._show_in_sources)
        # The evidence view's widgets, by the names the window and the tests know them by.
        self.evidence_heading = evidence.evidence_heading
        self.previous_button, self.next_button = evidence.previous_button, evidence.next_button
        self.add_evidence_button = evidence.add_evidence_button
        self.edit_evidence_button = evidence.edit_evidence_button
        self.remove_evidence_button = evidence.remove_evidence_button
        self.source_title_label, self.source_meta_label = evidence.source_title_label, evidence.source_meta_label
        self.link_label, self.quote_warning = evidence.link_label, evidence.quote_warning
        self.reanchor_note, self.reanchor_label = evidence.reanchor_note, evidence.reanchor_label
        self.confirm_anchor_button = evidence.confirm_anchor_button
        self.source_text = evidence.source_text
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
        evidence.passage_actions = self._passage_actions
        self.source_text.selectionChanged.connect(self.sig_passage_selection_changed)

    @property
    def passage_actions(self) -> list[QAction]:
        """Actions offered on a selected passage (New Event from Selection …), set by the window."""
        return self._passage_actions

    @passage_actions.setter
    def passage_actions(self, actions: list[QAction]) -> None:
        self._passage_actions = actions
        if self._event_page_built:
            self.evidence.passage_actions = actions

    # -- updates ---------------------------------------------------------------------------

    def _refresh(self, _change=None) -> None:
        if len(self._selection) > 1 or self._selection.current:
            self._build_event_page()
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
        if self._event is not None:
            self._evidence_index = self.evidence.show_item(self._event, number)

    def selected_passage(self) -> tuple[str, int, int] | None:
        """The passage selected in the shown source text: (source id, start, end) in Python offsets."""
        event = self._event
        if event is None or not event.evidence:
            return None
        return self.evidence.selected_passage(self._model.source(event.evidence[self._evidence_index].source))

    def highlighted_passage(self) -> str:
        """The text currently highlighted as the quote ('' when none), as Qt reports it."""
        return self.evidence.highlighted_passage() if self._event_page_built else ""

    # -- evidence editing ----------------------------------------------------------------------

    def _evidence_dialog(self, evidence=None):
        from gui.app.dialogs.evidence_dialog import EvidenceDialog  # imported when first opened

        return EvidenceDialog(self._model.document, evidence, self)

    def add_evidence(self) -> None:
        if self._event is None:
            return
        dialog = self._evidence_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
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
        if dialog.exec() == QDialog.DialogCode.Accepted:
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

    def _show_in_sources(self) -> None:
        event = self._event
        if event is not None and event.evidence:
            self.sig_show_source.emit(event.evidence[self._evidence_index].source)

    def _open_link(self, url: str) -> None:
        # Only web links open, and only on a click.
        if _is_web_url(url):
            QDesktopServices.openUrl(QUrl(url))


def create_dock(window, model: DocumentModel, selection: EventSelection) -> DetailPane:
    """The detail pane, docked on the right of ``window`` (a QMainWindow)."""
    pane = DetailPane(model, selection, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, pane)
    return pane
