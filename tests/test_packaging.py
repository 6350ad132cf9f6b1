"""Packaging: the Linux desktop files validate, the icons are all there, and the PyInstaller
bundle (slow) builds and runs headless.

The validators come from Debian's desktop-file-utils and appstream packages; where they are not
installed (CI cannot apt-get) those tests skip and say so.
"""

from __future__ import annotations

import configparser
import json
import os
import shutil
import struct
import subprocess
import sys
import time
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from gui import __version__
from gui.app.window.main import DESKTOP_FILE_NAME

REPO = Path(__file__).resolve().parent.parent
LINUX = REPO / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{DESKTOP_FILE_NAME}.desktop"
METAINFO_FILE = LINUX / f"{DESKTOP_FILE_NAME}.metainfo.xml"
MIME_FILE = LINUX / f"{DESKTOP_FILE_NAME}.mime.xml"
MIME_TYPE = "application/x-inroads-timeline+json"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
HICOLOR = REPO / "resources" / "icons" / "hicolor"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package {package}: apt-get install {package})")
    return path


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


# -- the .desktop file -----------------------------------------------------------------------


def test_desktop_file_passes_desktop_file_validate():
    validate = _tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([validate, str(DESKTOP_FILE)], check=False, capture_output=True, text=True, timeout=60)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "error:" not in output and "warning:" not in output, output


def test_desktop_file_matches_the_app():
    entry = _desktop_entry()
    # The file name is the app's desktop file name (QGuiApplication.setDesktopFileName), so
    # Wayland compositors and task bars can tie the window to this entry.
    assert DESKTOP_FILE.name == f"{DESKTOP_FILE_NAME}.desktop"
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Inroads"
    assert entry["Exec"] == "inroads %f"
    assert entry["Icon"] == DESKTOP_FILE_NAME
    assert entry["MimeType"].rstrip(";").split(";") == [MIME_TYPE]
    assert "Office" in entry["Categories"].split(";")
    assert entry["Terminal"] == "false"


# -- AppStream metainfo ----------------------------------------------------------------------


def test_metainfo_passes_appstreamcli_validate():
    appstreamcli = _tool("appstreamcli", "appstream")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(METAINFO_FILE)], check=False, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_matches_the_desktop_file_and_the_version():
    root = ET.parse(METAINFO_FILE).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP_FILE_NAME
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.findtext("project_license") == "MIT"
    assert root.find("provides/binary").text == "inroads"
    assert root.find("provides/mediatype").text == MIME_TYPE
    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    releases = [release.get("version") for release in root.iterfind("releases/release")]
    assert version in releases, f"add a <release version=\"{version}\"> to {METAINFO_FILE.name}"


# -- shared-mime-info ------------------------------------------------------------------------


def test_mime_type_is_defined_by_glob_and_magic():
    root = ET.parse(MIME_FILE).getroot()
    (mime_type,) = root.findall(f"{MIME_NS}mime-type")
    assert mime_type.get("type") == MIME_TYPE
    assert mime_type.find(f"{MIME_NS}sub-class-of").get("type") == "application/json"
    assert [g.get("pattern") for g in mime_type.findall(f"{MIME_NS}glob")] == ["*.inroads.json"]
    values = [m.get("value") for m in mime_type.iter(f"{MIME_NS}match")]
    assert '"format": "inroads-timeline"' in values


DETECT = """
import json, sys
from PySide6.QtCore import QCoreApplication, QMimeDatabase
app = QCoreApplication([])
database = QMimeDatabase()
print(json.dumps({name: database.mimeTypeForFile(name).name() for name in sys.argv[1:]}))
"""


