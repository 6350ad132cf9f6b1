"""The bundled sample, installed files and files in read-only folders are templates, never targets."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gui.core.storage.locations import copy_label
from gui.core.storage.resources import resources_dir, sample_path


def test_the_bundled_sample_is_a_template():
    assert copy_label(sample_path()) == "sample"


def test_other_bundled_and_package_files_are_templates():
    assert copy_label(resources_dir() / "inroads-timeline.schema.json") in {"installed file", "sample"}
    import gui

    assert copy_label(Path(gui.__file__).parent / "anything.json") == "installed file"


def test_a_file_of_the_users_is_a_target(tmp_path):
    path = tmp_path / "mine.json"
    shutil.copy(sample_path(), path)
    assert copy_label(path) is None


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write into any folder")
def test_a_file_in_a_folder_the_user_cannot_write_is_a_template(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "theirs.json"
    shutil.copy(sample_path(), path)
    folder.chmod(0o555)
    try:
        assert copy_label(path) == "read-only folder"
    finally:
        folder.chmod(0o755)


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or os.geteuid() != 0 or shutil.which("unshare") is None,
    reason="a read-only mount needs root and a private mount namespace",
)
def test_a_file_on_a_read_only_mount_is_a_template_even_for_root(tmp_path):
    folder = tmp_path / "mounted"
    folder.mkdir()
    shutil.copy(sample_path(), folder / "theirs.json")
    script = (
        f"mount --bind {folder} {folder} && mount -o remount,ro,bind {folder} && "
        f"exec {sys.executable} -c 'from pathlib import Path; from gui.core.storage.locations import copy_label; "
        f"print(copy_label(Path(\"{folder / 'theirs.json'}\")))'"
    )
    result = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=60,
                            cwd=Path(__file__).resolve().parents[3])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "read-only folder"
