"""Real browsers for the web page tests: Chromium, Firefox and WebKit (Safari's engine).

Chromium is driven through Selenium with Debian's chromium-driver; Firefox through its built-in WebDriver
BiDi (firefox_bidi.py: Debian has no geckodriver); WebKit through Selenium with WebKitGTK's
WebKitWebDriver, on a virtual screen (Xvfb). The tests skip, saying why, only where an engine is missing;
``.ci/run`` installs them and sets INROADS_NEED_BROWSER=1, and then a missing engine is a failure.
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


INSTALL = {
    "chromium": "apt-get install chromium chromium-driver",
    "firefox": "apt-get install firefox-esr",
    "webkit": "apt-get install webkit2gtk-driver xvfb",
}


def _missing(reason: str, engine: str = "chromium") -> None:
    if os.environ.get("INROADS_NEED_BROWSER") == "1":
        pytest.fail(f"INROADS_NEED_BROWSER=1 but {reason}")
    pytest.skip(f"{reason} (install with: {INSTALL[engine]}; pip install -e '.[test]')")


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


# ---------------------------------------------------------------- every engine, one browser each per run
ENGINES = ("chromium", "firefox", "webkit")
MINIBROWSER = ("/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser", "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser",
               "/usr/libexec/webkit2gtk-4.1/MiniBrowser", "/usr/libexec/webkit2gtk-4.0/MiniBrowser")


@pytest.fixture(scope="session")
def chromium_page(chromium_paths, tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    from tests.browser.engines import ChromiumPage

    options = webdriver.ChromeOptions()
    options.binary_location = chromium_paths[0]
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(chromium_paths[1]), options=options)
    driver.set_page_load_timeout(60)
    yield ChromiumPage(driver)
    driver.quit()


@pytest.fixture(scope="session")
def firefox_page(tmp_path_factory):
    from tests.browser.engines import FirefoxPage
    from tests.browser.firefox_bidi import Firefox

    binary = next((path for name in ("firefox-esr", "firefox") if (path := shutil.which(name))), None)
    if binary is None:
        _missing("Firefox is not installed", "firefox")
    try:
        import websocket  # noqa: F401  (websocket-client, which Selenium brings)
    except ImportError:
        _missing("websocket-client is not installed", "firefox")
    firefox = Firefox(binary, tmp_path_factory.mktemp("firefox") / "profile")
    yield FirefoxPage(firefox)
    firefox.quit()


@pytest.fixture(scope="session")
def webkit_page():
    from tests.browser.engines import SeleniumPage, Xvfb

    driver_path = shutil.which("WebKitWebDriver")
    browser = next((path for path in MINIBROWSER if os.path.exists(path)), None)
    if driver_path is None or browser is None:
        _missing("WebKit is not installed: no WebKitWebDriver or MiniBrowser", "webkit")
    if shutil.which("Xvfb") is None:
        _missing("WebKitGTK needs a display and Xvfb is not installed", "webkit")
    from selenium import webdriver
    from selenium.webdriver.webkitgtk.service import Service

    screen = Xvfb()
    options = webdriver.WebKitGTKOptions()
    options.binary_location = browser
    options.add_argument("--automation")
    # The display goes to the driver (and the browser it starts) only: the rest of the run stays headless.
    env = {**os.environ, "DISPLAY": screen.display}
    env.pop("WAYLAND_DISPLAY", None)
    try:
        driver = webdriver.WebKitGTK(service=Service(driver_path, env=env), options=options)
    except BaseException:
        screen.stop()
        raise
    driver.set_page_load_timeout(60)
    yield SeleniumPage(driver, "webkit", watches_load=False)
    driver.quit()
    screen.stop()


@pytest.fixture(params=ENGINES)
def page(request):
    """The same checks in each engine: Chromium, Firefox and WebKit."""
    return request.getfixturevalue(f"{request.param}_page")
