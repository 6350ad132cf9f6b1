"""TimelineJS date objects ({year, month, day, ...}) read as EDTF dates, and EDTF dates written as them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from gui.core.document.dates import DateError, PartialDate, days_in_month, parse_date
from gui.core.interop.timelinejs_mapping import _MISSING, _json_type, _shown

_TIME_FIELDS = ("hour", "minute", "second", "millisecond")


def _whole_number(value: Any) -> tuple[int | None, bool]:
    """(number, ok): None for absent or empty, ok False for a value that is not a whole number."""
    if value is None:
        return None, True
    if isinstance(value, bool):
        return None, False
    if isinstance(value, int):
        return value, True
    if isinstance(value, float):
        return (int(value), True) if value.is_integer() else (None, False)
    if isinstance(value, str):
        stripped = value.strip()
        if not stripped:
            return None, True
        if re.fullmatch(r"[+-]?[0-9]+", stripped):
            return int(stripped), True
    return None, False


@dataclass
class _DateReading:
    date: PartialDate | None = None  # None: no date (absent or no year)
    year_out_of_range: int | None = None
    time: str = ""  # "09:30" when a time of day was given
    errors: list[tuple[str, tuple]] = field(default_factory=list)  # (message, path suffix)


def _read_date(value: Any, name: str) -> _DateReading:
    """Read a TimelineJS date object (start_date, end_date)."""
    reading = _DateReading()
    if not isinstance(value, dict):
        reading.errors.append((f"{name} must be an object with a year, not {_json_type(value)}", ()))
        return reading
    numbers = {}
    for key in ("year", "month", "day", *_TIME_FIELDS):
        number, ok = _whole_number(value.get(key))
        if not ok:
            reading.errors.append((f"{name}.{key} {_shown(value.get(key))} is not a whole number", (key,)))
        numbers[key] = number
    if reading.errors:
        return reading
    year, month, day = numbers["year"], numbers["month"], numbers["day"]
    if year is None:
        if month is not None or day is not None:
            reading.errors.append((f"{name} has a month or day but no year", ("year",)))
        return reading
    if month is not None and not 1 <= month <= 12:
        reading.errors.append((f"{name}.month {month} is out of range 1-12", ("month",)))
        return reading
    if day is not None:
        if month is None:
            reading.errors.append((f"{name} has a day but no month", ("day",)))
            return reading
        if 0 <= year <= 9999 and not 1 <= day <= days_in_month(year, month):
            reading.errors.append((f"{name}.day {day} is out of range 1-{days_in_month(year, month)}", ("day",)))
            return reading
    if not 0 <= year <= 9999:
        reading.year_out_of_range = year
        return reading
    times = [numbers[key] for key in _TIME_FIELDS]
    if any(t is not None for t in times):
        hour, minute, second, _ = (t or 0 for t in times)
        reading.time = f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if numbers["second"] else "")
    reading.date = PartialDate(year, month or 0, day or 0)
    return reading


def _date_object(text: str) -> dict:
    """An EDTF date as a TimelineJS date object; a qualified date gets a display_date in words."""
    date = parse_date(text)
    value: dict[str, Any] = {"year": date.year}
    if date.month:
        value["month"] = date.month
    if date.day:
        value["day"] = date.day
    if date.is_qualified:
        value["display_date"] = date.words()
    return value


def _imported_start(start_object: Any) -> str | None:
    """The start an import makes of a start_date (None: none it can place)."""
    date = _read_date(start_object, "start_date").date
    return date.edtf() if date is not None else None


def _imported_end(start: str, end_object: Any) -> str | None | object:
    """The end an import makes of an end_date next to ``start`` (None: none); _MISSING when unreadable."""
    reading = _read_date(end_object, "end_date")
    if reading.errors:
        return _MISSING
    if reading.date is None:
        return None  # no year, or a year Inroads cannot place: imported as a point in time
    if _ends_before(reading.date, parse_date(start)):
        return None  # imported as a point in time
    return reading.date.edtf()


def _ends_before(end: PartialDate, start: PartialDate) -> bool:
    precision = min(start.precision, end.precision)
    return end.truncated(precision) < start.truncated(precision)


def _words_of(edtf: str) -> str | None:
    try:
        return parse_date(edtf).words()
    except DateError:
        return None
