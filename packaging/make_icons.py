"""Render the app icon (resources/icons/inroads.svg) into the freedesktop hicolor theme layout.

    python packaging/make_icons.py

writes resources/icons/hicolor/<N>x<N>/apps/org.inroads.Inroads.png for every size in SIZES,
and copies the SVG to resources/icons/hicolor/scalable/apps/org.inroads.Inroads.svg. The PNGs
are committed; run this again whenever the SVG changes. Needs only PySide6 (QtSvg), no display.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO / "resources" / "icons" / "inroads.svg"
HICOLOR = REPO / "resources" / "icons" / "hicolor"
ICON_NAME = "org.inroads.Inroads"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int, root: Path = HICOLOR) -> Path:
    return root / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"


def render(svg: Path, size: int):
    """The SVG drawn into a transparent size×size QImage."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0]) if args else HICOLOR
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (kept alive while rendering)
    for size in SIZES:
        target = png_path(size, root)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(SOURCE, size).save(str(target), "PNG"):
            print(f"make_icons: could not write {target}", file=sys.stderr)
            return 1
        print(target.relative_to(root.parent) if root == HICOLOR else target)
    scalable = root / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    print(scalable.relative_to(root.parent) if root == HICOLOR else scalable)
    return 0


if __name__ == "__main__":
    sys.exit(main())
