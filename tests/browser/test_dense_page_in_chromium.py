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


def shown_titles(browser) -> dict[int, str]:
    return {int(node.get_attribute("data-i")): node.text for node in browser.find_elements(By.CSS_SELECTOR, "#chart .label")}


def test_markers_go_to_a_canvas_and_only_titles_on_screen_are_in_the_page(browser, dense_page):
    open_dense(browser, dense_page)
    assert browser.find_element(By.ID, "chart").get_attribute("data-drawn") == "canvas"
    assert not browser.find_elements(By.CSS_SELECTOR, "#chart .event"), "no SVG element per marker"
    titles = shown_titles(browser)
    assert 10 < len(titles) < EVENTS / 4, "titles where they fit, and only those near the screen"
    assert all(text.startswith("Event number") for text in titles.values()), "titles are real text"
    assert browser.find_element(By.ID, "chart").get_attribute("role") != "img", "screen readers read the titles"
    screen = browser.execute_script("return window.innerHeight")
    tops = [node.rect["y"] for node in browser.find_elements(By.CSS_SELECTOR, "#chart .label")]
    assert max(tops) < 1.6 * screen
    lanes_seen = {i % LANES for i in titles}
    browser.execute_script("window.scrollTo(0, document.body.scrollHeight)")
    WebDriverWait(browser, 10).until(lambda b: {i % LANES for i in shown_titles(b)} - lanes_seen)
    assert not browser.find_elements(By.CSS_SELECTOR, "#chart .event")


def test_a_click_on_a_canvas_marker_opens_its_event(browser, dense_page):
    open_dense(browser, dense_page)
    label = browser.find_elements(By.CSS_SELECTOR, "#chart .label")[5]
    index, box = int(label.get_attribute("data-i")), label.rect
    # The marker is drawn in the canvas just left of its title (one day is less than a pixel wide here).
    ActionChains(browser).move_to_element_with_offset(label, -box["width"] / 2 - 7, 0).click().perform()
    details = browser.find_element(By.ID, "details")
    WebDriverWait(browser, 10).until(lambda b: details.is_displayed())
    assert details.find_element(By.TAG_NAME, "h2").text == f"Event number {index}"
    assert browser.execute_script("return document.querySelector('#chart .label.selected').getAttribute('data-i')") == str(index)


def test_a_click_between_markers_opens_nothing(browser, dense_page):
    open_dense(browser, dense_page)
    pane = browser.find_element(By.ID, "timeline")
    actions = ActionBuilder(browser)
    actions.pointer_action.move_to_location(int(pane.rect["x"] + pane.rect["width"] / 2), int(pane.rect["y"] + 8))
    actions.pointer_action.click()
    actions.perform()
    assert browser.execute_script("return window.scrollY") == 0
    assert not browser.find_element(By.ID, "details").is_displayed(), "the axis row holds no event"


def test_titles_open_their_event_from_the_keyboard_and_n_goes_to_the_next(browser, dense_page):
    open_dense(browser, dense_page)
    label = browser.find_elements(By.CSS_SELECTOR, "#chart .label")[3]
    index = int(label.get_attribute("data-i"))
    browser.execute_script("arguments[0].focus()", label)
    browser.switch_to.active_element.send_keys(Keys.ENTER)
    details = browser.find_element(By.ID, "details")
    WebDriverWait(browser, 10).until(lambda b: details.is_displayed())
    assert details.find_element(By.TAG_NAME, "h2").text == f"Event number {index}"
    browser.switch_to.active_element.send_keys("n")
    WebDriverWait(browser, 10).until(
        lambda b: details.find_element(By.TAG_NAME, "h2").text == f"Event number {index + 1}")
    browser.switch_to.active_element.send_keys("p", "p")
    WebDriverWait(browser, 10).until(
        lambda b: details.find_element(By.TAG_NAME, "h2").text == f"Event number {index - 1}")
