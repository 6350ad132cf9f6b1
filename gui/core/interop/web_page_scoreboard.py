"""The web page's scoreboard: where each maker stands, by stage and by partner, as plain table data.

Each table is its column titles and, per maker, its cells: None where the maker has no event, else the
headline event's place in the page's event list and the cell in words (its date in words, status,
partners and independent-source count, as the app's scoreboard export says them). The page inserts
every word as text.
"""

from __future__ import annotations

from typing import Any

from gui.core.analysis.scoreboard import Scoreboard, by_partner, by_stage
from gui.core.analysis.scoreboard_text import cell_words, column_title
from gui.core.document.model import Document, Event

__all__ = ["scoreboard_tables"]


def _table(board: Scoreboard, place: dict[str, int]) -> dict[str, Any]:
    rows = []
    for lane, name in board.rows:
        cells: list[list[Any] | None] = []
        for column in board.columns:
            cell = board.cell(lane, column)
            cells.append(None if cell is None else [place[cell.headline], cell_words(cell, board.by)])
        if any(cells):
            rows.append({"name": name, "cells": cells})
    return {"by": board.by, "columns": [column_title(column) for column in board.columns], "rows": rows}


def scoreboard_tables(document: Document, events: list[Event], place: dict[str, int]) -> list[dict[str, Any]]:
    """The tables by stage and, if any event names a partner, by partner, of ``events`` (those on the page);
    ``place`` gives each event id's index in the page's event list."""
    if not events:
        return []
    tables = [_table(by_stage(document, events), place)]
    partners = by_partner(document, events)
    if partners.columns:
        tables.append(_table(partners, place))
    return tables
