"""The workbench in a real browser (Playwright driving the system Chromium, headless) against a live server.

Skipped with the reason where Playwright, uvicorn or Chromium (``/usr/bin/chromium``, or ``$UPRKIT_CHROMIUM``)
is absent. Screenshots of each page go to tests/artifacts/.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra (fastapi, jinja2, python-multipart) is not installed")
pytest.importorskip("uvicorn", reason="uvicorn is not installed")
pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (pip install playwright)")

import uvicorn  # noqa: E402
from playwright.sync_api import Browser, Page, expect, sync_playwright  # noqa: E402

from uprkit.store import index_paths, open_store  # noqa: E402
from uprkit.web.app import create_app  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = os.environ.get("UPRKIT_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).is_file(), reason=f"Chromium not found at {CHROMIUM} (apt-get install -y chromium)"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("web-browser")
    with open_store(root / "upr.db") as store:
        paths = [DATA / "excerpt_svn48_3.txt", DATA / "excerpt_svn7_3.txt", DATA / "wg", DATA / "web" / "xss_summary.txt"]
        assert index_paths(store, paths, jobs=1, classify=True).failed == []
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(root / "upr.db", root / "uploads"), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        except Exception as exc:  # noqa: BLE001 - a browser that cannot start is a skip, not a failure
            pytest.skip(f"Chromium at {CHROMIUM} could not be launched: {exc}")
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    yield pg
    context.close()
    assert dialogs == [], f"a page ran script from a document: {dialogs}"


def _shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


def test_web_browser_search_to_document_paragraph(server: str, page: Page) -> None:
    page.goto(f"{server}/")
    _shot(page, "home")
    page.fill(".search-box input[name=q]", "prisons overcrowding")
    page.press(".search-box input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"/search\?q=prisons"))
    expect(page.locator(".hit").first).to_be_visible()
    _shot(page, "search")
    link = page.locator(".hit-link[href*='#p']").first
    anchor = str(link.get_attribute("href")).split("#")[1]
    link.click()
    page.wait_for_url(re.compile(rf"/documents/\d+#{anchor}$"))
    target = page.locator(f"#{anchor}")
    expect(target).to_be_in_viewport()
    assert "prison" in target.inner_text().lower()
    _shot(page, "document")


def test_web_browser_country_page(server: str, page: Page) -> None:
    page.goto(f"{server}/countries/SVN")
    expect(page.locator("section.cycle")).to_have_count(3)
    expect(page.locator("section.cycle svg").first).to_be_visible()
    _shot(page, "country")


def test_web_browser_document_with_script_stays_inert(server: str, page: Page) -> None:
    page.goto(f"{server}/search?q=zanzibarquux")
    page.locator(".hit-link").first.click()
    expect(page.locator("body")).to_contain_text("<script>alert('heading')</script>")
    assert page.locator("article script").count() == 0
    _shot(page, "document-escaped")


def _count(page: Page) -> int:
    return int(page.locator("#word-count").inner_text())


def test_web_browser_draft_review_flow(server: str, page: Page, tmp_path: Path) -> None:
    import docx

    page.goto(f"{server}/drafts")
    _shot(page, "drafts")
    page.click("#run-example")
    page.wait_for_url(re.compile(r"/drafts/\d+$"), timeout=30_000)
    rows = page.locator(".review-row:has(.source)")
    expect(rows.first).to_be_visible()
    expect(rows.first.locator(".passage mark")).to_be_visible()
    _shot(page, "review")
    start = _count(page)

    rejected = rows.nth(0)
    rejected_text = rejected.locator(".sentence-text .text").inner_text()
    rejected.locator("button.reject").click()
    expect(rejected).to_have_attribute("data-status", "rejected")
    expect(page.locator("#word-count")).not_to_have_text(str(start))
    after_reject = _count(page)
    assert after_reject < start

    accepted = rows.nth(1)
    accepted.locator("button.accept").click()
    expect(accepted.locator(".status-label")).to_have_text("accepted")

    edited = rows.nth(2)
    edited.locator("details.edit summary").click()
    area = edited.locator("textarea")
    area.fill("The reviewer rewrote this sentence in seven words.")
    expect(page.locator("#unsaved")).to_contain_text("with the unsaved edit")
    edited.locator("button.save-edit").click()
    expect(edited).to_have_attribute("data-status", "edited")
    expect(edited.locator(".sentence-text .text")).to_have_text("The reviewer rewrote this sentence in seven words.")
    expect(page.locator("#unsaved")).to_have_text("")
    assert _count(page) != after_reject
    _shot(page, "review-decided")

    page.reload()  # the decisions were saved
    expect(page.locator(".review-row.status-rejected")).to_have_count(1)
    with page.expect_download() as info:
        page.click("#export-docx")
    download = info.value
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert saved.suffix == ".docx"
    text = "\n".join(p.text for p in docx.Document(str(saved)).paragraphs)
    assert "The reviewer rewrote this sentence in seven words." in text
    assert rejected_text not in text
