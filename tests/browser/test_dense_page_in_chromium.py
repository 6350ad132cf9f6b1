"""A dense page in headless Chromium: markers in a canvas, titles still text, clicks and keys from the arrays."""

from __future__ import annotations

import datetime

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from gui.core.document.model import Event, Lane, new_document
from gui.core.interop.web_page import write_web_page

EVENTS, LANES = 3000, 10


@pytest.fixture
def dense_page(tmp_path):
    """3,000 one-day events, one a day, dealt round 10 lanes: far more than the page draws as SVG elements."""
    document = new_document("Dense")
    document.lanes = [Lane(f"l{n}", f"Maker {n}") for n in range(LANES)]
    first = datetime.date(2012, 1, 1)
    document.events = [
        Event(f"e{n}", f"l{n % LANES}", f"Event number {n}", (first + datetime.timedelta(days=n)).isoformat())
        for n in range(EVENTS)
    ]
    out = tmp_path / "dense.html"
    write_web_page(document, out)
    return out


def open_dense(browser, path):
    browser.get(path.as_uri())
    WebDriverWait(browser, 30).until(lambda b: b.find_elements(By.CSS_SELECTOR, "#chart .label"))


# Read in one script: a scroll or resize redraws the titles, and an element found earlier would be stale.
LABELS = """return Array.from(document.querySelectorAll('#chart .label'), function (node) {
  var box = node.getBoundingClientRect();
  return [+node.getAttribute('data-i'), node.textContent, box.left, (box.top + box.bottom) / 2, box.top];
});"""


def shown_titles(browser) -> dict[int, str]:
    return {label[0]: label[1] for label in browser.execute_script(LABELS)}


def opened_title(browser) -> str | None:
    return browser.execute_script("var h = document.querySelector('#details:not([hidden]) h2'); return h && h.textContent")


def click_at(browser, x: float, y: float) -> None:
    actions = ActionBuilder(browser)
    actions.pointer_action.move_to_location(int(x), int(y))
    actions.pointer_action.click()
    actions.perform()


def test_markers_go_to_a_canvas_and_only_titles_on_screen_are_in_the_page(browser, dense_page):
    open_dense(browser, dense_page)
    assert browser.find_element(By.ID, "chart").get_attribute("data-drawn") == "canvas"
    assert not browser.find_elements(By.CSS_SELECTOR, "#chart .event"), "no SVG element per marker"
    titles = shown_titles(browser)
    assert 10 < len(titles) < EVENTS / 4, "titles where they fit, and only those near the screen"
    assert all(text.startswith("Event number") for text in titles.values()), "titles are real text"
    assert browser.find_element(By.ID, "chart").get_attribute("role") != "img", "screen readers read the titles"
    screen = browser.execute_script("return window.innerHeight")
    tops = [label[4] for label in browser.execute_script(LABELS)]
    assert max(tops) < 1.6 * screen
    lanes_seen = {i % LANES for i in titles}
    browser.execute_script("window.scrollTo(0, document.body.scrollHeight)")
    WebDriverWait(browser, 10).until(lambda b: {i % LANES for i in shown_titles(b)} - lanes_seen)
    assert not browser.find_elements(By.CSS_SELECTOR, "#chart .event")


def test_a_click_on_a_canvas_marker_opens_its_event(browser, dense_page):
    open_dense(browser, dense_page)
    index, _, left, middle, _ = browser.execute_script(LABELS)[5]
    # The marker is drawn in the canvas just left of its title (one day is less than a pixel wide here).
    painted = browser.execute_script(
        "var canvas = document.getElementById('marks'), box = canvas.getBoundingClientRect();"
        "var ratio = canvas.width / box.width, x = (arguments[0] - box.left) * ratio, y = (arguments[1] - box.top) * ratio;"
        "return Array.from(canvas.getContext('2d').getImageData(x - 2, y - 2, 5, 5).data);", left - 7, middle)
    pixels = [tuple(painted[n:n + 3]) for n in range(0, len(painted), 4)]
    assert any(min(pixel) < 200 for pixel in pixels), f"a marker, not the pale lane band, is painted there: {pixels}"
    click_at(browser, left - 7, middle)
    WebDriverWait(browser, 10).until(lambda b: opened_title(b) == f"Event number {index}")
    WebDriverWait(browser, 10).until(lambda b: b.execute_script(
        "var s = document.querySelector('#chart .label.selected'); return s && s.getAttribute('data-i')") == str(index))


def test_a_click_between_markers_opens_nothing(browser, dense_page):
    open_dense(browser, dense_page)
    pane = browser.find_element(By.ID, "timeline")
    click_at(browser, pane.rect["x"] + pane.rect["width"] / 2, pane.rect["y"] + 8)
    assert browser.execute_script("return window.scrollY") == 0
    assert not browser.find_element(By.ID, "details").is_displayed(), "the axis row holds no event"


def test_titles_open_their_event_from_the_keyboard_and_n_goes_to_the_next(browser, dense_page):
    open_dense(browser, dense_page)
    index = browser.execute_script(LABELS)[3][0]
    browser.execute_script(f"document.querySelector('#chart .label[data-i=\"{index}\"]').focus()")
    # Keys go to whatever has the focus: a redraw replaces the focused title by its copy, focused again.
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    WebDriverWait(browser, 10).until(lambda b: opened_title(b) == f"Event number {index}")
    ActionChains(browser).send_keys("n").perform()
    WebDriverWait(browser, 10).until(lambda b: opened_title(b) == f"Event number {index + 1}")
    ActionChains(browser).send_keys("p", "p").perform()
    WebDriverWait(browser, 10).until(lambda b: opened_title(b) == f"Event number {index - 1}")


def test_the_pointer_shows_a_hand_over_a_canvas_marker(browser, dense_page):
    open_dense(browser, dense_page)
    _, _, left, middle, _ = browser.execute_script(LABELS)[5]
    cursor = "return getComputedStyle(document.getElementById('chart')).cursor"
    actions = ActionBuilder(browser)
    actions.pointer_action.move_to_location(int(left - 7), int(middle))
    actions.perform()
    WebDriverWait(browser, 10).until(lambda b: b.execute_script(cursor) == "pointer")
    pane = browser.find_element(By.ID, "timeline")
    actions = ActionBuilder(browser)
    actions.pointer_action.move_to_location(int(pane.rect["x"] + pane.rect["width"] / 2), int(pane.rect["y"] + 8))
    actions.perform()
    WebDriverWait(browser, 10).until(lambda b: b.execute_script(cursor) != "pointer")
