"""The web app in Debian's chromium (headless, driven by Playwright) against a live uvicorn; screenshots in tests/screenshots/."""
from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from test_web_data import EVIL_ID, copy_db, web_db  # noqa: F401  (web_db is a fixture)

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(__file__).parent / "screenshots"
TOKEN = "browser-review-token"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage"]


def _needs() -> None:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing; install Debian's chromium with `sh scripts/install-browser.sh` (needs root)")
    pytest.importorskip("playwright.sync_api", reason="the `playwright` Python package is not installed (pip install -e '.[test]')")
    pytest.importorskip("uvicorn", reason="the web extra is not installed (pip install -e '.[web]')")


class LiveServer:
    """uvicorn serving the app on a free port in a background thread."""

    def __init__(self, app: object):
        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    _needs()
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(exist_ok=True)
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as p:
        # a persistent context gives chromium a fresh profile folder of its own
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=ARGS,
            viewport={"width": 1280, "height": 900})
        yield context
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def server(web_db: Path) -> Iterator[LiveServer]:
    _needs()
    from civcas.web import create_app

    with LiveServer(create_app(web_db)) as live:
        yield live


class Watch:
    """A page with everything that would mean a broken or unsafe page recorded: console errors,
    uncaught exceptions, dialogs (alert), and requests to any other host."""

    def __init__(self, context: object, origin: str):
        self.page = context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.outside: list[str] = []
        host = urlsplit(origin).netloc
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: None if urlsplit(r.url).netloc == host or r.url.startswith("data:")
                     else self.outside.append(r.url))

    def clean(self) -> None:
        assert not self.errors, self.errors
        assert not self.dialogs, self.dialogs
        assert not self.outside, self.outside

    def shot(self, name: str) -> None:
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def rows(page: object) -> int:
    return page.locator("#incidents tbody tr").count()


def test_browse_filter_open_an_incident_and_follow_a_claim(browser, server: LiveServer) -> None:
    w = Watch(browser, server.url)
    page = w.page
    page.goto(server.url + "/incidents")
    everything = rows(page)
    assert everything > 1
    w.shot("incidents")

    # filter: a country, then a free-text search
    page.select_option("select[name=country]", "IQ")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r".*country=IQ.*"))
    narrowed = rows(page)
    assert 0 < narrowed < everything
    assert all(c == "IQ" for c in page.locator("#incidents tbody td:nth-child(3)").all_inner_texts())
    w.shot("incidents-filtered")

    # sort by civilians killed
    page.click("th a.sort:has-text('Civilians killed')")
    page.wait_for_url(re.compile(r".*sort=killed.*"))
    assert rows(page) == narrowed

    # open the incident with the most claims, and its small map
    page.goto(server.url + "/incidents?sort=claims")
    page.locator("#incidents tbody tr a.inc-link").first.click()
    page.wait_for_url(re.compile(r".*/incidents/[^/?]+(\?.*)?$"))
    assert page.locator("#killed").inner_text().strip()
    assert page.locator("li.claim").count() >= 1
    if page.locator("#incident-map").count():
        page.wait_for_selector("#incident-map[data-ready] .leaflet-marker-icon", timeout=10_000)
    w.shot("incident")

    # follow a claim to its article: the spans are highlighted and the claim is in focus
    page.locator("li.claim a.article-link").first.click()
    page.wait_for_url(re.compile(r".*/articles/.*claim=.*"))
    assert page.locator("#article-text mark.hl-figure").count() >= 1
    assert page.locator("#article-text mark.focus").count() >= 1
    assert page.locator("#article-text mark[data-tag]").count() >= 1
    # the cleaned text is intact: the marks only wrap it
    text = page.locator("#article-text").inner_text()
    assert len(text) > 50
    w.shot("article")
    w.clean()


def test_the_map_shows_markers_over_country_outlines(browser, server: LiveServer) -> None:
    w = Watch(browser, server.url)
    w.page.goto(server.url + "/map")
    w.page.wait_for_selector("#map[data-ready]", timeout=15_000)
    assert int(w.page.get_attribute("#map", "data-ready")) > 0
    # markers, or the cluster icons that stand for them where they are dense
    assert w.page.locator("#map .leaflet-marker-icon").count() >= 1
    assert w.page.locator("#map .leaflet-overlay-pane path").count() > 50   # the country outlines
    w.shot("map")
    w.clean()


def test_timeline_tallies_and_review_log(browser, server: LiveServer) -> None:
    w = Watch(browser, server.url)
    w.page.goto(server.url + "/timeline")
    assert w.page.locator("#chart-months polygon.band").count() == 1
    assert w.page.locator("#tally-months tbody tr").count() >= 1
    assert w.page.locator("#tally-attackers tbody tr").count() >= 1
    w.shot("timeline")
    w.page.goto(server.url + "/reviews")
    assert "Review is off" in w.page.inner_text("main")
    w.shot("reviews")
    w.page.goto(server.url + "/incidents/no-such-incident")
    assert "404" in w.page.inner_text("h1")
    w.errors = [e for e in w.errors if "404" not in e]   # the browser logs the 404 status itself
    w.shot("not-found")
    w.clean()


def test_a_malicious_article_is_shown_as_text_and_runs_nothing(browser, server: LiveServer) -> None:
    w = Watch(browser, server.url)
    page = w.page
    page.goto(f"{server.url}/articles/{EVIL_ID}")
    text = page.locator("#article-text").inner_text()
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(1)>" in text
    assert "<script>window.__xss = 1; alert(1)</script>" in page.inner_text("h1")
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator("main script, main img").count() == 0
    w.shot("article-malicious")
    page.goto(server.url + "/incidents?outlet=evil")
    assert rows(page) >= 1
    page.locator("#incidents a.inc-link").first.click()
    page.wait_for_url(re.compile(r".*/incidents/.*"))
    assert page.evaluate("typeof window.__xss") == "undefined"
    w.shot("incident-malicious")
    w.clean()


def test_a_reviewer_regrades_an_incident_in_the_browser(browser, web_db: Path, tmp_path: Path) -> None:
    _needs()
    from civcas.web import create_app

    db = copy_db(web_db, tmp_path)
    with LiveServer(create_app(db, review_token=TOKEN)) as live:
        w = Watch(browser, live.url)
        page = w.page
        page.goto(live.url + "/incidents?sort=claims")
        page.locator("#incidents a.inc-link").first.click()
        page.wait_for_url(re.compile(r".*/incidents/.*"))
        form = page.locator("form.review-grade")
        form.locator("select[name=grade]").select_option("contested")
        form.locator("input[name=reason]").fill("Two parties blame each other.")
        form.locator("input[name=token]").fill("not the token")
        form.locator("button").click()
        page.wait_for_load_state()
        assert "403" in page.inner_text("h1")
        w.errors = [e for e in w.errors if "403" not in e]
        page.go_back()
        form = page.locator("form.review-grade")
        form.locator("select[name=grade]").select_option("contested")
        form.locator("input[name=reason]").fill("Two parties blame each other.")
        form.locator("input[name=token]").fill(TOKEN)
        form.locator("button").click()
        page.wait_for_selector("#reviewed")
        assert "contested" in page.inner_text("#facts")
        assert "Two parties blame each other." in page.inner_text("#grade-reason")
        w.shot("incident-reviewed")
        page.goto(live.url + "/reviews")
        assert page.locator("#reviews tbody tr").count() == 1
        w.shot("reviews-after")
        w.clean()
