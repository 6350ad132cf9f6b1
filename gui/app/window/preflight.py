"""Before Qt starts: is there a screen, and does the platform plugin find the system libraries it needs?

Qt aborts the whole process (exit 134, a core dump) when its platform plugin can't load or can't reach
a display, after printing advice meant for developers. pip can't install system libraries, so a fresh
machine often lacks one (Qt >= 6.5's X11 plugin needs libxcb-cursor0, which desktops rarely have).
This module asks the same questions first, without creating a QApplication, and turns each failure into
one plain message that names the fix. It imports no Qt.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

__all__ = ["preflight", "chosen_platform", "missing_libraries", "PACKAGES"]

#: The shared libraries Qt's xcb plugin and the Qt libraries under it load (their ELF DT_NEEDED entries
#: in PySide6 6.6-6.11), with the package that holds each on Debian/Ubuntu and
#: on Fedora. The plugin's own loader error names the first one missing; this list lets the message
#: name all of them at once, so the user runs one install command, not five.
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
}

#: Platforms that need no screen and no extra system library.
_HEADLESS = {"offscreen", "minimal", "vnc", "linuxfb", "vkkhrdisplay", "eglfs", "minimalegl"}

_MISSING_LIBRARY = re.compile(r"([\w.+-]+\.so(?:\.\d+)*)\s*:\s*cannot open shared object file")

Loader = Callable[[str], object]


def chosen_platform(environ: Mapping[str, str]) -> str:
    """The platform plugin Qt will load: QT_QPA_PLATFORM's first choice, else Qt's default on Linux."""
    requested = environ.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        return re.split(r"[;:]", requested, maxsplit=1)[0].strip().lower()
    if environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY"):
        return "wayland"
    return "xcb"


def _load_library(name: str) -> object:
    return ctypes.CDLL(name, mode=os.RTLD_LAZY | getattr(os, "RTLD_LOCAL", 0))


def missing_libraries(plugin: Path | None, load: Loader = _load_library) -> list[str]:
    """The sonames the xcb plugin needs and the dynamic loader can't find (empty when all load)."""
    missing = []
    for soname in PACKAGES:
        try:
            load(soname)
        except OSError:
            missing.append(soname)
    if plugin is not None and plugin.is_file():
        # The plugin itself says what it lacks, including a library this list doesn't know.
        try:
            load(str(plugin))
        except OSError as error:
            match = _MISSING_LIBRARY.search(str(error))
            if match and match.group(1) not in missing:
                missing.insert(0, match.group(1))
    return missing


def _xcb_plugin() -> Path | None:
    try:
        import importlib.util

        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms" / "libqxcb.so"


def _install_advice(missing: list[str]) -> str:
    debian = sorted({PACKAGES[name][0] for name in missing if name in PACKAGES})
    fedora = sorted({PACKAGES[name][1] for name in missing if name in PACKAGES})
    unknown = [name for name in missing if name not in PACKAGES]
    lines = []
    if debian:
        lines.append(f"  Debian/Ubuntu:  sudo apt install {' '.join(debian)}")
        lines.append(f"  Fedora:         sudo dnf install {' '.join(fedora)}")
    if unknown:
        lines.append(f"  and the package that provides {', '.join(unknown)}")
    return "\n".join(lines)


def _x_display_error(display: str, load: Loader) -> str | None:
    """Why the X server at ``display`` can't be reached, or None when a connection works."""
    try:
        xcb = load("libxcb.so.1")
    except OSError:
        return None  # reported as a missing library
    try:
        xcb.xcb_connect.restype = ctypes.c_void_p
        xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
        xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
        xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
        screen = ctypes.c_int(0)
        connection = xcb.xcb_connect(display.encode(), ctypes.byref(screen))
        failed = xcb.xcb_connection_has_error(connection)
        xcb.xcb_disconnect(connection)
    except AttributeError:
        return None  # not a real libxcb (a test's stand-in): nothing to ask
    return f"cannot connect to the X display {display!r}" if failed else None


def _wayland_socket(environ: Mapping[str, str]) -> Path | None:
    name = environ.get("WAYLAND_DISPLAY", "")
    if not name:
        return None
    path = Path(name)
    if not path.is_absolute():
        path = Path(environ.get("XDG_RUNTIME_DIR", "/nonexistent")) / name
    return path


def preflight(
    environ: Mapping[str, str] | None = None,
    load: Loader = _load_library,
    plugin: Path | None = None,
    platform: str = sys.platform,
) -> str | None:
    """A message saying why a window can't open here and how to fix it, or None when it can."""
    environ = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return None
    chosen = chosen_platform(environ)
    if chosen in _HEADLESS:
        return None
    no_screen = (
        "inroads: there is no screen to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
        "  Start it from a desktop session, or work without a window:\n"
        "  inroads check FILE, inroads convert IN OUT, inroads FILE --screenshot OUT.png"
    )
    if chosen == "wayland":
        socket = _wayland_socket(environ)
        if socket is None:
            return no_screen
        if not socket.exists():
            return f"inroads: the Wayland display {str(socket)!r} is not there. Start it from a desktop session."
        return None
    if chosen != "xcb":
        return None  # a plugin we know nothing about: let Qt speak for it
    display = environ.get("DISPLAY", "")
    if not display:
        return no_screen
    missing = missing_libraries(plugin if plugin is not None else _xcb_plugin(), load)
    if missing:
        return (
            "inroads: the window can't open: Qt's X11 support needs system libraries that are not installed "
            f"({', '.join(missing)}).\n" + _install_advice(missing)
        )
    reason = _x_display_error(display, load)
    if reason:
        return f"inroads: {reason}. Is the desktop session running, and is DISPLAY right?"
    return None