def test_mime_database_recognises_timelines(tmp_path, sample_path):
    update = _tool("update-mime-database", "shared-mime-info")
    data_home = tmp_path / "share"
    packages = data_home / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME_FILE, packages)
    subprocess.run([update, str(data_home / "mime")], check=True, capture_output=True, timeout=120)
    named = tmp_path / "copy.inroads.json"
    shutil.copy(sample_path, named)
    unnamed = tmp_path / "timeline-without-extension"
    shutil.copy(sample_path, unnamed)
    other = tmp_path / "other.json"
    other.write_text('{"format": "something-else"}\n', encoding="utf-8")
    # A fresh process: QMimeDatabase reads XDG_DATA_HOME once.
    env = {**os.environ, "XDG_DATA_HOME": str(data_home), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", DETECT, str(named), str(unnamed), str(other)],
        capture_output=True, text=True, env=env, timeout=120, check=True,
    )
    found = json.loads(result.stdout)
    assert found[str(named)] == MIME_TYPE  # by glob
    assert found[str(unnamed)] == MIME_TYPE  # by magic
    assert found[str(other)] == "application/json"


# -- icons -----------------------------------------------------------------------------------


def _png_header(path: Path) -> tuple[int, int, int, int]:
    """(width, height, bit depth, colour type) from a PNG's IHDR chunk."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    length, chunk = struct.unpack(">I4s", data[8:16])
    assert chunk == b"IHDR" and length == 13, path
    width, height, depth, colour_type = struct.unpack(">IIBB", data[16:26])
    return width, height, depth, colour_type


@pytest.mark.parametrize("size", ICON_SIZES)
def test_app_icon_png_at_every_size(size):
    path = HICOLOR / f"{size}x{size}" / "apps" / f"{DESKTOP_FILE_NAME}.png"
    assert path.is_file(), f"{path} missing: run packaging/make_icons.py"
    width, height, depth, colour_type = _png_header(path)
    assert (width, height) == (size, size)
    assert depth == 8 and colour_type == 6  # 8-bit RGBA: the rounded corners are transparent


def test_icon_pngs_decode_and_have_transparent_corners():
    from PySide6.QtGui import QImage

    for size in ICON_SIZES:
        image = QImage(str(HICOLOR / f"{size}x{size}" / "apps" / f"{DESKTOP_FILE_NAME}.png"))
        assert not image.isNull() and image.width() == size
        assert image.pixelColor(0, 0).alpha() == 0
        assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_scalable_icon_is_the_app_svg():
    scalable = HICOLOR / "scalable" / "apps" / f"{DESKTOP_FILE_NAME}.svg"
    assert scalable.read_bytes() == (REPO / "resources" / "icons" / "inroads.svg").read_bytes(), (
        "the hicolor icons are stale: run packaging/make_icons.py"
    )


# -- the PyInstaller bundle ------------------------------------------------------------------


def _bundle_env(home: Path) -> dict[str, str]:
    """No user settings, no Python paths: the bundle must stand on its own."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "QT_", "XDG_", "INROADS_"))
    }
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local" / "share"))
    env.setdefault("LANG", "C.UTF-8")
    return env


def _run(command: list[str], env: dict[str, str], cwd: Path, timeout: float = 120) -> tuple[subprocess.CompletedProcess, float]:
    started = time.perf_counter()
    result = subprocess.run(command, check=False, capture_output=True, text=True, env=env, cwd=cwd, timeout=timeout)
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, f"{command} exited {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result, elapsed


