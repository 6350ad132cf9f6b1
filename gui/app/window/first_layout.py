"""The first window, before the user has arranged it: its size on the screen and how wide its docks are."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QWidget

__all__ = ["PREFERRED_SIZE", "FRAME_ALLOWANCE", "fit_to_screen", "dock_width", "size_first_docks"]

PREFERRED_SIZE = QSize(1440, 900)
# A window manager adds a title bar and borders, known only once the window is shown: leave room
# for them so the whole window, status bar included, lies inside the screen's available area.
FRAME_ALLOWANCE = QSize(16, 48)
# The detail pane's share of the window's width, and its bounds in pixels: the timeline gets the rest,
# and on a wide screen every extra pixel goes to the timeline.
DOCK_SHARE = 0.27
SCREEN_SHARE = 0.9
DOCK_MIN, DOCK_MAX = 260, 400


def fit_to_screen(window: QWidget) -> None:
    """Size the window to the preferred size, bounded by the screen's available geometry, and centre it there."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(PREFERRED_SIZE)
        return
    available = screen.availableGeometry()
    room = available.size() - FRAME_ALLOWANCE
    # A large screen gets a large window (its extra room goes to the timeline); a small one is filled.
    share = QSize(int(available.width() * SCREEN_SHARE), int(available.height() * SCREEN_SHARE))
    size = PREFERRED_SIZE.expandedTo(share).boundedTo(room).expandedTo(QSize(640, 400))
    window.resize(size)
    left = available.left() + max(0, (available.width() - size.width() - FRAME_ALLOWANCE.width()) // 2)
    top = available.top() + max(0, (available.height() - size.height() - FRAME_ALLOWANCE.height()) // 2)
    window.move(QPoint(left, top))


def dock_width(window_width: int) -> int:
    """The first width of a side dock in a window this wide."""
    return int(min(DOCK_MAX, max(DOCK_MIN, window_width * DOCK_SHARE)))


def size_first_docks(window: QMainWindow, docks: list[QWidget]) -> None:
    """Give the shown side docks their first widths for the window's current width."""
    shown = [dock for dock in docks if not dock.isHidden()]
    if shown:
        width = dock_width(window.width())
        window.resizeDocks(shown, [width] * len(shown), Qt.Orientation.Horizontal)
