"""The reference site in a real browser: Debian's headless Chromium driven by Playwright.

The page is built into a scratch folder and opened both from file:// and from a local static
server. Any request that would leave the page fails the test, as does any console error.
Screenshots land in test-artifacts/ for a human to look at. Under CI (CI=true) a missing
browser is a failure, never a skip.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from generator import docs
from generator.core.paths import ROOT
from generator.core.spec import Spec
from generator.docs.svg import edges
from tests.support.contract import operation_ids, public_operations
from tests.support.docs_page import hostile_spec

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = ROOT / "test-artifacts"


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"browser tests cannot run under CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (run scripts/setup)")
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is missing (run scripts/setup: apt-get install chromium)")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@dataclass
class Site:
    folder: Path
    http: str  # http://127.0.0.1:PORT/

    @property
    def file(self) -> str:
        return (self.folder / "index.html").as_uri()


def _serve(folder: Path) -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def site(spec: Spec, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    folder = tmp_path_factory.mktemp("docs")
    docs.generate(spec, folder)
    for url in _serve(folder):
        yield Site(folder, url)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    folder = tmp_path_factory.mktemp("hostile")
    docs.generate(hostile_spec(), folder)
    for url in _serve(folder):
        yield Site(folder, url)


@dataclass
class Watch:
    """What a page did: console errors, uncaught errors, dialogs and requests that left it."""

    errors: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def clean(self) -> None:
        assert self.errors == []
        assert self.outside == []
        assert self.dialogs == []


def open_page(browser: Any, url: str, allowed: str, **context: Any) -> tuple[Any, Watch]:
    ctx = browser.new_context(**context)
    page = ctx.new_page()
    watch = Watch()
    page.on("console", lambda m: watch.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: watch.errors.append(str(e)))

    def dialog(d: Any) -> None:
        watch.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", dialog)

    def route(r: Any) -> None:
        if r.request.url.startswith(allowed):
            r.continue_()
        else:
            watch.outside.append(r.request.url)
            r.abort()

    ctx.route("**/*", route)
    page.goto(url)
    page.wait_for_load_state("load")
    return page, watch


@pytest.mark.parametrize("scheme", ["file", "http"])
def test_page_loads_clean_and_self_contained(
    browser: Any, site: Site, scheme: str, spec: Spec
) -> None:
    url, allowed = (site.file, "file://") if scheme == "file" else (site.http, site.http)
    page, watch = open_page(
        browser, url, allowed, permissions=["clipboard-read", "clipboard-write"]
    )
    assert page.locator(f"#op-{operation_ids(spec)[0]}").is_visible()
    linked = {oid for e in edges(spec) for oid in (e.source, e.target)}
    assert page.locator("svg.flow a").count() == len(linked) > 0
    # the code the page runs: tabs, copy buttons
    assert page.locator("pre .copy").count() > 30
    op = f"#op-{operation_ids(spec)[0]}"
    page.locator(f'{op} [role=tab][data-lang="fetch"]').click()
    assert page.locator(f'{op} pre.pane[data-lang="fetch"]').is_visible()
    assert not page.locator(f'{op} pre.pane[data-lang="curl"]').is_visible()
    copy = page.locator(f"{op} [role=tabpanel]:not([hidden]) .copy")
    copy.click()
    page.wait_for_function("b => b.textContent === 'Copied'", arg=copy.element_handle())
    page.wait_for_function("document.getElementById('announce').textContent === 'Copied'")
    shown = page.locator(f"{op} [role=tabpanel]:not([hidden]) code").inner_text()
    assert page.evaluate("navigator.clipboard.readText()") == shown
    assert "fetch(url" in shown
    watch.clean()
    page.context.close()


def test_every_sidebar_link_lands_on_its_section(browser: Any, site: Site) -> None:
    page, watch = open_page(browser, site.http, site.http)
    hrefs: list[str] = page.eval_on_selector_all(
        "#sidebar a", "els => els.map(e => e.getAttribute('href'))"
    )
    assert len(hrefs) > 30
    for href in hrefs:
        page.locator(f'#sidebar a[href="{href}"]').click()
        landed = page.evaluate(
            """href => {
                const el = document.getElementById(decodeURIComponent(href.slice(1)));
                if (!el) return null;
                const r = el.getBoundingClientRect();
                return {hash: location.hash, top: r.top, height: innerHeight};
            }""",
            href,
        )
        assert landed is not None, f"{href} has no element"
        assert landed["hash"] == href
        assert 0 <= landed["top"] < landed["height"] / 2, (
            f"{href} did not scroll into view: {landed}"
        )
    watch.clean()
    page.context.close()


def _search(page: Any, query: str) -> list[str]:
    page.fill("#search", query)
    page.wait_for_selector("#results-box:not([hidden])")
    texts: list[str] = page.locator("#results [role=option][data-href]").all_inner_texts()
    return texts


def _unique_field(spec: Spec) -> tuple[str, str]:
    """(model, property): the longest property name that only one component schema has."""
    owners: dict[str, list[str]] = {}
    for model, schema in spec.data["components"]["schemas"].items():
        for name in schema.get("properties") or {}:
            owners.setdefault(name, []).append(model)
    name = max((n for n, models in owners.items() if len(models) == 1), key=len)
    return owners[name][0], name


def test_search_finds_operations_and_fields(browser: Any, site: Site, spec: Spec) -> None:
    page, watch = open_page(browser, site.file, "file://")
    op = spec.operation(public_operations(spec)[-1])
    summary = str(op.data["summary"])
    hits = _search(page, summary.lower())
    assert any(summary in h for h in hits)
    page.locator("#results [role=option]", has_text=summary).first.click()
    assert page.locator(f"#op-{op.operation_id} h3").is_visible()
    # a field nested inside collapsed trees: the page opens them on the way
    model, name = _unique_field(spec)
    hits = _search(page, name)
    assert any(name in h for h in hits)
    page.locator(f'#results [data-href="#m-{model}.{name}"]').click()
    field = page.locator(f'[id="m-{model}.{name}"]')
    assert field.is_visible()
    last = list(spec.operations())[-1]
    hits = _search(page, last.path)
    assert any(str(last.data["summary"]) in h for h in hits)
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == f"#op-{last.operation_id}"
    assert _search(page, "no such thing anywhere") == []
    watch.clean()
    page.context.close()


def test_theme_toggle_switches_and_is_remembered(browser: Any, site: Site) -> None:
    page, watch = open_page(browser, site.http, site.http, color_scheme="light")
    background = "getComputedStyle(document.body).backgroundColor"
    assert page.evaluate("document.documentElement.dataset.theme") == "light"
    light = page.evaluate(background)
    page.click("#theme")
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    assert page.evaluate(background) != light
    page.reload()
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    page.locator("#call-flow").scroll_into_view_if_needed()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "docs-dark.png"))
    page.click("#theme")
    assert page.evaluate("document.documentElement.dataset.theme") == "light"
    watch.clean()
    page.context.close()


def test_screenshots_desktop_and_phone(browser: Any, site: Site) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page, watch = open_page(browser, site.file, "file://", viewport={"width": 1280, "height": 900})
    page.goto(site.file + "#op-campaignList")
    page.wait_for_timeout(100)
    page.screenshot(path=str(ARTIFACTS / "docs-desktop.png"))
    page.context.close()
    phone, phone_watch = open_page(
        browser,
        site.file,
        "file://",
        viewport={"width": 390, "height": 844},
        is_mobile=True,
        has_touch=True,
    )
    assert not phone.locator("#sidebar").is_visible() or phone.evaluate(
        "document.getElementById('sidebar').getBoundingClientRect().right <= 0"
    )
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways on a phone ({width}px)"
    phone.click("#menu")
    phone.wait_for_timeout(300)
    assert phone.evaluate("document.getElementById('sidebar').getBoundingClientRect().left") >= 0
    phone.screenshot(path=str(ARTIFACTS / "docs-phone-menu.png"))
    phone.locator('#sidebar a[href="#op-interviewInvite"]').click()
    phone.wait_for_timeout(300)
    phone.screenshot(path=str(ARTIFACTS / "docs-phone.png"))
    watch.clean()
    phone_watch.clean()
    phone.context.close()


def test_hostile_spec_runs_no_script_in_the_browser(browser: Any, hostile_site: Site) -> None:
    page, watch = open_page(browser, hostile_site.http, hostile_site.http)
    page.hover("h1")
    for link in page.locator("main a").all():
        if link.is_visible():
            link.hover()
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img, iframe").count() == 0
    _search(page, "script")
    assert page.evaluate("window.__pwned") is None
    watch.clean()
    page.context.close()
