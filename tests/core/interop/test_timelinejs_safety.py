"""TimelineJS export writes text as HTML-escaped text and only web addresses as media (issue 15, item 18).

TimelineJS shows headlines, texts, captions, credits and groups as HTML and loads ``media.url``: a
group written as it is could inject markup, and a source address such as ``javascript:``, ``data:``
or iframe markup would be run or embedded, though the app itself refuses to open such links.
"""

from __future__ import annotations

import json

from gui.core.storage.fileformat_write import encode_document
from gui.core.document.model import Document, Event, Evidence, Lane, Source, new_document
from gui.core.interop.timelinejs import decode_timelinejs, encode_timelinejs

MARKUP = '<img src=x onerror="alert(1)"> & Co'
NOT_WEB = {
    "js": "javascript:alert(1)",
    "data": "data:text/html,<script>alert(1)</script>",
    "iframe": '<iframe src="https://evil.example"></iframe>',
    "vb": " JaVaScRiPt:alert(1)",
    "ftp": "ftp://example.com/file",
}


def document_with_sources(urls: dict[str, str]) -> Document:
    document = new_document()
    document.lanes = [Lane("l", "Lane")]
    document.sources = [Source(name, f"Source {name}", url=url, text="the passage") for name, url in urls.items()]
    document.events = [
        Event(f"e-{name}", "l", name, "2018", evidence=[Evidence(name, "the passage")]) for name in urls
    ]
    return document


def test_group_is_escaped_like_every_other_text_and_comes_back() -> None:
    document = new_document()
    document.lanes = [Lane("l", MARKUP)]
    document.events = [Event("e", "l", MARKUP, "2018", notes=MARKUP)]
    data, _ = encode_timelinejs(document)
    slide = json.loads(data)["events"][0]
    escaped = '&lt;img src=x onerror="alert(1)"&gt; &amp; Co'
    assert slide["group"] == escaped
    assert slide["text"] == {"headline": escaped, "text": escaped}
    shown = {key: value for key, value in slide.items() if key != "inroads"}  # TimelineJS ignores "inroads"
    assert "<img" not in json.dumps(shown)
    assert encode_document(decode_timelinejs(data, "t.json").document) == encode_document(document)


def test_a_group_written_as_html_by_another_tool_is_read_as_text() -> None:
    value = {"events": [{"start_date": {"year": 2018}, "group": "AT&amp;T &lt;US&gt;"}]}
    document = decode_timelinejs(json.dumps(value).encode(), "t.json").document
    assert [lane.name for lane in document.lanes] == ["AT&T <US>"]
    assert json.loads(encode_timelinejs(document)[0]) == value  # written back as it was


def test_only_web_addresses_become_media_and_the_others_are_warned_about() -> None:
    document = document_with_sources({**NOT_WEB, "web": "https://example.com/a?b=1&c=2", "rel": "//example.com/x"})
    data, warnings = encode_timelinejs(document)
    value = json.loads(data)
    media = {slide["unique_id"]: slide.get("media") for slide in value["events"]}
    assert media["e-web"] == {"url": "https://example.com/a?b=1&c=2", "caption": "Source web"}
    assert media["e-rel"] == {"url": "//example.com/x", "caption": "Source rel"}
    assert [name for name, m in media.items() if m is not None] == ["e-web", "e-rel"]
    words = " ".join(w.describe() for w in warnings)
    for name in NOT_WEB:
        assert f'source "{name}"' in words, (name, words)
    assert "is not an http(s) address" in words
    # The addresses are not lost: the sources ride along under "inroads", and come back on import.
    assert encode_document(decode_timelinejs(data, "t.json").document) == encode_document(document)


def test_an_imported_slide_keeps_no_script_address_on_export() -> None:
    value = {"events": [{"start_date": {"year": 2018}, "media": {"url": "javascript:alert(1)", "caption": "c"}},
                        {"start_date": {"year": 2019}, "media": {"url": "/static/img/a.jpg", "caption": "d"}}]}
    document = decode_timelinejs(json.dumps(value).encode(), "t.json").document
    data, warnings = encode_timelinejs(document)
    slides = json.loads(data)["events"]
    assert "media" not in slides[0]
    assert slides[1]["media"] == {"url": "/static/img/a.jpg", "caption": "d"}  # a relative address is written back
    assert any("is not an http(s) address" in w.describe() for w in warnings)
