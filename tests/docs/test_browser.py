"""The reference site in a real browser: Debian's headless Chromium driven by Playwright.

The page is built into a scratch folder and opened both from file:// and from a local static
server. Any request that would leave the page fails the test, as does any console error.
Screenshots land in test-artifacts/ for a human to look at. Under CI (CI=true) a missing
browser is a failure, never a skip.
"""

from __future__ import annotations

import functools
import json
import os
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator import docs
from generator.core.paths import ROOT
from generator.core.spec import Spec
from generator.docs.svg import edges
from tests.support.apicheck import mock_token
from tests.support.contract import (
    body_example,
    operation_ids,
    parameter_example,
    public_operations,
    secured_operations,
)
from tests.support.docs_page import hostile_spec
from tests.support.seed import SEED_EMAIL
from tests.support.servers import TEST_OTP, running_mock

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


def open_page(
    browser: Any, url: str, allowed: str | tuple[str, ...], **context: Any
) -> tuple[Any, Watch]:
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
        "#sidebar a[href^='#']", "els => els.map(e => e.getAttribute('href'))"
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


def test_screenshots_desktop_and_phone(browser: Any, site: Site, spec: Spec) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page, watch = open_page(browser, site.file, "file://", viewport={"width": 1280, "height": 900})
    page.goto(site.file + f"#op-{operation_ids(spec)[len(operation_ids(spec)) // 2]}")
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
    phone.locator(f'#sidebar a[href="#op-{operation_ids(spec)[-1]}"]').click()
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


# --- accessibility: axe-core (pinned in package.json, injected from node_modules) ------------

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_RUN = """() => axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(
    v => ({id: v.id, impact: v.impact,
           nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))})))"""


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """Every axe-core violation on the page as it is now, of any impact."""
    if not AXE.exists():
        _unavailable(f"{AXE} is missing (run scripts/setup: npm ci)")
    # evaluated by the browser's debugger, so the page's Content-Security-Policy stays as shipped
    page.evaluate(AXE.read_text(encoding="utf-8"))
    found: list[dict[str, Any]] = page.evaluate(AXE_RUN)
    return found


PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
STATES: dict[str, dict[str, Any]] = {
    "light": {"color_scheme": "light", "viewport": {"width": 1600, "height": 1000}},
    "dark": {"color_scheme": "dark", "viewport": {"width": 1920, "height": 1000}},
    "phone": {"color_scheme": "light", **PHONE},
    "phone-menu-dark": {"color_scheme": "dark", **PHONE},
    "expanded": {"color_scheme": "light", "viewport": {"width": 1280, "height": 900}},
    "expanded-dark": {"color_scheme": "dark", "viewport": {"width": 1280, "height": 900}},
}


@pytest.mark.parametrize("state", list(STATES))
def test_no_axe_violations_of_any_impact(browser: Any, site: Site, state: str) -> None:
    page, watch = open_page(browser, site.file, "file://", **STATES[state])
    if state.startswith("phone-menu"):
        page.click("#menu")
    if state.startswith("expanded"):
        # every <details> open (fields, responses, try-it forms) and the search listbox showing
        page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
        page.wait_for_function(  # the try-it forms are built when first opened
            "document.querySelectorAll('.tryit form').length"
            " === document.querySelectorAll('.op').length"
        )
        page.fill("#search", "token")
        page.keyboard.press("ArrowDown")
    assert axe_violations(page) == []
    watch.clean()
    page.context.close()


# --- layout: samples beside the operation -----------------------------------------------------


def _boxes(page: Any, op: str) -> dict[str, dict[str, float]]:
    found: dict[str, dict[str, float]] = page.evaluate(
        """id => {
            const box = e => { const r = e.getBoundingClientRect();
                return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
            const op = document.getElementById(id);
            return {op: box(op), main: box(op.querySelector('.op-main')),
                    side: box(op.querySelector('.op-side'))};
        }""",
        op,
    )
    return found


def _overflow(page: Any) -> list[str]:
    """Elements wider than the page, and the page's own sideways scroll."""
    found: list[str] = page.evaluate(
        """() => {
            const doc = document.documentElement, w = doc.clientWidth, bad = [];
            if (doc.scrollWidth > w) bad.push('page ' + doc.scrollWidth);
            document.querySelectorAll('main *').forEach(e => {
                const r = e.getBoundingClientRect();
                const inside = e.closest('.scroll, pre');
                if (r.width && r.right > w + 1 && !inside) bad.push(e.tagName + '#' + e.id);
            });
            return bad.slice(0, 10);
        }"""
    )
    return found


