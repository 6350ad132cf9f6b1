"""Importing a pasted text or a saved .txt, .md or .html file as a draft source."""

from __future__ import annotations

import codecs
import socket
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.document.dates import parse_date
from gui.core.document.problems import ErrorKind, LoadError
from gui.core.evidence.html_source import draft_from_html
from gui.core.evidence.markdown_source import draft_from_markdown
from gui.core.evidence.source_draft import MAX_TITLE_LENGTH, SourceDraft, draft_from_text
from gui.core.evidence.source_import import read_source_file
from gui.core.document.textquote import find_quote

# A news article as a browser saves it: metadata in the head, a site header with
# navigation, the story in <article>, a sidebar, a footer, and the usual scripts.
NEWS_ARTICLE = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Huawei and Xiaomi in Talks with AT&amp;T and Verizon to Carry Phones in 2018 | XDA Developers</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Huawei and Xiaomi in Talks with AT&amp;T and Verizon to Carry Phones in 2018">
<meta property="og:site_name" content="XDA Developers">
<meta property="og:url" content="https://www.xda-developers.com/huawei-xiaomi-att-verizon-2018/">
<meta property="article:published_time" content="2017-12-05T21:47:12-05:00">
<meta property="article:modified_time" content="2017-12-07T10:00:00+00:00">
<link rel="canonical" href="https://www.xda-developers.com/huawei-xiaomi-att-verizon-2018/">
<link rel="stylesheet" href="https://cdn.example.invalid/site.css">
<style>
  .ad-slot { display: none } body > header p { color: red }
</style>
<script>
  window.dataLayer = window.dataLayer || [];
  if (window.innerWidth < 600 && document.cookie.indexOf("<p>") > -1) { track("</div>"); }
</script>
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "NewsArticle", "@id": "https://www.xda-developers.com/huawei-xiaomi-att-verizon-2018/#article",
   "headline": "Huawei and Xiaomi in Talks with AT&T and Verizon",
   "datePublished": "2017-12-06T02:47:12+00:00",
   "publisher": {"@id": "https://www.xda-developers.com/#organization"}},
  {"@type": "Organization", "@id": "https://www.xda-developers.com/#organization", "name": "XDA"}
]}
</script>
</head>
<body class="post-template">
<header class="site-header">
  <a class="logo" href="/">XDA Developers</a>
  <nav><ul><li><a href="/news/">News</a></li><li><a href="/reviews/">Reviews</a></li></ul></nav>
  <form role="search"><input type="search" name="q"><button>Search</button></form>
</header>
<div class="cookie-banner" hidden>We use cookies.</div>
<main id="content">
<article class="post">
  <header class="entry-header">
    <h1 class="entry-title">Huawei and Xiaomi in Talks with AT&amp;T and Verizon to Carry Phones in 2018</h1>
    <p class="byline">By <a href="/author/jane/">Jane Doe</a> &middot; <time datetime="2017-12-05T21:47:12-05:00">December 5, 2017</time></p>
  </header>
  <p class="disclosure"><em>We may earn a commission for purchases made using our links.</em></p>
  <p>Chinese smartphone makers Huawei and Xiaomi have been pretty selective in the markets
     they&rsquo;ve chosen to focus their attention. So far, Xiaomi&rsquo;s been doing very well
     in China and India, whereas Huawei has been seeing great success in Europe and China.
     But both are reportedly turning their attention to a new frontier: The United States.
     According to <a href="https://www.bloomberg.com/">Bloomberg</a>, the two smartphone makers are
     currently in talks with AT&amp;T and Verizon&nbsp;Wireless to sell phones stateside.</p>
  <figure>
    <svg class="icon" viewBox="0 0 24 24"><title>camera icon</title><path d="M0 0h24v24H0z"/></svg>
    <img src="https://cdn.example.invalid/mate10.jpg" alt="Huawei Mate 10 Pro">
    <figcaption>The Huawei Mate 10 Pro.</figcaption>
  </figure>
  <p>Entering the U.S. smartphone market isn&#8217;t easy.<br>Others have tried and failed.</p>
  <noscript><img src="https://pixel.example.invalid/p.gif"></noscript>
  <div class="share"><button type="button">Share on Twitter</button></div>
  <template><p>Template text</p></template>
  <p>Source: Bloomberg</p>
  <footer class="entry-footer">Tags: Huawei, Xiaomi</footer>
