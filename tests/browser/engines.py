"""One small interface over three browser engines, so the page's checks are written once.

Chromium and WebKit (WebKitGTK's WebKitWebDriver, Safari's engine) are driven through Selenium; Firefox
through its built-in WebDriver BiDi (tests/browser/firefox_bidi.py). Every input is a real one: pointer,
wheel and key actions go through the browser's input pipeline, not synthetic DOM events.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

# Installed before any of the page's scripts runs (where the engine allows it): records CSP violations
# and uncaught script errors, so a check can see what happened while the page loaded.
WATCH = """(function () {
  var seen = window.__inroadsSeen = { violations: [], errors: [] };
  document.addEventListener("securitypolicyviolation", function (e) {
    seen.violations.push(e.violatedDirective + " " + e.blockedURI);
  });
  window.addEventListener("error", function (e) { seen.errors.push(String(e.message)); });
})();"""


class Page:
    """What the checks need from a browser: open a file, run script, real clicks, keys and wheel."""

    name = ""
    watches_load = True  # False where the watch can only start after the page has loaded

    def open(self, path: Path, width: int = 1440, height: int = 900) -> None:
        raise NotImplementedError

    def run(self, body: str, *args):
        """Runs a function body (arguments[0], ...) in the page and returns its JSON-able value."""
        raise NotImplementedError

    def click(self, x: float, y: float) -> None:
        raise NotImplementedError

    def press(self, *keys: str) -> None:
        """Key presses sent to whatever has the focus."""
        raise NotImplementedError

    def drag(self, x: float, y: float, dx: float) -> None:
        """Press the mouse's button at (x, y), move it dx sideways in a few steps, and let go."""
        raise NotImplementedError

    def wheel(self, x: float, y: float, dy: int) -> None:
        raise NotImplementedError

    def requests(self) -> list[str] | None:
        """The addresses the page's tab asked for since it was opened, where the engine tells; else None."""
        return None

    def screenshot(self, out: Path) -> None:
        raise NotImplementedError

    def wait(self, condition, what: str, timeout: float = 10):
        deadline = time.monotonic() + timeout
        while True:
            value = condition()
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"{self.name}: timed out waiting for {what}")
            time.sleep(0.05)

    def seen(self) -> dict:
        return self.run("return window.__inroadsSeen || null")

    def _after_open(self) -> None:
        self.wait(lambda: self.run("return performance.getEntriesByName('inroads:drawn').length > 0"
                                   " || document.readyState === 'complete'"), "the page to load", 30)
        if not self.watches_load:
            self.run(WATCH)


class SeleniumPage(Page):
    def __init__(self, driver, name: str, watches_load: bool):
        self.driver, self.name, self.watches_load = driver, name, watches_load
        self.offset = (0, 0)  # where the page's frame is, when it is opened in one

    def _fit_viewport(self, width: int, height: int) -> None:
        # Window sizes include the browser's frame and toolbar: grow the window by the difference.
        self.driver.set_window_size(width, height)
        inner = self.driver.execute_script("return [window.innerWidth, window.innerHeight]")
        if inner != [width, height]:
            self.driver.set_window_size(2 * width - inner[0], 2 * height - inner[1])

    def open(self, path: Path, width: int = 1440, height: int = 900) -> None:
        self.driver.switch_to.default_content()
        self.offset = (0, 0)
        self.driver.get("about:blank")
        self._fit_viewport(width, height)
        if self.driver.execute_script("return window.innerWidth") <= width:
            self.driver.get(path.as_uri())
        else:
            self._open_in_frame(path, width, height)
        self._after_open()

    def _open_in_frame(self, path: Path, width: int, height: int) -> None:
        # WebKitGTK's MiniBrowser window has a minimum width (its toolbar's, ~450 px): a narrower viewport,
        # a phone's, is a frame of that size, whose page sees its own width, media queries and all.
        frame = path.with_name(path.stem + f".{width}x{height}.html")
        frame.write_text(f'<!doctype html><body style="margin:0"><iframe src="{path.name}" '
                         f'style="width:{width}px;height:{height}px;border:0;display:block"></iframe>', "utf-8")
        self.driver.get(frame.as_uri())
        self.driver.switch_to.frame(0)
        self.driver.switch_to.default_content()
        box = self.driver.execute_script("var r = document.querySelector('iframe').getBoundingClientRect(); return [r.left, r.top]")
        self.offset = (box[0], box[1])
        self.driver.switch_to.frame(0)

    def run(self, body: str, *args):
        return self.driver.execute_script(body, *args)

    def _actions(self):
        from selenium.webdriver.common.actions.action_builder import ActionBuilder

        return ActionBuilder(self.driver)

    def click(self, x: float, y: float) -> None:
        actions = self._actions()
        actions.pointer_action.move_to_location(int(x + self.offset[0]), int(y + self.offset[1]))
        actions.pointer_action.click()
        actions.perform()

    def drag(self, x: float, y: float, dx: float) -> None:
        actions, (ox, oy) = self._actions(), self.offset
        actions.pointer_action.move_to_location(int(x + ox), int(y + oy))
        actions.pointer_action.pointer_down()
        for step in range(1, 5):
            actions.pointer_action.move_to_location(int(x + ox + dx * step / 4), int(y + oy))
        actions.pointer_action.pointer_up()
        actions.perform()

    def press(self, *keys: str) -> None:
        actions = self._actions()
        for key in keys:
            actions.key_action.key_down(key)
            actions.key_action.key_up(key)
        actions.perform()

    def wheel(self, x: float, y: float, dy: int) -> None:
        actions = self._actions()
        actions.wheel_action.scroll(x=int(x + self.offset[0]), y=int(y + self.offset[1]), delta_x=0, delta_y=dy)
        actions.perform()

    def screenshot(self, out: Path) -> None:
        self.driver.save_screenshot(str(out))


