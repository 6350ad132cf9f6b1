"""Text from a file is shown as text: never run as HTML, never a reason to touch the network.

A timeline whose every text field holds HTML and Qt rich-text markup (an <img> pointing
at a TCP server this test runs on 127.0.0.1, a <script>, a javascript: link, a table,
an entity) is opened in the real main window. With an event selected, the pane, the
timeline, its tooltip and the legend are shown and painted; the texts must appear
literally in the widgets, the tooltip's HTML must be escaped, and the server must not
have seen a single connection. Links open only for http/https, and only on a click.
"""

from __future__ import annotations

import html
import json
import socket
import socketserver
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QToolTip

from gui.app.panes import detail_pane as detail_pane_module
from gui.app.panes.event_table import SORT_ROLE as SORT_ROLE_
from gui.core.document import edits


class _CountingServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.connections = 0


class _Handler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        self.server.connections += 1
        self.request.recv(1024)


@pytest.fixture
def server():
    srv = _CountingServer()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    # The server works: a connection made on purpose is counted (and then discounted).
    with socket.create_connection(srv.server_address, timeout=5):
        pass
    deadline = threading.Event()
    for _ in range(100):
        if srv.connections:
            break
        deadline.wait(0.02)
    assert srv.connections == 1
    srv.connections = 0
    yield srv
    srv.shutdown()
    srv.server_close()


def payloads(port: int) -> dict[str, str]:
    image = f"<img src=http://127.0.0.1:{port}/x.png>"
    return {
        "title": f'{image}<script>alert(1)</script> <a href=javascript:alert(1)>x</a> <b>bold</b> &amp; &lt;',
        "notes": f"<html><body>{image}<table><tr><td>cell</td></tr></table><style>*{{color:red}}</style>",
        "text": f"Before the quote. <p>{image}</p> Huawei <i>is</i> in talks. <script>alert(1)</script> After.",
        "quote": "Huawei <i>is</i> in talks.",
        "missing_quote": f"{image} nowhere in the text",
        "source_title": f"<h1>{image}Headline</h1>",
        "lane_name": f"<u>Hua</u>wei {image}",
        "kind": f"<i>deal</i>{image}",
        "description": f"<qt>{image}Rich?</qt>",
        "image": image,
    }


@pytest.fixture
def hostile(window, tmp_path, server):
    port = server.server_address[1]
    text = payloads(port)
    document = {
        "format": "inroads-timeline",
        "version": 1,
        "title": text["title"],
        "description": text["description"],
        "lanes": [{"id": "huawei", "name": text["lane_name"]}],
        "sources": [
            {"id": "s1", "title": text["source_title"], "publisher": text["title"], "url": "javascript:alert(1)",
             "cites": [text["title"]], "text": text["text"]},
            {"id": "s2", "title": "Local file", "url": "file:///etc/passwd", "text": "x"},
            {"id": "s3", "title": "Web", "url": f"http://127.0.0.1:{port}/article", "text": "y"},
        ],
        "events": [
            {"id": "e1", "lane": "huawei", "title": text["title"], "start": "2018-03", "kind": text["kind"],
             "status": text["kind"], "partners": [text["title"]], "tags": [text["title"]], "notes": text["notes"],
             "evidence": [{"source": "s1", "quote": text["quote"]}, {"source": "s1", "quote": text["missing_quote"]},
                          {"source": "s2", "quote": "x"}, {"source": "s3", "quote": "y"}]},
            {"id": "e2", "lane": "huawei", "title": text["notes"], "start": "2019"},
        ],
    }
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert window.open_path(path), window.files.last_load_error
    return window, text, server


def paint(window) -> None:
    QApplication.processEvents()
    assert not window.grab().isNull()
    QApplication.processEvents()


def rendered(markup: str) -> str:
    """What a rich-text widget shows for ``markup``."""
    document = QTextDocument()
    document.setHtml(markup)
    return document.toPlainText()


