"""The load-error dialog: first problems, a 'show all' expander, never taller than the screen."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from gui.app.dialogs.load_error_dialog import FIRST_SHOWN, LoadErrorDialog
from gui.core.document.problems import LoadError, Problem


def make_error(count: int) -> LoadError:
    problems = [Problem(f"start \"x{i}\" is not a date", f"events[{i}]", line=i + 2, column=5) for i in range(count)]
    return LoadError("/data/events.json", problems)


def test_first_problems_then_show_all(qtbot):
    dialog = LoadErrorDialog(make_error(300))
    qtbot.addWidget(dialog)
    dialog.show()
    lines = dialog.details.toPlainText().splitlines()
    assert len(lines) == FIRST_SHOWN + 1
    assert lines[0] == 'events.json:2:5: events[0]: start "x0" is not a date'
    assert lines[-1] == "… and 295 more"
    qtbot.mouseClick(dialog.show_all, Qt.MouseButton.LeftButton)
    assert len(dialog.details.toPlainText().splitlines()) == 300
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert dialog.height() <= screen.height()
    assert dialog.maximumHeight() <= screen.height()


def test_few_problems_have_no_expander(qtbot):
    dialog = LoadErrorDialog(make_error(2))
    qtbot.addWidget(dialog)
    assert dialog.show_all.isHidden()
    assert len(dialog.details.toPlainText().splitlines()) == 2
