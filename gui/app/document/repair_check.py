"""A document opened for repair: its errors checked again after each edit, and no save while any remains.

The errors come from the file (``LoadResult.errors``). After an edit the whole document is checked
again (``check_document``: about a second at 100,000 events, nothing for the small files that need
repair by hand), but only while errors remain: a document without errors costs nothing. A problem
that is still there keeps its line in the file; the warnings of the load stay as they were.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from gui.app.document.document_model import DocumentModel
from gui.core.document.problems import Problem
from gui.core.document.validate import check_document

__all__ = ["RepairCheck"]


class RepairCheck(QObject):
    """Keeps ``model.warnings``' errors up to date while there are any; ``errors`` says what blocks a save."""

    def __init__(self, model: DocumentModel) -> None:
        super().__init__(model)
        self._model = model
        model.sig_changed.connect(self._on_changed)

    def errors(self) -> list[Problem]:
        """What still stops the document from being saved."""
        return [problem for problem in self._model.warnings if problem.is_error]

    def _on_changed(self, _change=None) -> None:
        before = self.errors()
        if not before:
            return
        known = {(problem.where, problem.message): problem for problem in before}
        errors = [
            known.get((problem.where, problem.message), problem)
            for problem in check_document(self._model.document)
            if problem.is_error
        ]
        if errors != before:
            warnings = [problem for problem in self._model.warnings if not problem.is_error]
            self._model.set_problems(errors + warnings)
