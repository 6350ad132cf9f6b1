"""Guards against a broken Qt binding: PySide6 6.12.0 loses a reference to None per void call."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QImage, QPainter


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_painter_calls_keep_none_alive(qapp):
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(1000):
        painter.save()
        painter.resetTransform()
        painter.restore()
    lost = before - sys.getrefcount(None)
    painter.end()
    # A healthy binding loses nothing; the broken one loses 3000 here and aborts the process later.
    assert lost < 100, f"the installed PySide6 drops None references ({lost} lost); see pyproject.toml"
