"""Dates of events in words."""

import pytest

from gui.core.document.describe import when_words
from gui.core.document.model import Event


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        ("2017-12~", None, "c. December 2017"),
        ("2018?", None, "2018 (uncertain)"),
        ("2018-03", "..", "March 2018 – ongoing"),
        ("2015~", "2017?", "c. 2015 – 2017 (uncertain)"),
        ("2018-03-14%", None, "c. 14 March 2018 (uncertain)"),
        ("garbage", None, "garbage"),
    ],
)
def test_when_words(start, end, words):
    assert when_words(Event("e", "l", "t", start, end)) == words


def test_citation_markdown_for_the_best_buy_event(sample_path):
    from gui.core.document.describe import citation_markdown
    from gui.core.storage.fileformat import read_document

    document = read_document(sample_path).document
    event = next(e for e in document.events if e.id == "huawei-best-buy")
    text = citation_markdown(document, event)
    assert text.splitlines()[0] == "**Popular Huawei phones reach Best Buy** (2017 (uncertain))"
    assert "> A few of its most popular devices have reached brick-and-mortar stores like Best Buy recently" in text
    assert "— Huawei and Xiaomi in Talks with AT&T and Verizon to Carry Phones in 2018, 2017 (uncertain), citing Bloomberg" in text


def test_citation_escapes_markdown():
    from gui.core.document.describe import citation_markdown
    from gui.core.document.model import FORMAT_NAME, Document

    event = Event("e", "l", "*not bold* [link](x)", "2018")
    assert citation_markdown(Document(FORMAT_NAME, 1), event).startswith("**\\*not bold\\* \\[link\\](x)**")
