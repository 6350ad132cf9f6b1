"""The same random edit sequences, through the window's QUndoStack: undo all, redo all, byte for byte."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.app.document.document_model import DocumentModel
from gui.core.storage.fileformat import decode_document
from gui.core.storage.fileformat_write import encode_document
from tests.core.document.test_edits import SAMPLE_BYTES, random_edit


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.data())
def test_undo_all_and_redo_all_through_the_undo_stack(qapp, data):
    model = DocumentModel()
    model.set_document(decode_document(SAMPLE_BYTES).document, None)
    original = encode_document(model.document)
    pushed = 0
    for _ in range(data.draw(st.integers(1, 15))):
        edit = random_edit(data, model.document)
        if edit is not None:
            model.push(edit)
            pushed += 1
    final = encode_document(model.document)
    stack = model.undo_stack
    assert stack.count() == pushed
    while stack.canUndo():
        stack.undo()
    assert encode_document(model.document) == original
    assert stack.isClean()
    while stack.canRedo():
        stack.redo()
    assert encode_document(model.document) == final
    # The layout always matches the document it was built from.
    assert model.layout.count == len(model.document.events)
