"""The docs job: render the spec into a static, offline, searchable API reference.

`generate(spec, out)` writes `index.html` (CSS, script and search index inline, so the one file
works from file:// or any static host and asks nothing of the network) and, beside it, the
contract as `openapi.yaml` and `openapi.json` for download. The view model comes from
`docs.model`; the templates in templates/docs only print it. A Content-Security-Policy naming
the hashes of the page's own style and script stops anything else from running or loading.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import jinja2
import rjsmin
from markupsafe import Markup

from generator.core.spec import Spec
from generator.docs import highlight
from generator.docs import model as docs_model
from generator.docs import search as docs_search
from generator.docs import versions as site_versions
from generator.docs.text import anchor_part, script_json, sha256_source, text
from generator.docs.view import Page

DOCS_TEMPLATES = Path(__file__).resolve().parent / "templates"


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    # Compiled templates are kept (keyed by source checksum) in the user's temp folder, so a
    # rebuild skips jinja's compile step; without a usable folder, templates compile each time.
    try:
        return jinja2.FileSystemBytecodeCache()
    except (OSError, RuntimeError):
        return None


@functools.cache
def environment() -> jinja2.Environment:
    """The templates' environment, made once per process (each template compiles once)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(DOCS_TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=_bytecode_cache(),
    )
    env.filters["anchor"] = anchor_part
    # only for text nodes (never inside an attribute): &, < and > are all that need escaping there
    env.filters["text"] = text
    env.filters["first_value"] = first_value
    return env


def first_value(examples: list[str]) -> str:
    """The first of a parameter's examples (compact JSON) as a person types it in a field."""
    if not examples:
        return ""
    value = json.loads(examples[0])
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


@functools.cache
def _asset(name: str, closing: str) -> str:
    """A template file's text, read once per process (like the templates themselves)."""
    text = (DOCS_TEMPLATES / name).read_text(encoding="utf-8").strip()
    if closing in text.lower():
        raise ValueError(f"{name} must not contain {closing}")
    return text


@functools.cache
def _inline() -> tuple[str, str, str]:
    """The page's style, its minified script and the policy allowing just those: the same for
    every page, so made once per process."""
    css = _asset("docs.css", "</style") + "\n" + highlight.css()
    js = rjsmin.jsmin(_asset("docs.js", "</script"))
    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src '{sha256_source(js)}'",
            f"style-src '{sha256_source(css)}'",
            "img-src data:",
            # try-it sends the reader's request to the server they pick (never on its own)
            "connect-src http: https:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    return css, js, csp


def render(spec: Spec, versions: site_versions.Versions | None = None) -> str:
    """The page's HTML; `versions` is its version switcher (by default the latest's)."""
    css, js, csp = _inline()
    page, search = _page(spec)
    template = environment().get_template("index.html.jinja")
    return template.render(
        page=page,
        css=Markup(css),
        js=Markup(js),
        csp=csp,
        search=search,
        versions=versions or site_versions.for_latest(spec),
    )


# The page models built in this process, by document: the newest release's page is the latest's
# page with another switcher, so a build makes that model once. Models are not changed once built.
_PAGES: dict[str, tuple[Page, str]] = {}


def clear_cache() -> None:
    """Forget the page models built so far (a test that counts what a build does)."""
    _PAGES.clear()


def _page(spec: Spec) -> tuple[Page, str]:
    """The view model of `spec` and its search index as the page's JSON."""
    key = json.dumps(spec.data, sort_keys=True, default=str)  # the document, whatever its text
    if key not in _PAGES:
        if len(_PAGES) >= 4:
            _PAGES.clear()
        page = docs_model.build(spec)
        _PAGES[key] = (page, script_json(docs_search.encode(page.search)))
    return _PAGES[key]


def generate(spec: Spec, out: Path) -> None:
    """Write index.html, openapi.yaml and openapi.json into `out`, and beside them each released
    version's reference in `vX.Y.Z/` and the changelog page (`docs.versions`)."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "index.html").write_text(render(spec), encoding="utf-8")
    (out / "openapi.yaml").write_text(spec.text, encoding="utf-8")
    (out / "openapi.json").write_text(
        json.dumps(spec.data, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8"
    )
    site_versions.write(spec, out, render, (environment(), _asset("docs.css", "</style")))
