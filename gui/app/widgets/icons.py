"""The app's own icons, with the desktop theme's icon of the same name preferred."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from gui.core.storage.resources import resource_path

__all__ = ["app_icon"]


def app_icon(name: str) -> QIcon:
    """An icon from resources/icons, preferring the desktop theme's icon of the same name."""
    return QIcon.fromTheme(name, QIcon(str(resource_path("icons", f"{name}.svg"))))
