"""TimelineJS HTML as plain text and back (gui.core.interop.timelinejs_html)."""

from __future__ import annotations

import pytest

from gui.core.interop.timelinejs_html import html_to_text, text_to_html


@pytest.mark.parametrize(
    "html, text",
    [
        ("Plain  text, kept\texactly ", "Plain  text, kept\texactly "),
        ("AT&T and Tom & Jerry", "AT&T and Tom & Jerry"),
        ("<p>One</p><p>Two</p>", "One\n\nTwo"),
        ("a<br>b<br/>c", "a\nb\nc"),
        ("  <p>  spaced \n out  </p>  ", "spaced out"),
        ("<b>bold</b> and <i>italic</i>", "bold and italic"),
        ("AT&amp;T &lt;tag&gt; &nbsp;x", "AT&T <tag> \xa0x"),
        ('see <a href="https://example.com/a">the article</a>.', "see the article (https://example.com/a)."),
        ('<a href="https://example.com">https://example.com</a>', "https://example.com"),
        ('<a href="#top">top</a>', "top"),
        ("<ul><li>one</li><li>two</li></ul>", "- one\n- two"),
        ("<script>alert(1)</script>safe<style>p{}</style>", "safe"),
        ("text. \n<p><span>note</span>", "text.\n\nnote"),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


@pytest.mark.parametrize(
    "text, html",
    [
        ("Plain text", "Plain text"),
        ("AT&T", "AT&T"),
        ("a < b", "a &lt; b"),
        ("One\n\nTwo\nThree", "<p>One</p><p>Two<br>Three</p>"),
        ("&amp; literally", "&amp;amp; literally"),
    ],
)
def test_text_to_html(text: str, html: str) -> None:
    assert text_to_html(text) == html
    assert html_to_text(text_to_html(text)) == text