def _tallest_operation(page: Any) -> str:
    found: str = page.evaluate(
        """() => [...document.querySelectorAll('.op')].sort(
            (a, b) => b.offsetHeight - a.offsetHeight)[0].id"""
    )
    return found


def test_samples_sit_beside_the_operation_and_stay_in_view(browser: Any, site: Site) -> None:
    page, watch = open_page(browser, site.file, "file://", viewport={"width": 1920, "height": 700})
    op = _tallest_operation(page)
    page.evaluate("id => document.getElementById(id).scrollIntoView()", op)
    box = _boxes(page, op)
    assert box["side"]["left"] >= box["main"]["right"]  # a column of its own, on the right
    assert box["side"]["top"] < box["main"]["top"] + 200  # level with the operation's title
    assert box["main"]["bottom"] - box["main"]["top"] > 700, "the test needs a tall operation"
    page.mouse.wheel(0, 500)
    page.wait_for_function(
        "id => document.getElementById(id).getBoundingClientRect().top < -400", arg=op
    )
    moved = _boxes(page, op)
    assert 0 <= moved["side"]["top"] < 120, moved  # sticky: still in view under the top bar
    assert _overflow(page) == []
    # every sample fits its column: long lines scroll inside the <pre>, never past the page
    widths = page.evaluate(
        "id => [...document.querySelectorAll('#' + id + ' .op-side pre')].map("
        "p => p.getBoundingClientRect().right)",
        op,
    )
    assert widths and max(widths) <= moved["side"]["right"] + 1
    watch.clean()
    page.context.close()


@pytest.mark.parametrize("width", [320, 390, 1024])
def test_samples_stack_under_the_operation_on_narrow_screens(
    browser: Any, site: Site, width: int
) -> None:
    page, watch = open_page(
        browser, site.file, "file://", **{**PHONE, "viewport": {"width": width, "height": 800}}
    )
    op = _tallest_operation(page)
    box = _boxes(page, op)
    assert box["side"]["top"] >= box["main"]["bottom"] - 1
    # everything open and laid out (off-screen sections skip rendering otherwise): still no
    # sideways scroll
    page.evaluate(
        """() => { document.querySelectorAll('details').forEach(d => { d.open = true; });
            document.querySelectorAll('.op, .model').forEach(
                e => { e.style.contentVisibility = 'visible'; }); }"""
    )
    assert _overflow(page) == []
    watch.clean()
    page.context.close()


# --- keyboard ----------------------------------------------------------------------------------


def _focused(page: Any) -> dict[str, Any]:
    found: dict[str, Any] = page.evaluate(
        """() => { const e = document.activeElement; return {
            tag: e.tagName, id: e.id, cls: e.className, text: (e.textContent || '').trim(),
            inNav: !!e.closest('#sidebar'), inMain: !!e.closest('main'),
            outline: getComputedStyle(e).outlineStyle }; }"""
    )
    return found


def test_skip_link_is_first_and_leads_to_the_content(browser: Any, site: Site) -> None:
    page, watch = open_page(browser, site.file, "file://")
    page.keyboard.press("Tab")
    first = _focused(page)
    assert first["cls"] == "skip" and first["outline"] != "none"  # visible focus
    assert page.locator("a.skip").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#top"
    page.keyboard.press("Tab")
    assert _focused(page)["inMain"]
    watch.clean()
    page.context.close()


def test_language_tabs_follow_the_aria_tabs_pattern(browser: Any, site: Site) -> None:
    page, watch = open_page(browser, site.file, "file://")
    group = page.locator("[data-tabs]").first
    tabs = group.locator("[role=tab]")
    count = tabs.count()
    assert count >= 2
    labels = tabs.all_text_contents()

    def selected() -> tuple[str, bool]:
        tab = group.locator("[role=tab][aria-selected=true]")
        assert tab.count() == 1
        panel = page.locator("#" + str(tab.get_attribute("aria-controls")))
        assert panel.get_attribute("role") == "tabpanel"
        assert panel.get_attribute("aria-labelledby") == tab.get_attribute("id")
        hidden = group.locator("[role=tabpanel][hidden]").count() == count - 1
        return str(tab.text_content()), panel.is_visible() and hidden

    tabs.first.focus()
    assert selected() == (labels[0], True)
    page.keyboard.press("ArrowRight")
    assert selected() == (labels[1], True) and _focused(page)["text"] == labels[1]
    page.keyboard.press("End")
    assert selected() == (labels[-1], True)
    page.keyboard.press("Home")
    assert selected() == (labels[0], True)
    page.keyboard.press("ArrowLeft")  # wraps round
    assert selected() == (labels[-1], True)
    # only the selected tab is in the Tab order
    assert [t.get_attribute("tabindex") for t in tabs.all()].count("0") == 1
    watch.clean()
    page.context.close()


