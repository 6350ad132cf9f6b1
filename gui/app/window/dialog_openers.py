"""The window's own dialogs (About, Getting started, Timeline details), imported when first opened:
the first frame needs none of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from gui.app.dialogs.about_dialog import AboutDialog
    from gui.app.window.getting_started import GettingStartedDialog

__all__ = ["show_about", "show_getting_started", "show_timeline_details"]


def show_timeline_details(window: QMainWindow) -> None:
    from gui.app.dialogs.timeline_details_dialog import TimelineDetailsDialog

    TimelineDetailsDialog(window.model, window).exec()


def show_getting_started(window: QMainWindow) -> GettingStartedDialog:
    from gui.app.window.getting_started import GettingStartedDialog

    dialog = window.findChild(GettingStartedDialog, "getting_started_dialog")
    if dialog is None:
        dialog = GettingStartedDialog(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def show_about(window: QMainWindow) -> AboutDialog:
    from gui.app.dialogs.about_dialog import AboutDialog

    dialog = AboutDialog(window, settings=window.settings)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
