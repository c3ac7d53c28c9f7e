"""Headless Chromium over the DevTools protocol, for the browser tests (the static report's and the
desk's): launch it, drive one tab, wait for pages. Needs websocket-client (a dev dependency)."""

from __future__ import annotations

import contextlib
import json
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import websocket

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-extensions", "--disable-dev-shm-usage", "--remote-allow-origins=*",
]  # fmt: skip


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


class Page:
    """One browser tab over the DevTools protocol: send commands, collect events."""

    def __init__(self, ws_url: str) -> None:
        self.ws = websocket.create_connection(ws_url, timeout=30, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict[str, Any]] = []

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, event: str, timeout: float = 30) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = next((e for e in self.events if e.get("method") == event), None)
            if found:
                self.events.remove(found)
                return found
            self.events.append(json.loads(self.ws.recv()))
        raise TimeoutError(event)

    def js(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def open(self, path: Path | str) -> float:
        """Load a file (or a URL) and wait until it is complete; returns the seconds it took."""
        url = path if isinstance(path, str) else path.resolve().as_uri()
        self.send("Page.navigate", url="about:blank")
        self.events.clear()
        start = time.monotonic()
        self.send("Page.navigate", url=url)
        while not self.js(f"document.URL === {json.dumps(url)} && document.readyState === 'complete'"):
            if time.monotonic() - start > 30:
                raise TimeoutError(url)
            time.sleep(0.01)
        return time.monotonic() - start

    def click_and_wait(self, expression: str, timeout: float = 30) -> str:
        """Click the element ``expression`` finds, wait for the page it leads to; returns its URL."""
        before = self.js("performance.timeOrigin")
        self.js(f"{expression}.click()")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if (
                    self.js("performance.timeOrigin") != before
                    and self.js("document.readyState") == "complete"
                ):
                    return str(self.js("document.URL"))
            except RuntimeError:  # the old page went away while it was asked
                pass
            time.sleep(0.02)
        raise TimeoutError(expression)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def page_target(port: int, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=2) as response:
                targets = json.load(response)
            pages = [t for t in targets if t.get("type") == "page"]
            if pages:
                return str(pages[0]["webSocketDebuggerUrl"])
        except OSError:
            pass
        time.sleep(0.2)
    raise TimeoutError("chromium did not open its DevTools port")


@contextlib.contextmanager
def launched(profile: Path) -> Iterator[Page]:
    """Chromium with a DevTools port and one tab, ended on exit."""
    exe = chromium()
    assert exe is not None
    port = free_port()
    args = [exe, *FLAGS, f"--remote-debugging-port={port}", f"--user-data-dir={profile}", "about:blank"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        tab = Page(page_target(port))
        for domain in ("Page", "Runtime", "Network"):
            tab.send(f"{domain}.enable")
        yield tab
        tab.ws.close()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