def test_phone_drawer_is_out_of_the_tab_order_until_opened(browser: Any, site: Site) -> None:
    page, watch = open_page(browser, site.file, "file://", **PHONE)
    assert page.evaluate("document.getElementById('sidebar').inert")
    for _ in range(12):
        page.keyboard.press("Tab")
        assert not _focused(page)["inNav"]
    page.click("#menu")
    assert page.get_attribute("#menu", "aria-expanded") == "true"
    assert not page.evaluate("document.getElementById('sidebar').inert")
    assert _focused(page)["inNav"]
    page.keyboard.press("Tab")
    assert _focused(page)["inNav"]
    page.keyboard.press("Escape")
    assert page.get_attribute("#menu", "aria-expanded") == "false"
    assert _focused(page)["id"] == "menu"
    assert page.evaluate("document.getElementById('sidebar').inert")
    watch.clean()
    page.context.close()


def test_sidebar_marks_the_section_in_view(browser: Any, site: Site, spec: Spec) -> None:
    page, watch = open_page(browser, site.file, "file://")
    for oid in (operation_ids(spec)[-1], operation_ids(spec)[0]):
        page.evaluate("id => document.getElementById(id).scrollIntoView()", f"op-{oid}")
        page.wait_for_function(
            "id => document.querySelector('#sidebar [aria-current=location]')"
            "?.getAttribute('href') === '#' + id",
            arg=f"op-{oid}",
        )
        assert page.locator("#sidebar [aria-current=location]").count() == 1
    watch.clean()
    page.context.close()


def test_permalinks_copy_the_link_and_say_so(browser: Any, site: Site, spec: Spec) -> None:
    page, watch = open_page(
        browser, site.http, site.http, permissions=["clipboard-read", "clipboard-write"]
    )
    oid = operation_ids(spec)[-1]
    page.click(f"#op-{oid} h3 a.permalink")
    page.wait_for_function("document.getElementById('announce').textContent === 'Link copied'")
    assert page.evaluate("navigator.clipboard.readText()") == f"{site.http}#op-{oid}"
    assert page.evaluate("location.hash") == f"#op-{oid}"
    # fields and parameters have theirs too
    assert page.locator(".tree li > a.permalink").count() > 10
    watch.clean()
    page.context.close()


# --- search ------------------------------------------------------------------------------------


def _results(page: Any, query: str) -> list[dict[str, str]]:
    """The options the search lists for `query`: their text and where each leads."""
    page.fill("#search", query)
    page.wait_for_selector("#results-box:not([hidden])")
    found: list[dict[str, str]] = page.eval_on_selector_all(
        "#results [role=option][data-href]",
        "els => els.map(e => ({text: e.innerText, href: e.dataset.href}))",
    )
    return found


def _target_text(page: Any, href: str) -> str:
    text: str = page.evaluate(
        "h => document.getElementById(decodeURIComponent(h.slice(1))).textContent.toLowerCase()",
        href,
    )
    return text


def _enum_value(spec: Spec) -> str:
    """The longest string an enum of a component schema allows."""
    values = [
        v
        for schema in spec.data["components"]["schemas"].values()
        for s in [schema, *(schema.get("properties") or {}).values()]
        for v in s.get("enum") or []
        if isinstance(v, str)
    ]
    return str(max(values, key=len))


def _long_word(text: str) -> str:
    return str(max(re.findall(r"[A-Za-z]{6,}", text), key=len)).lower()


