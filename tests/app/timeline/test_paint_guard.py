"""An exception inside a layer's paint() is reported, never a crash (PySide6 6.11 dies of SIGSEGV)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]

BROKEN_PAINT = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QWidget
    from gui.app.timeline import event_layer
    from gui.app.window.main_window import MainWindow
    from gui.core.storage.resources import sample_path

    def broken(*args, **kwargs):
        raise ValueError("a bug in paint")

    event_layer.EventLayer._frame_for = broken  # what paint() calls first
    reported = []
    sys.excepthook = lambda kind, value, tb: reported.append(str(value))
    app = QApplication([])
    window = MainWindow(QSettings(sys.argv[1], QSettings.Format.IniFormat))
    window.show_dialogs = False
    window.open_path(sample_path())
    window.resize(1200, 800)
    window.show()
    image = QImage(window.timeline.plot.size(), QImage.Format.Format_ARGB32)
    QWidget.render(window.timeline.plot, image)
    for _ in range(5):
        app.processEvents()
    print("reported:", reported[:1])
    """
)


def test_an_exception_in_paint_is_reported_and_the_app_lives(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", BROKEN_PAINT, str(tmp_path / "settings.ini")],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
    assert "reported: ['a bug in paint']" in result.stdout
