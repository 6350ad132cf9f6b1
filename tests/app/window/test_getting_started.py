"""Help ▸ Getting Started: what the guide covers, and that it opens by itself exactly once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QWidget

from gui.app.widgets import style
from gui.app.window.getting_started import SHOWN_KEY, GettingStartedDialog, maybe_show_on_first_run
from gui.app.window.main_window import MainWindow


class StubWindow(QWidget):
    """Just what maybe_show_on_first_run looks at (MainWindow has the same attributes)."""

    def __init__(self, settings: QSettings) -> None:
        super().__init__()
        self.settings = settings
        self.show_dialogs = True
        self.persist_state = True


@pytest.fixture
def stub_window(qtbot, settings):
    window = StubWindow(settings)
    qtbot.addWidget(window)
    window.show()
    return window


def _shown(settings: QSettings) -> bool:
    return settings.value(SHOWN_KEY, False, type=bool)


def test_guide_covers_opening_reading_and_the_source_text(qtbot):
    dialog = GettingStartedDialog()
    qtbot.addWidget(dialog)
    text = dialog.text()
    for phrase in (
        "File ▸ Open",  # opening a file
        "Open Recent",
        "drop a file",
        "Lanes",  # reading the timeline
        "a diamond is an event on one date",
        "a bar runs from an event's start to its end",
        "band with firm ends",  # vague dates, drawn as the canvas draws them since #16
        "never in the middle of the year",
        "is hatched",
        "Colours are kinds",
        "Hollow means rumoured or cancelled",
        "Details",  # where the source text is
        "source article",
        "highlighted",
    ):
        assert phrase in text, phrase
    for kind in style.KIND_COLORS:
        assert style.kind_label(kind) in text


@pytest.mark.parametrize("shape", ["diamond", "hollow", "bar", "band", "soft"])
def test_guide_pictures_are_drawn(qtbot, shape):
    dialog = GettingStartedDialog()
    qtbot.addWidget(dialog)
    image = dialog.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(f"inroads-swatch:{shape}/carrier-talks"))
    assert isinstance(image, QImage) and not image.isNull()
    painted = {image.pixelColor(x, y).alpha() > 0 for x in range(image.width()) for y in range(image.height())}
    assert painted == {True, False}  # something drawn on a transparent ground


def test_first_run_opens_the_guide_once(qtbot, stub_window, settings):
    dialog = maybe_show_on_first_run(stub_window, settings)
    assert isinstance(dialog, GettingStartedDialog)
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.parent() is stub_window
    assert _shown(settings)
    dialog.close()
    assert maybe_show_on_first_run(stub_window, settings) is None


def test_remembered_across_runs(qtbot, tmp_path):
    path = str(tmp_path / "settings.ini")
    first = QSettings(path, QSettings.Format.IniFormat)
    window = StubWindow(first)
    qtbot.addWidget(window)
    dialog = maybe_show_on_first_run(window, first)
    assert dialog is not None
    dialog.close()
    del first
    again = QSettings(path, QSettings.Format.IniFormat)  # read back from the file, as the next start would
    assert again.value(SHOWN_KEY) in (True, "true")
    next_window = StubWindow(again)
    qtbot.addWidget(next_window)
    assert maybe_show_on_first_run(next_window, again) is None


def test_settings_default_to_the_windows(qtbot, stub_window, settings):
    dialog = maybe_show_on_first_run(stub_window)
    assert dialog is not None
    dialog.close()
    assert _shown(settings)


def test_not_shown_when_the_window_shows_no_dialogs(stub_window, settings):
    stub_window.show_dialogs = False
    assert maybe_show_on_first_run(stub_window, settings) is None
    assert not _shown(settings)  # still due at the next real start


def test_not_shown_in_screenshot_mode(stub_window, settings):
    stub_window.persist_state = False  # what --screenshot sets
    assert maybe_show_on_first_run(stub_window, settings) is None
    assert not _shown(settings)


def test_main_window_has_what_the_first_run_check_reads(window, settings):
    # The `window` fixture is a real MainWindow with show_dialogs False (as in every test).
    assert window.settings is settings
    assert window.show_dialogs is False and window.persist_state is True
    assert maybe_show_on_first_run(window, settings) is None
    window.show_dialogs = True
    dialog = maybe_show_on_first_run(window, settings)
    assert dialog is not None and dialog.parent() is window
    dialog.close()
    window.show_dialogs = False


def _overlap(a, b) -> int:
    both = a.intersected(b)
    return both.width() if both.isValid() else 0


def test_on_first_run_the_guide_hides_little_of_the_timeline(qtbot, window, settings):
    """It was centred over the timeline: a new user's first view of their data was half hidden."""
    screen = window.screen().availableGeometry()
    window.setGeometry(screen.adjusted(0, 0, 0, 0))
    window.show()
    qtbot.waitExposed(window)
    window.show_dialogs = True
    dialog = maybe_show_on_first_run(window, settings)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    plot = window.timeline
    timeline = plot.rect().translated(plot.mapToGlobal(plot.rect().topLeft()))
    guide = dialog.frameGeometry()
    assert _overlap(guide, timeline) <= timeline.width() // 4, (guide, timeline)
    assert guide.right() <= screen.right() and guide.left() >= screen.left()
    assert guide.top() >= window.frameGeometry().top()
    dialog.close()


