"""The Scoreboard pane's toolbar saves the board as shown (CSV, Markdown, PNG), and its cells show
the status as the canvas draws it: a filled marker for firm reports, a hollow one for rumours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog

from gui.app.widgets.status_marker import MARKER_SIZE
from gui.core.analysis.scoreboard_text import to_csv, to_markdown


def _open_scoreboard(window, qtbot):
    toggle = next(a for a in window.menuBar().actions() if a.text() == "&View").menu().actions()
    next(a for a in toggle if a.text() == "Score&board").trigger()
    pane = window.scoreboard
    qtbot.waitUntil(pane.isVisible)
    return pane


def _choose(monkeypatch, path, asked):
    def choose(parent, caption, suggested, filters):
        asked.append((caption, suggested))
        return str(path), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))


def test_toolbar_saves_csv_and_markdown_of_the_board_as_shown(window, qtbot, monkeypatch, tmp_path):
    pane = _open_scoreboard(window, qtbot)
    asked: list = []
    _choose(monkeypatch, tmp_path / "board.csv", asked)
    qtbot.mouseClick(pane.export_buttons["csv"], Qt.MouseButton.LeftButton)
    text = (tmp_path / "board.csv").read_text(encoding="utf-8")
    assert text == to_csv(pane.board)
    assert text.startswith("Maker,Carrier talks,")
    assert asked[-1][1].endswith("scoreboard by stage.csv")
    pane.by.setCurrentIndex(1)
    _choose(monkeypatch, tmp_path / "board.md", asked)
    qtbot.mouseClick(pane.export_buttons["md"], Qt.MouseButton.LeftButton)
    text = (tmp_path / "board.md").read_text(encoding="utf-8")
    assert text == to_markdown(pane.board)
    assert text.startswith("| Maker | AT&T | Verizon |")


def test_toolbar_saves_a_png_of_the_table(window, qtbot, monkeypatch, tmp_path):
    pane = _open_scoreboard(window, qtbot)
    _choose(monkeypatch, tmp_path / "board.png", [])
    qtbot.mouseClick(pane.export_buttons["png"], Qt.MouseButton.LeftButton)
    image = QImage(str(tmp_path / "board.png"))
    assert not image.isNull()
    assert (image.width(), image.height()) == (pane.table.grab().width(), pane.table.grab().height())


def test_cancelled_export_writes_nothing(window, qtbot, monkeypatch, tmp_path):
    pane = _open_scoreboard(window, qtbot)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: ("", "")))
    qtbot.mouseClick(pane.export_buttons["csv"], Qt.MouseButton.LeftButton)
    assert list(tmp_path.glob("*.csv")) == []


def _marker_centre(item) -> QColor:
    image = item.icon().pixmap(MARKER_SIZE).toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


def test_cells_draw_the_status_as_the_canvas_does(window, qtbot):
    pane = _open_scoreboard(window, qtbot)
    table = pane.table
    items = [table.item(r, c) for r in range(table.rowCount()) for c in range(table.columnCount())]
    items = [item for item in items if item is not None]
    assert items and all(not item.icon().isNull() for item in items)
    by_status = {}
    for item in items:
        status = item.text().split("\n")[1] if pane.board.by == "stage" else None
        by_status.setdefault(status, item)
    assert {"rumoured", "reported"} <= set(by_status)
    hollow = _marker_centre(by_status["rumoured"])
    filled = _marker_centre(by_status["reported"])
    assert (hollow.red(), hollow.green(), hollow.blue()) == (255, 255, 255)
    assert (filled.red(), filled.green(), filled.blue()) != (255, 255, 255)
    assert filled.alpha() > 0