def test_search_is_full_text_ranked_and_typo_tolerant(browser: Any, site: Site, spec: Spec) -> None:
    page, watch = open_page(browser, site.file, "file://")
    last = spec.operation(operation_ids(spec)[-1])
    summary = str(last.data["summary"])
    # ranked: the operation whose title is the query comes first
    assert _results(page, summary)[0]["href"] == f"#op-{last.operation_id}"
    # an enum value, a word of a description, a word of an example: the best hit shows it
    description = _long_word(str(last.data.get("description", summary)))
    example = _long_word(json.dumps(body_example(spec, operation_ids(spec)[0])))
    for query in (_enum_value(spec), description, example):
        hits = _results(page, query)
        assert hits, query
        assert query.lower() in _target_text(page, hits[0]["href"]), (query, hits[0])
    # a status code: its row in the status codes table, and the responses that carry it
    code = sorted(
        str(s) for op in spec.operations() for s in op.data["responses"] if str(s)[0] == "4"
    )[0]
    hits = _results(page, code)
    assert hits[0]["text"].startswith(code)
    assert any(h["href"].endswith(f"-res-{code}") for h in hits)
    # a typo: a letter dropped from a word of an operation's title still finds it
    word = _long_word(summary)
    typo = word[:4] + word[5:]
    hits = _results(page, typo)
    assert any(word in _target_text(page, h["href"]) for h in hits[:3]), (typo, hits[:3])
    assert _results(page, "qqqzzzxxx") == []
    assert page.inner_text("#results-count") == "No results"
    watch.clean()
    page.context.close()


def test_search_opens_by_keyboard_and_is_a_listbox(browser: Any, site: Site, spec: Spec) -> None:
    page, watch = open_page(browser, site.file, "file://")
    page.locator("main").click(position={"x": 5, "y": 5})
    page.keyboard.press("/")
    assert _focused(page)["id"] == "search"
    page.locator("main").click(position={"x": 5, "y": 5})
    page.keyboard.press("Control+k")
    assert _focused(page)["id"] == "search"
    summary = str(spec.operation(operation_ids(spec)[0]).data["summary"])
    page.keyboard.type(summary.lower())
    page.wait_for_selector("#results-box:not([hidden])")
    assert page.get_attribute("#results", "role") == "listbox"
    assert page.get_attribute("#search", "aria-expanded") == "true"
    options = page.locator("#results [role=option]")
    total = options.count()
    assert total >= 1
    announced = page.inner_text("#results-count")
    assert re.match(r"\d+ results?", announced), announced
    assert page.get_attribute("#results-count", "aria-live") == "polite"
    page.keyboard.press("ArrowDown")
    active = page.get_attribute("#search", "aria-activedescendant")
    assert active == options.first.get_attribute("id")
    assert options.first.get_attribute("aria-selected") == "true"
    if total > 1:
        page.keyboard.press("ArrowDown")
        assert options.nth(1).get_attribute("aria-selected") == "true"
        assert options.first.get_attribute("aria-selected") == "false"
        page.keyboard.press("ArrowUp")
    href = options.first.get_attribute("data-href")
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == href
    assert page.get_attribute("#search", "aria-expanded") == "false"
    watch.clean()
    page.context.close()


# --- try it against the mock -------------------------------------------------------------------


def _try_op(spec: Spec) -> str:
    """A call that needs the token, has no parameters and documents its body's example."""
    for oid in secured_operations(spec):
        op = spec.operation(oid)
        if not op.data.get("parameters") and "requestBody" in op.data:
            return oid
    raise AssertionError("no secured operation with only a body")


def _query_op(spec: Spec) -> str:
    """A call that needs the token and takes only query parameters."""
    for oid in secured_operations(spec):
        op = spec.operation(oid)
        where = {spec.resolve(p).get("in") for p in op.data.get("parameters") or []}
        if where == {"query"} and "requestBody" not in op.data:
            return oid
    raise AssertionError("no secured operation with only query parameters")


def _send(page: Any, op: Any, status: int | None = None) -> str:
    """Press Send on `op`'s try-it and wait for the status it shows (any, or `status`)."""
    op.locator(".tryit button[type=submit]").click()
    shown = op.locator(".tryit .t-status")
    page.wait_for_function(
        "a => a[1] ? a[0].textContent.startsWith(a[1] + ' ') : /^\\d{3} /.test(a[0].textContent)",
        arg=[shown.element_handle(), str(status or "")],
    )
    text: str = shown.inner_text()
    return text


def _query_answer(spec: Spec, oid: str, base_url: str, token: str) -> httpx.Response:
    """What the mock answers `oid` called with its parameters' documented examples."""
    params = {
        str(p["name"]): parameter_example(spec, oid, str(p["name"]))
        for p in map(spec.resolve, spec.operation(oid).data["parameters"])
    }
    return httpx.request(
        spec.operation(oid).method.upper(),
        f"{base_url}{spec.operation(oid).path}",
        params=params,
        headers={"Authorization": f"Bearer {token}"},
    )


