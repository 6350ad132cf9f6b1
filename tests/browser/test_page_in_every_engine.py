"""The core of the web page's checks in Chromium, Firefox and WebKit (Safari's engine), opened from file://.

Each check runs once per engine (the ``page`` fixture, tests/browser/conftest.py) with real pointer, wheel
and key input. The Chromium-only files go further (the scoreboard, the cursor over the canvas, the
dense page's titles near the screen only, the browser's own log).
"""

from __future__ import annotations

import datetime

import pytest

from gui.core.document.model import Event, Evidence, Lane, Source, new_document
from gui.core.interop.web_page import write_web_page
from gui.core.storage.fileformat import read_document

HOSTILE = "<img src=x onerror=\"document.title='pwned'\"></script><b>bold</b>"
BEST_BUY = "Popular Huawei phones reach Best Buy"


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory, sample_path):
    out = tmp_path_factory.mktemp("page") / "sample page.html"
    write_web_page(read_document(sample_path).document, out)
    return out


@pytest.fixture(scope="module")
def dense_page(tmp_path_factory):
    """3,000 one-day events, one a day, in 10 lanes: the markers go to a canvas."""
    document = new_document("Dense")
    document.lanes = [Lane(f"l{n}", f"Maker {n}") for n in range(10)]
    first = datetime.date(2012, 1, 1)
    document.events = [Event(f"e{n}", f"l{n % 10}", f"Event number {n}", (first + datetime.timedelta(days=n)).isoformat())
                       for n in range(3000)]
    out = tmp_path_factory.mktemp("dense") / "dense.html"
    write_web_page(document, out)
    return out


def centre(page, selector: str) -> tuple[float, float]:
    box = page.run("var r = document.querySelector(arguments[0]).getBoundingClientRect();"
                   "return [r.left + r.width / 2, r.top + r.height / 2];", selector)
    assert box is not None
    return box[0], box[1]


def marker_selector(page, title: str) -> str:
    index = page.run("var title = arguments[0]; return JSON.parse(document.getElementById('inroads-data').textContent)"
                     ".events.findIndex(function (e) { return e.title === title; })", title)
    assert index >= 0, f"no event {title!r} in the page"
    return f'#chart .event[data-i="{index}"]'


def click_marker(page, title: str) -> None:
    selector = marker_selector(page, title)
    page.run("document.querySelector(arguments[0]).scrollIntoView({block: 'center'})", selector)
    page.click(*settled_centre(page, selector))


def settled_centre(page, selector: str) -> tuple[float, float]:
    """The element's centre once two reads in a row agree: on a loaded machine the scroll and the layout after a
    viewport change can still be under way when the first read is taken, and a click there misses the marker."""
    last: list[tuple[float, float]] = []

    def still() -> tuple[float, float] | None:
        last.append(centre(page, selector))
        return last[-1] if len(last) >= 2 and last[-1] == last[-2] else None

    return page.wait(still, "the marker to stop moving")


def opened_title(page):
    return page.run("var h = document.querySelector('#details:not([hidden]) h2'); return h && h.textContent")


def view_span(page) -> float:
    return page.run("var p = document.getElementById('timeline');"
                    "return p.getAttribute('data-view-end') - p.getAttribute('data-view-start');")


def assert_clean(page) -> None:
    seen = page.seen()
    assert seen is not None, f"{page.name}: the watch for script errors and CSP violations is missing"
    assert seen["violations"] == [], f"{page.name}: Content-Security-Policy violations"
    assert seen["errors"] == [], f"{page.name}: script errors"
    if hasattr(page, "log_errors"):
        assert page.log_errors() == [], f"{page.name}: errors in the console"


def test_the_page_loads_from_disk_with_its_script_and_style_and_no_errors(page, sample_page):
    page.open(sample_page)
    assert page.run("return location.protocol") == "file:"
    assert page.run("return performance.getEntriesByName('inroads:drawn').length") == 1, "the script ran to its end"
    assert page.run("return document.querySelectorAll('#chart .event').length") > 10
    # The style sheet applied (the CSP lets it in by its hash): the header's rule and the search box's radius.
    assert page.run("return getComputedStyle(document.querySelector('header')).borderBottomStyle") == "solid"
    assert page.run("return getComputedStyle(document.getElementById('search')).borderTopLeftRadius") == "6px"
    assert page.run("return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content").startswith(
        "default-src 'none'")
    assert_clean(page)


