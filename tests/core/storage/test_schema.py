"""The published JSON Schema matches the model and accepts what the loader accepts."""

from __future__ import annotations

import json

import jsonschema
import pytest

from gui.core.storage.resources import schema_path
from gui.core.storage.schema import schema_text


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_published_schema_is_the_generated_one():
    assert schema_path().read_text(encoding="utf-8") == schema_text(), (
        "regenerate: python -m gui.core.storage.schema > resources/inroads-timeline.schema.json"
    )


def test_sample_validates(validator, sample_path):
    validator.validate(json.loads(sample_path.read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("events", 0, "start"), "2018-13"),
        (("events", 0, "end"), "soon"),
        (("lanes", 0, "color"), "red"),
        (("format",), "other"),
        (("version",), 2),
    ],
)
def test_schema_rejects_what_the_loader_rejects(validator, sample_path, path, value):
    document = json.loads(sample_path.read_text(encoding="utf-8"))
    target = document
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    assert not validator.is_valid(document)


def test_schema_allows_unknown_keys_and_ongoing_ends(validator, sample_path):
    document = json.loads(sample_path.read_text(encoding="utf-8"))
    document["x_mine"] = 1
    document["events"][0]["end"] = ".."
    document["events"][0]["x_confidence"] = 0.5
    validator.validate(document)
