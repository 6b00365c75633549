"""End-to-end fixtures: the shipped corpus served by ``kb serve`` and read in
real headless Chromium (Debian ``chromium`` driven by Playwright).

The knowledge base is built once per session with the real ``kb ingest
corpus/`` command, then ``kb serve`` (waitress) runs in a subprocess on a
free loopback port. Screenshots go to ``tests/artifacts/`` (or
``$KB_TEST_ARTIFACTS``) so a person can look at every page.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
LAPTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
# CSS pixels of a page kept in its screenshot (Chromium fails on much taller captures)
MAX_SHOT_HEIGHT = 6000
ARTIFACTS = Path(os.environ.get("KB_TEST_ARTIFACTS", ROOT / "tests" / "artifacts"))

# the operator's admin account for the served app (upload is behind a login)
ADMIN_USER = "quantri"
ADMIN_PASSWORD = "mat-khau-thu-nghiem-e2e"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _kb(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kb.cli", *args], env=env, capture_output=True, text=True)


@dataclass
class Server:
    url: str
    home: Path
    env: dict = field(repr=False)

    def kb(self, *args: str) -> subprocess.CompletedProcess:
        """Run a ``kb`` command on the served knowledge base."""
        return _kb("--home", str(self.home), *args, env=self.env)


@pytest.fixture(scope="session")
def server(tmp_path_factory) -> Iterator[Server]:
    """``kb ingest corpus/`` then ``kb serve`` on a free port."""
    home = tmp_path_factory.mktemp("kb-e2e")
    env = {
        **os.environ,
        "KB_ADMIN_USER": ADMIN_USER,
        "KB_ADMIN_PASSWORD": ADMIN_PASSWORD,
    }
    ingest = _kb("--home", str(home), "ingest", str(CORPUS), env=env)
    assert ingest.returncode == 0, ingest.stderr
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kb.cli", "--home", str(home), "serve", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, f"kb serve exited: {proc.stderr.read().decode()}"
            try:
                with urllib.request.urlopen(url + "/", timeout=5):
                    break
            except OSError:
                assert time.monotonic() < deadline, "kb serve did not answer within 60 s"
                time.sleep(0.2)
        yield Server(url=url, home=home, env=env)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def page(browser, server) -> Iterator[Page]:
    """A fresh laptop-sized tab whose relative URLs go to the served app."""
    context = browser.new_context(base_url=server.url, viewport=LAPTOP, accept_downloads=True, locale="vi-VN")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture()
def phone(browser, server) -> Iterator[Page]:
    """A fresh phone-sized tab (390×844, touch) on the served app."""
    context = browser.new_context(
        base_url=server.url, viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2,
        accept_downloads=True, locale="vi-VN",
    )
    page = context.new_page()
    yield page
    context.close()


def screenshot(page: Page, name: str) -> Path:
    """Save a full-page screenshot as a test artifact; returns its path.

    A long document (a whole Pháp điển topic) is taller than Chromium can
    capture in one image, so the shot stops after its first screens."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    width, height = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.scrollHeight]"
    )
    page.screenshot(path=str(path), full_page=True,
                    clip={"x": 0, "y": 0, "width": width, "height": min(height, MAX_SHOT_HEIGHT)})
    return path


def assert_no_horizontal_scroll(page: Page) -> None:
    """The page fits its viewport's width (readable on a phone)."""
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1, f"page is {overflow}px wider than the viewport"
