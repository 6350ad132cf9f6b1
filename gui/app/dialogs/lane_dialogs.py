"""Managing lanes: add, rename, recolour, reorder and delete them, each as one undo step.

``LaneManagerDialog`` lists the document's lanes and reads them from the model
on every change; it never keeps a copy of its own. Each change has a plain
method that pushes the edit (``add_lane``, ``rename_lane`` …) and a button
handler that first asks the user (``ask_add`` …) and then calls that method.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gui.app.widgets import style
from gui.app.document.document_model import DocumentModel
from gui.app.widgets.plain_text import display_text, edited_text, editable_text
from gui.core.document import edit_types, edits
from gui.core.document.model import Lane

__all__ = ["LaneManagerDialog", "LaneDeleteDialog", "lane_color", "ask_text"]

_SWATCH = 14
_ID_ROLE = Qt.ItemDataRole.UserRole


def lane_color(lane: Lane) -> QColor:
    """The colour a lane is drawn in (lanes without a valid colour are grey, as on the timeline)."""
    return style.lane_color(lane.color)


def _swatch(color: QColor) -> QIcon:
    pixmap = QPixmap(_SWATCH, _SWATCH)
    pixmap.fill(color)
    return QIcon(pixmap)


def _events(n: int) -> str:
    return f"{n} event{'s' * (n != 1)}"


def _lane_name(lane: Lane) -> str:
    """The lane's name as shown (file text: clipped, bidi controls as marks); never saved back."""
    return display_text(lane.name or lane.id)


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """Ask for one line of text; None when cancelled. Names in ``label`` are shown as plain text."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("text_prompt")
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    for child in dialog.findChildren(QLabel):
        child.setTextFormat(Qt.TextFormat.PlainText)
    dialog.setTextValue(editable_text(text))  # bidi controls shown as marks
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return edited_text(dialog.textValue(), text)  # ``text`` itself, byte for byte, unless edited


class LaneDeleteDialog(QDialog):
    """Asks what happens to the events of a lane being deleted: move them to another lane, or delete them.

    ``move_radio``, ``delete_radio``, ``target_combo`` and ``button_box`` are public so
    tests can click them. After ``exec()`` is accepted, ``move_to()`` gives the chosen
    lane id, or None when the events are to be deleted.
    """

    def __init__(self, lane: Lane, event_count: int, other_lanes: list[Lane], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lane_delete_dialog")
        self.setWindowTitle("Delete lane")
        question = QLabel(
            f"The lane “{_lane_name(lane)}” has {_events(event_count)}. What should happen to "
            f"{'it' if event_count == 1 else 'them'}?"
        )
        question.setTextFormat(Qt.TextFormat.PlainText)
        question.setWordWrap(True)
        self.question = question

        self.move_radio = QRadioButton("Move them to lane:")
        self.target_combo = QComboBox()
        for other in other_lanes:
            self.target_combo.addItem(_swatch(lane_color(other)), _lane_name(other), other.id)
        self.delete_radio = QRadioButton(f"Delete {'it' if event_count == 1 else 'them'} too")
        group = QButtonGroup(self)
        group.addButton(self.move_radio)
        group.addButton(self.delete_radio)

        can_move = bool(other_lanes)
        self.move_radio.setEnabled(can_move)
        self.target_combo.setEnabled(can_move)
        (self.move_radio if can_move else self.delete_radio).setChecked(True)
        self.move_radio.toggled.connect(self.target_combo.setEnabled)

        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText("Delete lane")
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        move_row = QHBoxLayout()
        move_row.addWidget(self.move_radio)
        move_row.addWidget(self.target_combo, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(move_row)
        layout.addWidget(self.delete_radio)
        if not can_move:
            only = QLabel("This is the only lane, so its events cannot be moved.")
            only.setWordWrap(True)
            layout.addWidget(only)
        layout.addWidget(self.button_box)

    def move_to(self) -> str | None:
        """The lane the events go to, or None when they are deleted with the lane."""
        if self.move_radio.isChecked() and self.target_combo.currentIndex() >= 0:
            return self.target_combo.currentData()
        return None


class LaneManagerDialog(QDialog):
    """The lanes of the document, with buttons to add, rename, recolour, reorder and delete them."""

    def __init__(self, model: DocumentModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setObjectName("lane_manager")
        self.setWindowTitle("Lanes")

        self.lane_list = QListWidget()
        self.lane_list.setObjectName("lane_list")
        self.lane_list.currentRowChanged.connect(self._update_buttons)
        self.lane_list.itemDoubleClicked.connect(lambda _item: self.ask_rename())

        self.add_button = QPushButton("Add…")
        self.rename_button = QPushButton("Rename…")
        self.colour_button = QPushButton("Colour…")
        self.aliases_button = QPushButton("Other Names…")
        self.aliases_button.setToolTip(
            "Other names the maker goes by in articles (e.g. “Mi” for Xiaomi): used to pick the lane "
            "of an event made from a passage"
        )
        self.up_button = QPushButton("Move Up")
        self.down_button = QPushButton("Move Down")
        self.delete_button = QPushButton("Delete…")
        self.add_button.clicked.connect(self.ask_add)
        self.rename_button.clicked.connect(self.ask_rename)
        self.colour_button.clicked.connect(self.ask_colour)
        self.aliases_button.clicked.connect(self.ask_aliases)
        self.up_button.clicked.connect(lambda: self._move_current(-1))
        self.down_button.clicked.connect(lambda: self._move_current(+1))
        self.delete_button.clicked.connect(self.ask_delete)
        for button in (self.add_button, self.rename_button, self.colour_button, self.aliases_button,
                       self.up_button, self.down_button, self.delete_button):
            button.setAutoDefault(False)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        buttons = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.colour_button, self.aliases_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.lane_list, 1)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.resize(420, 320)

        model.sig_reset.connect(self.refresh)
        model.sig_changed.connect(self._on_changed)
        self.refresh()

    # -- reading the model ---------------------------------------------------------------------

    def _on_changed(self, change: edit_types.Change | None = None) -> None:
        if change is None or change.lanes or change.event_ids or change.events_reordered:
            self.refresh()

    def refresh(self) -> None:
        """Rebuild the list from the model, keeping the same lane selected."""
        kept = self.selected_lane_id()
        old_row = self.lane_list.currentRow()
        counts = Counter(event.lane for event in self.model.document.events)
        self.lane_list.blockSignals(True)
        self.lane_list.clear()
        for lane in self.model.document.lanes:
            item = QListWidgetItem(_swatch(lane_color(lane)), f"{_lane_name(lane)} — {_events(counts[lane.id])}")
            item.setData(_ID_ROLE, lane.id)
            item.setToolTip(lane.id)
            self.lane_list.addItem(item)
        self.lane_list.blockSignals(False)
        if not self.select_lane(kept) and self.lane_list.count():
            self.lane_list.setCurrentRow(min(max(old_row, 0), self.lane_list.count() - 1))
        self._update_buttons()

    def lane_ids(self) -> list[str]:
        """The lane ids as listed, in order."""
        return [self.lane_list.item(row).data(_ID_ROLE) for row in range(self.lane_list.count())]

    def selected_lane_id(self) -> str | None:
        item = self.lane_list.currentItem()
        return None if item is None else item.data(_ID_ROLE)

    def select_lane(self, lane_id: str | None) -> bool:
        """Select the lane with this id; False when it is not listed."""
        if lane_id is None:
            return False
        for row in range(self.lane_list.count()):
            if self.lane_list.item(row).data(_ID_ROLE) == lane_id:
                self.lane_list.setCurrentRow(row)
                return True
        return False

    def _update_buttons(self, _row: int | None = None) -> None:
        row = self.lane_list.currentRow()
        has = row >= 0
        for button in (self.rename_button, self.colour_button, self.aliases_button, self.delete_button):
            button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.lane_list.count() - 1)

    def _event_count(self, lane_id: str) -> int:
        return sum(1 for event in self.model.document.events if event.lane == lane_id)

    # -- changes (one push each) -----------------------------------------------------------------

    def add_lane(self, name: str, color: str | None = None) -> str | None:
        """Add a lane at the end and select it; returns its id (None for an empty name)."""
        name = name.strip()
        if not name:
            return None
        edit = edits.add_lane(self.model.document, name, color)
        self.model.push(edit)
        self.select_lane(edit.lane.id)
        return edit.lane.id

    def rename_lane(self, lane_id: str, name: str) -> bool:
        """Rename a lane; nothing happens (False) for an empty or unchanged name."""
        lane = self.model.lane(lane_id)
        name = name.strip()
        if lane is None or not name or name == lane.name:
            return False
        self.model.push(edits.edit_lane(self.model.document, lane_id, name=name))
        return True

    def recolour_lane(self, lane_id: str, color: str) -> bool:
        """Give a lane a colour ("#rrggbb"); nothing happens (False) when it already has it."""
        lane = self.model.lane(lane_id)
        new = QColor(color)
        if lane is None or not new.isValid():
            return False
        if lane.color and QColor(lane.color) == new:
            return False
        self.model.push(edits.edit_lane(self.model.document, lane_id, color=new.name()))
        return True

    def set_aliases(self, lane_id: str, aliases: list[str]) -> bool:
        """Set the other names of a lane's maker; nothing happens (False) when they are unchanged."""
        lane = self.model.lane(lane_id)
        aliases = list(dict.fromkeys(name.strip() for name in aliases if name.strip()))
        if lane is None or aliases == lane.aliases:
            return False
        self.model.push(edits.edit_lane(self.model.document, lane_id, aliases=aliases))
        return True

    def move_lane(self, lane_id: str, offset: int) -> bool:
        """Move a lane up (offset < 0) or down; nothing happens (False) at either end."""
        ids = [lane.id for lane in self.model.document.lanes]
        if lane_id not in ids:
            return False
        position = ids.index(lane_id)
        target = min(max(position + offset, 0), len(ids) - 1)
        if target == position:
            return False
        self.model.push(edits.move_lane(self.model.document, lane_id, target))
        self.select_lane(lane_id)
        return True

    def delete_lane(self, lane_id: str, move_to: str | None = None) -> bool:
        """Delete a lane, moving its events to ``move_to`` or deleting them when it is None."""
        if self.model.lane(lane_id) is None or move_to == lane_id:
            return False
        if move_to is not None and self.model.lane(move_to) is None:
            raise ValueError(f"no lane {move_to!r} to move the events to")
        self.model.push(edits.delete_lane(self.model.document, lane_id, move_events_to=move_to))
        return True

    # -- asking the user -----------------------------------------------------------------------

    def ask_add(self) -> None:
        name = ask_text(self, "Add lane", "Name of the new lane:")
        if name is not None:
            self.add_lane(name)

    def ask_rename(self) -> None:
        lane = self.model.lane(self.selected_lane_id() or "")
        if lane is None:
            return
        name = ask_text(self, "Rename lane", f"New name for the lane “{_lane_name(lane)}”:", lane.name)
        if name is not None:
            self.rename_lane(lane.id, name)

    def ask_colour(self) -> None:
        lane = self.model.lane(self.selected_lane_id() or "")
        if lane is None:
            return
        dialog = QColorDialog(lane_color(lane), self)
        dialog.setObjectName("lane_colour_prompt")
        dialog.setWindowTitle(f"Colour of {edits.quoted_title(_lane_name(lane))}")
        dialog.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.recolour_lane(lane.id, dialog.selectedColor().name())

    def ask_aliases(self) -> None:
        lane = self.model.lane(self.selected_lane_id() or "")
        if lane is None:
            return
        text = ask_text(
            self,
            "Other names",
            f"Other names for “{_lane_name(lane)}” in articles, separated by commas:",
            ", ".join(lane.aliases),
        )
        if text is not None:
            self.set_aliases(lane.id, text.split(","))

    def _move_current(self, offset: int) -> None:
        lane_id = self.selected_lane_id()
        if lane_id is not None:
            self.move_lane(lane_id, offset)

    def ask_delete(self) -> None:
        """Delete the selected lane; if it has events, first ask where they go."""
        lane = self.model.lane(self.selected_lane_id() or "")
        if lane is None:
            return
        count = self._event_count(lane.id)
        if count == 0:
            self.delete_lane(lane.id)
            return
        others = [other for other in self.model.document.lanes if other.id != lane.id]
        dialog = LaneDeleteDialog(lane, count, others, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.delete_lane(lane.id, dialog.move_to())
