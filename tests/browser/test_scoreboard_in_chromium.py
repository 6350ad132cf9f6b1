"""The scoreboard table in the page, in headless Chromium: it shows, its strings are text, a cell opens its event."""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from gui.core.document.model import Event, Lane, new_document
from gui.core.interop.web_page import write_web_page
from gui.core.storage.fileformat import read_document

HOSTILE = "<img src=x onerror=\"document.title='pwned'\"><b>bold</b>"


def test_the_scoreboard_shows_and_a_cell_opens_its_event(browser, tmp_path, sample_path):
    out = tmp_path / "sample.html"
    write_web_page(read_document(sample_path).document, out)
    browser.get(out.as_uri())
    table = WebDriverWait(browser, 30).until(lambda b: b.find_element(By.CSS_SELECTOR, "#scoreboard table"))
    headers = [th.text for th in table.find_elements(By.CSS_SELECTOR, "thead th")]
    assert headers[:4] == ["Maker", "Carrier talks", "Carrier deal", "Launch"]
    makers = [th.text for th in table.find_elements(By.CSS_SELECTOR, "tbody th")]
    assert makers == ["Huawei", "Xiaomi"]
    retail = table.find_elements(By.CSS_SELECTOR, "tbody tr")[0].find_elements(By.TAG_NAME, "td")[headers.index("Retail") - 1]
    assert "Best Buy" in retail.text and "1 source" in retail.text
    browser.execute_script("arguments[0].scrollIntoView()", retail)
    retail.find_element(By.TAG_NAME, "button").click()
    details = browser.find_element(By.ID, "details")
    WebDriverWait(browser, 10).until(lambda b: details.is_displayed())
    assert details.find_element(By.TAG_NAME, "h2").text == "Popular Huawei phones reach Best Buy"
    assert details.find_element(By.TAG_NAME, "h2").is_displayed()
    by_partner = browser.find_element(By.CSS_SELECTOR, "#scoreboard details")
    by_partner.find_element(By.TAG_NAME, "summary").click()
    assert "Best Buy" in [th.text for th in by_partner.find_elements(By.CSS_SELECTOR, "thead th")]


def test_scoreboard_strings_are_text_never_html(browser, tmp_path):
    document = new_document("t")
    document.lanes = [Lane("l", HOSTILE)]
    document.events = [Event("e", "l", "Talks", "2018-03-14", kind="carrier-talks", partners=[HOSTILE])]
    out = tmp_path / "hostile.html"
    write_web_page(document, out)
    browser.get(out.as_uri())
    table = WebDriverWait(browser, 30).until(lambda b: b.find_element(By.CSS_SELECTOR, "#scoreboard table"))
    assert table.find_element(By.CSS_SELECTOR, "tbody th").text == HOSTILE
    assert HOSTILE in table.find_element(By.CSS_SELECTOR, "td button").text
    assert browser.execute_script("return document.querySelectorAll('img, b').length") == 0
    assert browser.title == "t"
