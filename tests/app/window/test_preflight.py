"""Before Qt starts, a missing screen or system library is one plain message and exit 1, never an abort."""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gui.app.window.preflight import PACKAGES, chosen_platform, preflight

TIMEOUT = 60


def _env_without_screen() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    env.pop("XDG_SESSION_TYPE", None)
    return env


def _run_inroads(env: dict[str, str], cwd: Path, prefix: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    command = [*(prefix or []), sys.executable, "-m", "gui"]
    return subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT)


def test_no_display_is_one_message_and_exit_1(tmp_path: Path) -> None:
    result = _run_inroads(_env_without_screen(), tmp_path)
    assert result.returncode == 1, result.stderr
    assert "there is no screen to open a window on" in result.stderr
    assert "inroads check FILE" in result.stderr
    assert "Aborted" not in result.stderr and "qt.qpa" not in result.stderr


def _can_hide_libraries() -> bool:
    return sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("unshare") is not None


@pytest.mark.skipif(not _can_hide_libraries(), reason="hiding a library needs root and unshare (a private mount namespace)")
def test_a_missing_xcb_cursor_library_names_the_packages_to_install(tmp_path: Path) -> None:
    candidates = [Path("/usr/lib/x86_64-linux-gnu/libxcb-cursor.so.0"), Path("/lib/x86_64-linux-gnu/libxcb-cursor.so.0"),
                  Path("/usr/lib64/libxcb-cursor.so.0"), Path("/usr/lib/libxcb-cursor.so.0")]
    present = [path for path in candidates if path.exists()]
    env = _env_without_screen()
    env["DISPLAY"] = ":77"  # a display that is set (the library check comes first)
    if present:
        # The library is installed: hide it in a private mount namespace, as a fresh machine lacks it.
        mounts = " && ".join(f"mount --bind /dev/null {path}" for path in present)
        script = f"{mounts} && exec {sys.executable} -m gui"
        result = subprocess.run(["unshare", "-m", "sh", "-c", script], env=env, cwd=tmp_path,
                                capture_output=True, text=True, timeout=TIMEOUT)
    else:
        result = _run_inroads(env, tmp_path)  # missing for real
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert "libxcb-cursor.so.0" in result.stderr
    assert "sudo apt install" in result.stderr and "libxcb-cursor0" in result.stderr
    assert "sudo dnf install" in result.stderr and "xcb-util-cursor" in result.stderr
    assert "Aborted" not in result.stderr and "core dumped" not in result.stderr


def _loader(missing: set[str]):
    def load(name: str) -> object:
        if Path(name).name in missing:
            raise OSError(f"{name}: cannot open shared object file: No such file or directory")
        return object()

    return load


def test_every_missing_library_is_named_once_with_its_debian_and_fedora_package() -> None:
    message = preflight({"DISPLAY": ":0"}, load=_loader({"libxcb-cursor.so.0", "libxkbcommon-x11.so.0"}),
                        plugin=None, platform="linux")
    assert message is not None
    assert "libxcb-cursor.so.0, libxkbcommon-x11.so.0" in message
    assert "sudo apt install libxcb-cursor0 libxkbcommon-x11-0" in message
    assert "sudo dnf install libxkbcommon-x11 xcb-util-cursor" in message


def test_the_plugins_own_loader_error_names_a_library_the_list_does_not_know(tmp_path: Path) -> None:
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")

    def load(name: str) -> object:
        if name == str(plugin):
            raise OSError("libxcb-newthing.so.9: cannot open shared object file: No such file or directory")
        return object()

    message = preflight({"DISPLAY": ":0"}, load=load, plugin=plugin, platform="linux")
    assert message is not None and "libxcb-newthing.so.9" in message
    assert "the package that provides libxcb-newthing.so.9" in message


def test_all_libraries_present_and_a_stand_in_xcb_is_no_problem() -> None:
    assert preflight({"DISPLAY": ":0"}, load=_loader(set()), plugin=None, platform="linux") is None


def _real_libxcb():
    try:
        return ctypes.CDLL("libxcb.so.1")
    except OSError:
        return None


@pytest.mark.skipif(_real_libxcb() is None, reason="libxcb.so.1 is not installed")
def test_an_unreachable_x_display_is_a_plain_message() -> None:
    def load(name: str) -> object:
        return ctypes.CDLL(name) if name == "libxcb.so.1" else object()

    # A display number no X server on this machine uses (test runs and screenshots start their own).
    free = next(n for n in range(177, 1000) if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists())
    message = preflight({"DISPLAY": f":{free}"}, load=load, plugin=None, platform="linux")
    assert message == (
        f"inroads: cannot connect to the X display ':{free}'. Is the desktop session running, and is DISPLAY right?"
    )


def test_wayland_without_its_socket_is_a_plain_message(tmp_path: Path) -> None:
    env = {"WAYLAND_DISPLAY": "wayland-9", "XDG_SESSION_TYPE": "wayland", "XDG_RUNTIME_DIR": str(tmp_path)}
    message = preflight(env, load=_loader(set()), plugin=None, platform="linux")
    assert message is not None and "wayland-9" in message
    (tmp_path / "wayland-9").touch()
    assert preflight(env, load=_loader(set()), plugin=None, platform="linux") is None


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, "offscreen"),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "wayland"),
        ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, "vnc"),
        ({"DISPLAY": ":0"}, "xcb"),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, "wayland"),
    ],
)
def test_the_chosen_platform_follows_qt(environ: dict[str, str], expected: str) -> None:
    assert chosen_platform(environ) == expected


def test_headless_platforms_and_other_systems_need_nothing() -> None:
    assert preflight({"QT_QPA_PLATFORM": "offscreen"}, load=_loader(set(PACKAGES)), platform="linux") is None
    assert preflight({}, load=_loader(set(PACKAGES)), platform="darwin") is None


def test_screenshots_and_subcommands_keep_working_without_a_screen(tmp_path: Path, sample_path: Path) -> None:
    env = _env_without_screen()
    shot = tmp_path / "shot.png"
    result = subprocess.run([sys.executable, "-m", "gui", str(sample_path), "--screenshot", str(shot)],
                            env=env, cwd=tmp_path, capture_output=True, text=True, timeout=TIMEOUT)
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 1000
    check = subprocess.run([sys.executable, "-m", "gui", "check", str(sample_path)],
                           env=env, cwd=tmp_path, capture_output=True, text=True, timeout=TIMEOUT)
    assert check.returncode == 0, check.stderr
