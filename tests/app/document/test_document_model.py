"""The document model builds the layout once per open, and updates it in place for edits of a few events."""

from __future__ import annotations

import dataclasses

import numpy as np

from gui.app.document.document_model import DocumentModel
from gui.core.document import edits
from gui.core.storage.fileformat import read_document
from gui.core.view.layout_builder import build_layout


def _same_layout(a, b) -> bool:
    for f in dataclasses.fields(a):
        if f.name.startswith("_"):
            continue
        x, y = getattr(a, f.name), getattr(b, f.name)
        if isinstance(x, np.ndarray):
            if x.dtype != y.dtype or not np.array_equal(x, y):
                return False
        elif x != y:
            return False
    return True


def _count_builds(monkeypatch) -> list:
    import gui.app.document.document_model as module

    calls = []
    real = module.build_layout

    def counting(*args, **kwargs):
        calls.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "build_layout", counting)
    return calls


def test_asking_for_the_view_already_shown_rebuilds_nothing(qtbot, sample_path, monkeypatch):
    model = DocumentModel()
    model.set_document(read_document(sample_path).document, sample_path)
    builds = _count_builds(monkeypatch)
    with qtbot.assertNotEmitted(model.sig_layout_changed):
        model.set_view(lanes_by="manufacturer", hidden_lanes=())
    assert builds == []
    with qtbot.waitSignal(model.sig_layout_changed):
        model.set_view(lanes_by="partner")
    assert len(builds) == 1 and model.layout.lanes_by == "partner"


def test_a_document_opens_in_the_view_asked_for_with_one_build(qtbot, sample_path, monkeypatch):
    model = DocumentModel()
    builds = _count_builds(monkeypatch)
    model.set_document(read_document(sample_path).document, sample_path, lanes_by="kind", hidden_lanes={"launch"})
    model.set_view(lanes_by="kind", hidden_lanes={"launch"})  # what restoring the saved view then asks: nothing to do
    assert len(builds) == 1
    assert model.layout.lanes_by == "kind" and "launch" not in model.layout.lane_ids


def test_editing_one_event_updates_the_layout_in_place(qtbot, sample_path, monkeypatch):
    model = DocumentModel()
    model.set_document(read_document(sample_path).document, sample_path)
    layout = model.layout
    builds = _count_builds(monkeypatch)
    with qtbot.waitSignals([model.sig_changed, model.sig_layout_changed]):
        model.push(edits.edit_event(model.document, "huawei-best-buy", title="Renamed", status="confirmed"))
    model.push(edits.edit_event(model.document, "huawei-best-buy", "Move", lane="xiaomi", start="2016-05"))
    model.undo_stack.undo()
    assert builds == [] and model.layout is layout
    assert _same_layout(model.layout, build_layout(model.document, today=layout.today))
    # A kind no event had before changes the vocabulary: a full build.
    model.push(edits.edit_event(model.document, "huawei-best-buy", kind="brand-new-kind"))
    assert len(builds) == 1 and "brand-new-kind" in model.layout.kinds
    model.undo_stack.undo()
    assert "brand-new-kind" not in model.layout.kinds


def test_a_source_edit_keeps_the_layout(qtbot, sample_path, monkeypatch):
    model = DocumentModel()
    model.set_document(read_document(sample_path).document, sample_path)
    builds = _count_builds(monkeypatch)
    source = model.document.sources[0]
    model.push(edits.edit_source(model.document, source.id, title="Retitled"))
    assert builds == []
    assert model.source(source.id).title == "Retitled"


def test_adding_duplicating_and_deleting_events_updates_the_layout_in_place(qtbot, sample_path, monkeypatch):
    model = DocumentModel()
    model.set_document(read_document(sample_path).document, sample_path, lanes_by="partner")
    layout = model.layout
    builds = _count_builds(monkeypatch)
    model.push(
        edits.add_events(
            model.document, [{"lane": "xiaomi", "title": "Added", "start": "2017-04", "partners": ["AT&T"]}]
        )
    )
    model.push(edits.duplicate_events(model.document, ["huawei-best-buy"]))
    model.push(edits.delete_events(model.document, [model.document.events[2].id, model.document.events[5].id]))
    assert builds == [] and model.layout is layout
    assert model.event_index("added") == len(model.document.events) - 1
    assert _same_layout(model.layout, build_layout(model.document, today=layout.today, lanes_by="partner"))
    for _ in range(3):
        model.undo_stack.undo()
        assert _same_layout(model.layout, build_layout(model.document, today=layout.today, lanes_by="partner"))
    assert builds == [] and model.layout is layout
