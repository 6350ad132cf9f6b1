"""Pasted articles and .txt/.md files: the byline, "Published:" lines and datelines give the source's fields."""

from __future__ import annotations

import pytest

from gui.core.evidence.byline import read_byline
from gui.core.evidence.source_draft import draft_from_text
from gui.core.evidence.source_import import read_source_file

BODY = (
    "OnePlus will sell its newest phone through T-Mobile stores this fall, the first time the Chinese maker "
    "has put a device on a US carrier's shelves, people briefed on the plan said on Thursday."
)


def test_a_pasted_article_with_a_by_line_gives_author_publisher_and_date():
    text = f"OnePlus lands its first US carrier\nBy Dana Whitfield, Handset Wire — October 12, 2018\n\n{BODY}"
    draft = draft_from_text(text)
    assert draft.title == "OnePlus lands its first US carrier"
    assert (draft.author, draft.publisher, draft.published) == ("Dana Whitfield", "Handset Wire", "2018-10-12")
    assert draft.found["published"].startswith('byline "By Dana Whitfield')
    assert draft.found["publisher"] == draft.found["author"] == draft.found["published"]
    assert draft.found["title"] == "first line"


@pytest.mark.parametrize(
    ("header", "published", "publisher", "where"),
    [
        ("Published: Oct. 12, 2018", "2018-10-12", "", '"Published:" line'),
        (
            "Posted on 2019-03-04 09:30 ET\nSource: Mobile Trade Weekly",
            "2019-03-04",
            "Mobile Trade Weekly",
            '"Posted on:"',
        ),
        ("By Sam Ortiz | Carrier Report | 3/14/19", "2019-03-14", "Carrier Report", "byline"),
        ("By Sam Ortiz, Staff Writer\nUpdated: January 9, 2020", "2020-01-09", "", "updated"),
        ("Tuesday, February 5, 2019", "2019-02-05", "", "date line"),
    ],
)
def test_header_lines_give_the_date_and_say_where(header, published, publisher, where):
    draft = draft_from_text(f"ZTE's US plans\n{header}\n\n{BODY}")
    assert draft.published == published
    assert draft.publisher == publisher
    assert where.split(":")[0].strip('"').lower() in draft.found["published"].lower()
    assert draft.title == "ZTE's US plans"


def test_a_dateline_names_the_wire_and_a_year_only_when_written():
    text = f"SHENZHEN, China (Reuters) — {BODY}"
    byline = read_byline(text)
    assert byline.publisher == "Reuters"
    assert byline.published is None  # no year in the dateline: no date
    assert byline.found["publisher"].startswith('dateline "SHENZHEN, China (Reuters)')
    dated = read_byline(f"BEIJING, Nov. 14, 2018 (Reuters) - {BODY}")
    assert (dated.publisher, dated.published) == ("Reuters", "2018-11-14")


def test_a_body_date_is_not_a_publication_date():
    draft = draft_from_text(f"Huawei and AT&T\n\n{BODY} The deal was to be announced on January 9, 2018.")
    assert draft.published is None and "published" not in draft.found
    assert draft.publisher == "" and draft.author == ""


def test_txt_and_md_files_read_the_byline(tmp_path):
    txt = tmp_path / "oneplus.txt"
    txt.write_text(
        f"OnePlus lands its first US carrier\nBy Dana Whitfield, Handset Wire — October 12, 2018\n\n{BODY}\n"
    )
    draft = read_source_file(txt)
    assert (draft.published, draft.publisher, draft.author) == ("2018-10-12", "Handset Wire", "Dana Whitfield")
    md = tmp_path / "zte.md"
    md.write_text(f"# ZTE returns\n\n*By Li Wen for Phone Ledger — Nov. 3, 2019*\n\n{BODY}\n")
    draft = read_source_file(md)
    assert draft.title == "ZTE returns"
    assert (draft.published, draft.publisher, draft.author) == ("2019-11-03", "Phone Ledger", "Li Wen")
    assert draft.found["published"].startswith("byline")
    front = tmp_path / "front.md"
    front.write_text(f"---\ndate: 2017-05-01\n---\n# T\n\nBy Li Wen, Phone Ledger — Nov. 3, 2019\n\n{BODY}\n")
    assert read_source_file(front).published == "2017-05-01"  # front matter first
