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

from gui.app import detail_pane as detail_pane_module


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
    assert window.open_path(path), window.last_load_error
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
