"""The scoreboard as text: Markdown and CSV tables, one row per maker."""

from __future__ import annotations

import csv
import io

from gui.core.analysis.scoreboard import Cell, Scoreboard
from gui.core.document.describe import status_label

__all__ = ["cell_words", "to_markdown", "to_csv", "column_title"]


def column_title(column: str) -> str:
    """ "carrier-talks" -> "Carrier talks"; partner names stay as written."""
    return column.replace("-", " ").capitalize() if column == column.lower() and " " not in column else column


def cell_words(cell: Cell | None, by: str = "stage") -> str:
    """ "c. March 2018, confirmed, AT&T, 2 sources"; a partner cell leads with its stage; "" for none."""
    if cell is None:
        return ""
    parts = [column_title(cell.kind)] if by == "partner" else []
    parts += [cell.when, status_label(cell.status).lower()]  # "rumoured", as the legend writes it
    if by == "stage" and cell.partners:
        parts.append(" & ".join(cell.partners))
    parts.append(f"{cell.sources} source{'s' if cell.sources != 1 else ''}")
    if len(cell.event_ids) > 1:
        parts.append(f"{len(cell.event_ids)} events")
    return ", ".join(part for part in parts if part)


def _table(board: Scoreboard) -> list[list[str]]:
    header = ["Maker", *(column_title(c) for c in board.columns)]
    rows = [[name, *(cell_words(board.cell(lane, c), board.by) for c in board.columns)] for lane, name in board.rows]
    return [header, *rows]


def _md(text: str) -> str:
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text)


def to_markdown(board: Scoreboard) -> str:
    """A Markdown (GitHub) table."""
    header, *rows = _table(board)
    lines = ["| " + " | ".join(map(_md, header)) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(map(_md, row)) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def to_csv(board: Scoreboard) -> str:
    """CSV text, one row per maker."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(_table(board))
    return out.getvalue()
