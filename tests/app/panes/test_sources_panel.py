"""The Sources dock: listing, searching, adding (pasted, HTML file, dropped), editing and deleting sources,
and reading a source with its cited passages highlighted. Every change is one undo step that undoes exactly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from gui.app.document.document_model import DocumentModel
from gui.app.widgets.plain_text import exact_plain_text
from gui.app.document.selection import EventSelection
from gui.app.dialogs.source_dialogs import SourceEditDialog
from gui.app.panes.source_reader import highlight_color
from gui.app.panes.sources_panel import SourcesPanel
from gui.app.widgets.text_offsets import utf16_position
from gui.core.document import edit_types, edits
from gui.core.storage.fileformat import read_document
from gui.core.storage.fileformat_write import encode_document
from gui.core.document.model import Source
from tests.app.modal import answering, click, no_prompt

SAMPLE_SOURCE = "bloomberg-talks-2018"

ARTICLE_HTML = """<!doctype html>
<html><head>
<meta charset="utf-8">
<title>Xiaomi to sell phones at Best Buy | The Phone Desk</title>
<meta property="og:site_name" content="The Phone Desk">
<meta property="article:published_time" content="2019-03-14T09:30:00Z">
<link rel="canonical" href="https://phonedesk.example/xiaomi-best-buy">
<style>body { color: red }</style>
<script>alert("never shown")</script>
</head><body>
<nav>Home | Phones | Carriers</nav>
<article>
<h1>Xiaomi to sell phones at Best Buy</h1>
<p>Xiaomi will sell its Mi 9 at Best Buy stores from April, the retailer said on Thursday.</p>
<p>The company had been in talks with AT&amp;T last year.</p>
</article>
<footer>© The Phone Desk</footer>
</body></html>
"""


def message_button(box: QMessageBox, text: str) -> QWidget:
    return next(button for button in box.buttons() if button.text().replace("&", "") == text)


@pytest.fixture
def model(sample_path) -> DocumentModel:
    document_model = DocumentModel()
    document_model.set_document(read_document(sample_path).document, sample_path)
    return document_model


@pytest.fixture
def selection() -> EventSelection:
    return EventSelection()


@pytest.fixture
def panel(qtbot, model, selection) -> SourcesPanel:
    dock = SourcesPanel(model, selection)
    qtbot.addWidget(dock)
    dock.resize(520, 760)
    dock.show()
    qtbot.waitExposed(dock)
    return dock


def row_texts(qtbot, panel: SourcesPanel) -> list[list[str]]:
    settle(qtbot, panel)
    proxy = panel.proxy
    return [
        [proxy.index(row, column).data() for column in range(proxy.columnCount())] for row in range(proxy.rowCount())
    ]


def settle(qtbot, panel: SourcesPanel) -> None:
    """Let anything the last change queued happen (the panel re-reads the model at once, and
    follows the selection on the next turn of the event loop)."""
    qtbot.wait(1)


def listed(qtbot, panel: SourcesPanel) -> list[str]:
    settle(qtbot, panel)
    return panel.source_ids()


def assert_one_step_undone(model: DocumentModel, before: bytes, steps_before: int) -> None:
    assert model.undo_stack.count() == steps_before + 1
    model.undo_stack.undo()
    assert encode_document(model.document) == before


def cited_sources(model: DocumentModel) -> set[str]:
    return {evidence.source for event in model.document.events for evidence in event.evidence}


def reader_point(panel: SourcesPanel, offset: int) -> QPoint:
    """The viewport pixel in the middle of the character at Python offset ``offset``."""
    reader = panel.reader
    cursor = reader.textCursor()
    cursor.setPosition(utf16_position(reader.toPlainText(), offset))
    rect = reader.cursorRect(cursor)
    return QPoint(rect.left() + 3, rect.center().y())


# -- listing ----------------------------------------------------------------------------------


def test_lists_sources_with_their_date_in_words_and_citations(qtbot, panel):
    assert row_texts(qtbot, panel) == [
        ["Huawei and Xiaomi in Talks with AT&T and Verizon to Carry Phones in 2018", "", "2017 (uncertain)", "12"]
    ]
    assert panel.selected_source_id() == SAMPLE_SOURCE


def test_sorts_and_searches(qtbot, panel, model):
    panel.add_source(
        {"title": "Verizon drops Huawei", "publisher": "The Verge", "published": "2018-01-09", "text": "x"}
    )
    panel.add_source({"title": "Xiaomi in India", "publisher": "Reuters", "published": "2016-05", "text": "y"})
    assert listed(qtbot, panel) == ["xiaomi-in-india", SAMPLE_SOURCE, "verizon-drops-huawei"]  # by date
    panel.source_list.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert listed(qtbot, panel) == [SAMPLE_SOURCE, "verizon-drops-huawei", "xiaomi-in-india"]
    qtbot.keyClicks(panel.search_edit, "verge")
    assert listed(qtbot, panel) == ["verizon-drops-huawei"]
    panel.search_edit.clear()
    qtbot.keyClicks(panel.search_edit, "xiaomi  india")
    assert listed(qtbot, panel) == ["xiaomi-in-india"]
    panel.search_edit.clear()
    assert len(listed(qtbot, panel)) == 3


def test_follows_changes_made_elsewhere(qtbot, panel, model):
    model.push(edits.add_source(model.document, "Elsewhere", "text", published="2019-02"))
    assert listed(qtbot, panel) == [SAMPLE_SOURCE, "elsewhere"]
    assert panel.selected_source_id() == SAMPLE_SOURCE
    model.push(edits.delete_events(model.document, [model.document.events[0].id]))
    assert row_texts(qtbot, panel)[0][3] == "11"
    model.undo_stack.undo()
    model.undo_stack.undo()
    assert row_texts(qtbot, panel)[0][3] == "12"
    assert listed(qtbot, panel) == [SAMPLE_SOURCE]


def test_a_hidden_panel_waits_until_shown(qtbot, panel, model):
    panel.hide()
    model.push(edits.add_source(model.document, "While hidden", "text"))
    assert listed(qtbot, panel) == [SAMPLE_SOURCE]  # not rebuilt while nobody looks
    panel.show()
    qtbot.waitUntil(lambda: panel.source_ids() == [SAMPLE_SOURCE, "while-hidden"])


# -- adding ------------------------------------------------------------------------------------


def test_add_a_source_from_pasted_text(qtbot, panel, model):
    article = "Phones arrive\n\nLine one of the article.\nSecond line, with a\u00a0no-break space.\n"
    QGuiApplication.clipboard().setText(article)
    before, steps = encode_document(model.document), model.undo_stack.count()

    def fill(editor: SourceEditDialog) -> None:
        assert editor.title_edit.text() == "Phones arrive"
        assert editor.found_label.isVisible()
        qtbot.keyClicks(editor.publisher_edit, "The Verge")
        qtbot.keyClicks(editor.url_edit, "https://example.com/a")
        qtbot.keyClicks(editor.published_edit, "2018-01-09")
        qtbot.keyClicks(editor.cites_edit, "Bloomberg, The Information")
        click(qtbot, editor.ok_button)

    with answering(SourceEditDialog, fill):
        panel.paste_action.trigger()
    source = model.document.sources[-1]
    assert source.id == "phones-arrive"
    assert (source.title, source.publisher, source.url, source.published) == (
        "Phones arrive",
        "The Verge",
        "https://example.com/a",
        "2018-01-09",
    )
    assert source.cites == ["Bloomberg", "The Information"]
    assert "Second line, with a\u00a0no-break space." in source.text  # pasted text kept exactly
    assert row_texts(qtbot, panel)[-1] == ["Phones arrive", "The Verge", "9 January 2018", "—"]
    assert panel.selected_source_id() == "phones-arrive"
    assert exact_plain_text(panel.reader) == source.text
    assert_one_step_undone(model, before, steps)
    assert listed(qtbot, panel) == [SAMPLE_SOURCE]


def test_pasting_an_empty_clipboard_explains(qtbot, panel, model):
    QGuiApplication.clipboard().setText("   ")

    def read(box: QMessageBox) -> None:
        assert "no text" in box.text()
        click(qtbot, box.buttons()[0])

    with answering(QMessageBox, read):
        panel.paste_action.trigger()
    assert model.undo_stack.count() == 0


def test_add_a_source_from_an_html_file(qtbot, panel, model, tmp_path):
    page = tmp_path / "xiaomi-best-buy.html"
    page.write_text(ARTICLE_HTML, encoding="utf-8")
    before, steps = encode_document(model.document), model.undo_stack.count()

    def check(editor: SourceEditDialog) -> None:
        assert editor.title_edit.text() == "Xiaomi to sell phones at Best Buy"
        assert editor.publisher_edit.text() == "The Phone Desk"
        assert editor.published_edit.text() == "2019-03-14"
        assert editor.url_edit.text() == "https://phonedesk.example/xiaomi-best-buy"
        text = editor.text_edit.toPlainText()
        assert "Xiaomi will sell its Mi 9 at Best Buy stores from April" in text
        assert "in talks with AT&T last year." in text
        for dropped in ("alert", "color: red", "Home | Phones", "©"):
            assert dropped not in text
        assert "published" in editor.found_label.text()
        click(qtbot, editor.ok_button)

    with answering(SourceEditDialog, check):
        panel.ask_add_from_file(page)
    assert panel.selected_source_id() == model.document.sources[-1].id
    assert model.document.sources[-1].publisher == "The Phone Desk"
    assert_one_step_undone(model, before, steps)


def test_dropping_an_article_on_the_panel_adds_it(qtbot, panel, model, tmp_path):
    page = tmp_path / "dropped.html"
    page.write_text(ARTICLE_HTML, encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(page))])
    drop = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    with answering(SourceEditDialog, lambda editor: click(qtbot, editor.ok_button)):
        panel.dropEvent(drop)
        qtbot.waitUntil(lambda: len(model.document.sources) == 2)
    assert drop.isAccepted()
    assert model.document.sources[-1].title == "Xiaomi to sell phones at Best Buy"


def test_an_unreadable_file_is_explained_and_adds_nothing(qtbot, panel, model, tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))

    def read(box: QMessageBox) -> None:
        assert box.textFormat() == Qt.TextFormat.PlainText
        assert "photo.txt" in box.text() or "photo.txt" in box.informativeText()
        click(qtbot, box.buttons()[0])

    with answering(QMessageBox, read):
        panel.ask_add_from_file(binary)
    assert model.undo_stack.count() == 0


# -- editing and deleting ----------------------------------------------------------------------


def test_edit_a_sources_metadata(qtbot, panel, model):
    before, steps = encode_document(model.document), model.undo_stack.count()

    def edit(editor: SourceEditDialog) -> None:
        assert editor.published_edit.text() == "2017?"
        qtbot.keyClicks(editor.publisher_edit, "Bloomberg")
        editor.published_edit.selectAll()
        qtbot.keyClicks(editor.published_edit, "2017-12-27")
        click(qtbot, editor.ok_button)

    with answering(SourceEditDialog, edit):
        click(qtbot, panel.edit_button)
    new = model.source(SAMPLE_SOURCE)
    assert (new.publisher, new.published) == ("Bloomberg", "2017-12-27")
    assert row_texts(qtbot, panel)[0][1:3] == ["Bloomberg", "27 December 2017"]
    assert_one_step_undone(model, before, steps)


@pytest.mark.parametrize("button", ["ok", "cancel"])
def test_an_untouched_or_cancelled_edit_changes_nothing(qtbot, panel, model, button):
    before = encode_document(model.document)

    def answer(editor: SourceEditDialog) -> None:
        if button == "cancel":
            qtbot.keyClicks(editor.title_edit, " (changed)")
            click(qtbot, editor.button_box.button(QDialogButtonBox.StandardButton.Cancel))
        else:
            click(qtbot, editor.ok_button)

    with answering(SourceEditDialog, answer):
        click(qtbot, panel.edit_button)
    assert model.undo_stack.count() == 0
    assert encode_document(model.document) == before


def test_delete_an_uncited_source_without_asking(qtbot, panel, model):
    panel.add_source({"title": "Loose article", "text": "Nothing cites this."})
    before, steps = encode_document(model.document), model.undo_stack.count()
    assert panel.selected_source_id() == "loose-article"
    with no_prompt():
        click(qtbot, panel.delete_button)
    assert listed(qtbot, panel) == [SAMPLE_SOURCE]
    assert_one_step_undone(model, before, steps)


def test_delete_a_cited_source_after_confirming(qtbot, panel, model):
    before, steps = encode_document(model.document), model.undo_stack.count()

    def confirm(box: QMessageBox) -> None:
        assert "12 events cite it" in box.informativeText()
        click(qtbot, message_button(box, "Delete"))

    with answering(QMessageBox, confirm):
        click(qtbot, panel.delete_button)
    assert model.document.sources == []
    assert cited_sources(model) == set()
    assert listed(qtbot, panel) == []
    assert not panel.edit_button.isEnabled()
    assert panel.title_label.text() == "No sources yet"
    assert_one_step_undone(model, before, steps)
    assert listed(qtbot, panel) == [SAMPLE_SOURCE]


def test_cancelling_the_delete_changes_nothing(qtbot, panel, model):
    before = encode_document(model.document)
    with answering(QMessageBox, lambda box: click(qtbot, message_button(box, "Cancel"))):
        click(qtbot, panel.delete_button)
    assert model.undo_stack.count() == 0
    assert encode_document(model.document) == before


def test_titles_are_shown_as_plain_text(qtbot, panel, model):
    panel.edit_source(SAMPLE_SOURCE, {"title": "<b>x</b>"})
    assert row_texts(qtbot, panel)[0][0] == "<b>x</b>"
    assert panel.title_label.textFormat() == Qt.TextFormat.PlainText
    assert panel.title_label.text() == "<b>x</b>"


# -- reading: highlights -----------------------------------------------------------------------


def highlighted_runs(panel: SourcesPanel) -> list[tuple[str, str]]:
    """(text, background colour name) of every highlighted run, as Qt shows it."""
    return [
        (selection.cursor.selectedText(), selection.format.background().color().name())
        for selection in panel.reader.extraSelections()
    ]


def test_every_cited_passage_is_highlighted_in_its_kind_colour(panel, model):
    source = model.source(SAMPLE_SOURCE)
    runs = highlighted_runs(panel)
    highlighted = " ".join(text for text, _ in runs)
    for event in model.document.events:
        quote = " ".join(event.evidence[0].quote.split())
        assert quote.split()[0] in highlighted
    best_buy = next(color for text, color in runs if "brick-and-mortar stores like Best Buy" in text)
    assert best_buy == highlight_color(["retail"]).name()
    # "blockbuster success has eluded it" (a setback) lies inside the online-sales quote: a blend, underlined.
    inner = next(
        s for s in panel.reader.extraSelections() if s.cursor.selectedText() == "blockbuster success has eluded it"
    )
    assert inner.format.background().color().name() == highlight_color(["online-sales", "setback"]).name()
    assert inner.format.underlineStyle() != inner.format.UnderlineStyle.NoUnderline
    # Uncited text has no highlight: the sentence about commissions is cited by nothing.
    uncited = "We may earn a commission"
    assert uncited in source.text
    assert all(uncited not in text for text, _ in runs)
    assert "% of the text not cited yet" in panel.summary_label.text()
    assert "20 passages cited by 12 events" in panel.summary_label.text()


def test_the_current_events_passage_is_stronger(qtbot, panel, model, selection):
    selection.select("huawei-best-buy")
    settle(qtbot, panel)  # the panel follows the selection once the click's frame is painted
    runs = highlighted_runs(panel)
    best_buy = next(color for text, color in runs if "brick-and-mortar stores like Best Buy" in text)
    assert best_buy == highlight_color(["retail"], current=True).name()


def test_clicking_a_highlight_selects_its_event(qtbot, panel, model, selection):
    text = model.source(SAMPLE_SOURCE).text
    offset = text.index("brick-and-mortar")
    panel.reader.scroll_to_event("huawei-best-buy")
    qtbot.mouseClick(panel.reader.viewport(), Qt.MouseButton.LeftButton, pos=reader_point(panel, offset))
    assert selection.current == "huawei-best-buy"


def test_clicking_a_shared_passage_cycles_through_its_events(qtbot, panel, model, selection):
    text = model.source(SAMPLE_SOURCE).text
    offset = text.index("currently in talks")
    panel.reader.scroll_to_event("huawei-att-verizon-talks")
    point = reader_point(panel, offset)
    qtbot.mouseClick(panel.reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    first = selection.current
    settle(qtbot, panel)
    qtbot.mouseClick(panel.reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    second = selection.current
    assert {first, second} == {"huawei-att-verizon-talks", "xiaomi-att-verizon-talks"}


def test_clicking_uncited_text_selects_nothing(qtbot, panel, model, selection):
    text = model.source(SAMPLE_SOURCE).text
    panel.reader.select_range(0, 0)
    qtbot.mouseClick(
        panel.reader.viewport(), Qt.MouseButton.LeftButton, pos=reader_point(panel, text.index("We may earn"))
    )
    assert selection.current is None


def test_selecting_an_event_shows_its_source(qtbot, panel, model, selection):
    panel.add_source({"title": "Another", "text": "Unrelated text."})
    assert panel.selected_source_id() == "another"
    selection.select("xiaomi-china-india")
    settle(qtbot, panel)
    assert panel.selected_source_id() == SAMPLE_SOURCE
    cursor_line = panel.reader.textCursor().block().text()
    assert "Xiaomi’s been doing very well in China and India" in cursor_line


def test_a_quote_lost_after_an_edit_is_counted(qtbot, panel, model):
    source = model.source(SAMPLE_SOURCE)
    text = source.text.replace("Huawei has outsold Apple in China, for instance", "Huawei sells well")
    model.push(edit_types.ReplaceSource("edit", source, Source(source.id, title=source.title, text=text)))
    settle(qtbot, panel)
    assert "1 quote no longer found" in panel.summary_label.text()


def test_an_event_edit_updates_counts_and_highlights_without_a_rebuild(qtbot, panel, model):
    resets = []
    panel.list_model.modelReset.connect(lambda: resets.append(1))
    model.push(edits.edit_event(model.document, "huawei-best-buy", "Remove evidence from", evidence=[]))
    settle(qtbot, panel)
    assert resets == []
    assert row_texts(qtbot, panel)[0][3] == "11"
    assert all("brick-and-mortar" not in text for text, _ in highlighted_runs(panel))
    model.undo_stack.undo()
    settle(qtbot, panel)
    assert resets == []
    assert row_texts(qtbot, panel)[0][3] == "12"
    assert any("brick-and-mortar" in text for text, _ in highlighted_runs(panel))


def test_deleting_and_adding_events_updates_counts_and_highlights_without_a_rebuild(qtbot, panel, model):
    resets = []
    panel.list_model.modelReset.connect(lambda: resets.append(1))
    model.push(edits.delete_events(model.document, ["huawei-best-buy"]))
    settle(qtbot, panel)
    assert resets == []
    assert row_texts(qtbot, panel)[0][3] == "11"
    assert all("brick-and-mortar" not in text for text, _ in highlighted_runs(panel))
    model.undo_stack.undo()
    settle(qtbot, panel)
    assert row_texts(qtbot, panel)[0][3] == "12"
    assert any("brick-and-mortar" in text for text, _ in highlighted_runs(panel))
    model.push(edits.duplicate_events(model.document, ["huawei-best-buy"]))
    settle(qtbot, panel)
    assert resets == []
    assert row_texts(qtbot, panel)[0][3] == "13"


def test_tooltips_show_markup_in_titles_literally(qtbot, panel, model):
    panel.edit_source(SAMPLE_SOURCE, {"title": "<img src=http://example.com/x.png> & co", "url": "javascript:alert(1)"})
    settle(qtbot, panel)
    tip = panel.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip and "&lt;img src=http://example.com/x.png&gt; &amp; co" in tip
    assert "javascript:alert(1)" in tip


def test_a_hidden_reader_catches_up_with_the_selection_when_shown(qtbot, panel, model, selection):
    panel.hide()
    selection.select("huawei-best-buy")
    panel.show()
    qtbot.waitExposed(panel)
    settle(qtbot, panel)
    best_buy = next(color for text, color in highlighted_runs(panel) if "brick-and-mortar stores like Best Buy" in text)
    assert best_buy == highlight_color(["retail"], current=True).name()


def test_a_burst_of_selection_changes_is_followed_once_after_the_event_loop_turns(qtbot, panel, model, selection):
    panel.add_source({"title": "Another", "text": "Unrelated text."})
    assert panel.selected_source_id() == "another"
    shown = []
    real_show_text = panel.reader.show_text
    panel.reader.show_text = lambda *args: shown.append(args[0][:20]) or real_show_text(*args)
    for event_id in ("huawei-best-buy", "xiaomi-china-india", "huawei-outsells-apple-china"):
        selection.select(event_id)
    # The Details pane and the timeline show the click first; the panel waits for the next turn.
    assert shown == [] and panel.selected_source_id() == "another"
    settle(qtbot, panel)
    assert len(shown) == 1 and panel.selected_source_id() == SAMPLE_SOURCE
    assert "Huawei has outsold Apple in China" in panel.reader.textCursor().block().text()


def test_a_text_file_with_a_byline_fills_the_author_and_says_where(qtbot, panel, model, tmp_path):
    article = tmp_path / "oneplus.txt"
    article.write_text(
        "OnePlus lands its first US carrier\nBy Dana Whitfield, Handset Wire — October 12, 2018\n\n"
        "OnePlus will sell the 6T through T-Mobile.\n",
        encoding="utf-8",
    )
    before, steps = encode_document(model.document), model.undo_stack.count()

    def check(editor: SourceEditDialog) -> None:
        assert editor.author_edit.text() == "Dana Whitfield"
        assert editor.publisher_edit.text() == "Handset Wire"
        assert "author from byline" in editor.found_label.text()
        editor.author_edit.setFocus()
        qtbot.keyClicks(editor.author_edit, " Jr.")
        qtbot.keyClick(editor.author_edit, Qt.Key.Key_Return)  # Enter accepts the form

    with answering(SourceEditDialog, check):
        panel.ask_add_from_file(article)
    source = model.document.sources[-1]
    assert (source.author, source.publisher, source.published) == ("Dana Whitfield Jr.", "Handset Wire", "2018-10-12")
    assert panel.meta_label.text().startswith("Handset Wire · by Dana Whitfield Jr. · 12 October 2018")
    assert_one_step_undone(model, before, steps)


def test_the_author_is_edited_in_the_source_form_as_one_step(qtbot, panel, model):
    before, steps = encode_document(model.document), model.undo_stack.count()

    def edit(editor: SourceEditDialog) -> None:
        assert editor.author_edit.text() == ""
        qtbot.keyClicks(editor.author_edit, "Li Wen")
        click(qtbot, editor.ok_button)

    with answering(SourceEditDialog, edit):
        click(qtbot, panel.edit_button)
    assert model.source(SAMPLE_SOURCE).author == "Li Wen"
    assert_one_step_undone(model, before, steps)