def _processes() -> dict[int, tuple[int, str]]:
    """pid -> (parent pid, command line) of the processes running now (from /proc), zombies left out."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            state, parent = stat.read_text().rsplit(")", 1)[1].split()[:2]
            command = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except (OSError, ValueError, IndexError):
            continue
        if state not in ("Z", "X"):
            found[int(stat.parent.name)] = (int(parent), command)
    return found


def _descendants(pid: int) -> dict[int, str]:
    processes, found, parents = _processes(), {}, {pid}
    while True:
        more = {child: command for child, (parent, command) in processes.items() if parent in parents and child not in found}
        if not more:
            return found
        found.update(more)
        parents = set(more)


def _draft_workers_of_the_running_app(app: Path, env: dict[str, str], cwd: Path) -> list[int]:
    """Start the app, wait for its Draft Events worker processes, kill the app (SIGKILL) and check that every process
    it started ends too. The workers' ids."""
    running = subprocess.Popen([str(app)], env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while not workers and time.monotonic() < deadline and running.poll() is None:
            time.sleep(0.5)
            children = _descendants(running.pid)
            servers = [pid for pid, command in children.items() if "multiprocessing.forkserver" in command]
            workers = [pid for pid, (parent, _) in _processes().items() if parent in servers]
        helpers = _descendants(running.pid)
    finally:
        running.kill()
        _, errors = running.communicate(timeout=30)
    assert "Traceback" not in errors.decode(errors="replace"), errors
    deadline = time.monotonic() + 30
    while set(helpers) & set(_processes()) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not set(helpers) & set(_processes()), "processes the app started outlived it"
    return workers


def _size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="the bundle test is written for Linux (build.sh runs under bash)")
def test_pyinstaller_bundle_builds_and_runs_headless(tmp_path_factory):
    out = tmp_path_factory.mktemp("bundle")
    build_env = {**os.environ, "PYTHON": sys.executable}
    build = subprocess.run(
        ["bash", str(REPO / "packaging" / "build.sh"), str(out)],
        check=False, capture_output=True, text=True, env=build_env, cwd=out, timeout=1800,
    )
    assert build.returncode == 0, build.stdout[-5000:] + build.stderr[-5000:]
    bundle = out / "dist" / "inroads"
    app = bundle / "inroads"
    assert app.is_file() and os.access(app, os.X_OK)

    work = tmp_path_factory.mktemp("run")
    env = _bundle_env(work / "home")

    version, version_seconds = _run([str(app), "--version"], env, work)
    assert version.stdout.strip() == f"inroads {__version__}"

    # The sample, schema and icons are inside the bundle where gui.core.storage.resources looks.
    resources = bundle / "_internal" / "gui" / "resources"
    sample = resources / "sample-huawei-xiaomi-us-carriers.inroads.json"
    assert sample.is_file() and (resources / "inroads-timeline.schema.json").is_file()
    assert (resources / "icons" / "inroads.svg").is_file()
    assert (bundle / "_internal" / "LICENSE").is_file()
    # Every learned model is there: without one the app would quietly fall back to the rules for its field.
    models = sorted(path.name for path in (REPO / "gui" / "core" / "evidence").glob("*.npz"))
    assert len(models) == 4 and all((bundle / "_internal" / "gui" / "core" / "evidence" / name).is_file() for name in models)

    check, _ = _run([str(app), "check", str(sample)], env, work)
    assert ": ok (" in check.stdout

    converted = work / "converted.json"
    _run([str(app), "convert", str(sample), str(converted)], env, work)
    from gui.core.storage.fileformat import read_document

    assert read_document(converted).document == read_document(sample).document

    shot = work / "out.png"
    screenshot_env = {**env, "QT_QPA_PLATFORM": "offscreen"}
    _, screenshot_seconds = _run([str(app), "--screenshot", str(shot)], screenshot_env, work)
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert not image.isNull() and (image.width(), image.height()) == (1440, 900)
    colours = {image.pixel(x, y) for x in range(0, image.width(), 16) for y in range(0, image.height(), 16)}
    assert len(colours) > 20, "the screenshot is blank"

    # Draft Events' workers start in the bundle too (its fork server is the bundle run again, which freeze_support
    # turns into the server, not a second window), and they end with the app, even one killed.
    workers = _draft_workers_of_the_running_app(app, screenshot_env, work)
    assert workers, "no Draft Events worker started"

    # What the spec leaves out stays out.
    internal = bundle / "_internal"
    assert not list(internal.rglob("translations"))
    assert not list(internal.rglob("libqgtk3.so"))
    assert not list(internal.rglob("QtNetwork.*")) and not list(internal.rglob("QtQml.*"))
    size = _size(bundle)
    assert size < 250 * 2**20, f"the bundle grew to {size / 2**20:.0f} MiB"
    print(
        f"\nbundle: {size / 2**20:.0f} MiB; --version in {version_seconds:.2f} s;"
        f" --screenshot in {screenshot_seconds:.2f} s"
    )
