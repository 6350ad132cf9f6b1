"""Problems found in a file, and the error the loader raises when there are any."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

__all__ = ["Severity", "Problem", "LoadError", "ErrorKind", "MAX_REPORTED", "format_path"]

#: How many problems a report lists before it says "and N more".
MAX_REPORTED = 50

PathPart = str | int


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


class ErrorKind(str, Enum):
    """Why a file did not load: it could not be read at all, or it was read and is invalid."""

    UNREADABLE = "unreadable"
    INVALID = "invalid"


def format_path(path: tuple[PathPart, ...]) -> str:
    """("events", 3, "start") -> "events[3].start"."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a file, with where it is.

    ``where`` names the object in the user's terms (``events[3] (id "huawei-att")``);
    ``path`` is the JSON path of the offending value, used to find its line and column.
    """

    message: str
    where: str = ""
    path: tuple[PathPart, ...] = ()
    severity: Severity = Severity.ERROR
    line: int | None = None
    column: int | None = None

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def located(self, line: int, column: int) -> Problem:
        return replace(self, line=line, column=column)

    def describe(self) -> str:
        """The problem without the file name: 'events[3] (id "x"): start ... is not a date'."""
        return f"{self.where}: {self.message}" if self.where else self.message

    def format(self, filename: str) -> str:
        """One line: 'FILE:LINE:COL: [warning: ]where: message'."""
        location = filename
        if self.line is not None:
            location += f":{self.line}" if self.column is None else f":{self.line}:{self.column}"
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        return f"{location}: {prefix}{self.describe()}"


class LoadError(Exception):
    """A file could not be loaded. Carries every problem found, errors first."""

    def __init__(
        self, filename: str, problems: list[Problem], kind: ErrorKind = ErrorKind.INVALID, repairable: bool = False
    ):
        self.filename = filename
        self.problems = problems
        self.kind = kind
        #: True when the file may be opened for repair (``read_document(path, repair=True)``): every
        #: value fits the model's types, and each error is one the user can fix in the app.
        self.repairable = repairable
        super().__init__(self.report())

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    def report(self, limit: int = MAX_REPORTED) -> str:
        """The problems as lines, at most ``limit`` of them, then a count of the rest."""
        errors = self.errors
        lines = [p.format(self.filename) for p in errors[:limit]]
        if len(errors) > limit:
            lines.append(f"{self.filename}: ... and {len(errors) - limit} more problems")
        return "\n".join(lines)