def test_clicking_an_event_shows_its_details_and_the_quote_highlighted(page, sample_page, sample_path):
    event = next(e for e in read_document(sample_path).document.events if e.title == BEST_BUY)
    page.open(sample_page)
    click_marker(page, BEST_BUY)
    page.wait(lambda: opened_title(page) == BEST_BUY, "the event's details")
    mark = page.run("var m = document.querySelector('#details .source-text mark'), box = m.parentNode.getBoundingClientRect(),"
                    " r = m.getBoundingClientRect(); return [m.textContent, r.top >= box.top && r.top < box.bottom, r.width > 0];")
    assert " ".join(mark[0].split()) == " ".join(event.evidence[0].quote.split())
    assert mark[1] and mark[2], f"{page.name}: the quote is scrolled into the source's box and shown"
    assert page.run("return document.querySelector('#chart .event.selected') !== null")
    assert_clean(page)


def test_search_narrows_the_events(page, sample_page):
    page.open(sample_page)
    page.click(*centre(page, "#search"))
    page.press(*"Best Buy")
    page.wait(lambda: page.run("return document.querySelectorAll('#results button').length"), "search results")
    found = page.run("return Array.from(document.querySelectorAll('#results button'), function (b) { return b.textContent; })")
    total = page.run("return document.querySelectorAll('#chart .event').length")
    assert 0 < len(found) < total
    assert any("Best Buy" in text for text in found)
    assert page.run("return document.getElementById('count').textContent") == (
        f"{len(found)} event" + ("s" if len(found) > 1 else ""))
    # the chart redraws in the next animation frame, after the results are listed: wait for it (WebKit was seen late)
    page.wait(lambda: page.run("return document.querySelectorAll('#chart .event.dim').length"), "the others dimmed")
    assert page.run("return document.querySelectorAll('#chart .event.dim').length") > 0
    assert_clean(page)


def test_the_wheel_the_plus_key_and_the_button_zoom_and_the_axis_follows(page, sample_page):
    page.open(sample_page)
    axis = "return Array.from(document.querySelectorAll('#chart .axis text'), function (t) { return t.textContent; })"
    whole, labels = view_span(page), page.run(axis)
    page.wheel(*centre(page, "#timeline"), -400)
    page.wait(lambda: view_span(page) < whole * 0.9, "the wheel to zoom in")
    wheeled = view_span(page)
    page.wait(lambda: page.run(axis) != labels, "the axis to change")
    page.click(*centre(page, "h1"))  # nothing opens there; then the timeline takes the focus for the key
    page.run("document.getElementById('timeline').focus()")
    page.press("+")
    page.wait(lambda: view_span(page) < wheeled * 0.9, "+ to zoom in")
    page.click(*centre(page, "#zoom-reset"))
    page.wait(lambda: abs(view_span(page) - whole) < 0.01, "the whole timeline again")
    page.click(*centre(page, "#zoom-in"))
    page.wait(lambda: view_span(page) < whole * 0.9, "the + button to zoom in")
    assert_clean(page)


def test_a_hostile_title_shows_as_text(page, tmp_path):
    document = new_document(HOSTILE)
    document.lanes = [Lane("l", HOSTILE)]
    document.sources = [Source("s", title=HOSTILE, publisher=HOSTILE, url="javascript:document.title='pwned'",
                               text="Before " + HOSTILE + " the passage. After.")]
    document.events = [Event("e", "l", HOSTILE, "2018-03-14", kind=HOSTILE, partners=[HOSTILE], notes=HOSTILE,
                             evidence=[Evidence("s", "the passage")])]
    out = tmp_path / "hostile.html"
    write_web_page(document, out)
    page.open(out)
    page.click(*centre(page, "#chart circle.event"))
    page.wait(lambda: opened_title(page) == HOSTILE, "the hostile event's details")
    assert page.run("return document.querySelector('h1').textContent") == HOSTILE
    assert page.run("return document.querySelectorAll('img, b, #details a').length") == 0
    assert page.run("return document.title") == HOSTILE
    assert page.run("return document.querySelector('#details mark').textContent") == "the passage"
    assert_clean(page)


def test_no_network_request_is_made(page, sample_page):
    page.open(sample_page)
    click_marker(page, BEST_BUY)
    page.wait(lambda: opened_title(page) == BEST_BUY, "the event's details")
    page.click(*centre(page, "#search"))
    page.press(*"Xiaomi")
    page.wait(lambda: page.run("return document.querySelectorAll('#results button').length"), "search results")
    assert page.run("return performance.getEntriesByType('resource').length") == 0
    requests = page.requests()
    if requests is not None:  # Chromium and Firefox tell the tab's requests: the page itself at most
        # (Chromium reports the file:// navigation, Firefox's BiDi reports no file:// request at all)
        assert {url for url in requests if not url.startswith(("about:", "chrome:", "data:"))} <= {sample_page.as_uri()}


