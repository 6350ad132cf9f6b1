"""Which problems a file may be opened with, for the user to repair in the app ("Open for Repair").

A file whose every value fits the model's types can be opened even when some values break its
rules: a date that is not a date ("2018-13" stays the text it was), an end before its start, an
event in a lane the file does not have, evidence citing a missing source, a colour that is not one.
Each stays as it was, is listed as an error, and the file cannot be saved until they are fixed, so
nothing is lost and nothing invalid is written.

What cannot be opened for repair, because the app could not show it or would lose part of it:
syntax errors, a value of the wrong JSON type or a missing field (the model cannot hold it), a key
repeated in one object (only one of its values could be kept), a file that is not an Inroads
timeline or is a newer one, and empty or repeated ids. Ids are how the app finds an event, a lane
or a source (selection, edits, citations): with two objects under one id, an edit meant for one
could change the other, and the form cannot change an id.
"""

from __future__ import annotations

from collections.abc import Iterable

from gui.core.document.problems import Problem

__all__ = ["REFUSED_FOR_REPAIR", "all_repairable", "repairable"]

_COLLECTIONS = ("events", "lanes", "sources")

#: What the load-error dialog says when a file cannot be opened for repair.
REFUSED_FOR_REPAIR = (
    "It cannot be opened for repair either: a syntax error, a value of the wrong type, a missing field,"
    " a repeated key or a repeated id can only be fixed in a text editor."
)


def repairable(problem: Problem) -> bool:
    """True for an error about one value of one object (not its id) that the form can change."""
    path = problem.path
    return len(path) >= 3 and path[0] in _COLLECTIONS and isinstance(path[1], int) and path[2] != "id"


def all_repairable(errors: Iterable[Problem]) -> bool:
    """True when every error is one the user can repair in the app (and there is at least one)."""
    errors = list(errors)
    return bool(errors) and all(map(repairable, errors))