</article>
<aside class="sidebar"><h2>Related</h2>
  <article><h3>Honor View 10 launches</h3><time datetime="2017-11-28">Nov 28</time></article>
</aside>
</main>
<footer class="site-footer"><p>&copy; 2017 XDA Developers</p><nav><a href="/privacy">Privacy</a></nav></footer>
<script src="https://cdn.example.invalid/app.js"></script>
</body>
</html>
"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def assert_valid_date(draft: SourceDraft) -> None:
    if draft.published is not None:
        parse_date(draft.published)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Importing never fetches anything, even from pages full of remote URLs."""

    def refuse(*args, **kwargs):
        raise AssertionError("source import tried to use the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


# ----------------------------------------------------------------------------- HTML


def test_news_article_metadata_comes_from_the_head(tmp_path: Path) -> None:
    draft = read_source_file(write(tmp_path, "article.html", NEWS_ARTICLE))

    assert draft.title == "Huawei and Xiaomi in Talks with AT&T and Verizon to Carry Phones in 2018"
    assert draft.publisher == "XDA Developers"
    assert draft.url == "https://www.xda-developers.com/huawei-xiaomi-att-verizon-2018/"
    # The publisher's own calendar day, not the UTC one that JSON-LD gives (2017-12-06).
    assert draft.published == "2017-12-05"
    assert dict(draft.found) == {
        "title": '<meta property="og:title">',
        "publisher": '<meta property="og:site_name">',
        "published": '<meta property="article:published_time">',
        "url": '<link rel="canonical">',
        "text": "<article>",
    }


def test_news_article_text_is_the_story_alone_in_readable_paragraphs(tmp_path: Path) -> None:
    text = read_source_file(write(tmp_path, "article.html", NEWS_ARTICLE)).text

    paragraphs = text.split("\n\n")
    assert paragraphs[0] == "Huawei and Xiaomi in Talks with AT&T and Verizon to Carry Phones in 2018"
    assert paragraphs[1] == "By Jane Doe · December 5, 2017"
    assert paragraphs[2] == "We may earn a commission for purchases made using our links."
    # Inline elements stay in the sentence, entities are decoded, wrapped lines are joined.
    assert paragraphs[3].startswith("Chinese smartphone makers Huawei and Xiaomi have been pretty selective in the")
    assert "they’ve chosen to focus their attention. So far, Xiaomi’s been" in paragraphs[3]
    assert "\n" not in paragraphs[3] and "  " not in paragraphs[3]
    assert paragraphs[-3:] == [
        "The Huawei Mate 10 Pro.",
        "Entering the U.S. smartphone market isn’t easy.\nOthers have tried and failed.",  # <br>
        "Source: Bloomberg",
    ]
    for left_out in (
        "News", "Reviews", "Search", "cookies", "dataLayer", "display: none", "camera icon", "Share on Twitter",
        "Template text", "Tags:", "Related", "Honor View 10", "© 2017",
    ):  # fmt: skip
        assert left_out not in text, left_out
    # A quote copied from the page in a browser is found in the imported text.
    quote = "the two smartphone makers are currently in talks with AT&T and Verizon Wireless to sell phones stateside."
    assert find_quote(text, quote) is not None


def test_title_loses_the_site_name_suffix(tmp_path: Path) -> None:
    page = NEWS_ARTICLE.replace('<meta property="og:title"', '<meta property="og:ignored"')
    draft = draft_from_html(page)
    assert draft.title == "Huawei and Xiaomi in Talks with AT&T and Verizon"  # JSON-LD headline comes before <title>
    page = page.replace('"headline"', '"alternativeHeadline"')
    draft = draft_from_html(page)
    assert draft.title == "Huawei and Xiaomi in Talks with AT&T and Verizon to Carry Phones in 2018"
    assert draft.found["title"] == "<title>"


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Huawei Mate 10 review - The Verge", "The Verge", "Huawei Mate 10 review"),
        ("Huawei Mate 10 review — The Verge", "the verge", "Huawei Mate 10 review"),
        ("The Verge | Huawei Mate 10 review", "The Verge", "Huawei Mate 10 review"),
        ("Huawei Mate 10 review - Engadget", "The Verge", "Huawei Mate 10 review - Engadget"),
        ("AT&T - Verizon - Sprint", "", "AT&T - Verizon - Sprint"),
    ],
)
def test_site_suffix_is_stripped_only_when_it_is_the_site_name(title: str, site: str, expected: str) -> None:
    site_meta = f'<meta name="application-name" content="{site}">' if site else ""
    draft = draft_from_html(f"<html><head><title>{title}</title>{site_meta}</head><body><p>x</p></body></html>")
    assert draft.title == expected


def test_page_without_metadata_uses_title_time_and_body(tmp_path: Path) -> None:
    page = """<html><head><title>Xiaomi confirms US plans</title></head>
    <body>
      <div id="top"><a href="/">Home</a> | <a href="/tech">Tech</a></div>
      <div class="story">
        <h1>Xiaomi confirms plans to enter the US market</h1>
        <p>Posted <time datetime="2018-02-26">February 26</time></p>
        <p>Xiaomi said it would enter the US market by early 2019.</p>
      </div>
    </body></html>"""
    draft = read_source_file(write(tmp_path, "xiaomi.htm", page))
    assert draft.title == "Xiaomi confirms US plans"
    assert draft.publisher == "" and draft.url == ""
    assert draft.published == "2018-02-26"
    assert dict(draft.found) == {"title": "<title>", "published": "<time datetime>", "text": "<body>"}
    assert draft.text.endswith(
        "Xiaomi confirms plans to enter the US market\n\nPosted February 26\n\n"
        "Xiaomi said it would enter the US market by early 2019."
    )


def test_page_without_title_falls_back_to_h1_then_file_name() -> None:
    draft = draft_from_html("<body><h1> Huawei &amp; AT&amp;T </h1><p>Deal off.</p></body>", "saved.html")
    assert (draft.title, draft.found["title"]) == ("Huawei & AT&T", "first <h1>")
    draft = draft_from_html("<body><p>Deal off.</p></body>", "/downloads/huawei-att.html")
    assert (draft.title, draft.found["title"]) == ("huawei-att", "file name")


def test_json_ld_and_itemprop_fill_in_for_missing_meta_tags() -> None:
    page = """<html><head><title>Huawei Mate 10 Pro arrives</title>
    <script type="application/ld+json">[{"@type": "WebSite", "name": "Site"},
      {"@type": ["NewsArticle"], "datePublished": "2018-01-09", "publisher": [{"@type": "Organization", "name": "CNET"}],
       "url": "https://www.cnet.com/news/huawei-mate-10-pro/"}]</script>
    <script type="application/ld+json">{ this is not JSON </script>
    </head><body><p>Text.</p></body></html>"""
    draft = draft_from_html(page)
    assert (draft.publisher, draft.published, draft.url) == (
        "CNET",
        "2018-01-09",
        "https://www.cnet.com/news/huawei-mate-10-pro/",
    )
    assert draft.found["publisher"] == 'JSON-LD "publisher"'
    assert draft.found["published"] == 'JSON-LD "datePublished"'

    page = '<body><article><span itemprop="datePublished" content="2018-01-08T17:00:00-08:00">Jan 8</span><p>x</p>'
    draft = draft_from_html(page)
    assert (draft.published, draft.found["published"]) == ("2018-01-08", '<span itemprop="datePublished">')
    draft = draft_from_html('<head><meta itemprop="datePublished" content="2018-01-08"></head><p>x</p>')
    assert draft.found["published"] == '<meta itemprop="datePublished">'
    draft = draft_from_html('<head><meta name="date" content="2018-01-07"></head><p>x</p>')
    assert (draft.published, draft.found["published"]) == ("2018-01-07", '<meta name="date">')


def test_unreadable_dates_are_skipped_for_the_next_source() -> None:
    page = """<head><meta property="article:published_time" content="yesterday">
    <meta name="date" content="2017-02-30"></head>
    <body><article><time datetime="soon">soon</time><time datetime="2017-12-05T10:00">Dec 5</time><p>x</p></article>"""
    draft = draft_from_html(page)
    assert (draft.published, draft.found["published"]) == ("2017-12-05", "<time datetime>")
    assert draft_from_html("<p>no date at all</p>").published is None


def test_time_outside_the_article_is_not_its_date() -> None:
    page = '<body><aside><time datetime="2016-01-01">x</time></aside><article><p>x</p></article></body>'
    assert draft_from_html(page).published is None


def test_canonical_url_resolves_against_og_url_and_non_web_urls_are_ignored() -> None:
    page = '<head><link rel="canonical" href="/news/a"><meta property="og:url" content="https://ex.com/x/y"></head>'
    assert draft_from_html(page).url == "https://ex.com/news/a"
    page = '<head><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="ftp://ex.com/f"></head>'
    draft = draft_from_html(page)
    assert draft.url == "" and "url" not in draft.found


def test_main_is_used_when_there_is_no_article_and_teasers_do_not_win() -> None:
    page = """<body><nav>Menu</nav><main><h1>Huawei in talks</h1><p>The real story is long enough to matter
    here, and it goes on for a while.</p><article><p>Teaser</p></article></main><p>Outside main</p></body>"""
    draft = draft_from_html(page)
    assert draft.found["text"] == "<main>"
    assert draft.text.startswith("Huawei in talks\n\nThe real story") and draft.text.endswith("Teaser")


def test_a_page_that_is_all_navigation_still_gives_its_text() -> None:
    draft = draft_from_html("<body><nav><p>Only this</p></nav></body>")
    assert draft.text == "Only this"


def test_broken_markup_keeps_its_text() -> None:
    page = """<p>Unclosed <b>bold <i>and italic</p><p>next paragraph</b>
    <div class="x>broken attribute</div><p>after &amp &unknown; &#x2019; &lt;tag&gt;</p>
    </span></section><p>stray end tags ignored</p><!-- unclosed comment <p>hidden</p>"""
    text = draft_from_html(page).text
    assert "Unclosed bold and italic" in text
    assert "next paragraph" in text
    assert "after & &unknown; ’ <tag>" in text
    assert "stray end tags ignored" in text
    assert "hidden" not in text


def test_pre_keeps_its_line_breaks() -> None:
    text = draft_from_html("<pre>\nQ3 2017\n  Huawei   10.4%\n  Xiaomi    7.5%\n</pre>").text
    assert text == "Q3 2017\n  Huawei   10.4%\n  Xiaomi    7.5%"


# ----------------------------------------------------------------------------- encodings


def test_html_meta_charset_latin1(tmp_path: Path) -> None:
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
    page += "<title>Caf\u00e9 r\u00e9sum\u00e9</title></head><body><p>Huawei\u2019s na\u00efve plan</p></body></html>"
    # Pages labelled latin-1 are really windows-1252 (browsers read them so): the ’ is byte 0x92.
    path = write(tmp_path, "latin1.html", page.encode("cp1252"))
    draft = read_source_file(path)
    assert draft.title == "Café résumé"
    assert draft.text == "Huawei’s naïve plan"


def test_html_without_declared_encoding_falls_back_from_utf8_to_windows_1252() -> None:
    assert draft_from_html("<p>Caf\u00e9 \u2014 \u4e2d\u6587</p>".encode()).text == "Café — 中文"
    assert draft_from_html("<p>Caf\u00e9</p>".encode("cp1252")).text == "Café"


def test_html_meta_charset_of_a_chinese_page() -> None:
    page = '<meta charset="gb2312"><title>\u534e\u4e3a\u624b\u673a</title><p>\u5c0f\u7c73</p>'
    draft = draft_from_html(page.encode("gb18030"))
    assert (draft.title, draft.text) == ("华为手机", "小米")


def test_unknown_or_bogus_charset_labels_do_not_break_decoding() -> None:
    for label in ("no-such-encoding", "rot13", "utf-16"):
        assert draft_from_html(f'<meta charset="{label}"><p>Caf\u00e9</p>'.encode()).text == "Café"


@pytest.mark.parametrize("name", ["bom.txt", "bom.md", "bom.html"])
def test_utf8_byte_order_mark_is_dropped(tmp_path: Path, name: str) -> None:
    content = "<title>Huawei</title><p>Huawei</p>" if name.endswith("html") else "Huawei\n\nText."
    draft = read_source_file(write(tmp_path, name, codecs.BOM_UTF8 + content.encode()))
    assert draft.title == "Huawei"
    assert not draft.text.startswith("\ufeff")


def test_utf16_text_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = write(tmp_path, "notepad.txt", codecs.BOM_UTF16_LE + "Xiaomi\r\n\r\nMi A1 in the US.".encode("utf-16-le"))
    draft = read_source_file(path)
    assert (draft.title, draft.text) == ("Xiaomi", "Xiaomi\n\nMi A1 in the US.")


# ----------------------------------------------------------------------------- text and Markdown


def test_pasted_text_title_is_the_first_line_and_the_text_is_kept(seed_article: Path) -> None:
    original = seed_article.read_text(encoding="utf-8")
    draft = draft_from_text("\n\n" + original.replace("\n", "\r\n"))
    assert draft.title == "Huawei and Xiaomi in Talks with AT&T and Verizon to Carry Phones in 2018"
    assert draft.text == original.strip()
    assert (draft.publisher, draft.url, draft.published) == ("", "", None)
    assert dict(draft.found) == {"title": "first line", "text": "the whole text"}


def test_a_long_first_line_is_not_a_title(tmp_path: Path) -> None:
    paragraph = "Huawei " * (MAX_TITLE_LENGTH // 7 + 1)
    draft = read_source_file(write(tmp_path, "clipping.txt", paragraph + "\n\nMore."))
    assert (draft.title, draft.found["title"]) == ("clipping", "file name")
    assert draft_from_text(paragraph).title == ""
    assert draft_from_text("").text == ""


MARKDOWN_ARTICLE = """---
title: "Huawei's US Carrier Deal Collapses"
date: 2018-01-09T08:00:00-08:00
author:
  - Jane Doe
url: https://www.example.com/huawei-att
tags: [huawei, att]
---

# Huawei's US carrier deal *collapses*

**AT&T** pulled out of a deal to sell the [Mate 10 Pro](https://consumer.huawei.com/mate10 "Mate 10"),
people familiar with the matter said, _days before_ the launch at CES.

> The carrier faced pressure from `lawmakers`, according to \\*two\\* sources.

- Huawei will sell the phone unlocked
* Best Buy and Amazon will carry it

![The Mate 10 Pro](mate10.png)

Background
----------

Huawei had hoped to [reach][1] more US buyers &amp; build its brand.

```
raw *code* stays
```

[1]: https://example.com/reach
"""


def test_markdown_with_front_matter(tmp_path: Path) -> None:
    draft = read_source_file(write(tmp_path, "deal.md", MARKDOWN_ARTICLE))
    assert draft.title == "Huawei's US Carrier Deal Collapses"
    assert draft.publisher == "Jane Doe"
    assert draft.published == "2018-01-09"
    assert draft.url == "https://www.example.com/huawei-att"
    assert dict(draft.found) == {
        "title": 'front matter "title"',
        "published": 'front matter "date"',
        "publisher": 'front matter "author"',
        "url": 'front matter "url"',
        "text": "the Markdown text",
    }
    assert draft.text == (
        "Huawei's US carrier deal collapses\n\n"
        "AT&T pulled out of a deal to sell the Mate 10 Pro, people familiar with the matter said, "
        "days before the launch at CES.\n\n"
        "The carrier faced pressure from lawmakers, according to *two* sources.\n\n"
        "- Huawei will sell the phone unlocked\n"
        "- Best Buy and Amazon will carry it\n\n"
        "Background\n\n"
        "Huawei had hoped to reach more US buyers & build its brand.\n\n"
        "raw *code* stays"
    )


def test_markdown_title_from_first_heading_when_there_is_no_front_matter() -> None:
    draft = draft_from_markdown("Intro line\n\n## Smaller\n\n# Xiaomi **enters** the US\n\ntext")
    assert (draft.title, draft.found["title"]) == ("Xiaomi enters the US", "first # heading")
    draft = draft_from_markdown("Xiaomi enters the US\n===\n\ntext")
    assert draft.title == "Xiaomi enters the US"
    assert draft.text == "Xiaomi enters the US\n\ntext"
    draft = draft_from_markdown("No heading here.\n\nJust text.", "notes.md")
    assert (draft.title, draft.found["title"]) == ("No heading here.", "first line")


def test_markdown_keeps_snake_case_and_arithmetic() -> None:
    assert draft_from_markdown("the mi_max_2 costs 2 * 150 * 1").text == "the mi_max_2 costs 2 * 150 * 1"


def test_markdown_front_matter_with_a_bad_date_or_toml() -> None:
    draft = draft_from_markdown("---\ntitle: T\ndate: someday\n---\ntext")
    assert draft.published is None and "published" not in draft.found
    draft = draft_from_markdown('+++\ntitle = "Toml title"\ndate = 2018-03-01\n+++\nBody')
    assert (draft.title, draft.published, draft.text) == ("Toml title", "2018-03-01", "Body")


# ----------------------------------------------------------------------------- files that cannot be imported


def load_error(path: Path) -> LoadError:
    with pytest.raises(LoadError) as caught:
        read_source_file(path)
    assert str(path) in str(caught.value)
    return caught.value


def test_binary_file_is_refused_with_a_clear_error(tmp_path: Path) -> None:
    error = load_error(write(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
    assert error.kind is ErrorKind.UNREADABLE
    assert "is a PNG image" in str(error)
    error = load_error(write(tmp_path, "data.html", b"<p>text\x00\x01\x02</p>"))
    assert "is not a text file: it contains NUL bytes" in str(error)
    assert f"{tmp_path / 'data.html'}:1:8:" in str(error)
    error = load_error(write(tmp_path, "article.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"))
    assert "is a PDF document" in str(error)


def test_unknown_extension_is_refused(tmp_path: Path) -> None:
    error = load_error(write(tmp_path, "article.docx", b"PK\x03\x04"))
    assert 'cannot import ".docx" files' in str(error) and ".html" in str(error)
    assert error.kind is ErrorKind.UNREADABLE
    assert "files without a name extension" in str(load_error(write(tmp_path, "README", "text")))


def test_text_that_is_not_utf8_is_refused_with_its_place(tmp_path: Path) -> None:
    error = load_error(write(tmp_path, "latin1.txt", "Line one\nCaf\u00e9".encode("latin-1")))
    assert error.kind is ErrorKind.UNREADABLE
    assert (
        error.problems[0]
        .format(error.filename)
        .endswith("latin1.txt:2:4: is not UTF-8 text (byte 0xe9); save it as UTF-8")
    )


def test_missing_empty_and_directory(tmp_path: Path) -> None:
    assert "no such file" in str(load_error(tmp_path / "missing.txt"))
    assert "the file is empty" in str(load_error(write(tmp_path, "empty.md", b"")))
    assert "only whitespace" in str(load_error(write(tmp_path, "blank.txt", b" \n\n")))
    (tmp_path / "folder.html").mkdir()
    assert "is a directory" in str(load_error(tmp_path / "folder.html"))


# ----------------------------------------------------------------------------- hostile pages


def timed(function, *args):
    started = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - started


def test_five_megabyte_page(tmp_path: Path, record_property) -> None:
    paragraph = "<p>Huawei and <b>Xiaomi</b> are in talks with AT&amp;T &mdash; <a href='/x'>more</a>.</p>\n"
    page = NEWS_ARTICLE.replace("<p>Source: Bloomberg</p>", paragraph * (5_000_000 // len(paragraph)))
    path = write(tmp_path, "huge.html", page)
    assert path.stat().st_size > 5_000_000
    draft, seconds = timed(read_source_file, path)
    record_property("seconds", round(seconds, 2))
    assert draft.title.startswith("Huawei and Xiaomi")
    assert draft.text.count("Huawei and Xiaomi are in talks with AT&T — more.") == 5_000_000 // len(paragraph)


def test_100k_nested_divs(tmp_path: Path, record_property) -> None:
    page = "<html><body>" + "<div>" * 100_000 + "<p>deep text</p>" + "</div>" * 100_000 + "<p>after</p>"
    draft, seconds = timed(read_source_file, write(tmp_path, "nested.html", page))
    record_property("seconds", round(seconds, 2))
    assert draft.text == "deep text\n\nafter"
    unclosed = "<div><span><b><p>" * 50_000 + "bottom"
    assert draft_from_html(unclosed).text == "bottom"


@pytest.mark.parametrize(
    "page",
    [
        pytest.param("<!" * 1_000_000, id="unclosed-declarations"),  # minutes in html.parser on Python 3.11
        pytest.param("<" * 2_000_000, id="lone-brackets"),
        pytest.param("<p>x</p><!--" + "a" * 2_000_000, id="unclosed-comment"),
        pytest.param("<p>x</p><script>" + "a<b " * 500_000, id="unclosed-script"),
        pytest.param("<a " + 'x="1" ' * 300_000, id="endless-tag"),
        pytest.param('<a b=">' * 300_000, id="quotes"),
        pytest.param("<b>" * 300_000 + "</i>" * 300_000, id="unmatched-end-tags"),
        pytest.param("&" * 2_000_000 + "&#" * 500_000, id="ampersands"),
        pytest.param("<br>" * 500_000, id="line-breaks"),
        pytest.param('<script type="application/ld+json">' + "[" * 100_000 + "</script>", id="deep-json-ld"),
        pytest.param("<svg>" + "<g>" * 300_000, id="unclosed-svg"),
    ],
)
def test_hostile_markup_is_read_quickly_without_crashing(page: str) -> None:
    draft = draft_from_html(page)
    assert isinstance(draft.text, str)
    assert_valid_date(draft)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(" **a" * 500_000, id="unclosed-strong"),
        pytest.param("`a ``b " * 300_000, id="backticks"),
        pytest.param("[a](b [c](" * 300_000, id="brackets"),
        pytest.param("---\n" + "key: value\n" * 300_000, id="unclosed-front-matter"),
        pytest.param("line\n" * 500_000, id="one-long-paragraph"),
    ],
)
def test_hostile_markdown_is_read_quickly(text: str) -> None:
    assert draft_from_markdown(text).text


MARKUP_PIECES = st.sampled_from(
    ["<", ">", "</", "/>", "<!--", "-->", "<!", "<?", "=", '"', "'", " ", "\n", "&", "&amp;", "&#x41;", ";", "p", "div",
     "script", "style", "svg", "pre", "article", "main", "nav", "br", "meta", "title", "h1", "time", "datetime",
     "content", "property", "og:title", "hidden", "Huawei", "2017-12-05", "*", "_", "`", "[", "]", "(", ")", "#", "-"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(MARKUP_PIECES, max_size=60).map("".join))
def test_any_markup_gives_a_draft(page: str) -> None:
    for draft in (draft_from_html(page), draft_from_markdown(page), draft_from_text(page)):
        assert isinstance(draft.text, str) and isinstance(draft.title, str)
        assert not draft.text.startswith("\n") and not draft.text.endswith(("\n", " "))
        assert_valid_date(draft)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_an_html_draft(data: bytes) -> None:
    assert isinstance(draft_from_html(data).text, str)