def test_a_phone_width_has_no_sideways_overflow(page, sample_page):
    page.open(sample_page, 390, 844)
    assert page.run("return window.innerWidth") == 390
    wide = "return document.documentElement.scrollWidth"
    assert page.run(wide) <= 390, f"{page.name}: something sticks out sideways"
    click_marker(page, BEST_BUY)
    page.wait(lambda: opened_title(page) == BEST_BUY, "the event's details")
    assert page.run(wide) <= 390, f"{page.name}: the opened details stick out sideways"
    details = page.run("var d = document.getElementById('details').getBoundingClientRect(),"
                       " t = document.getElementById('timeline').getBoundingClientRect(); return [d.top, t.bottom, d.width];")
    assert details[0] >= details[1] - 1 and details[2] > 300, "the details stack under the timeline"
    assert_clean(page)


def test_a_click_on_a_dense_pages_canvas_marker_opens_its_event(page, dense_page):
    page.open(dense_page)
    assert page.run("return document.getElementById('chart').getAttribute('data-drawn')") == "canvas"
    index, left, middle = page.run(
        "var t = document.querySelectorAll('#chart .label')[5], r = t.getBoundingClientRect();"
        "return [+t.getAttribute('data-i'), r.left, (r.top + r.bottom) / 2];")
    page.click(left - 7, middle)  # the marker is drawn just left of its title
    page.wait(lambda: opened_title(page) == f"Event number {index}", "the canvas marker's event")
    assert_clean(page)


def test_the_watch_sees_a_csp_violation_and_a_script_error(page, tmp_path):
    """The checks above can fail: a page that breaks its own policy and throws, on a click, is caught."""
    out = tmp_path / "breaks.html"
    out.write_text(
        "<!doctype html><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "script-src 'unsafe-inline'\"><button id=b>A button</button>"
        "<script>document.getElementById('b').addEventListener('click', function () {"
        " new Image().src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='; setTimeout(function () { nosuchfunction(); });"
        "});</script>", "utf-8")
    page.open(out)
    page.click(*centre(page, "#b"))
    page.wait(lambda: page.seen()["violations"] and page.seen()["errors"], "the violation and the error")
    assert any(seen.startswith("img-src") for seen in page.seen()["violations"])


def test_the_opened_events_bold_title_fits_in_the_timeline_at_a_phone_width(page, sample_page):
    """Bold, the selected title is wider than the plain one it was cut for: it is cut to fit bold."""
    page.open(sample_page, 390, 844)
    click_marker(page, BEST_BUY)
    page.wait(lambda: opened_title(page) == BEST_BUY, "the event's details")
    page.wait(lambda: page.run("return document.querySelector('#chart .label.selected') !== null"), "the bold title")
    right, edge, text = page.run(
        "var t = document.querySelector('#chart .label.selected'), pane = document.getElementById('timeline');"
        "return [t.getBoundingClientRect().right, pane.getBoundingClientRect().left + pane.clientWidth, t.textContent];")
    assert right <= edge, f"{page.name}: the bold title {text!r} runs {right - edge:.0f} px past the timeline's edge"


def test_dragging_the_timeline_pans_it_and_opens_nothing(page, sample_page):
    page.open(sample_page)
    start = page.run("return +document.getElementById('timeline').getAttribute('data-view-start')")
    x, y = centre(page, "#timeline")
    page.drag(x, y, -200)
    page.wait(lambda: page.run("return +document.getElementById('timeline').getAttribute('data-view-start')") > start,
              "the drag to pan")
    assert page.run("return document.getElementById('details').hidden"), f"{page.name}: a drag is not a click"
    assert_clean(page)


def test_keys_open_a_title_go_to_the_next_event_and_escape_closes(page, dense_page):
    page.open(dense_page)
    index = page.run("return +document.querySelectorAll('#chart .label')[3].getAttribute('data-i')")
    page.run(f"document.querySelector('#chart .label[data-i=\"{index}\"]').focus()")
    page.press("\ue007")  # Enter
    page.wait(lambda: opened_title(page) == f"Event number {index}", "Enter to open the focused title")
    page.press("n")
    page.wait(lambda: opened_title(page) == f"Event number {index + 1}", "n to open the next event")
    page.press("\ue00c")  # Escape
    page.wait(lambda: page.run("return document.getElementById('details').hidden"), "Escape to close the details")
    assert_clean(page)


def test_a_scoreboard_cell_opens_its_event(page, sample_page):
    page.open(sample_page)
    makers = page.run("return Array.from(document.querySelectorAll('#scoreboard table tbody th'), function (th) {"
                      " return th.textContent; }).slice(0, 2)")
    assert makers == ["Huawei", "Xiaomi"]
    selector = "#scoreboard .cell"
    title = page.run("var b = document.querySelector(arguments[0]); b.scrollIntoView({block: 'center'});"
                     "return JSON.parse(document.getElementById('inroads-data').textContent).events[+b.getAttribute('data-i')].title",
                     selector)
    page.click(*centre(page, selector))
    page.wait(lambda: opened_title(page) == title, "the cell's event")
    assert_clean(page)
