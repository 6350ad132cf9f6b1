"""Edit ▸ Suggest Merges…: groups of events that look like the same report, each merged in one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from gui.app.document.document_model import DocumentModel
from gui.app.document.selection import EventSelection
from gui.app.widgets.plain_text import display_text
from gui.core.analysis.same_event import merge_suggestions
from gui.core.document.describe import when_words
from gui.core.document.edits import quoted_title
from gui.core.document.merge import merge_events

__all__ = ["MergeSuggestionsDialog", "group_words"]

_IDS = Qt.ItemDataRole.UserRole


def group_words(model: DocumentModel, ids: list[str]) -> str:
    """ "Huawei: these 3 events look like the same report" and one line per event, its title and when."""
    events = [model.find_event(i) for i in ids]
    lane = model.lane(events[0].lane)
    lane_name = (lane.name or lane.id) if lane else events[0].lane
    lines = [f"{lane_name}: these {len(events)} events look like the same report"]
    lines += [f"    {quoted_title(e.title, 60)}, {when_words(e)}" for e in events]
    return display_text("\n".join(lines))


class MergeSuggestionsDialog(QDialog):
    """Lists the suggested groups (same lane, kind and a partner, dates overlapping); a group is
    selected on the timeline when chosen, and Merge makes it one event, as one undo step."""

    def __init__(self, model: DocumentModel, selection: EventSelection, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Suggested merges")
        self._model, self._selection = model, selection
        self.summary = QLabel()
        self.groups = QListWidget()
        self.groups.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.groups.setWordWrap(True)
        self.groups.setSpacing(4)  # groups apart at a glance
        self.groups.setAlternatingRowColors(True)
        self.groups.currentItemChanged.connect(self._on_current)
        self.merge_button = QPushButton("&Merge")
        self.merge_button.setToolTip("Make these events one event with every evidence item (one undo step)")
        self.merge_button.clicked.connect(self.merge_current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.groups, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)
        model.sig_changed.connect(lambda _change: self.refresh())
        model.sig_reset.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """The suggestions for the document as it is now."""
        found = merge_suggestions(self._model.document.events)
        self.groups.clear()
        for ids in found:
            item = QListWidgetItem(group_words(self._model, ids))
            item.setData(_IDS, ids)
            self.groups.addItem(item)
        self.summary.setText(
            f"{len(found)} group{'s' * (len(found) != 1)} of events in the same lane, of the same kind, "
            "with a partner in common and overlapping dates." if found else "No events look like the same report."
        )
        self.merge_button.setEnabled(False)

    def _on_current(self, item: QListWidgetItem | None, _previous=None) -> None:
        self.merge_button.setEnabled(item is not None)
        if item is not None:
            self._selection.set_ids(item.data(_IDS))

    def merge_current(self) -> None:
        """Merge the chosen group into its first event (one undo step) and select what is left."""
        item = self.groups.currentItem()
        if item is None:
            return
        ids = [i for i in item.data(_IDS) if self._model.find_event(i)]
        if len(ids) < 2:
            return
        edit = merge_events(self._model.document, ids, index=self._model.layout.id_to_index)
        kept = edit.parts[0].new[0].id
        self._selection.clear()
        self._model.push(edit)
        self._selection.set_ids([kept])
