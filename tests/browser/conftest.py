"""Headless Chromium for the web page tests, driven through Selenium with Debian's chromium-driver.

The tests skip, saying why, only where there is no browser; ``.ci/run`` installs one and sets
INROADS_NEED_BROWSER=1, and then a missing browser is a failure, not a skip.
"""

from __future__ import annotations

import os
import shutil

import pytest

BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-default-apps",
    "--disable-sync",
)


def _missing(reason: str) -> None:
    if os.environ.get("INROADS_NEED_BROWSER") == "1":
        pytest.fail(f"INROADS_NEED_BROWSER=1 but {reason}")
    pytest.skip(f"{reason} (install with: apt-get install chromium chromium-driver; pip install -e '.[test]')")


@pytest.fixture(scope="session")
def chromium_paths() -> tuple[str, str]:
    browser = next((path for name in BROWSER_NAMES if (path := shutil.which(name))), None)
    driver = shutil.which("chromedriver")
    if browser is None or driver is None:
        _missing("no headless browser: Chromium and chromedriver are not installed")
    return browser, driver


@pytest.fixture
def browser(chromium_paths, tmp_path):
    """A fresh headless Chromium (own profile in tmp_path) at 1440x900 that logs the console and the network."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _missing("Selenium is not installed")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium_paths[0]
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'profile'}")
    options.add_argument("--window-size=1440,900")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    # The driver is given by path: Selenium must not go looking for one on the network.
    driver = webdriver.Chrome(service=Service(chromium_paths[1]), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()
