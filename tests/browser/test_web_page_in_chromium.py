"""The exported web page in a real headless Chromium: click, quote, search, zoom, pan, text not HTML, no network."""

from __future__ import annotations

import json

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from gui.core.document.model import Event, Evidence, Lane, Source, new_document
from gui.core.interop.web_page import write_web_page
from gui.core.storage.fileformat import read_document

HOSTILE = "<img src=x onerror=\"document.title='pwned'\"></script><b>bold</b>"


@pytest.fixture
def sample_page(tmp_path, sample_path):
    out = tmp_path / "sample page.html"
    write_web_page(read_document(sample_path).document, out)
    return out


def open_page(browser, path):
    browser.get(path.as_uri())
    WebDriverWait(browser, 30).until(lambda b: b.find_elements(By.CSS_SELECTOR, "#chart .event"))


def view_span(browser) -> float:
    pane = browser.find_element(By.ID, "timeline")
    return float(pane.get_attribute("data-view-end")) - float(pane.get_attribute("data-view-start"))


def view_start(browser) -> float:
    return float(browser.find_element(By.ID, "timeline").get_attribute("data-view-start"))


def event_marker(browser, title):
    index = browser.execute_script(
        "return JSON.parse(document.getElementById('inroads-data').textContent).events"
        ".findIndex(function (e) { return e.title === arguments[0]; })".replace("arguments[0]", json.dumps(title)))
    assert index >= 0, f"no event {title!r} in the page"
    return browser.find_element(By.CSS_SELECTOR, f'#chart .event[data-i="{index}"]')


def test_click_an_event_shows_its_quote_highlighted_in_the_source(browser, sample_page, sample_path):
    document = read_document(sample_path).document
    event = next(e for e in document.events if e.title == "Popular Huawei phones reach Best Buy")
    open_page(browser, sample_page)
    event_marker(browser, event.title).click()
    details = browser.find_element(By.ID, "details")
    WebDriverWait(browser, 10).until(lambda b: details.is_displayed())
    assert details.find_element(By.TAG_NAME, "h2").text == event.title
    mark = details.find_element(By.CSS_SELECTOR, ".source-text mark")
    assert " ".join(mark.text.split()) == " ".join(event.evidence[0].quote.split())
    assert mark.is_displayed() and browser.execute_script(
        "var m = arguments[0], box = m.parentNode.getBoundingClientRect(), r = m.getBoundingClientRect();"
        "return r.top >= box.top && r.top < box.bottom;", mark), "the quote is scrolled into the source's box"
    source = document.sources[0]
    assert source.title in details.text
    assert not details.find_elements(By.TAG_NAME, "a"), "the sample's source has no web address, so no link"
    assert not [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


def test_search_finds_events_and_opens_one(browser, sample_page):
    open_page(browser, sample_page)
    search = browser.find_element(By.ID, "search")
    search.send_keys("Best Buy")
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.CSS_SELECTOR, "#results button"))
    results = browser.find_elements(By.CSS_SELECTOR, "#results button")
    assert browser.find_element(By.ID, "count").text == f"{len(results)} event" + ("s" if len(results) > 1 else "")
    assert any("Best Buy" in button.text for button in results)
    assert browser.find_elements(By.CSS_SELECTOR, "#chart .event.dim"), "events that don't match are dimmed"
    results[0].click()
    WebDriverWait(browser, 10).until(lambda b: b.find_element(By.ID, "details").is_displayed())
    assert browser.find_element(By.CSS_SELECTOR, "#details mark").text
    search.clear()
    search.send_keys(Keys.SPACE, Keys.BACKSPACE)
    WebDriverWait(browser, 10).until(lambda b: not b.find_elements(By.CSS_SELECTOR, "#chart .event.dim"))


def test_zoom_with_the_wheel_keys_and_buttons_and_pan_by_dragging(browser, sample_page):
    open_page(browser, sample_page)
    pane = browser.find_element(By.ID, "timeline")
    whole = view_span(browser)
    ActionChains(browser).scroll_to_element(pane).scroll_from_origin(
        __import__("selenium.webdriver.common.actions.wheel_input", fromlist=["ScrollOrigin"]).ScrollOrigin.from_element(pane),
        0, -300).perform()
    WebDriverWait(browser, 10).until(lambda b: view_span(b) < whole * 0.9)
    wheeled = view_span(browser)
    pane.send_keys("+")
    WebDriverWait(browser, 10).until(lambda b: view_span(b) < wheeled * 0.9)
    start = view_start(browser)
    ActionChains(browser).move_to_element(pane).click_and_hold().move_by_offset(-200, 0).release().perform()
    WebDriverWait(browser, 10).until(lambda b: view_start(b) > start)
    assert browser.find_element(By.ID, "details").get_attribute("hidden") is not None, "a drag is not a click"
    browser.find_element(By.ID, "zoom-reset").click()
    WebDriverWait(browser, 10).until(lambda b: abs(view_span(b) - whole) < 1e-6)
    browser.find_element(By.ID, "zoom-in").click()
    WebDriverWait(browser, 10).until(lambda b: view_span(b) < whole * 0.9)


