"""The JSON Schema of the file format, generated from the model.

The published copy lives in ``resources/inroads-timeline.schema.json``; a test
checks that it matches what this module generates, so the two never drift.
Regenerate it with ``python -m gui.core.storage.schema > resources/inroads-timeline.schema.json``.
"""

from __future__ import annotations

import json
from typing import Any

import msgspec

from gui.core.document.dates import DATE_PATTERN
from gui.core.document.model import EXTRA_FIELD, FORMAT_NAME, FORMAT_VERSION, ONGOING, Document, Evidence, Event, Lane, Source
from gui.core.document.validate import COLOR_PATTERN

__all__ = ["json_schema", "schema_text"]

SCHEMA_ID = "https://inroads.invalid/schema/inroads-timeline-v1.schema.json"

_DATE_FIELDS = {"Event": ("start",), "Source": ("published", "accessed")}


def json_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) that editors can use to validate timeline files."""
    schema = msgspec.json.schema(Document)
    extra_name = next(f.encode_name for f in msgspec.structs.fields(Lane) if f.name == EXTRA_FIELD)
    definitions = schema["$defs"]
    for struct in (Document, Lane, Source, Evidence, Event):
        definition = definitions[struct.__name__]
        definition["properties"].pop(extra_name, None)
        # Unknown keys are allowed and kept on save: users and scripts add their own.
        definition["additionalProperties"] = True
    date = {"type": "string", "pattern": DATE_PATTERN}
    for name, fields in _DATE_FIELDS.items():
        for field in fields:
            definitions[name]["properties"][field].pop("type", None)
            definitions[name]["properties"][field].pop("anyOf", None)
            definitions[name]["properties"][field]["anyOf"] = [date] if field == "start" else [date, {"type": "null"}]
    end = definitions["Event"]["properties"]["end"]
    end.pop("anyOf", None)
    end["anyOf"] = [date, {"const": ONGOING}, {"type": "null"}]
    color = definitions["Lane"]["properties"]["color"]
    color.pop("anyOf", None)
    color["anyOf"] = [{"type": "string", "pattern": COLOR_PATTERN}, {"type": "null"}]
    document = definitions["Document"]
    document["properties"]["format"]["const"] = FORMAT_NAME
    document["properties"]["version"]["const"] = FORMAT_VERSION
    document["required"] = ["format", "version"]
    for struct in (Lane, Source, Evidence, Event):
        for field in ("id",):
            if field in definitions[struct.__name__]["properties"]:
                definitions[struct.__name__]["properties"][field]["minLength"] = 1
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Inroads timeline",
        "description": "An Inroads timeline file (format version 1). See docs/format.md.",
        **schema,
    }


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    print(schema_text(), end="")
