"""Help ▸ About: the versions it shows are the real ones, Copy copies them, and nothing is rich text."""

from __future__ import annotations

import platform
import tomllib

import msgspec
import numpy
import pyqtgraph
import PySide6
from PySide6.QtCore import QSettings, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

import gui
from gui import cli
from gui.app.dialogs.about_dialog import AboutDialog, about_details, details_text
from gui.app.document.autosave import default_recovery_dir


def _dialog(qtbot, settings: QSettings) -> AboutDialog:
    dialog = AboutDialog(settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_shows_the_app_and_library_versions(qtbot, settings):
    dialog = _dialog(qtbot, settings)
    details = dict(dialog.details)
    assert details["Inroads"] == gui.__version__
    assert details["Qt"] == qVersion()
    assert details["PySide6"] == PySide6.__version__
    assert details["pyqtgraph"] == pyqtgraph.__version__
    assert details["numpy"] == numpy.__version__
    assert details["msgspec"] == msgspec.__version__
    assert details["Python"].startswith(platform.python_version())
    assert dialog.title_label.text() == f"Inroads {gui.__version__}"
    for name in ("Qt", "PySide6", "pyqtgraph", "numpy", "msgspec", "Python"):
        assert dialog.value_labels[name].text() == details[name]


def test_shows_where_settings_and_recovery_files_live(qtbot, settings):
    dialog = _dialog(qtbot, settings)
    assert dialog.value_labels["Settings file"].text() == settings.fileName()
    # tests/app/conftest.py points the recovery folder at a temporary one.
    assert dialog.value_labels["Recovery files"].text() == str(default_recovery_dir())


def test_licence_is_mit_as_in_pyproject_and_licence_file(qtbot, settings, repo_root):
    dialog = _dialog(qtbot, settings)
    assert dialog.value_labels["Licence"].text() == "MIT"
    assert tomllib.loads((repo_root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["license"] == "MIT"
    assert (repo_root / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_about_and_version_option_agree(qtbot, settings, capsys):
    assert cli.main(["--version"]) == 0
    printed = capsys.readouterr().out.strip()
    dialog = _dialog(qtbot, settings)
    assert printed == f"inroads {dict(dialog.details)['Inroads']}"


def test_copy_puts_every_detail_on_the_clipboard(qtbot, settings):
    dialog = _dialog(qtbot, settings)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("something else")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = clipboard.text()
    assert copied == dialog.details_text()
    lines = copied.splitlines()
    assert lines[0] == f"Inroads: {gui.__version__}"
    assert f"Settings file: {settings.fileName()}" in lines
    assert f"Recovery files: {default_recovery_dir()}" in lines
    assert len(lines) == len(dialog.details)
    assert dialog.copied_label.text()


def test_paths_are_shown_as_plain_text(qtbot, tmp_path, monkeypatch):
    odd = tmp_path / "<b>not bold</b> &amp; <img src=x>"
    monkeypatch.setenv("INROADS_RECOVERY_DIR", str(odd / "recovery"))
    settings = QSettings(str(odd / "settings.ini"), QSettings.Format.IniFormat)
    dialog = _dialog(qtbot, settings)
    for label in dialog.findChildren(QLabel):
        if label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    assert dialog.value_labels["Recovery files"].text() == str(odd / "recovery")
    assert dialog.value_labels["Settings file"].text() == settings.fileName()


def test_details_text_is_name_colon_value_lines():
    assert details_text([("A", "1"), ("B c", "x: y")]) == "A: 1\nB c: x: y\n"


def test_about_details_without_settings_uses_the_application_settings(qtbot):
    details = dict(about_details())
    assert details["Settings file"] == QSettings().fileName()
