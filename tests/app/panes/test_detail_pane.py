"""The detail pane: what it shows for an event, its evidence, and nothing selected."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from gui.app.panes import detail_pane as detail_pane_module
from gui.app.panes.detail_pane import DetailPane
from gui.app.document.document_model import DocumentModel
from gui.app.document.selection import EventSelection
from gui.core.storage.fileformat import read_document

ARTICLE = "Intro line.\nXiaomi 😀 is in talks with <b>Verizon</b>.\nLater: Xiaomi is in talks with AT&T."


@pytest.fixture
def pane(qtbot, tmp_path):
    document = {
        "format": "inroads-timeline",
        "version": 1,
        "title": "Pane test",
        "description": "A <i>small</i> file",
        "lanes": [{"id": "xiaomi", "name": "Xiaomi"}],
        "sources": [
            {
                "id": "a",
                "title": "<script>alert(1)</script>",
                "publisher": "Wire",
                "published": "2017-12~",
                "url": 'https://example.org/a?x=1&y="2"',
                "cites": ["Bloomberg", "Reuters"],
                "text": ARTICLE,
            },
            {"id": "b", "title": "Local", "url": "javascript:alert(1)", "text": "Other text."},
        ],
        "events": [
            {
                "id": "e1",
                "lane": "xiaomi",
                "title": "Talks <b>with</b> Verizon",
                "start": "2017-12~",
                "end": "..",
                "kind": "carrier-talks",
                "status": "rumored",
                "partners": ["Verizon"],
                "tags": ["us"],
                "notes": "Note.",
                "evidence": [
                    {"source": "a", "quote": "is in talks with <b>Verizon</b>."},
                    {"source": "a", "quote": "Xiaomi is in talks with", "prefix": "Later: "},
                    {"source": "b", "quote": "not in the text"},
                ],
            },
            {"id": "e2", "lane": "xiaomi", "title": "Bare", "start": "2018"},
        ],
    }
    path = tmp_path / "pane.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    model = DocumentModel()
    selection = EventSelection()
    result = read_document(path)
    model.set_document(result.document, path, result.warnings)
    widget = DetailPane(model, selection)
    qtbot.addWidget(widget)
    widget.resize(420, 700)
    widget.show()
    return widget, selection


def test_nothing_selected_shows_the_document_summary(pane):
    widget, _ = pane
    assert widget.stack.currentIndex() == 0
    assert widget.empty_title.text() == "Pane test"
    assert widget.empty_counts.text() == "2 events in 1 lane, 2 sources"
    assert widget.empty_description.text() == "A <i>small</i> file"
    assert widget.empty_description.textFormat() == Qt.TextFormat.PlainText


def test_event_fields_are_shown_as_plain_text(pane):
    widget, selection = pane
    selection.select("e1")
    form = widget.form
    assert form.title_edit.text() == "Talks <b>with</b> Verizon"
    assert form.when_label.text() == "c. December 2017 – ongoing"
    assert form.when_label.textFormat() == Qt.TextFormat.PlainText
    assert (form.start_field.value(), form.end_field.value()) == ("2017-12~", "..")
    assert (form.kind_combo.currentText(), form.status_combo.currentText()) == ("carrier-talks", "rumored")
    assert form.partners_edit.text() == "Verizon"
    assert form.tags_edit.text() == "us"
    assert form.notes_edit.toPlainText() == "Note."
    assert widget.source_title_label.text() == "<script>alert(1)</script>"
    assert widget.source_meta_label.text() == "Wire · c. December 2017 · citing Bloomberg, Reuters"


def test_quote_is_highlighted_even_after_an_emoji(pane):
    widget, selection = pane
    selection.select("e1")
    assert widget.highlighted_passage() == "is in talks with <b>Verizon</b>."
    assert widget.evidence_heading.text() == "Evidence 1 of 3"


def test_stepping_between_evidence_and_prefix_disambiguation(qtbot, pane):
    widget, selection = pane
    selection.select("e1")
    qtbot.mouseClick(widget.next_button, Qt.MouseButton.LeftButton)
    assert widget.evidence_heading.text() == "Evidence 2 of 3"
    selections = widget.source_text.extraSelections()
    cursor = selections[0].cursor
    assert cursor.selectedText() == "Xiaomi is in talks with"
    assert cursor.selectionStart() > widget.source_text.toPlainText().index("Later:")
    qtbot.mouseClick(widget.next_button, Qt.MouseButton.LeftButton)
    assert widget.evidence_heading.text() == "Evidence 3 of 3"
    assert not widget.next_button.isEnabled()
    assert widget.quote_warning.isVisible()
    assert "not found" in widget.quote_warning.text()
    assert widget.source_text.extraSelections() == []
    qtbot.mouseClick(widget.previous_button, Qt.MouseButton.LeftButton)
    assert widget.evidence_heading.text() == "Evidence 2 of 3"


def test_only_web_links_are_links_and_they_open_only_when_clicked(pane, monkeypatch):
    opened = []
    monkeypatch.setattr(detail_pane_module.QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    widget, selection = pane
    selection.select("e1")
    assert opened == []
    assert 'href="https://example.org/a?x=1&amp;y=&quot;2&quot;"' in widget.link_label.text()
    widget.link_label.linkActivated.emit("https://example.org/a")
    assert opened == ["https://example.org/a"]
    widget._open_link("javascript:alert(1)")
    widget._open_link("file:///etc/passwd")
    assert opened == ["https://example.org/a"]
    widget.show_evidence(2)  # source b has a javascript: url
    assert "href" not in widget.link_label.text()


def test_event_without_evidence_says_so(pane):
    widget, selection = pane
    selection.select("e2")
    assert widget.evidence_heading.text() == "No evidence"
    assert widget.quote_warning.isVisible()
    assert not widget.source_text.isVisible()