def test_texts_appear_literally_and_nothing_is_fetched(hostile, qtbot):
    window, text, server = hostile
    pane = window.detail_pane

    # Nothing selected: the document's title and description.
    paint(window)
    assert pane.empty_title.text() == text["title"] and pane.empty_title.textFormat() == Qt.TextFormat.PlainText
    assert pane.empty_description.text() == text["description"]

    # The event: title field, notes, source, highlighted quote.
    window.selection.select("e1")
    paint(window)
    form = pane.form
    assert form.title_edit.text() == text["title"]
    assert form.notes_edit.toPlainText() == text["notes"]
    assert pane.source_text.toPlainText() == text["text"]
    assert pane.highlighted_passage() == text["quote"]
    assert pane.source_title_label.text() == text["source_title"]
    for label in pane.findChildren(QLabel):
        if any(value in label.text() for value in text.values()):
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()

    # A quote not in the text is quoted in a plain-text warning.
    pane.show_evidence(1)
    paint(window)
    assert text["missing_quote"] in pane.quote_warning.text()
    assert pane.quote_warning.textFormat() == Qt.TextFormat.PlainText

    # The tooltip is HTML, with every piece of file text escaped: it reads as the text itself.
    index = window.model.event_index("e1")
    tooltip = window.timeline.tooltip_html(index)
    assert html.escape(text["title"]) in tooltip and text["image"] not in tooltip
    assert rendered(tooltip).splitlines()[0] == text["title"]
    QToolTip.showText(window.mapToGlobal(window.rect().center()), tooltip, window)
    paint(window)
    QToolTip.hideText()

    # Other events, the legend, the lane header: all painted.
    window.selection.select("e2")
    paint(window)
    window.timeline.fit_all()
    paint(window)
    qtbot.wait(200)  # time for anything that would load a resource later
    assert server.connections == 0


