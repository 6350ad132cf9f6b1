"""File ▸ Import and Export in the app: TimelineJS as a new timeline, CSV as one undo step, subsets."""

from __future__ import annotations

import json

from gui.core.storage.fileformat_write import encode_document
from gui.core.interop.formats import read_any


def test_export_then_import_timelinejs(qtbot, window, tmp_path):
    out = tmp_path / "tl.json"
    assert window.import_export.export("timelinejs", str(out), only_shown=False)
    assert "events" in json.loads(out.read_text(encoding="utf-8"))
    before = encode_document(window.model.document)
    assert window.import_export.import_timelinejs(str(out))
    assert window.model.path is None and window.isWindowModified()
    assert encode_document(window.model.document) == before  # lossless round trip of the sample
    window.model.undo_stack.setClean()


def test_export_only_the_filtered_events(qtbot, window, tmp_path):
    window.view_filter.update(kinds={"carrier-deal"})
    out = tmp_path / "deals.csv"
    assert window.import_export.export("csv", str(out), only_shown=True)
    text = out.read_text(encoding="utf-8-sig")
    assert text.count("carrier-phones-2018") == 2 and "huawei-best-buy" not in text


def test_csv_import_is_one_undo_step_after_the_report(qtbot, window, tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text(
        "id,lane,title,start,kind\n"
        "huawei-best-buy,huawei,Best Buy stocks Huawei phones,2017?,retail\n"
        "new-one,Apple,\"Apple, too\",2019-05,launch\n"
        "bad,huawei,Broken,2018-13,retail\n",
        encoding="utf-8",
    )
    seen = []
    before = encode_document(window.model.document)
    assert window.import_export.import_csv(str(path), confirm=lambda plan: seen.append(plan) or True)
    plan = seen[0]
    assert "rows.csv:4:" in plan.report() and "2018-13" in plan.report()
    document = window.model.document
    assert window.model.find_event("huawei-best-buy").title == "Best Buy stocks Huawei phones"
    assert window.model.find_event("new-one").title == "Apple, too"
    assert any(lane.name == "Apple" for lane in document.lanes)
    assert window.model.undo_stack.count() == 1
    window.undo_action.trigger()
    assert encode_document(window.model.document) == before


def test_cancelled_csv_import_changes_nothing(qtbot, window, tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text("id,lane,title,start\nx,huawei,X,2018\n", encoding="utf-8")
    assert not window.import_export.import_csv(str(path), confirm=lambda plan: False)
    assert window.model.undo_stack.count() == 0


def test_read_any_sniffs_native_files(sample_path):
    assert read_any(sample_path).document.lanes[0].id == "huawei"


def test_picture_of_the_current_view(qtbot, window, tmp_path):
    from PySide6.QtGui import QImage

    window.timeline.show_days(17000, 17400)
    out = tmp_path / "view.png"
    assert window.import_export.export_picture(whole=False, path=str(out))
    image = QImage(str(out))
    assert image.width() >= 1200
    assert window.timeline.visible_days() == (17000, 17400)  # the window's view is untouched


def test_copy_as_citation_puts_markdown_on_the_clipboard(qtbot, window):
    from PySide6.QtGui import QGuiApplication

    window.selection.select("huawei-best-buy")
    window.copy_citation()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("**Popular Huawei phones reach Best Buy**") and "> A few of its most popular" in text


def test_printing_goes_through_the_pdf_page_renderer(qtbot, window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from gui.app.export.picture_export import print_timeline

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_timeline(window.model, printer)
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def _menu_action(window, *path):
    menu = window.menuBar()
    for name in path:
        action = next(a for a in menu.actions() if a.text().replace("&", "") == name)
        menu = action.menu() or action
    return menu


def _page_event_ids(path):
    from gui.core.interop.web_page import page_json  # noqa: F401  (the page's data is this JSON)

    text = path.read_text(encoding="utf-8")
    start = text.index('id="inroads-data">') + len('id="inroads-data">')
    data = json.loads(text[start:text.index("</script>", start)])
    return {event["id"] for event in data["events"]}


def test_file_export_web_page_writes_the_whole_timeline(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "page.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    _menu_action(window, "File", "Export", "Web Page…").trigger()
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert _page_event_ids(out) == {event.id for event in window.model.document.events}


def test_file_export_web_page_can_take_only_what_the_filters_show(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    window.view_filter.update(kinds={"carrier-deal"})
    out = tmp_path / "deals.html"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    _menu_action(window, "File", "Export", "Web Page…").trigger()
    shown = {e.id for e in window.model.document.events if e.kind == "carrier-deal"}
    assert asked and shown and _page_event_ids(out) == shown


def test_export_picture_asks_the_pdf_page_as_the_cli_does(qtbot, window, tmp_path, monkeypatch):
    import re

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog

    out = tmp_path / "letter.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    seen = []

    def choose():
        dialog = QApplication.activeModalWidget()
        page, orientation = dialog.findChildren(QComboBox)
        seen.append([page.itemText(i) for i in range(page.count())])
        for combo, steps in ((page, 1), (orientation, 1)):  # Letter, Portrait
            combo.setFocus()
            for _ in range(steps):
                qtbot.keyClick(combo, Qt.Key.Key_Down)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose)
    _menu_action(window, "File", "Export", "Picture of the Whole Timeline…").trigger()
    assert seen == [["A4", "Letter", "A3", "Fit to content"]]
    box = [float(v) for v in re.search(rb"/MediaBox\s*\[([^\]]+)\]", out.read_bytes()).group(1).split()]
    assert round(box[2]) == 612 and round(box[3]) == 792  # US Letter, portrait, in points


def test_export_picture_asks_png_width_and_dpi(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QFileDialog, QSpinBox

    out = tmp_path / "print.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))

    def choose():
        dialog = QApplication.activeModalWidget()
        width, dpi = dialog.findChildren(QSpinBox)
        for box, value in ((width, "2000"), (dpi, "300")):
            box.setFocus()
            box.selectAll()
            qtbot.keyClicks(box, value)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose)
    _menu_action(window, "File", "Export", "Picture of the Whole Timeline…").trigger()
    image = QImage(str(out))
    assert image.width() == 2000 and round(image.dotsPerMeterX() * 0.0254) == 300