def test_strings_from_the_file_are_text_never_html(browser, tmp_path):
    document = new_document(HOSTILE)
    document.lanes = [Lane("l", HOSTILE)]
    document.sources = [Source("s", title=HOSTILE, publisher=HOSTILE, url="javascript:document.title='pwned'",
                               text="Before " + HOSTILE + " the passage. After.")]
    document.events = [Event("e", "l", HOSTILE, "2018-03-14", kind=HOSTILE, partners=[HOSTILE], notes=HOSTILE,
                             evidence=[Evidence("s", "the passage")])]
    out = tmp_path / "hostile.html"
    write_web_page(document, out)
    open_page(browser, out)
    browser.find_element(By.CSS_SELECTOR, "#chart circle.event").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_element(By.ID, "details").is_displayed())
    assert browser.find_element(By.CSS_SELECTOR, "#details h2").text == HOSTILE
    assert browser.find_element(By.CSS_SELECTOR, "h1").text == HOSTILE
    assert browser.execute_script("return document.querySelectorAll('img, b, #details a').length") == 0
    assert browser.title == HOSTILE
    assert browser.find_element(By.CSS_SELECTOR, "#details mark").text == "the passage"


def test_no_network_request_is_made(browser, sample_page):
    open_page(browser, sample_page)
    event_marker(browser, "Popular Huawei phones reach Best Buy").click()
    browser.find_element(By.ID, "search").send_keys("Xiaomi")
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    requests = [
        message["params"]["request"]["url"]
        for entry in browser.get_log("performance")
        if (message := json.loads(entry["message"])["message"])["method"] == "Network.requestWillBeSent"
    ]
    # Before the page, the browser loads its own blank tab (chrome:// addresses); from the page on, nothing.
    assert requests[requests.index(sample_page.as_uri()):] == [sample_page.as_uri()]
    assert not [url for url in requests if not url.startswith(("chrome:", "file:", "data:", "about:"))]


def test_a_phone_width_stacks_the_details_under_the_timeline(browser, sample_page):
    browser.set_window_size(390, 844)
    open_page(browser, sample_page)
    assert browser.execute_script("return document.documentElement.scrollWidth") <= browser.execute_script(
        "return window.innerWidth"), "nothing sticks out sideways"
    event_marker(browser, "Popular Huawei phones reach Best Buy").click()
    details = browser.find_element(By.ID, "details")
    WebDriverWait(browser, 10).until(lambda b: details.is_displayed())
    chart = browser.find_element(By.ID, "timeline")
    assert details.rect["y"] >= chart.rect["y"] + chart.rect["height"] - 1
    assert details.rect["width"] > 300


def test_a_range_with_vague_ends_is_pale_at_its_ends_and_titled_inside(browser, sample_page):
    """The sample's "2015~" to "2017?" range was one solid bar with no title anywhere (no room after it):
    now only its sure years are solid, and its title is drawn inside it."""
    open_page(browser, sample_page)
    title = "Years of pursuing a first major US carrier deal"
    marker = event_marker(browser, title)
    assert "vague-ends" in marker.get_attribute("class")
    pale, solid = marker.find_elements(By.TAG_NAME, "rect")
    assert float(pale.get_attribute("fill-opacity")) < 1
    pale_x, pale_w = float(pale.get_attribute("x")), float(pale.get_attribute("width"))
    solid_x, solid_w = float(solid.get_attribute("x")), float(solid.get_attribute("width"))
    assert pale_x < solid_x and solid_x + solid_w < pale_x + pale_w  # the first and last years are pale
    labels = [node.text for node in browser.find_elements(By.CSS_SELECTOR, "#chart .label")]
    assert any(text.startswith("Years of pursuing") for text in labels), labels
    marker.click()
    WebDriverWait(browser, 10).until(lambda b: b.find_element(By.ID, "details").is_displayed())
    assert browser.find_element(By.CSS_SELECTOR, "#details h2").text == title