def test_try_it_calls_the_mock_and_shows_status_and_time(
    browser: Any, site: Site, spec: Spec
) -> None:
    oid = _try_op(spec)
    with running_mock("--otp", TEST_OTP) as mock:
        token = mock_token(mock.base_url, SEED_EMAIL, TEST_OTP)
        expected = httpx.post(
            f"{mock.base_url}{spec.operation(oid).path}",
            json=body_example(spec, oid),
            headers={"Authorization": f"Bearer {token}"},
        )
        page, watch = open_page(browser, site.http, (site.http, mock.root))
        op = page.locator(f"#op-{oid}")
        op.locator(".tryit > summary").click()
        op.locator(".tryit form").wait_for()  # built when first opened
        servers = op.locator(".tryit select option").all_inner_texts()
        assert servers[:-1] == [str(s["url"]) for s in spec.data["servers"]]
        op.locator(".tryit select").select_option("")
        op.locator(".tryit input[type=url]").fill(mock.base_url)
        op.locator(".tryit input[type=url]").dispatch_event("change")
        assert json.loads(op.locator(".tryit textarea").input_value()) == body_example(spec, oid)
        assert _send(page, op).startswith("401")  # no token yet: the mock refuses
        op.locator(".tryit input[type=password]").fill(token)
        op.locator(".tryit input[type=password]").dispatch_event("change")
        assert re.search(r" \d+ ms$", _send(page, op, expected.status_code))
        shown = op.locator(".tryit .t-response code").inner_text()
        assert json.loads(shown) == expected.json()
        # the server and token are kept for this tab only, and offered on every form; a call
        # with query parameters sends their documented examples
        page.reload()
        query_op = _query_op(spec)
        other = page.locator(f"#op-{query_op}")
        other.locator(".tryit > summary").click()
        assert other.locator(".tryit input[type=password]").input_value() == token
        assert other.locator(".tryit input[type=url]").input_value() == mock.base_url
        assert page.evaluate("JSON.stringify(localStorage)").find(token) < 0
        answer = _query_answer(spec, query_op, mock.base_url, token)
        _send(page, other, answer.status_code)
        assert json.loads(other.locator(".tryit .t-response code").inner_text()) == answer.json()
        # the browser logs the 401 the test asked for; nothing else may be logged
        refused = "Failed to load resource: the server responded with a status of 401"
        watch.errors = [e for e in watch.errors if not e.startswith(refused)]
        watch.clean()
        page.context.close()


# --- print and no JavaScript -------------------------------------------------------------------


def test_print_shows_collapsed_content_and_every_language(browser: Any, site: Site) -> None:
    a4 = {"width": 718, "height": 1000}  # A4 at 96 dpi less the page margins
    page, watch = open_page(browser, site.file, "file://", viewport=a4)
    page.emulate_media(media="print")
    assert page.locator("[role=tabpanel]").count() == page.locator("pre.pane").count()
    hidden = page.evaluate(
        """() => [...document.querySelectorAll('pre.pane, .pane-label, .response .rdesc')]
            .filter(e => !e.getBoundingClientRect().height).length"""
    )
    assert hidden == 0  # every language, and what closed <details> hold
    shown = page.evaluate(
        """() => [...document.querySelectorAll('button, .tabbar, .tryit, .permalink, #sidebar')]
            .filter(e => e.getBoundingClientRect().height).length"""
    )
    assert shown == 0
    tables = page.evaluate(
        "() => [...document.querySelectorAll('table')].map(t => t.getBoundingClientRect().right)"
    )
    assert tables and max(tables) <= a4["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= a4["width"]
    watch.clean()
    page.context.close()


def test_without_javascript_everything_is_there(browser: Any, site: Site, spec: Spec) -> None:
    page, watch = open_page(browser, site.file, "file://", java_script_enabled=False, **PHONE)
    samples = page.locator("pre.pane")
    assert samples.count() >= 3 * len(operation_ids(spec))
    assert all(p.is_visible() for p in samples.all())
    assert not page.locator("#search").is_visible()
    assert page.locator("#sidebar a").first.is_visible()  # the contents list, inline
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    watch.clean()
    page.context.close()


def test_hostile_page_has_no_axe_violations(browser: Any, hostile_site: Site) -> None:
    """Odd names and text (markup as text, quotes, shell) change nothing for assistive tech."""
    page, watch = open_page(browser, hostile_site.file, "file://", **STATES["expanded"])
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    page.wait_for_selector(".tryit form")
    assert axe_violations(page) == []
    watch.clean()
    page.context.close()
