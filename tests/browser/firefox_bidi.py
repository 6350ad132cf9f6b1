"""A small W3C WebDriver BiDi client for Firefox, enough for the web page tests.

Firefox has WebDriver BiDi built in (``--remote-debugging-port``): no geckodriver, which Debian does not
package and which nothing here may download. Commands and events are JSON over one websocket
(websocket-client, which Selenium already brings). Only what the tests use is here: a session, one tab,
navigate, evaluate, real input actions, the viewport, and the log and network events.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import re
import subprocess
import threading
import time
from pathlib import Path

import websocket

LISTENING = re.compile(rb"WebDriver BiDi listening on (ws://\S+)")


class BiDiError(RuntimeError):
    pass


class Firefox:
    """A headless Firefox with its own profile, one BiDi session and one tab (``self.context``)."""

    def __init__(self, binary: str, profile: Path, width: int = 1440, height: int = 900, timeout: float = 60):
        profile.mkdir(parents=True, exist_ok=True)
        # The remote agent sets its recommended preferences itself (no updates, no first-run pages).
        self.process = subprocess.Popen(
            [binary, "--headless", "--no-remote", "--profile", str(profile), "--remote-debugging-port=0",
             f"--width={width}", f"--height={height}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.timeout = timeout
        self.events: list[dict] = []
        self._ids = itertools.count(1)
        self._replies: dict[int, dict] = {}
        self._arrived = threading.Condition()
        self._closed = False
        try:
            url = self._listening_address()
            self.socket = websocket.create_connection(url.rstrip("/") + "/session", timeout=timeout,
                                                      suppress_origin=True)
            threading.Thread(target=self._read, daemon=True).start()
            self.command("session.new", {"capabilities": {}})
            self.context = self.command("browsingContext.getTree", {"maxDepth": 0})["contexts"][0]["context"]
        except BaseException:
            self.process.kill()
            self.process.wait()
            raise

    def _listening_address(self) -> str:
        # The address comes on stderr once the agent listens (port 0: a free port the system picks).
        # The rest of stderr is drained in the background so Firefox never blocks on a full pipe.
        seen = b""
        for line in iter(self.process.stderr.readline, b""):
            seen += line
            found = LISTENING.search(line)
            if found:
                threading.Thread(target=self.process.stderr.read, daemon=True).start()
                return found.group(1).decode()
        raise BiDiError(f"Firefox exited without a BiDi address: {seen.decode(errors='replace')[-2000:]}")

    def _read(self) -> None:
        while True:
            try:
                message = json.loads(self.socket.recv())
            except (websocket.WebSocketException, OSError, ValueError):  # the socket closed: wake anyone waiting
                with self._arrived:
                    self._closed = True
                    self._arrived.notify_all()
                return
            with self._arrived:
                if message.get("type") == "event":
                    self.events.append(message)
                else:
                    self._replies[message.get("id")] = message
                self._arrived.notify_all()

    def command(self, method: str, params: dict) -> dict:
        ident = next(self._ids)
        self.socket.send(json.dumps({"id": ident, "method": method, "params": params}))
        deadline = time.monotonic() + self.timeout
        with self._arrived:
            while ident not in self._replies:
                left = deadline - time.monotonic()
                if self._closed or left <= 0:
                    raise BiDiError(f"no reply to {method}")
                self._arrived.wait(left)
            reply = self._replies.pop(ident)
        if reply.get("type") == "error":
            raise BiDiError(f"{method}: {reply.get('error')}: {reply.get('message')}")
        return reply["result"]

    def subscribe(self, *names: str) -> None:
        self.command("session.subscribe", {"events": list(names), "contexts": [self.context]})

    def events_named(self, name: str) -> list[dict]:
        with self._arrived:
            return [event["params"] for event in self.events if event["method"] == name]

    def navigate(self, url: str) -> None:
        self.command("browsingContext.navigate", {"context": self.context, "url": url, "wait": "complete"})

    def evaluate(self, expression: str):
        """The expression's value, which must be a string (the tests send JSON back)."""
        result = self.command("script.evaluate", {
            "expression": expression, "target": {"context": self.context}, "awaitPromise": False,
            "userActivation": True})
        if result["type"] == "exception":
            raise BiDiError(result["exceptionDetails"]["text"])
        value = result["result"]
        return value.get("value") if value["type"] == "string" else None

    def add_preload_script(self, function: str) -> None:
        self.command("script.addPreloadScript", {"functionDeclaration": function, "contexts": [self.context]})

    def perform(self, *sources: dict) -> None:
        self.command("input.performActions", {"context": self.context, "actions": list(sources)})
        self.command("input.releaseActions", {"context": self.context})

    def set_viewport(self, width: int, height: int) -> None:
        self.command("browsingContext.setViewport", {"context": self.context,
                                                     "viewport": {"width": width, "height": height}})

    def screenshot(self) -> bytes:
        import base64

        return base64.b64decode(self.command("browsingContext.captureScreenshot", {"context": self.context})["data"])

    def quit(self) -> None:
        with contextlib.suppress(BiDiError, websocket.WebSocketException, OSError):
            self.command("session.end", {})
        try:
            self.socket.close()
        finally:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