def test_the_guide_opens_beside_a_window_that_leaves_room(qtbot, stub_window, settings):
    screen = stub_window.screen().availableGeometry()
    stub_window.setGeometry(screen.left(), screen.top() + 20, screen.width() // 3, screen.height() // 2)
    qtbot.waitExposed(stub_window)
    dialog = maybe_show_on_first_run(stub_window, settings)
    qtbot.waitExposed(dialog)
    assert not dialog.frameGeometry().intersects(stub_window.frameGeometry())
    assert screen.contains(dialog.frameGeometry().topLeft())
    dialog.close()


def _global_rect(widget):
    return widget.rect().translated(widget.mapToGlobal(widget.rect().topLeft()))


def test_over_a_window_that_fills_the_screen_the_guide_keeps_to_the_details_pane(qtbot, window, settings):
    """On a screen the window fills it floated over the timeline's right end and the status bar."""
    screen = window.screen().availableGeometry()
    # As on a 1024×640 screen: shorter than the guide's first height, with a pane narrower than its lines.
    window.setGeometry(screen.left(), screen.top(), screen.width(), 560)
    window.show()
    qtbot.waitExposed(window)
    window.resizeDocks([window.detail_pane], [280], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: abs(window.detail_pane.width() - 280) <= 8)
    window.show_dialogs = True
    dialog = maybe_show_on_first_run(window, settings)
    qtbot.waitExposed(dialog)
    guide = dialog.frameGeometry()
    assert not guide.intersects(_global_rect(window.statusBar())), (guide, _global_rect(window.statusBar()))
    assert not guide.intersects(_global_rect(window.timeline)), (guide, _global_rect(window.timeline))
    assert screen.contains(guide), (guide, screen)
    over_details = guide.intersected(_global_rect(window.detail_pane))
    assert over_details.width() * over_details.height() >= 0.95 * guide.width() * guide.height()
    dialog.close()
    window.show_dialogs = False


def test_at_start_the_guide_waits_for_the_first_dock_widths(qtbot, settings, sample_path):
    """main() opens the guide right after show(), before the docks got their first widths: measured then, the
    Details pane was twice as wide as a moment later, and the guide covered the timeline's right part."""
    window = MainWindow(settings)  # as main() builds it: never shown before
    qtbot.addWidget(window)
    assert window.open_path(sample_path)
    window.show()
    dialog = maybe_show_on_first_run(window, settings)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    guide = dialog.frameGeometry()
    assert not guide.intersects(_global_rect(window.timeline)), (guide, _global_rect(window.timeline))
    dialog.close()
