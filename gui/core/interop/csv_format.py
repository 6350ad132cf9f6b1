"""CSV import (and, from ``csv_export``, export): one row per event, for spreadsheets.

Import reads what ``csv_export`` writes (UTF-8, a header row, quoted cells),
with or without the byte-order mark, and with ``,``, ``;`` or tab between cells (Excel in many
locales saves with ``;``).

Import never changes a document by itself: ``plan_csv_import`` reads the rows
against a document and returns a ``CsvImportPlan`` with every problem (each
with the physical line of its row) and warning, and ``plan.edit()``, one
reversible edit for the rows that can be imported. The caller shows the report
and then applies the edit, or not. The mapping is in docs/import-export.md.

This module is the public API. The steps are modules of their own: ``csv_reader`` (the file's text, its
separator, its header and its rows one at a time) and ``csv_planner`` (the CSV planner and its plan).
"""

from __future__ import annotations

import copy

from gui.core.document.model import Document, new_document
from gui.core.document.problems import LoadError
from gui.core.document.validate import check_document
from gui.core.interop.csv_export import encode_csv
from gui.core.interop.csv_planner import CsvImportPlan, _Planner
from gui.core.interop.csv_reader import _decode_text, _records
from gui.core.storage.fileformat import LoadResult

__all__ = [
    "encode_csv",
    "plan_csv_import",
    "import_csv_into",
    "decode_csv",
]


def plan_csv_import(document: Document, data: bytes, filename: str = "<data>") -> CsvImportPlan:
    """Read CSV rows against ``document`` and plan their import; the document is not changed.

    Raises LoadError when the file as a whole cannot be used (not UTF-8 text,
    no header row, no known columns, a quote never closed); row problems are in
    the plan.
    """
    text = _decode_text(data, filename)
    records = _records(text, filename)
    return _Planner(document, filename).run(records)


def import_csv_into(
    document: Document, data: bytes, filename: str = "<data>", *, allow_partial: bool = False
) -> CsvImportPlan:
    """Plan and apply a CSV import in one go (for scripts and the command line).

    With any row problem nothing is applied and LoadError is raised with all the
    problems and warnings, unless ``allow_partial``: then the good rows are applied.
    """
    plan = plan_csv_import(document, data, filename)
    if plan.problems and not allow_partial:
        raise LoadError(filename, [*plan.problems, *plan.warnings])
    plan.edit().apply(document)
    return plan


def decode_csv(data: bytes, filename: str = "<data>", base: Document | None = None) -> LoadResult:
    """A document from CSV rows: a new empty timeline, or a copy of ``base``, with the rows imported.

    Raises LoadError listing every problem when any row cannot be imported.
    """
    document = copy.deepcopy(base) if base is not None else new_document()
    plan = import_csv_into(document, data, filename)
    errors = [p for p in check_document(document) if p.is_error]
    if errors:  # the planner checks every row, so this means a bug; never return an invalid document
        raise LoadError(filename, errors)
    return LoadResult(document, list(plan.warnings))
