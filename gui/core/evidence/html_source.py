"""The saved-page draft: a web page's title, publisher, date, URL and article text chosen from what its reader found."""

from __future__ import annotations

from urllib.parse import urljoin

from gui.core.document.textquote import normalize_space
from gui.core.evidence.json_ld import json_ld_nodes, json_ld_publisher, json_ld_value
from gui.core.evidence.page_reader import PageReader, Region, read_page
from gui.core.evidence.publication_dates import edtf_from_timestamp
from gui.core.evidence.source_draft import SourceDraft, http_url, make_draft, name_title
from gui.core.evidence.text_decoding import decode_html

__all__ = ["draft_from_html"]

_TITLE_META = ("og:title", "twitter:title")
_PUBLISHER_META = ("og:site_name", "publisher", "application-name", "dc.publisher", "dcterms.publisher")
_DATE_META_FIRST = ("article:published_time", "og:article:published_time", "date")
_DATE_META_MORE = (
    "pubdate", "publishdate", "publish-date", "publish_date", "article.published", "dc.date.issued", "dcterms.issued",
    "dc.date", "dcterms.date", "dcterms.created", "parsely-pub-date", "sailthru.date", "citation_publication_date",
    "citation_date", "og:published_time",
)  # fmt: skip
_TITLE_SEPARATORS = ("|", "-", "–", "—", "·", "•", "::", ":")


def draft_from_html(html: str | bytes, name: str | None = None) -> SourceDraft:
    """A draft from a saved web page: its metadata, and the readable text of its article.

    The text is that of the largest <article> when it holds at least a third of
    the page's text, else of <main>, else of the whole page; scripts, styles,
    hidden elements, navigation, site header and footer and sidebars are left out.
    """
    page = decode_html(html) if isinstance(html, bytes) else html.removeprefix("\ufeff")
    reader = read_page(page)
    found: dict[str, str] = {}
    nodes = json_ld_nodes(reader.json_ld)

    publisher = ""
    for key in _PUBLISHER_META:
        if key in reader.metas and normalize_space(reader.metas[key][1]):
            label, publisher = reader.metas[key][0], normalize_space(reader.metas[key][1])
            found["publisher"] = label
            break
    if not publisher:
        publisher = json_ld_publisher(nodes)
        if publisher:
            found["publisher"] = 'JSON-LD "publisher"'

    text, text_region, where = _chosen_text(reader)
    if text:
        found["text"] = where

    title_candidates = [(reader.metas[key][0], reader.metas[key][1]) for key in _TITLE_META if key in reader.metas]
    title_candidates.append(('JSON-LD "headline"', json_ld_value(nodes, "headline")))
    title_candidates.append(("<title>", reader.title))
    title_candidates.append(("first <h1>", _first_in(reader.h1s, text_region)))
    title = ""
    for label, candidate in title_candidates:
        candidate = _without_site_name(normalize_space(candidate), publisher)
        if candidate:
            title, found["title"] = candidate, label
            break
    if not title:
        title = name_title(name)
        if title:
            found["title"] = "file name"

    date_candidates = [reader.metas[key] for key in _DATE_META_FIRST if key in reader.metas]
    if "datePublished" in reader.itemprops:
        date_candidates.append(reader.itemprops["datePublished"])
    date_candidates.append(('JSON-LD "datePublished"', json_ld_value(nodes, "datePublished")))
    date_candidates.extend(reader.metas[key] for key in _DATE_META_MORE if key in reader.metas)
    date_candidates.extend(("<time datetime>", value) for region, value in reader.times if _inside(region, text_region))
    published = None
    for label, candidate in date_candidates:
        published = edtf_from_timestamp(candidate) if candidate else None
        if published:
            found["published"] = label
            break

    url = ""
    base = http_url(reader.metas.get("og:url", ("", ""))[1])
    url_candidates = [('<link rel="canonical">', reader.links.get("canonical", ""))]
    url_candidates += [reader.metas[key] for key in ("og:url", "twitter:url") if key in reader.metas]
    url_candidates.append(('JSON-LD "url"', json_ld_value(nodes, "url")))
    for label, candidate in url_candidates:
        candidate = candidate.strip()
        url = http_url(urljoin(base, candidate) if base and candidate else candidate)
        if url:
            found["url"] = label
            break
    return make_draft(title, publisher, url, published, text, found)


def _chosen_text(reader: PageReader) -> tuple[str, Region | None, str]:
    """The readable text, the region it was taken from (None: the whole page) and how it is named."""
    content = [(region, text) for region, text in reader.paragraphs if not region.chrome]
    if not content:  # a page that is all "navigation" (or wrongly marked up): better its text than none
        paragraphs = reader.paragraphs
        return "\n\n".join(text for _, text in paragraphs), None, "the whole page"
    total = sum(len(text) for _, text in content)
    sizes: dict[int, int] = {}
    for region, text in content:
        if region.article >= 0:
            sizes[region.article] = sizes.get(region.article, 0) + len(text)
    if sizes:
        article, size = max(sizes.items(), key=lambda item: item[1])
        if 3 * size >= total:
            region = Region(article, False, False)
            return "\n\n".join(text for r, text in content if r.article == article), region, "<article>"
    if any(region.main for region, _ in content):
        region = Region(-1, True, False)
        return "\n\n".join(text for r, text in content if r.main), region, "<main>"
    return "\n\n".join(text for _, text in content), Region(-1, False, False), "<body>"


def _inside(region: Region, chosen: Region | None) -> bool:
    """True when something in ``region`` belongs to the chosen text."""
    if chosen is None:
        return True
    if region.chrome:
        return False
    if chosen.article >= 0:
        return region.article == chosen.article
    if chosen.main:
        return region.main
    return True


def _first_in(found: list[tuple[Region, str]], chosen: Region | None) -> str:
    for region, text in found:
        if _inside(region, chosen):
            return text
    return found[0][1] if found else ""


def _without_site_name(title: str, site: str) -> str:
    """ "Huawei in talks | The Verge" -> "Huawei in talks" when the site is "The Verge"."""
    if not site or not title:
        return title
    site_key = site.casefold()
    for separator in _TITLE_SEPARATORS:
        head, sep, tail = title.rpartition(f" {separator} ")
        if sep and head and tail.strip().casefold() == site_key:
            return head.strip()
        tail, sep, rest = title.partition(f" {separator} ")
        if sep and rest and tail.strip().casefold() == site_key:
            return rest.strip()
    return title