def test_only_web_links_are_links_and_they_open_only_on_click(hostile, monkeypatch):
    window, _, server = hostile
    opened = []
    monkeypatch.setattr(detail_pane_module.QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    pane = window.detail_pane
    window.selection.select("e1")
    for number, url in [(0, "javascript:alert(1)"), (2, "file:///etc/passwd")]:
        pane.show_evidence(number)
        assert html.escape(url) in pane.link_label.text() and "href" not in pane.link_label.text()
        pane._open_link(url)  # even if it were activated somehow
    for refused in ("data:text/html,<script>alert(1)</script>", "inroads-custom://x", "ftp://127.0.0.1/x", "http:no-host"):
        pane._open_link(refused)
    assert opened == []
    pane.show_evidence(3)
    port = server.server_address[1]
    assert f'href="http://127.0.0.1:{port}/article"' in pane.link_label.text()
    paint(window)
    assert opened == [] and server.connections == 0  # shown, not opened
    pane.link_label.linkActivated.emit(f"http://127.0.0.1:{port}/article")  # the click
    assert opened == [f"http://127.0.0.1:{port}/article"]


def test_a_refused_link_says_why(hostile):
    window, _, _ = hostile
    window.selection.select("e1")
    window.detail_pane.show_evidence(0)  # javascript:alert(1)
    assert "not opened" in window.detail_pane.link_label.text().lower()


# -- Long text and bidirectional controls (issue #15, items 16 and 17) ---------------------------

SPOOF = "Invoice \u202efdp.exe"
LONG = "A very long title " * 5000  # 90,000 characters


def _open(window, tmp_path, events, sources=(), lanes=None) -> object:
    document = {
        "format": "inroads-timeline", "version": 1, "title": "t",
        "lanes": lanes or [{"id": "huawei", "name": "Huawei"}],
        "sources": list(sources), "events": events,
    }
    path = tmp_path / "untrusted.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert window.open_path(path), window.files.last_load_error
    return path


class _ElideSpy:
    """Stands in for the label layer's font metrics, remembering the length of every text it elides."""

    def __init__(self, metrics) -> None:
        self._metrics = metrics
        self.texts: list[str] = []

    def elidedText(self, text, mode, width):  # noqa: N802 (Qt name)
        self.texts.append(text)
        return self._metrics.elidedText(text, mode, width)

    def __getattr__(self, name):
        return getattr(self._metrics, name)


def _drawn_labels(window) -> list[str]:
    layer = window.timeline.label_layer
    spy = layer._metrics = _ElideSpy(layer._metrics)
    layer._texts.clear()
    window.timeline.fit_all()
    paint(window)
    return spy.texts


def test_a_long_title_is_clipped_before_the_label_and_the_tooltip_lay_it_out(window, tmp_path):
    _open(window, tmp_path, [{"id": "e1", "lane": "huawei", "title": LONG, "start": "2018"},
                             {"id": "e2", "lane": "huawei", "title": "Short", "start": "2019"}])
    tooltip = window.timeline.tooltip_html(window.model.event_index("e1"))
    assert len(tooltip) < 1000 and "…" in tooltip
    drawn = _drawn_labels(window)
    assert drawn and max(map(len, drawn)) <= 301  # at most LABEL_CHARS and the ellipsis, whatever the title


def test_bidi_controls_show_as_marks_on_the_timeline_and_in_its_tooltip(window, tmp_path):
    _open(window, tmp_path, [{"id": "e1", "lane": "huawei", "title": SPOOF, "start": "2018"}])
    tooltip = window.timeline.tooltip_html(window.model.event_index("e1"))
    assert "Invoice ‹RLO›fdp.exe" in tooltip and "\u202e" not in tooltip
    drawn = _drawn_labels(window)
    assert drawn == ["Invoice ‹RLO›fdp.exe"]


def test_the_form_shows_bidi_controls_and_saves_the_title_unchanged_unless_edited(window, tmp_path):
    path = _open(window, tmp_path, [
        {"id": "e1", "lane": "huawei", "title": SPOOF, "start": "2018", "notes": "see \u2067x\u2069",
         "partners": ["A\u202eB"], "tags": ["t"]},
        {"id": "e2", "lane": "huawei", "title": "Other", "start": "2019"},
    ])
    window.selection.select("e1")
    form = window.detail_pane.form
    assert form.title_edit.text() == "Invoice ‹RLO›fdp.exe"
    assert form.notes_edit.text() == "see ‹RLI›x‹PDI›" and form.partners_edit.text() == "A‹RLO›B"
    # Accepted without editing: nothing changes, and the saved file keeps every byte of the title.
    form.title_edit.editingFinished.emit()
    form.partners_edit.editingFinished.emit()
    form.tags_edit.editingFinished.emit()
    form.notes_edit.sig_editing_finished.emit()
    assert window.model.undo_stack.count() == 0
    window.model.push(edits.edit_event(
        window.model.document, "e2", "Rename", title="Other 2"))  # something to save
    assert window.save()
    saved = json.loads(path.read_text(encoding="utf-8"))["events"]
    assert saved[0]["title"] == SPOOF and saved[0]["notes"] == "see \u2067x\u2069" and saved[0]["partners"] == ["A\u202eB"]
    # Edited: the marks stand for the controls they showed.
    form.title_edit.setText("Invoice ‹RLO›fdp.exe (2)")
    form.title_edit.editingFinished.emit()
    assert window.model.find_event("e1").title == SPOOF + " (2)"


def test_bidi_controls_show_in_the_detail_pane_the_table_and_the_sources(window, tmp_path):
    text = "Intro. \u202eThe deal\u202c was signed. " * 3
    _open(window, tmp_path,
          [{"id": "e1", "lane": "huawei", "title": SPOOF, "start": "2018",
            "evidence": [{"source": "s1", "quote": "was signed."}]}],
          sources=[{"id": "s1", "title": "News \u202eftp", "publisher": "P\u2066", "text": text}])
    window.selection.select("e1")
    pane = window.detail_pane
    assert pane.source_title_label.text() == "News ‹RLO›ftp" and "‹LRI›" in pane.source_meta_label.text()
    # The reader keeps one character per character, so the highlight is still the quote.
    assert "\u202e" not in pane.source_text.toPlainText() and pane.highlighted_passage() == "was signed."
    window.sources_panel.show()
    window.sources_panel.refresh()
    panel = window.sources_panel
    assert panel.title_label.text() == "News ‹RLO›ftp"
    assert panel.list_model.index(0, 0).data() == "News ‹RLO›ftp"
    assert "\u202e" not in panel.reader.toPlainText() and len(panel.reader.toPlainText()) == len(text)
    window.table_dock.show()
    table = window.table_dock.table_model
    assert table.index(0, 0).data() == "Invoice ‹RLO›fdp.exe"
    assert table.index(0, 7).data() == "News ‹RLO›ftp"


def test_a_source_of_one_huge_paragraph_is_laid_out_in_pieces_with_its_offsets_unchanged(window, tmp_path):
    text = "Huawei signs a supply deal with Vodafone for the coming year. " * 4000  # 248,000 characters
    quote = "signs a supply deal"
    start = text.index(quote, 200_000)
    _open(window, tmp_path,
          [{"id": "e1", "lane": "huawei", "title": "Deal", "start": "2018",
            "evidence": [{"source": "s1", "quote": quote, "prefix": text[start - 30:start]}]}],
          sources=[{"id": "s1", "title": "Big", "text": text}])
    window.selection.select("e1")
    pane = window.detail_pane
    document = pane.source_text.document()
    assert document.blockCount() > 50  # Qt lays out a paragraph whole: no paragraph of 248,000 characters
    assert max(len(document.findBlockByNumber(i).text()) for i in range(document.blockCount())) <= 4000
    assert pane.highlighted_passage() == quote
    window.sources_panel.show()
    window.sources_panel.refresh()
    reader = window.sources_panel.reader
    assert reader.document().blockCount() > 50
    reader.select_range(start, start + len(quote))
    assert reader.selected_range() == (start, start + len(quote))


def test_lane_names_on_the_lane_axis_are_clipped_and_show_bidi_marks(window, tmp_path, monkeypatch):
    from gui.app.timeline import lane_axis

    long_name = "L" * 1_000_000
    _open(window, tmp_path,
          [{"id": "e1", "lane": "a", "title": "One", "start": "2018"},
           {"id": "e2", "lane": "b", "title": "Two", "start": "2019"}],
          lanes=[{"id": "a", "name": "Invoice \u202efdp.exe"}, {"id": "b", "name": long_name}])
    measured = []  # every name the axis measures or elides went through display_text first
    real = lane_axis.display_text
    monkeypatch.setattr(lane_axis, "display_text", lambda text: measured.append(real(text)) or measured[-1])
    window.model.sig_layout_changed.emit()
    window.grab()
    assert "Invoice ‹RLO›fdp.exe" in measured
    assert measured and max(map(len, measured)) <= 301 and not any("\u202e" in name for name in measured)
    assert window.timeline.lane_axis.width() < 1000


def test_a_paragraph_with_no_space_at_all_is_broken_anyway_with_its_offsets_unchanged(window, tmp_path):
    # No space to break at (Chinese has none): line breaks are put in, and offsets go around them.
    text = "😀" + "华为与沃达丰签署供货协议。" * 4000  # 52,001 characters, one outside the BMP
    quote = "沃达丰签署供货协议"
    start = text.index(quote, 30_000)
    _open(window, tmp_path,
          [{"id": "e1", "lane": "huawei", "title": "Deal", "start": "2018",
            "evidence": [{"source": "s1", "quote": quote, "prefix": text[start - 30:start]}]}],
          sources=[{"id": "s1", "title": "Big", "text": text}])
    window.selection.select("e1")
    pane = window.detail_pane
    document = pane.source_text.document()
    assert document.blockCount() > 10
    assert max(len(document.findBlockByNumber(i).text()) for i in range(document.blockCount())) <= 4000
    assert pane.highlighted_passage() == quote
    window.sources_panel.show()
    window.sources_panel.refresh()
    reader = window.sources_panel.reader
    assert reader.document().blockCount() > 10
    assert reader.toPlainText().replace("\n", "") == text  # nothing shown is lost, only lines broken
    for first, last in ((start, start + len(quote)), (3990, 4010), (0, len(text))):  # one across a break
        reader.select_range(first, last)
        assert reader.selected_range() == (first, last)


def test_reader_offsets_round_trip_across_the_breaks_put_in():
    from gui.app.widgets.reader_text import ReaderText

    text = "a😀" + "x" * 9000 + "\n" + "y" * 5000
    shown = ReaderText(text)
    assert len(shown.breaks) == 3 and shown.shown.replace("\n", "") == text.replace("\n", "")
    for index in range(len(text) + 1):
        assert shown.index(shown.position(index)) == index


def test_the_event_table_on_many_lanes_sorts_with_one_sort_key_per_row(window, tmp_path, monkeypatch):
    from gui.app.panes.event_table import EventTableModel

    rows = 1500
    _open(window, tmp_path,
          [{"id": f"e{i}", "lane": f"l{i}", "title": f"Event {i}", "start": str(2020 - i % 30)} for i in range(rows)],
          lanes=[{"id": f"l{i}", "name": f"Lane {i}"} for i in range(rows)])
    reads = []
    original = EventTableModel._sort_key

    def counting(self, event, column):
        reads.append(column)
        return original(self, event, column)

    monkeypatch.setattr(EventTableModel, "_sort_key", counting)
    window.table_dock.show()
    QApplication.processEvents()
    proxy = window.table_dock.proxy
    assert proxy.rowCount() == rows
    starts = [proxy.index(row, 2).data(SORT_ROLE_) for row in range(rows)]
    assert starts == sorted(starts)
    # A sort of n rows used to fetch two sort keys per comparison (n log n of them).
    assert len(reads) - rows <= rows  # one per row, and the check just above


def test_bidi_controls_show_in_the_source_evidence_and_details_dialogs_and_come_back_unchanged(window, tmp_path):
    from gui.app.dialogs.evidence_dialog import EvidenceDialog
    from gui.app.dialogs.source_dialogs import SourceEditDialog
    from gui.app.dialogs.timeline_details_dialog import TimelineDetailsDialog

    text = "Intro. \u202eThe deal\u202c was signed."
    _open(window, tmp_path,
          [{"id": "e1", "lane": "huawei", "title": "t", "start": "2018",
            "evidence": [{"source": "s1", "quote": "\u202eThe deal\u202c", "prefix": "Intro. "}]}],
          sources=[{"id": "s1", "title": "News \u202eftp", "publisher": "P", "text": text, "notes": "n\u2066"}])
    document = window.model.document
    source = document.sources[0]

    dialog = SourceEditDialog(source, parent=window)
    assert dialog.title_edit.text() == "News ‹RLO›ftp"
    assert "‹RLO›The deal‹PDF›" in dialog.text_edit.toPlainText()
    assert dialog.values()["title"] == source.title and dialog.values()["text"] == text  # untouched: unchanged
    dialog.title_edit.setText("News ‹RLO›ftp (corrected)")
    assert dialog.values()["title"] == "News \u202eftp (corrected)"  # edited: the mark stands for the control

    evidence = document.events[0].evidence[0]
    evidence_dialog = EvidenceDialog(document, evidence, parent=window)
    assert evidence_dialog.source_combo.currentText() == "News ‹RLO›ftp"
    assert evidence_dialog.quote_edit.toPlainText() == "‹RLO›The deal‹PDF›"
    assert evidence_dialog.evidence() == evidence
    assert evidence_dialog.status_label.text() == "✓ Found in the source."

    window.model.push(edits.set_document_fields(document, title="Plan \u202eA", description="d\u2067x"))
    details = TimelineDetailsDialog(window.model, window)
    assert details.title_edit.text() == "Plan ‹RLO›A"
    count = window.model.undo_stack.count()
    details.accept()
    assert window.model.undo_stack.count() == count  # nothing changed, nothing pushed
    assert window.model.document.title == "Plan \u202eA"