class ChromiumPage(SeleniumPage):
    def __init__(self, driver):
        super().__init__(driver, "chromium", watches_load=True)
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH})

    def open(self, path: Path, width: int = 1440, height: int = 900) -> None:
        self.driver.get("about:blank")
        self.driver.get_log("performance")  # what came before the page is not the page's
        self.url = path.as_uri()
        super().open(path, width, height)

    def requests(self) -> list[str]:
        return [
            message["params"]["request"]["url"]
            for entry in self.driver.get_log("performance")
            if (message := json.loads(entry["message"])["message"])["method"] == "Network.requestWillBeSent"
        ]


class FirefoxPage(Page):
    name = "firefox"

    def __init__(self, firefox):
        self.firefox = firefox
        firefox.add_preload_script("function () {" + WATCH + "}")
        firefox.subscribe("network.beforeRequestSent", "log.entryAdded")

    def open(self, path: Path, width: int = 1440, height: int = 900) -> None:
        self.firefox.navigate("about:blank")
        self.firefox.set_viewport(width, height)
        self.firefox.events.clear()
        self.firefox.navigate(path.as_uri())
        self._after_open()

    def run(self, body: str, *args):
        call = f"JSON.stringify((function () {{ {body} }}).apply(null, {json.dumps(list(args))}))"
        text = self.firefox.evaluate(call)
        return None if text is None else json.loads(text)

    def _pointer(self, *actions: dict) -> None:
        self.firefox.perform({"type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"},
                              "actions": list(actions)})

    def click(self, x: float, y: float) -> None:
        self._pointer({"type": "pointerMove", "x": int(x), "y": int(y), "origin": "viewport"},
                      {"type": "pointerDown", "button": 0}, {"type": "pointerUp", "button": 0})

    def drag(self, x: float, y: float, dx: float) -> None:
        moves = [{"type": "pointerMove", "x": int(x + dx * step / 4), "y": int(y), "origin": "viewport"}
                 for step in range(1, 5)]
        self._pointer({"type": "pointerMove", "x": int(x), "y": int(y), "origin": "viewport"},
                      {"type": "pointerDown", "button": 0}, *moves, {"type": "pointerUp", "button": 0})

    def press(self, *keys: str) -> None:
        actions = []
        for key in keys:
            actions += [{"type": "keyDown", "value": key}, {"type": "keyUp", "value": key}]
        self.firefox.perform({"type": "key", "id": "keyboard", "actions": actions})

    def wheel(self, x: float, y: float, dy: int) -> None:
        self.firefox.perform({"type": "wheel", "id": "wheel", "actions": [
            {"type": "scroll", "x": int(x), "y": int(y), "deltaX": 0, "deltaY": dy, "origin": "viewport"}]})

    def requests(self) -> list[str]:
        return [event["request"]["url"] for event in self.firefox.events_named("network.beforeRequestSent")]

    def log_errors(self) -> list[str]:
        return [entry["text"] for entry in self.firefox.events_named("log.entryAdded") if entry["level"] == "error"]

    def screenshot(self, out: Path) -> None:
        out.write_bytes(self.firefox.screenshot())


class Xvfb:
    """A virtual screen for WebKitGTK's MiniBrowser, which needs a display.

    It takes the first free display from :91 on, as ../shared/tools/snap does. (Xvfb's own pick,
    -displayfd, chose :0 here, and that server went away as soon as a Firefox started.)
    """

    def __init__(self, size: str = "1600x1000"):
        for number in range(91, 141):
            if os.path.exists(f"/tmp/.X11-unix/X{number}") or os.path.exists(f"/tmp/.X{number}-lock"):
                continue
            self.process = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 10
            while self.process.poll() is None and time.monotonic() < deadline:
                if os.path.exists(f"/tmp/.X11-unix/X{number}"):
                    self.display = f":{number}"
                    return
                time.sleep(0.05)
            self.stop()  # another server took the number first, or this one would not start
        raise RuntimeError("Xvfb: no free display from :91 to :140")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait()
