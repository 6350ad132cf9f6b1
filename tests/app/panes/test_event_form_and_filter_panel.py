"""The event form and the filters dock read vocabularies and counts the layout keeps: they never scan every event."""

from __future__ import annotations

import msgspec
import pytest
from PySide6.QtCore import Qt

from gui.app.document.document_model import DocumentModel
from gui.app.widgets.event_form import EventForm
from gui.core.document import edits
from gui.core.storage.fileformat import read_document
from gui.core.document.model import DEFAULT_KINDS, DEFAULT_STATUSES


class NoScan(list):
    """A list of events that fails the test when something walks through all of it."""

    def __iter__(self):
        raise AssertionError("scanned every event")


@pytest.fixture
def model(sample_path):
    model = DocumentModel()
    document = read_document(sample_path).document
    document.events[0] = msgspec.structs.replace(document.events[0], kind="zz-custom", status="odd")
    model.set_document(document, sample_path)
    return model


def test_the_form_shows_an_event_without_scanning_every_event(qtbot, model):
    form = EventForm(model)
    qtbot.addWidget(form)
    event = model.document.events[3]
    model.document.events = NoScan(model.document.events)
    form.show_event(event)
    kinds = [form.kind_combo.itemText(i) for i in range(form.kind_combo.count())]
    statuses = [form.status_combo.itemText(i) for i in range(form.status_combo.count())]
    assert kinds == [*DEFAULT_KINDS, "zz-custom"] and statuses == [*DEFAULT_STATUSES, "odd"]
    assert form.kind_combo.currentText() == event.kind
    assert form.lane_combo.currentData() == event.lane


def test_the_form_lists_a_kind_added_by_an_edit(qtbot, model):
    form = EventForm(model)
    qtbot.addWidget(form)
    model.push(edits.edit_event(model.document, model.document.events[1].id, kind="aa-new"))
    form.show_event(model.document.events[2])
    kinds = [form.kind_combo.itemText(i) for i in range(form.kind_combo.count())]
    assert kinds == [*DEFAULT_KINDS, "aa-new", "zz-custom"]


def test_a_hidden_filters_dock_costs_no_scan_of_the_events(qtbot, window):
    panel = window.filter_panel
    assert not panel.isVisible()
    events = window.model.document.events
    window.model.document.events = NoScan(events)
    window.view_filter.update(kinds={"retail"}, statuses={"reported"})
    kinds = [panel.kinds.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.kinds.count())]
    assert "retail" in kinds and panel.kinds.item_for("retail").checkState() == Qt.CheckState.Checked
    assert panel.partners.count() == 0  # partners need a scan: left until the dock is shown
    window.model.document.events = events


def test_the_filters_dock_fills_its_partners_when_shown(qtbot, window):
    panel = window.filter_panel
    panel.show()
    partners = {panel.partners.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.partners.count())}
    assert partners == {"AT&T", "Best Buy", "Verizon", ""}  # "" is "No partner"
    before = panel.kinds.item(0)
    window.view_filter.update(query="verizon")  # a keystroke: the lists stay as they are
    assert panel.kinds.item(0) is before


def test_an_empty_partners_field_shows_no_example_that_looks_like_data(qtbot, window):
    """A placeholder "AT&T, Verizon" reads as partners the event has; the hint describes instead."""
    window.selection.select("huawei-europe-china")  # an event with no partners
    form = window.detail_pane.form
    assert form.partners_edit.text() == ""
    known = {p for e in window.model.document.events for p in e.partners} | {"AT&T", "Verizon", "T-Mobile"}
    placeholder = form.partners_edit.placeholderText()
    assert placeholder and not any(name in placeholder for name in known)


def test_the_whole_extent_in_words_is_labelled_when_not_left_under_end(qtbot, model):
    """A bare "2017 (uncertain)" under an empty End read as the end's value (seen in a screenshot)."""
    from PySide6.QtWidgets import QFormLayout

    form = EventForm(model)
    qtbot.addWidget(form)
    form.show_event(model.document.events[3])
    layout = form.layout()
    assert isinstance(layout, QFormLayout)
    assert layout.labelForField(form.when_label).text() == "When"
    assert form.when_label.text()
