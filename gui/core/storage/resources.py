"""Where the bundled resources (sample timeline, schema, icons) are.

In a wheel they are installed inside the package as ``gui/resources``; in a
source checkout or an editable install they are the top-level ``resources/``;
in a PyInstaller bundle the spec puts them inside the package too, at gui/resources.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

__all__ = ["resources_dir", "resource_path", "sample_path", "schema_path"]

SAMPLE_NAME = "sample-huawei-xiaomi-us-carriers.inroads.json"
SCHEMA_NAME = "inroads-timeline.schema.json"


@cache
def resources_dir() -> Path:
    """The directory that holds the bundled resources."""
    package_dir = Path(str(resources.files("gui")))
    for candidate in (package_dir / "resources", package_dir.parent / "resources"):
        if (candidate / SAMPLE_NAME).is_file():
            return candidate
    raise FileNotFoundError(f"Inroads resources not found next to {package_dir}")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def sample_path() -> Path:
    """The bundled sample timeline, built from the seed article."""
    return resource_path(SAMPLE_NAME)


def schema_path() -> Path:
    """The published JSON Schema of the file format."""
    return resource_path(SCHEMA_NAME)
