"""The desk in a real browser: `checker serve` started by the test on 127.0.0.1, headless Chromium
driven over the DevTools protocol (tests/browser_helpers.py)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

pytest.importorskip("websocket", reason="websocket-client is a dev dependency")
pytest.importorskip("uvicorn", reason="the desk needs the serve extra")

from browser_helpers import Page, chromium, free_port, launched

from checker.store import check_store

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Page]:
    if chromium() is None:
        pytest.skip("no chromium binary on PATH; `make browser` installs Debian's chromium")
    with launched(tmp_path_factory.mktemp("chromium-profile")) as tab:
        yield tab


@contextmanager
def served(store: Path, port: int) -> Iterator[str]:
    """`checker serve --store STORE --port PORT` as its own process, until the block ends."""
    args = [sys.executable, "-m", "checker", "serve", "--store", str(store), "--port", str(port)]
    log = store.parent / f"serve-{port}.log"
    with log.open("wb") as err:
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=err)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url, timeout=5):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"checker serve did not start: {log.read_text()!r}") from None
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def _cards(page: Page) -> list[str]:
    return page.js("[...document.querySelectorAll('li.card')].map(c => c.dataset.id)")  # type: ignore[no-any-return]


def _status(page: Page, finding: str) -> str:
    return page.js(f"document.getElementById({json.dumps(finding)}).querySelector('.status').textContent")  # type: ignore[no-any-return]


def test_the_desk_lists_the_findings_and_a_facet_narrows_them_in_the_url(
    page: Page, desk_store: Path
) -> None:
    expected = list(check_store(desk_store).conflicts.conflict_id)
    with served(desk_store, free_port()) as url:
        page.open(url)
        assert _cards(page) == expected
        assert page.js("document.querySelectorAll('script').length") == 0
        text = "[...document.querySelectorAll('li.card')].map(c => c.textContent)"
        drones = [fid for fid, words in zip(expected, page.js(text), strict=True) if "Drohnen" in words]
        link = "document.querySelector('.facet[data-facet=subject] a[data-value=Drohnen]')"
        address = page.click_and_wait(link)
        assert address.endswith("/?subject=Drohnen")
        assert _cards(page) == drones and len(drones) == 1
        assert page.js("document.querySelector('.facet[data-facet=subject] a.on').dataset.value") == "Drohnen"
        page.open(address)  # a shared link shows the same view
        assert _cards(page) == drones


def test_a_verdict_survives_a_restart_and_an_add_of_unrelated_articles(
    page: Page, desk_store: Path, stores
) -> None:
    port = free_port()
    with served(desk_store, port) as url:
        page.open(url + "?kind=figure")
        finding = _cards(page)[0]
        button = f"document.querySelector('#{finding} button[data-status=false_alarm]')"
        address = page.click_and_wait(button)
        assert address.endswith(f"/?kind=figure#{finding}")
        assert _status(page, finding) == "false alarm"
    with served(desk_store, port) as url:  # a new server process on the same store
        page.open(url)
        assert _status(page, finding) == "false alarm"
        stores.add(desk_store, stores.unrelated)  # while the desk runs: it reads the new generation
        page.open(url + "?status=false_alarm")
        assert _cards(page) == [finding]
        assert page.js("document.querySelector('h1').textContent").endswith(
            f"of {len(check_store(desk_store).conflicts)} findings"
        )
        page.open(url + f"finding/{finding}")
        assert "false alarm" in page.js("document.querySelector('.review').textContent")
