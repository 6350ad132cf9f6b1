"""Which files are templates rather than targets: the bundled sample, anything inside the installed
package, and files in folders the user can't write. Such a file opens as an untitled copy, so Save
asks where to put it instead of writing into the installation."""

from __future__ import annotations

import os
from pathlib import Path

from gui.core.storage.resources import resources_dir, sample_path

__all__ = ["copy_label"]


def _package_dir() -> Path:
    import gui

    return Path(gui.__file__).resolve().parent


def _inside(path: Path, directory: Path) -> bool:
    try:
        return path.is_relative_to(directory.resolve())
    except OSError:
        return False


def copy_label(path: Path) -> str | None:
    """"sample", "installed file" or "read-only folder" when ``path`` should open as an untitled copy; else None."""
    resolved = path.resolve()
    if resolved == sample_path().resolve():
        return "sample"
    if _inside(resolved, resources_dir()) or _inside(resolved, _package_dir()):
        return "installed file"
    folder = resolved.parent
    # Saving replaces the file through a temporary file beside it, so the folder must be writable.
    # os.access alone says yes to root everywhere, even on a read-only mount: ask the filesystem too.
    try:
        read_only_mount = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        read_only_mount = False
    if read_only_mount or not os.access(folder, os.W_OK | os.X_OK):
        return "read-only folder"
    return None
